package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

// answerCard is the answer, readable in five seconds: the decision in
// words, the tier to move to (or stay on) and by when, what it costs now
// and at the horizon with what each total is made of, the caveats, the one
// next action (the export's first task) and, for verify, the questions to
// ask. The reasons follow, then what the tier adds. It is drawn from its
// fields alone, so go-app redraws it only when one of them changes.
type answerCard struct {
	app.Compo

	Ev     *rules.Evaluation
	Cat    *rules.Catalog
	Scen   rules.Scenario
	Answer plans.Answer
	Lang   i18n.Lang
}

func (a *answerCard) Render() app.UI {
	lang, ev, ans := a.Lang, a.Ev, a.Answer
	return app.Section().ID("answer").Class("answer "+string(ev.Decision)).Aria("labelledby", "decision-headline").Body(
		app.Div().ID("decision").DataSet("decision", string(ev.Decision)).Body(
			app.H2().ID("decision-headline").Class("headline").Text(plans.Headline(ev, lang)),
			app.P().ID("move-to").Class("move-to").Text(a.moveTo()),
			app.If(len(ans.Dates) > 0, app.Ul().ID("when").Class("when").Body(
				app.Range(ans.Dates).Slice(func(i int) app.UI {
					d := ans.Dates[i]
					return app.Li().DataSet("key", d.Key).Body(app.Strong().Text(d.Label+colon(lang)), app.Text(d.Text))
				}),
			)),
			app.P().ID("move").Class("move").Text(ans.Move),
			app.If(len(ans.Warnings) > 0, app.Ul().ID("warnings").Class("warnings").Body(
				app.Range(ans.Warnings).Slice(func(i int) app.UI { return app.Li().Text(ans.Warnings[i]) }),
			)),
		),
		a.costs(),
		app.If(len(ev.Questions) > 0, app.Div().ID("questions").Body(
			app.H3().Text(t(lang, "questions")),
			app.Ol().Body(app.Range(ev.Questions).Slice(func(i int) app.UI { return app.Li().Text(ev.Questions[i]) })),
		)),
		app.If(ans.Next != "", app.P().ID("next").Class("next").Body(app.Strong().Text(t(lang, "next")+colon(lang)), app.Text(ans.Next))),
		a.caveats(),
		app.If(len(ev.Reasons) > 0, app.Div().ID("reasons").Body(
			app.H3().Text(t(lang, "reasons")),
			app.Ul().Body(app.Range(ev.Reasons).Slice(func(i int) app.UI { return app.Li().Text(ev.Reasons[i]) })),
		)),
		app.If(len(ev.Signals) > 0, app.P().ID("signals").Class("signals").Body(
			app.Strong().Text(t(lang, "signals")+colon(lang)),
			app.Range(ev.Signals).Slice(func(i int) app.UI {
				return app.Span().Class("signal").DataSet("signal", ev.Signals[i].ID).Title(ev.Signals[i].Message).Text(ev.Signals[i].Name)
			}),
		)),
		a.gains(),
	)
}

// moveTo names the tier to move to, or to stay on.
func (a *answerCard) moveTo() string {
	ev, lang := a.Ev, a.Lang
	switch {
	case ev.Recommended == "":
		return ev.RecommendedWhy
	case ev.Recommended == ev.CurrentTier:
		return t(lang, "stay.on", tierResult(ev, ev.Recommended).Name)
	}
	return t(lang, "move.to", tierResult(ev, ev.Recommended).Name)
}

