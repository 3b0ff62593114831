package rules

import "tierfit/internal/i18n"

// words is every sentence the engine writes (messages.go), in English and
// Chinese, parsed once.
var words = i18n.NewTable(text)

// msg is the sentence key in lang with its arguments.
func msg(lang i18n.Lang, key string, args ...i18n.Arg) string { return words.Msg(lang, key, args...) }

// Short names for the arguments of the engine's sentences.
var (
	txt     = i18n.Str
	num     = i18n.Int
	dec     = i18n.Decimal
	precise = i18n.Exact
	ids     = i18n.List
)

// MetricName is a metric's name inside a sentence in lang ("peak
// concurrent", "峰值并发"): the one name every layer uses.
func MetricName(m Metric, lang i18n.Lang) string { return msg(lang, "metric."+string(m)) }

// MetricLabel is a metric's name as a label or a table heading in lang
// ("Peak concurrent").
func MetricLabel(m Metric, lang i18n.Lang) string {
	name := MetricName(m, lang)
	if name != "" && name[0] >= 'a' && name[0] <= 'z' {
		return string(name[0]-'a'+'A') + name[1:]
	}
	return name
}

// UnknownValue is what every layer shows for a number the catalog does not
// know: "unknown — verify with the vendor".
func UnknownValue(lang i18n.Lang) string { return msg(lang, "unknown.verify") }

// metricName is MetricName for the engine's own sentences.
func metricName(lang i18n.Lang, m Metric) string { return MetricName(m, lang) }

// StatusName names a finding's status in lang, for its badge.
func StatusName(s Status, lang i18n.Lang) string { return msg(lang, "finding."+string(s)) }

// RuleName names a rule in lang: its metric for a usage or need rule.
func RuleName(id string, lang i18n.Lang) string {
	if words.Has("rule." + id) {
		return msg(lang, "rule."+id)
	}
	return MetricLabel(Metric(id), lang)
}

// amount is a metric's value with its unit where one reads better.
func amount(lang i18n.Lang, m Metric, v int64) i18n.Arg {
	switch m {
	case GroupMembers:
		return i18n.Count(v, msg(lang, "unit.members"))
	case HistoryDays:
		return i18n.Count(v, msg(lang, "unit.days"))
	case APIQPS:
		return i18n.Count(v, msg(lang, "unit.qps"))
	}
	return num(v)
}

// setName is the name of a set rule's items in a sentence.
func setName(lang i18n.Lang, rule string) string { return msg(lang, "set."+rule) }

// supportName is a support level's name in a sentence.
func supportName(lang i18n.Lang, level string) string { return SupportName(level, lang) }
