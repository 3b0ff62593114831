package rules

import (
	"sort"
	"strings"
)

// Status is the outcome of one rule for one tier.
type Status string

// The statuses, from worst to best. A tier fits when no rule fails.
const (
	Fail    Status = "fail"
	Unknown Status = "unknown" // a number is missing: verify with the vendor
	Warn    Status = "warn"    // fits, but inside the headroom the user keeps
	Pass    Status = "pass"
)

// severity orders statuses for sorting findings, failures first.
func (s Status) severity() int {
	switch s {
	case Fail:
		return 0
	case Unknown:
		return 1
	case Warn:
		return 2
	}
	return 3
}

// Decision is what the engine advises for the current tier.
type Decision string

// The decisions, checked in this order.
const (
	NoFit       Decision = "no_fit"       // no tier of the catalog fits now
	UpgradeNow  Decision = "upgrade_now"  // the current tier does not fit now
	PlanUpgrade Decision = "plan_upgrade" // it fits now but loses its headroom within the horizon
	// Verify: the current tier fits only as far as the catalog knows; usage
	// is above an included amount whose price is unknown, or no limit the
	// user's usage meets is known. The evaluation lists the questions.
	Verify Decision = "verify"
	// SwitchToSave: another tier of the catalog fits with headroom through
	// the horizon and costs less; the evaluation carries the saving.
	SwitchToSave Decision = "switch_to_save"
	Stay         Decision = "stay"
)

// Decisions lists every decision in the order they are checked.
var Decisions = []Decision{NoFit, UpgradeNow, PlanUpgrade, Verify, SwitchToSave, Stay}

// Metric names a usage number that tiers limit.
type Metric string

// The metrics a tier's limits may name. The usage metrics (dau, mau,
// peak_concurrent, messages_month) grow with the product and can be hard
// caps or included quotas; the others are needs a tier meets or not.
const (
	DAU            Metric = "dau"
	MAU            Metric = "mau"
	PeakConcurrent Metric = "peak_concurrent"
	// MessagesMonth is usage.messages_per_day × 30. Only tiers whose limits
	// name it meter it.
	MessagesMonth Metric = "messages_month"
	GroupMembers  Metric = "group_members"
	HistoryDays   Metric = "history_days"
	// APIQPS is the peak rate of server API calls a tier allows, per second.
	APIQPS Metric = "api_qps"
)

// UsageMetrics are the metrics that grow, can be hard caps and are billed,
// in the order findings, tables and charts list them.
var UsageMetrics = []Metric{DAU, MAU, PeakConcurrent, MessagesMonth}

// usageMetrics is UsageMetrics for the package's own loops.
var usageMetrics = UsageMetrics

// nMetrics is the number of usage metrics: the slots of a month.
const nMetrics = 4

// NeedMetrics are the limits a need is checked against once, not monthly.
var NeedMetrics = []Metric{GroupMembers, HistoryDays, APIQPS}

// allMetrics counts every metric a tier may name: the most entries of a
// tier's metric lists and maps.
var allMetrics = append(append([]Metric(nil), UsageMetrics...), NeedMetrics...)

func isUsageMetric(m Metric) bool {
	return m == DAU || m == MAU || m == PeakConcurrent || m == MessagesMonth
}

// usageMetricIDs lists the usage metrics for messages.
const usageMetricIDs = "dau, mau, peak_concurrent, messages_month"

// Tier statuses: a tier the catalog lists but that is never recommended or
// ranked. It may still be a scenario's current tier.
const (
	Superseded  = "superseded"  // an older edition or name the vendor no longer sells
	Placeholder = "placeholder" // listed so the catalog is complete; no price and no known limit
)

// TierStatuses are the values of a tier's status ("" is a current tier).
var TierStatuses = []string{Superseded, Placeholder}

// Features are the feature ids a scenario may need and a tier may offer.
var Features = sortedCopy([]string{
	"rich_media", "offline_messages", "push", "read_receipts", "group_read_receipts", "recall",
	"multi_device_sync", "reactions", "threads", "presence", "typing_indicators", "message_search",
	"translation", "moderation", "webhooks", "report_message", "chatrooms", "data_export",
	"conversation_list_server", "community", "sso", "audit_logs", "hipaa", "dedicated_region",
})

// Regions are the region ids: mainland China, Hong Kong, Taiwan, South-East
// Asia, India, Korea, Japan, Europe, North America, South America,
// Australia/Oceania, Middle East, Africa.
var Regions = []string{"cn", "hk", "tw", "sea", "in", "kr", "jp", "eu", "na", "sa", "au", "me", "af"}

// SupportLevels are the support ids from least to most.
var SupportLevels = []string{"community", "ticket", "dedicated"}

// Confidences are the confidence ids of catalog data, from least to most.
var Confidences = []string{"low", "medium", "high"}

// Langs are the languages of every sentence the engine writes.
var Langs = []string{"en", "zh"}

func supportRank(s string) int { return index(SupportLevels, s) }

func index(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool { return index(list, s) >= 0 }

func sortedCopy(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}

func joinIDs(list []string) string { return strings.Join(list, ", ") }
