package rules_test

import (
	"reflect"
	"testing"

	"tierfit/rules"
)

// TestParseFreezes reads the form's freeze list as people write it, in
// either language, and writes it back the same way.
func TestParseFreezes(t *testing.T) {
	got, ps := rules.ParseFreezes("rollout.freezes", "2027-10-29 to 2027-11-02 Diwali；2027-12-20至2027-12-31\n 2028-01-05 .. 2028-01-06 ", "en")
	want := []rules.Freeze{{Name: "Diwali", From: "2027-10-29", To: "2027-11-02"}, {From: "2027-12-20", To: "2027-12-31"}, {From: "2028-01-05", To: "2028-01-06"}}
	if len(ps) > 0 || !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseFreezes = %+v, %v", got, ps)
	}
	if back, _ := rules.ParseFreezes("f", rules.FormatFreezes(want), "en"); !reflect.DeepEqual(back, want) {
		t.Errorf("FormatFreezes does not read back: %q", rules.FormatFreezes(want))
	}
	if _, ps := rules.ParseFreezes("rollout.freezes", "next week", "zh"); len(ps) != 1 || ps[0].Field != "rollout.freezes" || ps[0].Message == "" {
		t.Errorf("text that is no freeze: %v", ps)
	}
	if got, ps := rules.ParseFreezes("f", "  ", "en"); got != nil || ps != nil {
		t.Errorf("an empty field is no freeze: %v %v", got, ps)
	}
}
