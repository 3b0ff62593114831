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
	Stay        Decision = "stay"
)

// Metric names a usage number that tiers limit.
type Metric string

// The metrics a tier's limits may name. The first three grow with the
// product and can be hard caps or included quotas.
const (
	DAU            Metric = "dau"
	MAU            Metric = "mau"
	PeakConcurrent Metric = "peak_concurrent"
	GroupMembers   Metric = "group_members"
	HistoryDays    Metric = "history_days"
)

// usageMetrics are the metrics that grow, can be hard caps and are billed.
var usageMetrics = []Metric{DAU, MAU, PeakConcurrent}

func isUsageMetric(m Metric) bool { return m == DAU || m == MAU || m == PeakConcurrent }

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
