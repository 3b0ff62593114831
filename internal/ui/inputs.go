package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// unitOf is the unit id rules.Fields gives a field.
func unitOf(path string) string {
	for _, f := range rules.Fields {
		if f.Path == path {
			return f.Unit
		}
	}
	return ""
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
	return app.Div().ID(inputsID).Body(v.P.renderInputs(), v.P.renderScenarios(), v.P.renderHistory(), v.P.renderAside())
}

// inputsID is the form's element, pre-rendered and live.
const inputsID = "inputs"

// sections are the form's fieldsets: the first word of their fields' paths.
var sections = []string{"usage", "needs", "policy", "rollout"}

// renderInputs draws every field of rules.Fields: the ones with a one-word
// path first, then a fieldset per section.
func (p *planner) renderInputs() app.UI {
	lang := p.lang
	// Always there, so the fields keep their places (and the focus) when a
	// problem appears: go-app matches children by position.
	body := []app.UI{app.Div().Class("form-problems").Body(
		app.If(len(p.generalProblems()) > 0, app.Div().Class("field-error").Text(strings.Join(p.generalProblems(), "; "))))}
	for _, f := range rules.Fields {
		if !strings.Contains(f.Path, ".") {
			body = append(body, p.field(f))
		}
	}
	for _, sec := range sections {
		set := []app.UI{app.Legend().Text(t(lang, "sec."+sec)), p.ownProblems(sec)}
		for _, f := range rules.Fields {
			if strings.HasPrefix(f.Path, sec+".") && (f.DependsOn == "" || p.flag(f.DependsOn)) {
				set = append(set, p.field(f))
			}
		}
		body = append(body, app.FieldSet().Body(set...))
	}
	return app.Div().Class("form").Body(body...)
}

// field draws one field by its kind.
func (p *planner) field(f rules.Field) app.UI {
	lang := p.lang
	switch f.Kind {
	case rules.Count, rules.Number, rules.Whole:
		return p.number(f.Path)
	case rules.Date:
		return p.date(f.Path)
	case rules.Flag:
		return p.checkbox(f.Path, t(lang, f.Path), p.flag(f.Path), func(on bool) { p.form.Estimate = on })
	case rules.IDs:
		return p.idList(f.Path, f.Choices, p.form.list(f.Path), func(id string) string { return idLabel(f.Path, id, lang) })
	case rules.Choice:
		switch f.Path {
		case "catalog":
			return p.catalogSelect()
		case "current_tier":
			return p.tierSelect()
		}
		return p.choice(f.Path, append([]string{""}, f.Choices...), func(id string) string { return choiceLabel(f.Path, id, lang) })
	}
	return p.text(f.Path) // text, steps, freezes
}

// flag is the form's one flag, the estimate switch.
func (p *planner) flag(path string) bool { return path == "usage.estimate" && p.form.Estimate }

// idLabel names an id of a list field.
func idLabel(path, id string, lang i18n.Lang) string {
	switch path {
	case "needs.features":
		return rules.FeatureName(id, lang) + " — " + rules.FeatureDoc(id, lang)
	case "needs.regions":
		return rules.RegionName(id, lang)
	}
	return t(lang, "change."+id)
}

// choiceLabel names a choice; "" is the field's "none" (no support need,
// no time zone).
func choiceLabel(path, id string, lang i18n.Lang) string {
	switch {
	case id == "" && path == "rollout.timezone":
		return t(lang, "tz.none")
	case id == "":
		return t(lang, "none")
	case path == "needs.support":
		return rules.SupportName(id, lang)
	}
	return id
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
	if u := unitOf(key); u != "" {
		unit = t(p.lang, "unit."+u)
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
		v := ctx.JSSrc().Get("value").String()
		if key == "catalog" { // each catalog keeps the tier last chosen in it
			if p.tierOf == nil {
				p.tierOf = map[string]string{}
			}
			p.tierOf[p.form.Values["catalog"]] = p.form.Values["current_tier"]
			p.form.Values["current_tier"] = p.tierOf[v]
		}
		p.form.Values[key] = v
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
	about := app.UI(app.Text(""))
	if cur := p.catalogByID(p.form.Values["catalog"]); cur != nil {
		about = app.P().ID("catalog-about").Class("hint").Text(t(p.lang, "catalog.about", cur.Name, cur.AsOf, rules.ConfidenceName(cur.Confidence, p.lang)))
	}
	return app.Div().Body(
		p.choice("catalog", ids, func(id string) string {
			c := p.catalogByID(id)
			return c.ShortName() + " · " + c.Currency
		}),
		about,
	)
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
