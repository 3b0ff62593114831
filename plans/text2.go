package plans

// text2 continues text: the rollback plan, pitfalls, communication and the
// timeline, plus the lists the sections iterate.
var text2 = map[string][2]string{
	"h.rollback":    {"Rollback plan", "回滚预案"},
	"r.triggers":    {"Triggers: any abort threshold above breached for two consecutive 1-minute checks, confirmed data corruption or message loss (immediately), or the incident commander's call", "触发条件：上述任一中止阈值连续两次 1 分钟检测超标、确认的数据损坏或消息丢失（立即）、或事故指挥决定"},
	"r.who":         {"Who decides: the incident commander, named as this task's owner; the on-call engineer may roll back without asking when an automatic trigger fires", "决策人：事故指挥（即本项负责人）；自动触发时值班工程师可直接回滚，无需请示"},
	"r.steps":       {"Steps:", "步骤："},
	"r.flag":        {"Turn the flag or remote config back to the old path", "将开关或远程配置切回旧链路"},
	"r.route":       {"Route traffic and new logins back to %[1]s", "将流量和新登录路由回 %[1]s"},
	"r.reverse":     {"Reverse-sync everything written on the new side since the switch (messages, read states, group changes) to the old side, using the ID mapping", "利用 ID 映射，将切换后在新侧写入的全部数据（消息、已读状态、群变更）反向同步到旧侧"},
	"r.kill":        {"If clients misbehave, use the client kill switch (remote config) to force the old SDK path without an app release", "客户端异常时，通过客户端熔断开关（远程配置）强制走旧 SDK 链路，无需发版"},
	"r.verify":      {"Verify: send and receive in 1:1 and a group on both platforms; the error rate is back to the control's", "验证：双端在单聊和群聊中收发正常；错误率回到对照组水平"},
	"r.budget":      {"Time budget of %[4]s minutes (the scenario's rollback time): detect %[1]s (no faster than the triggers' two 1-minute checks) + decide %[2]s + execute %[3]s", "时间预算 %[4]s 分钟（场景设定的回滚时间）：发现 %[1]s（不可能快于触发条件的两次 1 分钟检测）+ 决策 %[2]s + 执行 %[3]s"},
	"r.rpo":         {"Message RPO: zero messages lost — everything written on the new side is reverse-synced; at %[1]s messages a day, about %[2]s messages are written during a %[3]s-minute rollback", "消息 RPO：零丢失——新侧写入的数据全部反向同步；按每天 %[1]s 条消息计，%[3]s 分钟的回滚期间约写入 %[2]s 条"},
	"r.rpo.unknown": {"Message RPO: zero messages lost — everything written on the new side is reverse-synced (messages per day not provided: measure the write rate to size the sync)", "消息 RPO：零丢失——新侧写入的数据全部反向同步（未提供每日消息量：请测量写入速率以评估同步规模）"},
	"r.rehearse":    {"Rehearse the rollback on %[1]s, before the first gray step, and record how long each part took", "于 %[1]s（首个灰度步骤之前）演练回滚，记录每个环节的耗时"},
	"r.reconcile":   {"After a rollback: reconcile both sides with the consistency check, write the incident review, and restart the rollout as a new change", "回滚之后：用一致性校验核对两侧数据，撰写事故复盘，并以新变更的形式重新开始发布"},

	"h.pitfalls": {"Pitfalls", "常见陷阱"},
	"p.clients":  {"Long tail of old clients: keep the server compatible with the old SDK, or force an upgrade with a cut-off version; decide the cut-off when fewer than 5%% of DAU still run it", "旧客户端长尾：保持服务端兼容旧 SDK，或设定截止版本强制升级；当仍在使用的日活低于 5%% 时确定截止版本"},
	"p.timing":   {"Timing: cut over at %[1]s — check it is your users' low-traffic hour — but validate every gray step through the daily peak, with the team awake and staffed", "时机：在 %[1]s 切换——请确认这是用户的低峰时段——但每个灰度步骤都要经过每日高峰验证，并确保团队在岗"},
	"p.rehearse": {"No rehearsed rollback: the rollback above is rehearsed on %[1]s, and the go/no-go waits for it", "未演练回滚：上述回滚于 %[1]s 演练，上线决策会以此为前提"},
	"p.comms":    {"No user communication: the notices below go out on their dates", "未通知用户：下列通知按日期发出"},

	"h.comms":     {"Communication", "沟通计划"},
	"col.when":    {"When", "时间"},
	"col.date":    {"Date", "日期"},
	"col.aud":     {"Audience", "对象"},
	"col.msg":     {"Message", "内容"},
	"m.before":    {"Before the first step", "首个灰度步骤前"},
	"m.cut":       {"Before the cutover", "切换前"},
	"m.day":       {"Cutover day", "切换当天"},
	"m.after":     {"After monitoring", "监控结束后"},
	"aud.users":   {"Users (in-app notice)", "用户（应用内通知）"},
	"aud.support": {"Support and customer success", "客服与客户成功"},
	"aud.all":     {"Users, support, status page", "用户、客服、状态页"},
	"aud.team":    {"Team and stakeholders", "团队与干系人"},
	"msg.notice":  {"the notice below", "下方通知"},
	"msg.brief":   {"what changes, the dates, known issues, how to escalate", "变更内容、日期、已知问题、升级路径"},
	"msg.maint":   {"maintenance window %[1]s", "维护窗口 %[1]s"},
	"msg.done":    {"the switch is complete; what improved; where to give feedback", "切换完成；改进内容；反馈渠道"},
	"msg.report":  {"handoff note and results against the thresholds", "交接说明及阈值达成情况"},
	"k.send":      {"Send each message above on its date", "按日期发出上述每条通知"},
	"notice.h":    {"Ready-to-send user notice", "可直接发送的用户通知"},
	"notice":      {"**%[1]s is upgrading its chat service.** From %[2]s we are moving chat to a stronger plan in stages. Your messages and groups stay as they are; you do not need to do anything. During the switch on %[3]s around %[4]s (%[5]s) sending may pause for a few seconds. If something looks wrong, tell us in the app. Thank you!", "**%[1]s 即将升级聊天服务。** 自 %[2]s 起，我们将分阶段把聊天迁移到更强的服务套餐。您的消息和群组保持不变，无需任何操作。%[3]s %[4]s（%[5]s）前后切换期间，发送可能暂停几秒。如发现异常，请在应用内反馈。感谢您的支持！"},

	"h.timeline":  {"Timeline", "时间线"},
	"gt.assess":   {"Assess and choose", "评估与选型"},
	"gt.staging":  {"Integrate and test", "集成与测试"},
	"gt.rehearse": {"Rollback rehearsal", "回滚演练"},
	"gt.gonogo":   {"Go no-go", "上线决策"},
	"gt.copy":     {"Full copy", "全量复制"},
	"gt.step":     {"Step %[1]s%%", "灰度 %[1]s%%"},
	"gt.monitor":  {"Monitoring", "监控"},
	"gt.prepare":  {"Prepare", "准备"},
	"gt.gray":     {"Gray release", "灰度发布"},
	"gt.cutover":  {"Cutover", "切换"},

	"h.ranking":        {"Vendor comparison", "厂商对比"},
	"col.vendor":       {"Vendor", "厂商"},
	"col.fit":          {"Fit", "是否满足"},
	"col.compared":     {"At the horizon in %[1]s", "规划期末折合 %[1]s"},
	"col.unknowns":     {"To verify", "待核实"},
	"col.conf":         {"Confidence, as of", "可信度，截至"},
	"class.headroom":   {"fits with headroom", "满足且有余量"},
	"class.all_months": {"fits, no headroom", "满足但无余量"},
	"class.now":        {"fits now only", "仅当前满足"},
	"class.no_fit":     {"does not fit", "不满足"},

	"h.switch":    {"Switching vendors: %[1]s → %[2]s", "更换厂商：%[1]s → %[2]s"},
	"v.intro":     {"Everything moves from %[1]s to %[2]s. The old vendor stays live and in sync until %[3]s: that is what makes a rollback possible.", "所有数据和流量从 %[1]s 迁移到 %[2]s。旧厂商保持运行并同步到 %[3]s：这是可以回滚的前提。"},
	"v.strategy":  {"Choose the switch strategy by %[1]s and write down why:", "于 %[1]s 前选定切换方式并记录原因："},
	"v.hard":      {"Hard switch: every client runs the new SDK at the cutover — the new app version is in the stores by %[1]s, set as the minimum version, and old versions show an upgrade prompt; simpler, but users who do not upgrade lose chat", "强制切换：切换时所有客户端都使用新 SDK——新版本于 %[1]s 前上架应用商店并设为最低版本，旧版本弹出升级提示；做法简单，但不升级的用户将无法聊天"},
	"v.coexist":   {"Coexistence: both SDKs in the app, and two-way message sync between %[1]s and %[2]s (webhooks or callbacks on both sides) so old and new clients talk to each other while old versions die out; stop the sync when fewer than 5%% of DAU run an old version", "新旧共存：应用同时集成两个 SDK，并在 %[1]s 与 %[2]s 之间双向同步消息（两侧的 Webhook 或回调），让新旧客户端互通，直到旧版本自然淘汰；当仍在使用旧版本的日活低于 5%% 时停止同步"},
	"v.idmap":     {"Map every ID between the vendors (users, conversations, groups, messages) and keep the map: the sync, the import and the rollback all use it", "建立并保存两个厂商之间的全部 ID 映射（用户、会话、群、消息）：同步、导入和回滚都依赖它"},
	"v.export":    {"Request the data export from %[1]s: format, size limits and how long it takes; the contract's data-export terms decide what you may take", "向 %[1]s 申请数据导出：格式、大小限制和所需时间；可导出的范围以合同中的数据导出条款为准"},
	"v.practice":  {"Practise the import into %[1]s with a small slice first (one team, or 1%% of users) and check it with the consistency check below", "先用小批量数据（一个团队或 1%% 的用户）演练导入 %[1]s，并用下面的一致性校验核对"},
	"v.platform":  {"Swap the SDK on %[1]s: the %[2]s SDK behind the flag, the old one kept until %[3]s", "在%[1]s替换 SDK：%[2]s 的 SDK 置于开关之后，旧 SDK 保留到 %[3]s"},
	"v.platforms": {"iOS|Android|the web|desktop and mini-programs", "iOS 端|Android 端|Web 端|桌面端和小程序"},
	"v.billing":   {"Budget the double billing: both vendors are paid from %[1]s to %[2]s (about %[3]s months): %[4]s a month for %[5]s plus %[6]s for %[7]s", "预算双份费用：%[1]s 至 %[2]s（约 %[3]s 个月）两家厂商同时计费：%[5]s 每月 %[4]s，加上 %[7]s 每月 %[6]s"},
	"v.rollback":  {"Rollback during the overlap: turn the flag back to %[1]s; the two-way sync (or the old app path kept ready) means no message is lost. After %[2]s a rollback is a new migration", "重叠期内回滚：将开关切回 %[1]s；双向同步（或保留的旧版链路）确保不丢消息。%[2]s 之后回滚即为一次新的迁移"},
	"v.decom":     {"Close %[1]s after %[2]s: export an archive, ask in writing for your data to be deleted, cancel the contract (mind its notice period), revoke the keys and remove the old SDK", "%[2]s 之后关闭 %[1]s：导出归档，书面要求删除您的数据，解除合同（注意通知期），吊销密钥并移除旧 SDK"},
	"d.switch":    {"Another vendor: everything is exported from %[1]s and imported into %[2]s, in this order.", "更换厂商：所有数据从 %[1]s 导出并按以下顺序导入 %[2]s。"},

	// Lists.
	"reg.items": {"1:1 chat|group chat|send and receive (text, image, file)|presence and typing|offline messages|push notifications|history sync on a new device|read receipts and unread counts", "单聊|群聊|收发消息（文本、图片、文件）|在线状态与输入中|离线消息|推送通知|新设备历史同步|已读回执与未读数"},
	"imp.items": {"accounts|profiles|relationships (friends, blocks)|1:1 history|1:1 read state|groups|group members|group history|unread counts", "账号|用户资料|关系链（好友、黑名单）|单聊历史|单聊已读状态|群组|群成员|群聊历史|未读数"},
	"ph.items":  {"Assess and choose|Integrate and test|Gray release|Data migration|Cutover and monitoring|Rollback", "评估与选型|集成与测试|灰度发布|数据迁移|切换与监控|回滚"},
	"weekday":   {"Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday", "周日|周一|周二|周三|周四|周五|周六"},
}

func init() {
	for k, v := range text2 {
		text[k] = v
	}
}
