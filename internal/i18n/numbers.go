package i18n

import (
	"bytes"
	"math"
	"strconv"
)

// Num formats a whole number with thousands separators: 12,000.
func Num(v int64) string {
	var out [28]byte
	return string(AppendNum(out[:0], v))
}

// AppendNum appends v with thousands separators.
func AppendNum(dst []byte, v int64) []byte {
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

// Dec formats a number with up to two decimals and separators: 0.05,
// 12,000.5.
func Dec(v float64) string {
	var out [32]byte
	return string(AppendDec(out[:0], v))
}

// AppendDec appends v as Dec writes it.
func AppendDec(dst []byte, v float64) []byte {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 1e15:
		return strconv.AppendFloat(dst, v, 'g', -1, 64)
	case v == math.Trunc(v):
		return AppendNum(dst, int64(v))
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
	dst = AppendNum(dst, w)
	if len(frac) > 0 {
		dst = append(append(dst, '.'), frac...)
	}
	return dst
}

// Money formats an amount in a currency: "USD 349" in English, "349 美元"
// in Chinese.
func Money(l Lang, v float64, currency string) string {
	if l == ZH {
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
