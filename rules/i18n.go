package rules

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
)

// A template is a sentence parsed once: literal text and argument slots.
// %[n]s inserts argument n, %[n]q inserts it quoted, %% is a percent sign.
type template []segment

type segment struct {
	lit   string
	arg   int // 0-based; -1 for a literal
	quote bool
}

var templates = parseTemplates()

func parseTemplates() map[string][2]template {
	slot := regexp.MustCompile(`%\[(\d+)\]([sq])|%%`)
	out := make(map[string][2]template, len(text))
	for key, pair := range text {
		var parsed [2]template
		for i, f := range pair {
			var t template
			last := 0
			for _, m := range slot.FindAllStringSubmatchIndex(f, -1) {
				if m[0] > last {
					t = append(t, segment{lit: f[last:m[0]], arg: -1})
				}
				if m[2] < 0 {
					t = append(t, segment{lit: "%", arg: -1})
				} else {
					n, _ := strconv.Atoi(f[m[2]:m[3]])
					t = append(t, segment{arg: n - 1, quote: f[m[4]:m[5]] == "q"})
				}
				last = m[1]
			}
			if last < len(f) {
				t = append(t, segment{lit: f[last:], arg: -1})
			}
			parsed[i] = t
		}
		out[key] = parsed
	}
	return out
}

// An arg is one value in a sentence: text, or a whole number written with
// thousands separators and followed by s (a unit such as " days").
// Numbers are formatted straight into the sentence, without a string each.
type arg struct {
	kind argKind
	s    string
	n    int64     // argNum; the bits of the float for argDec and argPrecise
	list *[]string // argList
}

type argKind uint8

const (
	argText    argKind = iota
	argNum             // n with separators, then s
	argDec             // f with up to two decimals
	argPrecise         // f with every digit (an SLA such as 99.995)
	argList            // list joined with ", "
)

func txt(s string) arg { return arg{s: s} }

func num(n int64) arg { return arg{kind: argNum, n: n} }

func dec(f float64) arg { return arg{kind: argDec, n: int64(math.Float64bits(f))} }

func precise(f float64) arg { return arg{kind: argPrecise, n: int64(math.Float64bits(f))} }

func ids(list []string) arg { return arg{kind: argList, list: &list} }

// msg returns the sentence key in lang ("zh", or English for anything
// else) with its arguments.
func msg(lang, key string, args ...arg) string { return string(appendMsg(nil, lang, key, args...)) }

// appendMsg appends the sentence to dst. It runs for every finding, so it
// avoids fmt and allocates only when dst must grow.
func appendMsg(dst []byte, lang, key string, args ...arg) []byte {
	pair, ok := templates[key]
	if !ok {
		return append(dst, key...)
	}
	t := pair[0]
	if lang == "zh" {
		t = pair[1]
	}
	for _, sg := range t {
		switch {
		case sg.arg < 0:
			dst = append(dst, sg.lit...)
		case sg.arg >= len(args):
			dst = append(dst, "%!(MISSING)"...)
		default:
			dst = args[sg.arg].append(dst, sg.quote)
		}
	}
	return dst
}

func (a arg) append(dst []byte, quote bool) []byte {
	switch a.kind {
	case argNum:
		return append(appendNum(dst, a.n), a.s...)
	case argDec:
		return appendDec(dst, math.Float64frombits(uint64(a.n)))
	case argPrecise:
		return strconv.AppendFloat(dst, math.Float64frombits(uint64(a.n)), 'f', -1, 64)
	case argList:
		for i, s := range *a.list {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = append(dst, s...)
		}
		return dst
	case argText:
		if quote {
			return strconv.AppendQuote(dst, a.s)
		}
	}
	return append(dst, a.s...)
}

// MetricName is a metric's name inside a sentence in lang ("peak
// concurrent", "峰值并发").
func MetricName(m Metric, lang string) string { return metricName(lang, m) }

