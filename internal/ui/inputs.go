package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// units gives each number field its unit label.
var units = map[string]string{
	"usage.dau": "unit.users", "usage.mau": "unit.users", "usage.peak_concurrent": "unit.users",
	"usage.messages_per_day": "unit.msgs", "usage.max_group_members": "unit.members", "usage.history_days": "unit.days",
	"usage.monthly_growth_percent": "unit.month", "usage.api_calls_per_second": "unit.qps", "usage.dau_mau_percent": "unit.pct", "usage.peak_percent_of_mau": "unit.pct",
	"needs.latency_ms": "unit.ms", "needs.sla_percent": "unit.pct", "policy.headroom_percent": "unit.pct",
	"policy.horizon_months": "unit.months", "rollout.bake_days": "unit.days", "rollout.cutover_hour": "unit.hour",
	"rollout.monitor_days": "unit.days", "rollout.rollback_minutes": "unit.min", "rollout.steps_percent": "unit.steps",
	"rollout.freezes": "unit.freezes",
}

func fieldID(key string) string { return "f-" + strings.NewReplacer(".", "-", "_", "-").Replace(key) }

// inputsPanel is the form and the saved scenarios. The planner holds what
// was typed; Rev changes with every change of state, so the panel redraws
// after each (its inline messages follow every edit).
type inputsPanel struct {
	app.Compo

	P   *planner
	Rev int
}

func (v *inputsPanel) Render() app.UI {
	return app.Div().Body(v.P.renderInputs(), v.P.renderScenarios())
}

func (p *planner) renderInputs() app.UI {
	lang := p.lang
	return app.Div().Class("form").Body(
		app.If(len(p.problems.For("")) > 0 || p.generalProblems() != nil, app.Div().Class("field-error").Text(strings.Join(p.generalProblems(), "; "))),
		p.text("name"),
		p.catalogSelect(),
		p.tierSelect(),
		app.FieldSet().Body(
			app.Legend().Text(t(lang, "sec.usage")),
			p.ownProblems("usage"),
			p.number("usage.dau"), p.number("usage.mau"), p.number("usage.peak_concurrent"),
			p.number("usage.messages_per_day"), p.number("usage.max_group_members"), p.number("usage.history_days"),
			p.number("usage.monthly_growth_percent"), p.number("usage.api_calls_per_second"),
			p.checkbox("usage.estimate", t(lang, "usage.estimate"), p.form.Estimate, func(on bool) { p.form.Estimate = on }),
			app.If(p.form.Estimate, app.Div().Body(p.number("usage.dau_mau_percent"), p.number("usage.peak_percent_of_mau"))),
		),
		app.FieldSet().Body(
			app.Legend().Text(t(lang, "sec.needs")),
			p.idList("needs.features", rules.Features, &p.form.Features, func(id string) string {
				return id + " — " + rules.FeatureDoc(id, lang)
			}),
			p.idList("needs.regions", rules.Regions, &p.form.Regions, func(id string) string {
				return rules.RegionName(id, lang) + " (" + id + ")"
			}),
			p.number("needs.latency_ms"), p.number("needs.sla_percent"),
			p.choice("needs.support", append([]string{""}, rules.SupportLevels...), func(v string) string {
				if v == "" {
					return t(lang, "none")
				}
				return rules.SupportName(v, lang)
			}),
		),
		app.FieldSet().Body(
			app.Legend().Text(t(lang, "sec.policy")),
			p.number("policy.headroom_percent"), p.number("policy.horizon_months"),
		),
		app.FieldSet().Body(
			app.Legend().Text(t(lang, "sec.rollout")),
			p.date("rollout.start"), p.text("rollout.steps_percent"), p.number("rollout.bake_days"),
			p.choice("rollout.timezone", append([]string{""}, rules.TimeZones...), func(v string) string {
				if v == "" {
					return t(lang, "tz.none")
				}
				return v
			}),
			p.number("rollout.cutover_hour"), p.number("rollout.monitor_days"), p.number("rollout.rollback_minutes"),
			p.idList("rollout.changes", rules.Changes, &p.form.Changes, func(id string) string { return t(lang, "change."+id) }),
			p.text("rollout.freezes"),
		),
	)
}

// generalProblems are problems with no field of their own.
func (p *planner) generalProblems() []string {
	var out []string
	for _, pr := range p.problems {
		if pr.Field == "" {
			out = append(out, pr.Message)
		}
	}
	return out
}

// ownProblems shows the problems of a whole section (such as "usage: enter
// DAU, MAU or peak concurrent users"), which no single field carries.
func (p *planner) ownProblems(field string) app.UI {
	var msgs []string
	for _, pr := range p.problems {
		if pr.Field == field {
			msgs = append(msgs, pr.Message)
		}
	}
	return app.If(len(msgs) > 0, app.P().ID(fieldID(field)+"-err").Class("field-error").Aria("live", "polite").Text(strings.Join(msgs, "; ")))
}

