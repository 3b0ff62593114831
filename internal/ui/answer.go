package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

// answerCard is the answer: the decision with its reasons, the upgrade
// signals, the catalog it rests on and its caveats, then the recommended
// tier with its price, cost, limits and what it adds. It is drawn from its
// fields alone, so go-app redraws it only when one of them changes.
type answerCard struct {
	app.Compo

	Ev   *rules.Evaluation
	Cat  *rules.Catalog
	Scen rules.Scenario
	Lang i18n.Lang
}

func (a *answerCard) Render() app.UI {
	lang, ev := a.Lang, a.Ev
	return app.Div().Body(
		app.Div().ID("decision").Class("banner "+string(ev.Decision)).DataSet("decision", string(ev.Decision)).Body(
			app.P().Class("headline").Text(plans.Headline(ev, lang)),
			app.Ul().Body(app.Range(ev.Reasons).Slice(func(i int) app.UI { return app.Li().Text(ev.Reasons[i]) })),
			app.If(len(ev.Signals) > 0, app.Div().ID("signals").Body(
				app.H3().Text(t(lang, "signals")),
				app.Ul().Body(app.Range(ev.Signals).Slice(func(i int) app.UI {
					return app.Li().DataSet("signal", ev.Signals[i].ID).Text(ev.Signals[i].Message)
				})),
			)),
			app.P().Class("source").Text(t(lang, "source", a.Cat.Name, a.Cat.AsOf, rules.ConfidenceName(a.Cat.Confidence, lang))),
			app.If(len(ev.Caveats) > 0, app.Ul().ID("caveats").Class("caveats").Body(
				app.Range(ev.Caveats).Slice(func(i int) app.UI { return app.Li().Text(ev.Caveats[i]) }),
			)),
		),
		a.recommended(),
	)
}

func (a *answerCard) recommended() app.UI {
	lang, ev := a.Lang, a.Ev
	if ev.Recommended == "" {
		return app.Div().ID("recommended").Class("card").Body(
			app.H3().Text(t(lang, "recommended")+colon(lang)+t(lang, "none")),
			app.P().Text(ev.RecommendedWhy),
		)
	}
	cur, rec := tierResult(ev, ev.CurrentTier), tierResult(ev, ev.Recommended)
	tier := a.Cat.Tier(rec.ID)
	var gains []string
	if rec.ID != cur.ID {
		gains = rules.Gains(a.Cat.Tier(cur.ID), tier, lang)
	}
	saving := ""
	if sv := ev.Saving; sv != nil && sv.Horizon != nil {
		saving = money(sv.Horizon, ev.Currency, lang)
	}
	return app.Div().ID("recommended").Class("card").Body(
		app.H3().Text(t(lang, "recommended")+colon(lang)+rec.Name),
		app.P().Text(ev.RecommendedWhy),
		app.Dl().Body(
			app.Dt().Text(t(lang, "price")), app.Dd().Text(money(tier.PriceMonth, ev.Currency, lang)),
			app.Dt().Text(t(lang, "cost.now")), app.Dd().ID("cost-now").Text(money(rec.MonthlyCost.Now, ev.Currency, lang)),
			app.Dt().Text(t(lang, "cost.horizon", i18n.Num(int64(ev.HorizonMonths)))), app.Dd().ID("cost-horizon").Text(money(rec.MonthlyCost.Horizon, ev.Currency, lang)),
			app.Dt().Text(t(lang, "limits")), app.Dd().Text(limitsLine(ev.Use(tier, a.Scen), lang)),
			app.If(saving != "", app.Dt().Text(t(lang, "saving")), app.Dd().ID("saving").Text(saving)),
			app.If(tier.PriceNote != "", app.Dt().Text(t(lang, "price.note")), app.Dd().ID("price-note").Text(tier.PriceNote)),
		),
		app.If(len(gains) > 0, app.Div().Body(
			app.P().Text(t(lang, "adds", cur.Name)),
			app.Ul().ID("gains").Body(app.Range(gains).Slice(func(i int) app.UI { return app.Li().Text(gains[i]) })),
		)),
	)
}

// tierResult is the result of tier id; ticked ids of an older catalog fall
// back to the first tier rather than fail.
func tierResult(ev *rules.Evaluation, id string) rules.TierResult {
	if t := ev.Tier(id); t != nil {
		return *t
	}
	return ev.Tiers[0]
}

// money is an amount in a currency, or "unknown — verify with the vendor".
func money(v *float64, currency string, lang i18n.Lang) string {
	if v == nil {
		return rules.UnknownValue(lang)
	}
	return i18n.Money(lang, *v, currency)
}

// limitsLine lists a tier's known limits: "MAU 10,000 · largest group 1,000".
func limitsLine(use []rules.MetricUse, lang i18n.Lang) string {
	var parts []string
	for _, u := range use {
		if u.Limit != nil {
			parts = append(parts, rules.MetricName(u.Metric, lang)+" "+i18n.Num(*u.Limit))
		}
	}
	if len(parts) == 0 {
		return rules.UnknownValue(lang)
	}
	return strings.Join(parts, " · ")
}

func colon(lang i18n.Lang) string { return lang.Colon() }
