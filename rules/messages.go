package rules

// text holds every sentence the engine writes, in English and Simplified
// Chinese. Formats use explicit argument indexes where the languages order
// words differently. A test checks that both languages take the same
// arguments.
var text = map[string][2]string{
	// Usage rules (dau, mau, peak_concurrent).
	"usage.not_provided": {"%[1]s not provided: %[2]s has a limit of %[3]s", "未提供%[1]s：%[2]s 的上限为 %[3]s"},
	"usage.nothing":      {"%[1]s not provided and %[2]s states no %[1]s limit: nothing to check", "未提供%[1]s，%[2]s 也未给出%[1]s上限：无需检查"},
	"usage.limit_unknown": {"%[1]s limit of %[2]s unknown — verify with the vendor (you have %[3]s)",
		"%[2]s 的%[1]s上限未知——请向厂商核实（您的用量为 %[3]s）"},
	"usage.unlimited": {"%[1]s %[2]s: %[3]s states no limit", "%[1]s %[2]s：%[3]s 声明不设上限"},
	"hard.fail":       {"%[1]s %[2]s exceeds the %[3]s hard cap of %[4]s", "%[1]s %[2]s 超过 %[3]s 的硬性上限 %[4]s"},
	"hard.warn": {"%[1]s %[2]s uses %[5]s%% of the %[3]s hard cap of %[4]s (headroom %[6]s%%)",
		"%[1]s %[2]s 已占 %[3]s 硬性上限 %[4]s 的 %[5]s%%（余量要求 %[6]s%%）"},
	"hard.pass":    {"%[1]s %[2]s is within the %[3]s hard cap of %[4]s", "%[1]s %[2]s 在 %[3]s 的硬性上限 %[4]s 之内"},
	"quota.within": {"%[1]s %[2]s is within the %[4]s included in %[3]s", "%[1]s %[2]s 在 %[3]s 包含的 %[4]s 之内"},
	"quota.over": {"%[1]s %[2]s is %[5]s above the %[4]s included in %[3]s, billed as overage (%[6]s/month)",
		"%[1]s %[2]s 超出 %[3]s 包含的 %[4]s 共 %[5]s，按超量计费（每月 %[6]s）"},
	"quota.over_unknown": {"%[1]s %[2]s is above the %[4]s included in %[3]s and the overage price is unknown — verify with the vendor whether it is billed or refused",
		"%[1]s %[2]s 超出 %[3]s 包含的 %[4]s，超量价格未知——请向厂商核实是计费还是拒绝服务"},
	"quota.max_fail": {"%[1]s %[2]s exceeds the %[3]s plan maximum of %[4]s", "%[1]s %[2]s 超过 %[3]s 的套餐最大值 %[4]s"},
	"quota.max_warn": {"%[1]s %[2]s uses %[5]s%% of the %[3]s plan maximum of %[4]s (headroom %[6]s%%)",
		"%[1]s %[2]s 已占 %[3]s 套餐最大值 %[4]s 的 %[5]s%%（余量要求 %[6]s%%）"},
	"quota.no_limit_under_max": {"%[1]s %[2]s is under the %[3]s plan maximum of %[4]s; the included amount is unknown — verify the price with the vendor",
		"%[1]s %[2]s 低于 %[3]s 的套餐最大值 %[4]s；包含量未知——请向厂商核实价格"},

	// Need rules (group_members, history_days).
	"need.nothing":      {"no %[1]s need given", "未填写%[1]s需求"},
	"need.not_provided": {"%[1]s not provided: %[2]s allows %[3]s", "未提供%[1]s：%[2]s 支持 %[3]s"},
	"need.unknown":      {"%[1]s limit of %[2]s unknown — verify with the vendor (you need %[3]s)", "%[2]s 的%[1]s上限未知——请向厂商核实（您需要 %[3]s）"},
	"need.fail":         {"%[1]s: you need %[2]s, %[3]s allows %[4]s", "%[1]s：您需要 %[2]s，%[3]s 仅支持 %[4]s"},
	"need.pass":         {"%[1]s: you need %[2]s, %[3]s allows %[4]s", "%[1]s：您需要 %[2]s，%[3]s 支持 %[4]s"},

	// Set rules (features, regions).
	"set.nothing": {"no %[1]s required", "未要求%[1]s"},
	"set.unknown": {"%[2]s %[1]s unknown — verify with the vendor: %[3]s", "%[2]s 的%[1]s未知——请向厂商核实：%[3]s"},
	"set.partial": {"%[2]s does not list %[3]s (its %[1]s list is partial — verify with the vendor)", "%[2]s 未列出 %[3]s（其%[1]s列表不完整——请向厂商核实）"},
	"set.fail":    {"%[2]s lacks %[1]s: %[3]s", "%[2]s 缺少%[1]s：%[3]s"},
	"set.pass":    {"%[2]s offers every required %[1]s (%[3]s)", "%[2]s 提供全部所需%[1]s（%[3]s）"},

	// Quality rules (sla, latency, support).
	"sla.nothing": {"no SLA needed", "未要求 SLA"},
	"sla.unknown": {"%[1]s SLA unknown — verify with the vendor (you need %[2]s%%)", "%[1]s 的 SLA 未知——请向厂商核实（您需要 %[2]s%%）"},
	"sla.none":    {"%[1]s offers no SLA; you need %[2]s%%", "%[1]s 不提供 SLA；您需要 %[2]s%%"},
	"sla.fail":    {"%[1]s SLA %[3]s%% is below your %[2]s%%", "%[1]s 的 SLA %[3]s%% 低于您需要的 %[2]s%%"},
	"sla.pass":    {"%[1]s SLA %[3]s%% meets your %[2]s%%", "%[1]s 的 SLA %[3]s%% 满足您需要的 %[2]s%%"},
	"lat.nothing": {"no latency need given", "未填写延迟需求"},
	"lat.unknown": {"%[1]s latency unknown — verify with the vendor (you need ≤ %[2]s ms)", "%[1]s 的延迟未知——请向厂商核实（您需要 ≤ %[2]s 毫秒）"},
	"lat.fail":    {"%[1]s latency %[3]s ms is above your %[2]s ms", "%[1]s 的延迟 %[3]s 毫秒高于您要求的 %[2]s 毫秒"},
	"lat.pass":    {"%[1]s latency %[3]s ms meets your %[2]s ms", "%[1]s 的延迟 %[3]s 毫秒满足您要求的 %[2]s 毫秒"},
	"sup.nothing": {"no support need given", "未填写技术支持需求"},
	"sup.unknown": {"%[1]s support level unknown — verify with the vendor (you need %[2]s)", "%[1]s 的技术支持级别未知——请向厂商核实（您需要%[2]s）"},
	"sup.fail":    {"%[1]s offers %[3]s support; you need %[2]s", "%[1]s 提供%[3]s支持；您需要%[2]s"},
	"sup.pass":    {"%[1]s offers %[3]s support; you need %[2]s", "%[1]s 提供%[3]s支持；您需要%[2]s"},

	// Signals, about the current tier.
	"sig.concurrency_near_limit": {"near or over a hard cap — %[2]s", "接近或超过硬性上限——%[2]s"},
	"sig.feature_gap":            {"feature gap — %[2]s", "功能缺口——%[2]s"},
	"sig.region_gap":             {"region gap — %[2]s", "地区缺口——%[2]s"},
	"sig.quality_gap":            {"quality gap — %[2]s", "服务质量缺口——%[2]s"},
	"sig.retention_gap":          {"retention gap — %[2]s", "消息保存缺口——%[2]s"},
	"sig.group_size_gap":         {"group size gap — %[2]s", "群规模缺口——%[2]s"},
	"sig.overage":                {"usage above what %[1]s includes — %[2]s", "用量超出 %[1]s 的包含量——%[2]s"},

	// Decisions and the recommendation.
	"dec.no_fit":       {"No tier of %[1]s fits now.", "%[1]s 没有任何套餐能满足当前需求。"},
	"dec.upgrade_now":  {"%[1]s does not fit now.", "%[1]s 当前已不满足需求。"},
	"dec.plan_upgrade": {"%[1]s fits now but loses its headroom in month %[2]s of %[3]s.", "%[1]s 当前满足需求，但将在第 %[2]s 个月（共 %[3]s 个月）失去余量。"},
	"dec.stay":         {"%[1]s fits with headroom through month %[2]s.", "%[1]s 在第 %[2]s 个月之前都有充足余量。"},
	"rec.headroom":     {"%[1]s fits with headroom through month %[2]s at the lowest cost.", "%[1]s 在第 %[2]s 个月之前都有余量，且成本最低。"},
	"rec.all_months":   {"No tier keeps its headroom through month %[2]s; %[1]s fits through it at the lowest cost.", "没有套餐能在第 %[2]s 个月前保持余量；%[1]s 在此期间都满足需求且成本最低。"},
	"rec.now":          {"No tier fits through month %[2]s; %[1]s fits now at the lowest cost.", "没有套餐能满足到第 %[2]s 个月；%[1]s 当前满足需求且成本最低。"},
	"rec.fewest":       {"No tier fits; %[1]s fails the fewest rules (%[3]s).", "没有套餐满足需求；%[1]s 不满足的规则最少（%[3]s 条）。"},

	// Gains of one tier over another.
	"gain.limit":    {"%[1]s: %[2]s → %[3]s", "%[1]s：%[2]s → %[3]s"},
	"gain.features": {"adds features: %[1]s", "新增功能：%[1]s"},
	"gain.regions":  {"adds regions: %[1]s", "新增地区：%[1]s"},
	"gain.sla":      {"SLA %[1]s%%", "SLA %[1]s%%"},

	// Rankings across vendors.
	"rank.per_currency": {"Costs are in different currencies and the scenario states no exchange rate (policy.fx), so tiers are ranked within each currency.", "费用币种不同且场景未给出汇率（policy.fx），因此按币种分别排名。"},
	"rank.fx":           {"Costs are compared in USD, through the exchange rates the scenario states (policy.fx).", "费用按场景给出的汇率（policy.fx）折算为美元比较。"},

	// Estimates.
	"est.mau":  {"MAU estimated from DAU at %[1]s%% DAU/MAU", "月活按日活/月活 %[1]s%% 估算"},
	"est.peak": {"peak concurrent estimated as %[1]s%% of MAU", "峰值并发按月活的 %[1]s%% 估算"},

	// Validation.
	"v.builtin_id":    {"%[1]q is the id of a built-in catalog; give yours another id", "%[1]q 是内置目录的标识，请为您的目录换一个标识"},
	"v.currency":      {"must be a currency code such as CNY, got %[1]q", "应为货币代码，如 CNY，实际为 %[1]q"},
	"v.not_a_number":  {"must be a number, got %[1]q", "应为数字，实际为 %[1]q"},
	"v.json":          {"not valid JSON: %[1]s", "不是有效的 JSON：%[1]s"},
	"v.trailing":      {"unexpected content after the JSON value", "JSON 值之后还有多余内容"},
	"v.empty":         {"empty input: paste or choose a JSON file", "输入为空：请粘贴或选择 JSON 文件"},
	"v.too_large":     {"input is %[1]s bytes; the limit is %[2]s", "输入大小为 %[1]s 字节，上限为 %[2]s"},
	"v.too_deep":      {"JSON nests deeper than %[1]s levels", "JSON 嵌套超过 %[1]s 层"},
	"v.type":          {"must be %[1]s, got %[2]s", "应为%[1]s，实际为 %[2]s"},
	"v.unknown_field": {"unknown field; known fields: %[1]s", "未知字段；可用字段：%[1]s"},
	"v.required":      {"required", "必填"},
	"v.whole":         {"must be a whole number ≥ 0, got %[1]s", "应为 ≥ 0 的整数，实际为 %[1]s"},
	"v.too_big":       {"must be less than 10^12, got %[1]s", "应小于 10^12，实际为 %[1]s"},
	"v.range":         {"must be between %[1]s and %[2]s, got %[3]s", "应在 %[1]s 到 %[2]s 之间，实际为 %[3]s"},
	"v.not_number":    {"must be a finite number, got %[1]s", "应为有限数值，实际为 %[1]s"},
	"v.unknown_id":    {"unknown id %[1]q; known: %[2]s", "未知标识 %[1]q；可用：%[2]s"},
	"v.duplicate":     {"%[1]q is listed twice", "%[1]q 重复出现"},
	"v.steps":         {"must rise strictly from above 0 and end at 100, got %[1]s", "应从大于 0 开始严格递增并以 100 结束，实际为 %[1]s"},
	"v.date":          {"must be a real date YYYY-MM-DD, got %[1]q", "应为真实日期 YYYY-MM-DD，实际为 %[1]q"},
	"v.tier":          {"%[1]q is not a tier of %[2]s; tiers: %[3]s", "%[1]q 不是 %[2]s 的套餐；可选：%[3]s"},
	"v.catalog":       {"unknown catalog %[1]q; known: %[2]s", "未知目录 %[1]q；可选：%[2]s"},
	"v.too_long":      {"must be at most %[1]s characters, got %[2]s", "最多 %[1]s 个字符，实际为 %[2]s"},
	"v.control":       {"must not contain control characters", "不能包含控制字符"},
	"v.id":            {"must be a lower-case id (a-z, 0-9, - and _), got %[1]q", "应为小写标识（a-z、0-9、- 和 _），实际为 %[1]q"},
	"v.dup_tier":      {"tier id %[1]q is used twice", "套餐标识 %[1]q 重复"},
	"v.no_tiers":      {"a catalog needs at least one tier", "目录至少需要一个套餐"},
	"v.too_many":      {"at most %[1]s entries, got %[2]s", "最多 %[1]s 项，实际为 %[2]s"},
	"v.hard_no_limit": {"%[1]q is a hard cap but limits.%[1]s is not known", "%[1]q 被标为硬性上限，但 limits.%[1]s 未知"},
	"v.max_below":     {"must be at least limits.%[1]s (%[2]s), got %[3]s", "应不小于 limits.%[1]s（%[2]s），实际为 %[3]s"},
	"v.share_metric":  {"only peak_concurrent may scale, with mau or dau", "只有 peak_concurrent 可以按 mau 或 dau 比例计算"},
}
