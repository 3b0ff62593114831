package rules

import (
	"strconv"
	"strings"

	"tierfit/internal/i18n"
)

// NotNumber is the problem of a form field whose text is not a number.
func NotNumber(field, raw string, lang i18n.Lang) Problem {
	return Problem{field, msg(lang, "v.not_a_number", txt(clip(raw)))}
}

// multipliers are the words people put after a number: thousands,
// millions, and the Chinese 万 (10⁴) and 亿 (10⁸), also written w / W in
// pinyin shorthand. Each is a power of ten, applied to the decimal text so
// that 1.2万 is exactly 12000.
// 百万 comes before 万, which it ends with.
var multipliers = []struct {
	word string
	exp  int
}{
	{"百万", 6}, {"k", 3}, {"K", 3}, {"千", 3}, {"m", 6}, {"M", 6},
	{"w", 4}, {"W", 4}, {"万", 4}, {"亿", 8},
}

// ParseNumber reads a number as people type it: "12000", "12,000",
// "12 000", "12k", "1.2万", "3亿", "99.9%", and the full-width digits and
// signs a Chinese input method produces ("１２，０００"). Empty text is nil
// (not provided); ok is false for anything else: two decimal points, a
// multiplier alone or twice, letters, "inf", hexadecimal.
func ParseNumber(raw string) (v *float64, ok bool) {
	s := strings.Map(halfWidth, strings.TrimSpace(raw))
	s = strings.Map(func(r rune) rune {
		switch r {
		case ',', '_', ' ', '\t', '\u00a0', '\u202f', '\u2009', '\'':
			return -1 // thousands separators
		}
		return r
	}, s)
	s = strings.TrimSuffix(s, "%")
	if s == "" {
		return nil, true
	}
	exp := 0
	for _, m := range multipliers {
		if rest, found := strings.CutSuffix(s, m.word); found && rest != "" {
			s, exp = rest, m.exp
			break
		}
	}
	if !plainDecimal(s) {
		return nil, false
	}
	if exp > 0 {
		s += "e" + strconv.Itoa(exp)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, false
	}
	return &f, true
}

// halfWidth maps full-width digits, signs and punctuation to ASCII, and the
// minus sign to a hyphen.
func halfWidth(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return '0' + (r - '０')
	case r == '．' || r == '。':
		return '.'
	case r == '，' || r == '、':
		return ','
	case r == '％':
		return '%'
	case r == '－' || r == '−':
		return '-'
	case r == '＋':
		return '+'
	case r == '\u3000':
		return ' '
	case r == 'ｋ' || r == 'Ｋ':
		return 'k'
	case r == 'ｍ' || r == 'Ｍ':
		return 'm'
	case r == 'ｗ' || r == 'Ｗ':
		return 'w'
	}
	return r
}

// plainDecimal accepts an optional sign, digits and at most one decimal
// point with a digit somewhere: no exponent, no "inf", no hexadecimal.
func plainDecimal(s string) bool {
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		s = s[1:]
	}
	digits, points := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}