// wrap lays out a label, a control, its unit and its inline message.
func (p *planner) wrap(key, id string, control app.HTMLInput) app.UI {
	errs := p.problems.For(key)
	control = control.ID(id).Aria("invalid", len(errs) > 0)
	if len(errs) > 0 {
		control = control.Aria("describedby", id+"-err")
	}
	unit := ""
	if u, ok := units[key]; ok {
		unit = t(p.lang, u)
	}
	return app.Div().Class("field").DataSet("field", key).Body(
		app.Label().For(id).Text(t(p.lang, key)),
		app.Div().Class(controlClass(key)).Body(
			control,
			app.If(unit != "", app.Span().Class("unit").Text(unit)),
		),
		app.If(len(errs) > 0, app.P().ID(id+"-err").Class("field-error").Text(strings.Join(errs, "; "))),
	)
}

// controlClass puts a field's unit under the field when the unit is an
// example rather than a unit (the freeze list).
func controlClass(key string) string {
	if key == "rollout.freezes" {
		return "control wide"
	}
	return "control"
}

func (p *planner) number(key string) app.UI {
	id := fieldID(key)
	return p.wrap(key, id, app.Input().Type("text").Attr("inputmode", "decimal").Attr("autocomplete", "off").
		Value(p.form.Values[key]).OnInput(p.onValue(key), key))
}

func (p *planner) text(key string) app.UI {
	id := fieldID(key)
	limit := rules.MaxNameLen
	if key == "rollout.freezes" { // a list of freezes, each with a name
		limit = rules.MaxTextLen
	}
	return p.wrap(key, id, app.Input().Type("text").Attr("autocomplete", "off").MaxLength(limit).
		Value(p.form.Values[key]).OnInput(p.onValue(key), key))
}

func (p *planner) date(key string) app.UI {
	id := fieldID(key)
	return p.wrap(key, id, app.Input().Type("date").Value(p.form.Values[key]).OnChange(p.onValue(key), key))
}

func (p *planner) onValue(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.form.Values[key] = ctx.JSSrc().Get("value").String()
		if key == "catalog" {
			p.form.Values["current_tier"] = ""
		}
		p.changed(ctx)
	}
}

// choice is a select of values with their labels.
func (p *planner) choice(key string, values []string, label func(string) string) app.UI {
	id, cur := fieldID(key), p.form.Values[key]
	errs := p.problems.For(key)
	return app.Div().Class("field").DataSet("field", key).Body(
		app.Label().For(id).Text(t(p.lang, key)),
		app.Select().ID(id).Aria("invalid", len(errs) > 0).OnChange(p.onValue(key), key).Body(
			app.Range(values).Slice(func(i int) app.UI {
				return app.Option().Value(values[i]).Selected(values[i] == cur).Text(label(values[i]))
			}),
		),
		app.If(len(errs) > 0, app.P().Class("field-error").Text(strings.Join(errs, "; "))),
	)
}

func (p *planner) catalogSelect() app.UI {
	cats := p.catalogs()
	ids := make([]string, len(cats))
	for i, c := range cats {
		ids[i] = c.ID
	}
	return p.choice("catalog", ids, func(id string) string {
		c := p.catalogByID(id)
		return c.Name + " · " + c.AsOf + " · " + rules.ConfidenceName(c.Confidence, p.lang)
	})
}

func (p *planner) tierSelect() app.UI {
	cat := p.catalogByID(p.form.Values["catalog"])
	values := []string{""}
	if cat != nil {
		values = append(values, cat.TierIDs()...)
	}
	return p.choice("current_tier", values, func(id string) string {
		if id == "" {
			return t(p.lang, "first_tier")
		}
		return cat.Tier(id).Name
	})
}

func (p *planner) checkbox(id, label string, on bool, set func(bool)) app.UI {
	fid := fieldID(id)
	return app.Div().Class("check").Body(
		app.Input().Type("checkbox").ID(fid).Checked(on).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx.JSSrc().Get("checked").Bool())
			p.changed(ctx)
		}, id),
		app.Label().For(fid).Text(label),
	)
}

// idList is a group of checkboxes for a vocabulary (features, regions).
// The handlers read and write *list when they run: go-app keeps a row's
// first handler, so nothing rendered may be captured in it.
func (p *planner) idList(key string, vocab []string, list *[]string, label func(string) string) app.UI {
	errs := p.problems.For(key)
	return app.FieldSet().Class("ids").DataSet("field", key).Body(
		app.Legend().Text(t(p.lang, key)),
		app.Div().Class("id-grid").Body(app.Range(vocab).Slice(func(i int) app.UI {
			id := vocab[i]
			return p.checkbox(key+"."+id, label(id), contains(*list, id), func(on bool) {
				*list = toggle(*list, id, on, vocab)
			})
		})),
		app.If(len(errs) > 0, app.P().Class("field-error").Text(strings.Join(errs, "; "))),
	)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