// metricName is a metric's name in a sentence.
func metricName(lang string, m Metric) string {
	zh := lang == "zh"
	switch m {
	case DAU:
		return pick(zh, "DAU", "日活 (DAU)")
	case MAU:
		return pick(zh, "MAU", "月活 (MAU)")
	case PeakConcurrent:
		return pick(zh, "peak concurrent", "峰值并发")
	case MessagesMonth:
		return pick(zh, "messages a month", "每月消息量")
	case APIQPS:
		return pick(zh, "API calls per second", "API 调用频率")
	case GroupMembers:
		return pick(zh, "largest group", "最大群人数")
	case HistoryDays:
		return pick(zh, "message history", "消息历史")
	}
	return string(m)
}

// amount is a metric's value with its unit where one reads better.
func amount(lang string, m Metric, v int64) arg {
	switch m {
	case GroupMembers:
		return arg{kind: argNum, n: v, s: pick(lang == "zh", " members", " 人")}
	case HistoryDays:
		return arg{kind: argNum, n: v, s: pick(lang == "zh", " days", " 天")}
	case APIQPS:
		return arg{kind: argNum, n: v, s: pick(lang == "zh", " calls/s", " 次/秒")}
	}
	return num(v)
}

// setName is the name of a set rule's items in a sentence.
func setName(lang, rule string) string {
	zh := lang == "zh"
	if rule == "regions" {
		return pick(zh, "regions", "地区")
	}
	return pick(zh, "features", "功能")
}

// zhWords names vocabulary ids (support levels, confidences) in Chinese.
var zhWords = map[string]string{"community": "社区", "ticket": "工单", "dedicated": "专属", "high": "高", "medium": "中", "low": "低"}

// word names a vocabulary id in lang; English uses the id itself.
func word(lang, id string) string {
	if w, ok := zhWords[id]; ok && lang == "zh" {
		return w
	}
	return id
}

// supportName is a support level's name in a sentence.
func supportName(lang, level string) string { return word(lang, level) }

func pick(zh bool, en, zhText string) string {
	if zh {
		return zhText
	}
	return en
}

// Num formats a whole number with thousands separators: 12,000.
func Num(v int64) string {
	var out [28]byte
	return string(appendNum(out[:0], v))
}

// appendNum appends v with thousands separators.
func appendNum(dst []byte, v int64) []byte {
	var digits [20]byte
	s := strconv.AppendInt(digits[:0], v, 10)
	if s[0] == '-' {
		dst = append(dst, '-')
		s = s[1:]
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, c)
	}
	return dst
}

// Dec formats a number with up to two decimals and separators: 0.05, 12,000.5.
func Dec(v float64) string {
	var out [32]byte
	return string(appendDec(out[:0], v))
}

func appendDec(dst []byte, v float64) []byte {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 1e15:
		return strconv.AppendFloat(dst, v, 'g', -1, 64)
	case v == math.Trunc(v):
		return appendNum(dst, int64(v))
	}
	var tmp [32]byte
	s := strconv.AppendFloat(tmp[:0], v, 'f', 2, 64)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	s = bytes.TrimSuffix(s, []byte("."))
	whole, frac, _ := bytes.Cut(s, []byte("."))
	w, _ := strconv.ParseInt(string(whole), 10, 64)
	if w == 0 && whole[0] == '-' {
		dst = append(dst, '-')
	}
	dst = appendNum(dst, w)
	if len(frac) > 0 {
		dst = append(append(dst, '.'), frac...)
	}
	return dst
}

// Money formats an amount in a currency for a sentence: "USD 349" in
// English, "349 美元" in Chinese.
func Money(lang string, v float64, currency string) string {
	if lang == "zh" {
		switch currency {
		case "CNY":
			return Dec(v) + " 元"
		case "USD":
			return Dec(v) + " 美元"
		}
		return Dec(v) + " " + currency
	}
	return currency + " " + Dec(v)
}
