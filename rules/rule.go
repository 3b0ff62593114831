package rules

import "tierfit/internal/i18n"

// A Rule is one check of a tier against the scenario: an id, a sentence
// that explains why it matters (shown in the UI as the "why"), and the
// check itself. Monthly rules depend on usage that grows and are checked
// for every month of the horizon; the others once.
type Rule struct {
	ID      string
	Doc     [2]string // English, Chinese
	Monthly bool
	check   func(e *env, u *month, t *Tier) Finding
}

// DocIn returns the rule's explanation in lang.
func (r Rule) DocIn(lang i18n.Lang) string { return lang.Pick(r.Doc[0], r.Doc[1]) }

// A Finding is one rule's verdict for one tier, with a sentence that
// carries the numbers.
type Finding struct {
	Rule    string `json:"rule"`
	Status  Status `json:"status"`
	Message string `json:"message"`
	// span locates Message in the evaluation's sentence buffer until
	// Evaluate sets it (one allocation for all sentences, not one each).
	span [2]int32
	// flags say how a usage finding bears on verification (useFlags).
	flags uint8
}

// Rules is every rule, in the order findings are listed within a status.
var Rules = []Rule{
	{ID: "dau", Monthly: true, check: checkUsage(DAU), Doc: [2]string{
		"Daily active users against the tier's DAU limit: China-region vendors bill on DAU, and a hard cap refuses logins beyond it.",
		"日活与套餐的日活上限对比：国内厂商多按日活计费，硬性上限之外的登录会被拒绝。"}},
	{ID: "mau", Monthly: true, check: checkUsage(MAU), Doc: [2]string{
		"Monthly active users against the tier's MAU limit: international vendors bill on MAU; above an included quota each user costs extra, above a hard cap logins fail.",
		"月活与套餐的月活上限对比：海外厂商多按月活计费；超出包含量按人计费，超出硬性上限则登录失败。"}},
	{ID: "peak_concurrent", Monthly: true, check: checkUsage(PeakConcurrent), Doc: [2]string{
		"Peak concurrent connections against the tier's limit: the first of the source article's upgrade signals; at a hard cap new connections are refused at your busiest hour.",
		"峰值并发与套餐上限对比：这是原文的第一个升级信号；达到硬性上限时，最繁忙的时段会拒绝新连接。"}},
	{ID: "messages_month", Monthly: true, check: checkUsage(MessagesMonth), Doc: [2]string{
		"Messages a month (messages per day × 30) against what a tier that meters messages includes: pay-per-message tiers cost more with every message.",
		"每月消息量（每日消息量 × 30）与按消息计费套餐的包含量对比：按条计费的套餐每多一条消息就多一份费用。"}},
	{ID: "group_members", check: checkNeed(GroupMembers), Doc: [2]string{
		"Your largest group against the tier's group size: a group that cannot grow is a product limit users notice at once.",
		"最大群人数与套餐群上限对比：群无法扩容是用户马上就能感知的产品限制。"}},
	{ID: "history_days", check: checkNeed(HistoryDays), Doc: [2]string{
		"How long messages must be kept against the tier's cloud history: shorter retention loses history on new devices.",
		"所需的消息保存天数与套餐云端历史对比：保存时间不足会导致新设备上丢失历史消息。"}},
	{ID: "api_qps", check: checkNeed(APIQPS), Doc: [2]string{
		"Your peak server API calls per second against the tier's rate limit: the source article's other free-tier limit; calls above it are refused.",
		"服务端 API 峰值调用频率与套餐的频率限制对比：这是原文提到的另一项免费版限制，超出的调用会被拒绝。"}},
	{ID: "features", check: checkFeatures, Doc: [2]string{
		"Every feature you need must be offered by the tier: free tiers often lack moderation, push or read receipts.",
		"套餐必须提供您需要的每项功能：免费版常缺少内容审核、推送或已读回执。"}},
	{ID: "regions", check: checkRegions, Doc: [2]string{
		"Every region you serve needs a data center of the tier: distance adds latency, and some markets require local data.",
		"您服务的每个地区都需要套餐的数据中心：距离会增加延迟，部分市场要求数据本地化。"}},
	{ID: "sla", check: checkSLA, Doc: [2]string{
		"The uptime the tier guarantees against what you need: free tiers usually offer no SLA at all.",
		"套餐承诺的可用性与您的要求对比：免费版通常不提供任何 SLA。"}},
	{ID: "latency", check: checkLatency, Doc: [2]string{
		"The message latency the tier promises against the slowest p95 you accept.",
		"套餐承诺的消息延迟与您可接受的最慢 p95 对比。"}},
	{ID: "support", check: checkSupport, Doc: [2]string{
		"The support the tier includes (community < ticket < dedicated) against what you need when something breaks.",
		"套餐包含的技术支持（社区 < 工单 < 专属）与出问题时您需要的支持对比。"}},
}

// RuleByID returns the rule with id.
func RuleByID(id string) (Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}
