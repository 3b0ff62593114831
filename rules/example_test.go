package rules_test

import (
	"fmt"

	"tierfit/rules"
)

// ExampleEvaluate evaluates a product on Agora Chat's free tier: it has
// outgrown the free hard caps, and Pro is the cheapest tier that keeps its
// headroom for the next six months.
func ExampleEvaluate() {
	s, problems := rules.DecodeScenario([]byte(`{
		"catalog": "agora-chat", "current_tier": "free",
		"usage": {"mau": 12000, "peak_concurrent": 400, "monthly_growth_percent": 10},
		"needs": {"features": ["moderation"]}
	}`), "en")
	if len(problems) > 0 {
		fmt.Println(problems)
		return
	}
	ev, problems := rules.Evaluate(s, rules.BuiltinCatalog("agora-chat"), rules.Context{})
	if len(problems) > 0 {
		fmt.Println(problems)
		return
	}
	fmt.Println(ev.Decision, "→", ev.Recommended)
	for _, reason := range ev.Reasons {
		fmt.Println("-", reason)
	}
	pro := ev.Tiers[2]
	fmt.Printf("%s: %v %s now, %v at month %d\n", pro.Name, *pro.MonthlyCost.Now, pro.MonthlyCost.Currency, *pro.MonthlyCost.Horizon, ev.HorizonMonths)
	// Output:
	// upgrade_now → pro
	// - Free does not fit now.
	// - MAU 12,000 exceeds the Free hard cap of 500
	// - peak concurrent 400 exceeds the Free hard cap of 50
	// - Free lacks features: moderation
	// Pro: 799 USD now, 1261.95 at month 6
}
