package i18n

import (
	"reflect"
	"testing"
)

func TestTable(t *testing.T) {
	tb := NewTable(map[string][2]string{
		"a":    {"%[1]s has %[2]s (%[1]q) at 5%%", "%[2]s：%[1]s，5%%"},
		"bad":  {"%[1]s", "缺"},
		"half": {"only English", ""},
		"list": {"a|b", "甲"},
	})
	if got := tb.Msg(EN, "a", Str("Pro"), Int(12000)); got != `Pro has 12,000 ("Pro") at 5%` {
		t.Errorf("Msg en = %q", got)
	}
	if got := tb.Msg(ZH, "a", Str("Pro"), Count(3, " 天")); got != "3 天：Pro，5%" {
		t.Errorf("Msg zh = %q", got)
	}
	if got := tb.Msg(EN, "nope"); got != "nope" {
		t.Errorf("a missing key shows as itself, got %q", got)
	}
	want := []string{"bad: English takes %[1], Chinese ", "half: a language is missing", "list: the languages list different numbers of items"}
	if got := tb.Check(); !reflect.DeepEqual(got, want) {
		t.Errorf("Check = %q, want %q", got, want)
	}
	if got := tb.Msg(EN, "a", Decimal(1161.951), Exact(99.995)); got != `1,161.95 has 99.995 (1,161.95) at 5%` {
		t.Errorf("numbers: %q", got)
	}
}

func TestNumbersAndWords(t *testing.T) {
	for in, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -12000: "-12,000"} {
		if got := Num(in); got != want {
			t.Errorf("Num(%d) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[float64]string{0.05: "0.05", 1161.95: "1,161.95", 12000.5: "12,000.5", 349: "349"} {
		if got := Dec(in); got != want {
			t.Errorf("Dec(%v) = %q, want %q", in, got, want)
		}
	}
	if Money(ZH, 999, "CNY") != "999 元" || Money(EN, 349, "USD") != "USD 349" {
		t.Error("Money")
	}
	if Of("zh") != ZH || Of("fr") != EN || ZH.HTML() != "zh-CN" || EN.Other() != ZH || ZH.Paren("x") != "（x）" {
		t.Error("Lang helpers")
	}
}

func TestLatinWords(t *testing.T) {
	got := LatinWords("升级到 Pro：月活 (MAU) 超出 moderation，见 https://example.com/x 与 Acme Chat", "Pro", "Acme Chat")
	if len(got) != 1 || got[0] != "moderation" {
		t.Errorf("LatinWords = %v, want [moderation]", got)
	}
}

// A percent sign starts a slot only as %[n]s, %[n]q or %%; anything else
// is text, shown as written.
func TestSlotsAndStrayPercents(t *testing.T) {
	tb := NewTable(map[string][2]string{
		"k": {"100% %[1]s%[2]q %[0]s %[1]x %[12 %[ %%%[1]s end %", "%[1]s"},
	})
	got := tb.Msg(EN, "k", Str("a"), Str("b"))
	if want := `100% a"b" %[0]s %[1]x %[12 %[ %a end %`; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := tb.Msg(EN, "k"); got != `100% %!(MISSING)%!(MISSING) %[0]s %[1]x %[12 %[ %%!(MISSING) end %` {
		t.Errorf("missing arguments: %q", got)
	}
}
