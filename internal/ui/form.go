package ui

import (
	"sort"
	"strconv"
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// form is what the user typed, kept as text: a half-typed or invalid
// number stays in its field (and in storage) until it is fixed.
type form struct {
	Values   map[string]string `json:"values"`
	Features []string          `json:"features"`
	Regions  []string          `json:"regions"`
	Estimate bool              `json:"estimate"`
	// Changes are what the move changes besides the plan (rollout.changes).
	Changes []string `json:"changes,omitempty"`
}

// exampleForm is what a first visit shows: the example scenario.
func exampleForm() form { return formOf(rules.Example()) }

// scenario turns the form into a scenario in lang, field by field of
// rules.Fields. Text that is not a number is a problem of its field;
// everything else is left to Validate.
func (f form) scenario(lang i18n.Lang) (rules.Scenario, rules.Problems) {
	var ps rules.Problems
	v := f.Values
	s := rules.Scenario{
		Name: strings.TrimSpace(v["name"]), Catalog: v["catalog"], CurrentTier: v["current_tier"], Lang: string(lang),
		Usage:   rules.Usage{Estimate: f.Estimate},
		Needs:   rules.Needs{Support: v["needs.support"]},
		Rollout: rules.Rollout{Start: strings.TrimSpace(v["rollout.start"]), Timezone: v["rollout.timezone"]},
	}
	for _, fd := range rules.Fields {
		switch {
		case fd.IsNumber():
			x, ok := rules.ParseNumber(v[fd.Path])
			if !ok {
				ps = append(ps, rules.NotNumber(fd.Path, v[fd.Path], lang))
			}
			*s.NumberAt(fd.Path) = x
		case fd.Kind == rules.IDs:
			*s.ListAt(fd.Path) = append([]string(nil), *f.list(fd.Path)...)
		}
	}
	if fr, fps := rules.ParseFreezes("rollout.freezes", v["rollout.freezes"], lang); len(fps) > 0 {
		ps = append(ps, fps...)
	} else {
		s.Rollout.Freezes = fr
	}
	keys := make([]string, 0, len(v))
	for key := range v {
		keys = append(keys, key)
	}
	sort.Strings(keys) // problems in a stable order
	for _, key := range keys {
		raw := v[key]
		cur, ok := strings.CutPrefix(key, "policy.fx.")
		if !ok || strings.TrimSpace(raw) == "" {
			continue
		}
		x, ok := rules.ParseNumber(raw)
		if !ok || x == nil {
			ps = append(ps, rules.NotNumber(key, raw, lang))
			continue
		}
		if s.Policy.FX == nil {
			s.Policy.FX = map[string]float64{}
		}
		s.Policy.FX[cur] = *x
	}
	if v["target.catalog"] != "" {
		s.Target = &rules.Target{Catalog: v["target.catalog"], Tier: v["target.tier"]}
	}
	if raw := strings.TrimSpace(v["rollout.steps_percent"]); raw != "" {
		for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '，' || r == '；' || r == '、' }) {
			x, ok := rules.ParseNumber(part)
			if !ok || x == nil {
				ps = append(ps, rules.NotNumber("rollout.steps_percent", part, lang))
				break
			}
			s.Rollout.StepsPercent = append(s.Rollout.StepsPercent, *x)
		}
	}
	return s, ps
}

// allProblems are the problems of text that is not a number and Validate's
// of the rest, so every field's problem shows at once. A field that is not
// a number is left out of the scenario, so Validate's problems of that
// field, and "enter DAU, MAU or peak" when it was a usage number, are
// dropped: the field's own problem says more.
func allProblems(parse, valid rules.Problems) rules.Problems {
	bad := map[string]bool{}
	for _, p := range parse {
		bad[p.Field] = true
		if strings.HasPrefix(p.Field, "usage.") {
			bad["usage"] = true
		}
	}
	out := parse
	for _, p := range valid {
		if !bad[p.Field] {
			out = append(out, p)
		}
	}
	return out
}

// problemsUnder are the problems of fields whose path starts with prefix.
func problemsUnder(ps rules.Problems, prefix string) rules.Problems {
	var out rules.Problems
	for _, p := range ps {
		if strings.HasPrefix(p.Field, prefix) {
			out = append(out, p)
		}
	}
	return out
}

// list is where the form keeps the ids of a list field (the saved form's
// shape: features, regions, changes).
func (f *form) list(path string) *[]string {
	switch path {
	case "needs.features":
		return &f.Features
	case "needs.regions":
		return &f.Regions
	}
	return &f.Changes
}

// formOf fills a form from a scenario (an import, a share link).
func formOf(s rules.Scenario) form {
	f := form{Values: map[string]string{
		"name": s.Name, "catalog": s.Catalog, "current_tier": s.CurrentTier, "needs.support": s.Needs.Support,
		"rollout.start": s.Rollout.Start, "rollout.timezone": s.Rollout.Timezone,
		"rollout.freezes": rules.FormatFreezes(s.Rollout.Freezes),
	}, Estimate: s.Usage.Estimate}
	if s.Target != nil {
		f.Values["target.catalog"], f.Values["target.tier"] = s.Target.Catalog, s.Target.Tier
	}
	for cur, rate := range s.Policy.FX {
		f.Values["policy.fx."+cur] = strconv.FormatFloat(rate, 'f', -1, 64)
	}
	for _, fd := range rules.Fields {
		switch {
		case fd.IsNumber():
			if x := *s.NumberAt(fd.Path); x != nil {
				f.Values[fd.Path] = strconv.FormatFloat(*x, 'f', -1, 64)
			}
		case fd.Kind == rules.IDs:
			*f.list(fd.Path) = *s.ListAt(fd.Path)
		}
	}
	if r := s.Rollout; len(r.StepsPercent) > 0 {
		parts := make([]string, len(r.StepsPercent))
		for i, x := range r.StepsPercent {
			parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
		}
		f.Values["rollout.steps_percent"] = strings.Join(parts, ", ")
	}
	return f
}

// clone copies a form so that edits never alias a saved one.
func (f form) clone() form {
	c := form{Values: make(map[string]string, len(f.Values)), Estimate: f.Estimate}
	for k, v := range f.Values {
		c.Values[k] = v
	}
	c.Features = append([]string(nil), f.Features...)
	c.Regions = append([]string(nil), f.Regions...)
	c.Changes = append([]string(nil), f.Changes...)
	return c
}

// toggle adds or removes id from a list, keeping the vocabulary's order.
func toggle(list []string, id string, on bool, order []string) []string {
	set := map[string]bool{}
	for _, x := range list {
		set[x] = true
	}
	set[id] = on
	var out []string
	for _, x := range order {
		if set[x] {
			out = append(out, x)
		}
	}
	return out
}
