package rules_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"tierfit/rules"
)

// TestCatalogFormat: a catalog written like the format the rules issue
// gives (confidence on each tier, none at the top) is accepted, with the
// catalog's confidence derived from its tiers; a missing required field
// says "missing", and optional ones are never required.
func TestCatalogFormat(t *testing.T) {
	in := `{"id": "my-agora", "name": "Agora Chat", "currency": "USD", "as_of": "2025-07-07",
	 "sources": ["https://example.com"],
	 "tiers": [{"id": "free", "name": "Free", "price_month": 0,
	   "limits": {"dau": null, "mau": 500, "peak_concurrent": 50, "group_members": 100, "history_days": 7},
	   "hard_caps": ["mau", "peak_concurrent"], "features": ["read_receipts"], "regions": ["sea", "eu", "na"],
	   "sla_percent": null, "latency_ms": null, "support": "community", "confidence": "high", "notes": "…"},
	  {"id": "paid", "name": "Paid", "limits": {"mau": 5000}, "confidence": "medium"}]}`
	c, ps := rules.DecodeCatalog([]byte(in), "en")
	if len(ps) > 0 {
		t.Fatalf("the rules issue's format is refused: %v", ps)
	}
	if c.Confidence != "medium" {
		t.Errorf("derived confidence = %q, want the lowest of the tiers, medium", c.Confidence)
	}
	_, ps = rules.DecodeCatalog([]byte(`{"tiers": [{"limits": {}}]}`), "en")
	want := []string{
		"as_of: missing: this field is required", "currency: missing: this field is required",
		"id: missing: this field is required", "name: missing: this field is required",
		"tiers[0].confidence: missing: this field is required", "tiers[0].id: missing: this field is required",
		"tiers[0].name: missing: this field is required",
	}
	if got := problemStrings(ps); !reflect.DeepEqual(got, want) {
		t.Errorf("missing fields:\n got %q\nwant %q", got, want)
	}
	_, ps = rules.DecodeCatalog([]byte(`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01"}`), "zh")
	if got := problemStrings(ps); !reflect.DeepEqual(got, []string{"tiers: 缺失：此字段为必填"}) {
		t.Errorf("missing tiers in Chinese: %q", got)
	}
}

// TestCatalogRoundTrip: what the browser stores (json.Marshal of a catalog)
// reads back the same, messages metering and statuses included.
func TestCatalogRoundTrip(t *testing.T) {
	for _, c := range rules.Builtin() {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back, ps := rules.DecodeCatalog(b, "en")
		if len(ps) > 0 {
			t.Fatalf("%s: %v", c.ID, ps)
		}
		// Compared as JSON: an empty list or map may come back nil.
		if again, _ := json.Marshal(back); string(again) != string(b) {
			t.Errorf("%s does not read back the same", c.ID)
		}
		for i, tier := range c.Tiers {
			if back.Tiers[i].Limits.MessagesMetered != tier.Limits.MessagesMetered || back.Tiers[i].Status != tier.Status {
				t.Errorf("%s/%s: messages metering or status lost on the way through storage", c.ID, tier.ID)
			}
		}
	}
	// Metered at an unknown amount (null) is not the same as not metered.
	c, ps := rules.DecodeCatalog([]byte(`{"id": "x", "name": "X", "currency": "USD", "as_of": "2026-01-01", "tiers": [
		{"id": "a", "name": "A", "limits": {"messages_month": null}, "confidence": "low"},
		{"id": "b", "name": "B", "limits": {}, "confidence": "low"}]}`), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	b, _ := json.Marshal(c)
	if back, _ := rules.DecodeCatalog(b, "en"); !back.Tiers[0].Limits.MessagesMetered || back.Tiers[1].Limits.MessagesMetered {
		t.Errorf("messages metering lost through storage: %s", b)
	}
	payg := rules.BuiltinCatalog("pubnub").Tier("payg")
	if !payg.Limits.MessagesMetered || !payg.MinimumSpend || rules.BuiltinCatalog("agora-chat").Tier("pro").Limits.MessagesMetered {
		t.Error("messages metering is not read from the limits' keys")
	}
}

// TestBuiltinStatuses: the tiers the catalogs cannot judge are marked, so
// they are never recommended or ranked.
func TestBuiltinStatuses(t *testing.T) {
	for _, c := range rules.Builtin() {
		for _, tier := range c.Tiers {
			known := tier.PriceMonth != nil
			for _, m := range append(append([]rules.Metric(nil), rules.UsageMetrics...), rules.NeedMetrics...) {
				known = known || tier.Limits.Get(m) != nil
			}
			if !known && tier.Status == "" {
				t.Errorf("%s/%s has no price and no known limit but is not a placeholder", c.ID, tier.ID)
			}
		}
	}
	if s := rules.BuiltinCatalog("tencent-chat-intl").Tier("legacy-premium").Status; s != rules.Superseded {
		t.Errorf("Tencent's older Premium is %q, want superseded", s)
	}
	if s := rules.BuiltinCatalog("rongcloud-im").Tier("unknown").Status; s != rules.Placeholder {
		t.Errorf("RongCloud's 'Tiers not found' is %q, want placeholder", s)
	}
}
