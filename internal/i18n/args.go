package i18n

import (
	"math"
	"strconv"
)

// An Arg is one value in a sentence: text, or a number formatted straight
// into the sentence (without a string each).
type Arg struct {
	kind argKind
	s    string
	n    int64     // the number; the bits of the float for decimals
	list *[]string // a list
}

type argKind uint8

const (
	argText    argKind = iota
	argNum             // n with separators, then s
	argDec             // f with up to two decimals
	argPrecise         // f with every digit (an SLA such as 99.995)
	argList            // list joined with ", "
)

// Str is text.
func Str(s string) Arg { return Arg{s: s} }

// Int is a whole number with thousands separators: 12,000.
func Int(n int64) Arg { return Arg{kind: argNum, n: n} }

// Count is a whole number followed by its unit: "200 members".
func Count(n int64, unit string) Arg { return Arg{kind: argNum, n: n, s: unit} }

// Decimal is a number with up to two decimals and separators: 1,161.95.
func Decimal(f float64) Arg { return Arg{kind: argDec, n: int64(math.Float64bits(f))} }

// Exact is a number with every digit it has: 99.995.
func Exact(f float64) Arg { return Arg{kind: argPrecise, n: int64(math.Float64bits(f))} }

// List is ids or names joined with ", ".
func List(list []string) Arg { return Arg{kind: argList, list: &list} }

func (a Arg) append(dst []byte, quote bool) []byte {
	switch a.kind {
	case argNum:
		return append(AppendNum(dst, a.n), a.s...)
	case argDec:
		return AppendDec(dst, math.Float64frombits(uint64(a.n)))
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
	}
	if quote {
		return strconv.AppendQuote(dst, a.s)
	}
	return append(dst, a.s...)
}
