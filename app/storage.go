package main

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// Storage keys. Values are JSON (go-app's BrowserStorage encodes them).
const (
	keyForm     = "tierfit.form"
	keyLang     = "tierfit.lang"
	keySaved    = "tierfit.saved"
	keyCatalogs = "tierfit.catalogs"
	keyCorrupt  = "tierfit.corrupt."
	sharePrefix = "s="
)

// restore loads, in order: the language, a share link's scenario (the
// fragment), else the scenario saved as the user typed, and the named
// scenarios. A value that cannot be read is set aside, never lost.
func (p *planner) restore(ctx app.Context) {
	st := ctx.LocalStorage()
	p.lang = browserLang()
	p.loadCatalogs(ctx)
	var lang string
	if st.Get(keyLang, &lang) == nil && (lang == "en" || lang == "zh") {
		p.lang = lang
	}
	if frag := app.Window().URL().Fragment; strings.HasPrefix(frag, sharePrefix) {
		s, ps := decodeShare(strings.TrimPrefix(frag, sharePrefix), p.lang)
		clearFragment()
		if len(ps) == 0 {
			p.loadScenario(s)
			p.setStatus(true, t(p.lang, "from.link"))
			p.loadSaved(ctx)
			p.save(ctx)
			return
		}
		p.setStatus(false, t(p.lang, "link.bad"), problemLines(ps)...)
	}
	var f form
	switch err := st.Get(keyForm, &f); {
	case err != nil:
		p.setAside(keyForm)
		p.setStatus(false, t(p.lang, "storage.bad"))
	case f.Values != nil:
		p.form = f
	}
	p.loadSaved(ctx)
}

// loadCatalogs restores imported catalogs, checking each again.
func (p *planner) loadCatalogs(ctx app.Context) {
	var raw []json.RawMessage
	if err := ctx.LocalStorage().Get(keyCatalogs, &raw); err != nil {
		p.setAside(keyCatalogs)
		return
	}
	for _, r := range raw {
		if c, ps := rules.ImportCatalog(r, p.lang); len(ps) == 0 {
			p.imported = append(p.imported, c)
		}
	}
}

func (p *planner) loadSaved(ctx app.Context) {
	saved := map[string]form{}
	if err := ctx.LocalStorage().Get(keySaved, &saved); err != nil {
		p.setAside(keySaved)
		p.setStatus(false, t(p.lang, "storage.bad"))
		saved = map[string]form{}
	}
	p.saved = saved
}

// setAside keeps a value that could not be read under another key.
func (p *planner) setAside(key string) {
	ls := app.Window().Get("localStorage")
	raw := ls.Call("getItem", key)
	if raw.Truthy() {
		ls.Call("setItem", keyCorrupt+key, raw)
	}
	ls.Call("removeItem", key)
}

// save writes what the user typed and the language.
func (p *planner) save(ctx app.Context) {
	st := ctx.LocalStorage()
	st.Set(keyForm, p.form)
	st.Set(keyLang, p.lang)
}

func (p *planner) saveNamed(ctx app.Context) { ctx.LocalStorage().Set(keySaved, p.saved) }

// loadScenario replaces the form with a scenario (import, share link).
func (p *planner) loadScenario(s rules.Scenario) {
	p.form = formOf(s)
	if s.Lang == "en" || s.Lang == "zh" {
		p.lang = s.Lang
	}
}

func (p *planner) savedNames() []string {
	names := make([]string, 0, len(p.saved))
	for n := range p.saved {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// shareLink is the page's address with the scenario in the fragment.
func shareLink(base string, s rules.Scenario) string {
	b, _ := json.Marshal(s)
	return base + "#" + sharePrefix + base64.RawURLEncoding.EncodeToString(b)
}

// decodeShare reads a share fragment back into a scenario.
func decodeShare(frag, lang string) (rules.Scenario, rules.Problems) {
	if len(frag) > rules.MaxScenarioBytes*4/3+4 {
		return rules.Scenario{}, rules.Problems{{Message: "link too long"}}
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(frag, "="))
	if err != nil {
		return rules.Scenario{}, rules.Problems{{Message: "not a tierfit share link (" + err.Error() + ")"}}
	}
	return rules.DecodeScenario(b, lang)
}

func problemLines(ps rules.Problems) []string {
	out := make([]string, len(ps))
	for i, pr := range ps {
		out[i] = pr.String()
	}
	return out
}
