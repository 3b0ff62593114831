// Package i18n is tierfit's one way to say things in English and
// Simplified Chinese: a Lang type, keyed tables of sentences with one
// format syntax, and the helpers for numbers, money and punctuation.
// rules/, plans/ and the UI each keep their own table; a test of each
// checks that every key has both languages, the same arguments in both,
// and is used. It imports the standard library only, so rules/ stays pure.
package i18n

// Lang is a language tierfit writes in.
type Lang string

// The languages.
const (
	EN Lang = "en"
	ZH Lang = "zh" // Simplified Chinese
)

// Langs lists the languages.
var Langs = []Lang{EN, ZH}

// Of reads a language id: "zh" is Chinese, anything else English.
func Of(s string) Lang {
	if s == string(ZH) {
		return ZH
	}
	return EN
}

// Known reports whether s names a language.
func Known(s string) bool { return s == string(EN) || s == string(ZH) }

// HTML is the language's HTML lang attribute.
func (l Lang) HTML() string {
	if l == ZH {
		return "zh-CN"
	}
	return "en"
}

// Other is the language the page's toggle switches to.
func (l Lang) Other() Lang {
	if l == ZH {
		return EN
	}
	return ZH
}

// Pick is en in English and zh in Chinese: for a word too small for a
// table (a unit, a suffix).
func (l Lang) Pick(en, zh string) string {
	if l == ZH {
		return zh
	}
	return en
}

// Colon is what follows a label: ": " or "：".
func (l Lang) Colon() string { return l.Pick(": ", "：") }

// Sep separates clauses: "; " or "；".
func (l Lang) Sep() string { return l.Pick("; ", "；") }

// Comma separates short items: ", " or "、".
func (l Lang) Comma() string { return l.Pick(", ", "、") }

// Space separates sentences: " " in English, nothing in Chinese.
func (l Lang) Space() string { return l.Pick(" ", "") }

// Paren puts s in the language's parentheses: " (s)" or "（s）".
func (l Lang) Paren(s string) string { return l.Pick(" ("+s+")", "（"+s+"）") }