// costs are the recommended tier's cost now and at the horizon, each with
// its breakdown, and the saving of switch_to_save.
func (a *answerCard) costs() app.UI {
	lang, ev := a.Lang, a.Ev
	if ev.Recommended == "" {
		return app.Text("")
	}
	rec := tierResult(ev, ev.Recommended)
	tier := a.Cat.Tier(rec.ID)
	c := rec.MonthlyCost
	saving := ""
	if sv := ev.Saving; sv != nil && sv.Horizon != nil {
		saving = money(sv.Horizon, ev.Currency, lang)
	}
	return app.Dl().ID("recommended").Class("costs").Body(
		app.Dt().Text(t(lang, "price.of", rec.Name)), app.Dd().ID("price").Text(money(tier.PriceMonth, ev.Currency, lang)),
		app.Dt().Text(t(lang, "cost.now")), app.Dd().Body(
			app.Span().ID("cost-now").Class("amount").Text(money(c.Now, ev.Currency, lang)),
			app.Span().ID("cost-now-parts").Class("parts").Text(breakdown(c.NowParts, c.MinimumSpend, ev.Currency, lang)),
		),
		app.Dt().Text(t(lang, "cost.horizon", i18n.Num(int64(ev.HorizonMonths)))), app.Dd().Body(
			app.Span().ID("cost-horizon").Class("amount").Text(money(c.Horizon, ev.Currency, lang)),
			app.Span().ID("cost-horizon-parts").Class("parts").Text(breakdown(c.HorizonParts, c.MinimumSpend, ev.Currency, lang)),
		),
		app.If(saving != "", app.Dt().Text(t(lang, "saving")), app.Dd().ID("saving").Text(saving)),
		app.Dt().Text(t(lang, "limits")), app.Dd().Text(limitsLine(ev.Use(tier, a.Scen), lang)),
	)
}

// breakdown says what a cost is made of: "= 699 price + 100 for 2,000 MAU
// above the included"; "" when the cost is the price alone or unknown.
func breakdown(parts []rules.CostPart, minimum bool, currency string, lang i18n.Lang) string {
	if len(parts) < 2 {
		return ""
	}
	items := []string{t(lang, "part.price", i18n.Money(lang, parts[0].Amount, currency))}
	for _, p := range parts[1:] {
		items = append(items, t(lang, "part.over", i18n.Money(lang, p.Amount, currency), i18n.Num(p.Over), rules.MetricName(p.Metric, lang)))
	}
	if minimum {
		return t(lang, "parts.minimum", strings.Join(items[1:], " + "), items[0])
	}
	return t(lang, "parts", strings.Join(items, " + "))
}

// caveats qualify the numbers: the price note, the data's age and
// illustration, and the catalog with its confidence.
func (a *answerCard) caveats() app.UI {
	lang, ev := a.Lang, a.Ev
	note := ""
	if ev.Recommended != "" {
		note = a.Cat.Tier(ev.Recommended).PriceNote
	}
	return app.Ul().ID("caveats").Class("caveats").Body(
		app.If(note != "", app.Li().ID("price-note").Body(app.Strong().Text(t(lang, "price.note")+colon(lang)), app.Text(note))),
		app.Range(ev.Caveats).Slice(func(i int) app.UI { return app.Li().Class("caveat").Text(ev.Caveats[i]) }),
		app.Li().Class("source").Text(t(lang, "source", a.Cat.Name, a.Cat.AsOf, rules.ConfidenceName(a.Cat.Confidence, lang))),
	)
}

// gains are what the recommended tier adds over the current one.
func (a *answerCard) gains() app.UI {
	lang, ev := a.Lang, a.Ev
	if ev.Recommended == "" || ev.Recommended == ev.CurrentTier {
		return app.Text("")
	}
	cur, rec := tierResult(ev, ev.CurrentTier), tierResult(ev, ev.Recommended)
	gains := rules.Gains(a.Cat.Tier(cur.ID), a.Cat.Tier(rec.ID), lang)
	return app.If(len(gains) > 0, app.Details().ID("adds").Body(
		app.Summary().Text(t(lang, "adds", cur.Name)),
		app.Ul().ID("gains").Body(app.Range(gains).Slice(func(i int) app.UI { return app.Li().Text(gains[i]) })),
	))
}

// emptyState is what the result says before there is any usage to judge.
func emptyState(lang i18n.Lang) app.UI {
	return app.Section().ID("empty").Class("answer empty").Body(
		app.H2().Text(t(lang, "empty.title")),
		app.P().Text(t(lang, "empty.what")),
		app.A().Href("#f-usage-dau").Text(t(lang, "empty.go")),
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
