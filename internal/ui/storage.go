package ui

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"

	"tierfit/internal/i18n"
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
	p.noStorage = app.Window().Get("__tierfitMemoryStorage").Truthy() // set by web/storage-guard.js
	p.lang = browserLang()
	p.loadCatalogs(ctx)
	var lang string
	if p.get(ctx, keyLang, &lang) == nil && i18n.Known(lang) {
		p.lang = i18n.Lang(lang)
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
	switch err := p.get(ctx, keyForm, &f); {
	case err == errNoStorage:
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
	switch err := p.get(ctx, keyCatalogs, &raw); {
	case err == errNoStorage:
		return
	case err != nil:
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
	switch err := p.get(ctx, keySaved, &saved); {
	case err == errNoStorage:
	case err != nil:
		p.setAside(keySaved)
		p.setStatus(false, t(p.lang, "storage.bad"))
		saved = map[string]form{}
	}
	p.saved = saved
	p.seen = fingerprints(saved)
}

// setAside keeps a value that could not be read under another key.
func (p *planner) setAside(key string) {
	defer func() { recover() }() // storage that fails here has failed on reading already
	ls := app.Window().Get("localStorage")
	raw := ls.Call("getItem", key)
	if raw.Truthy() {
		ls.Call("setItem", keyCorrupt+key, raw)
	}
	ls.Call("removeItem", key)
}

// save writes what the user typed and the language.
func (p *planner) save(ctx app.Context) {
	if p.set(ctx, keyForm, p.form) == nil {
		p.set(ctx, keyLang, p.lang)
	}
}

// errNoStorage: the browser has no usable storage (private mode, site data
// blocked, or full).
var errNoStorage = errors.New("browser storage unavailable")

// get reads key; it never panics, whatever the browser's storage does.
func (p *planner) get(ctx app.Context, key string, v any) (err error) {
	if p.noStorage {
		return errNoStorage
	}
	defer func() {
		if r := recover(); r != nil {
			p.noStorage, err = true, errNoStorage
		}
	}()
	return ctx.LocalStorage().Get(key, v)
}

// set writes key. When the browser refuses (storage full or unavailable),
// the app keeps working in memory and offers a download instead.
func (p *planner) set(ctx app.Context, key string, v any) (err error) {
	if p.noStorage {
		return errNoStorage
	}
	defer func() {
		if r := recover(); r != nil {
			err = errNoStorage
		}
		if err != nil {
			p.noStorage = true
		}
	}()
	return ctx.LocalStorage().Set(key, v)
}

// loadScenario replaces the form with a scenario (import, share link).
func (p *planner) loadScenario(s rules.Scenario) {
	p.form = formOf(s)
	if i18n.Known(s.Lang) {
		p.lang = i18n.Lang(s.Lang)
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

// ShareLink is the page's address with the scenario in the fragment.
func ShareLink(base string, s rules.Scenario) string {
	b, _ := json.Marshal(s)
	return base + "#" + sharePrefix + base64.RawURLEncoding.EncodeToString(b)
}

// decodeShare reads a share fragment back into a scenario.
func decodeShare(frag string, lang i18n.Lang) (rules.Scenario, rules.Problems) {
	if len(frag) > rules.MaxScenarioBytes*4/3+4 {
		return rules.Scenario{}, rules.Problems{{Message: t(lang, "link.long")}}
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(frag, "="))
	if err != nil {
		return rules.Scenario{}, rules.Problems{{Message: t(lang, "link.notours")}}
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

// fingerprints are the saved scenarios as JSON, to notice another tab's change.
func fingerprints(m map[string]form) map[string]string {
	out := make(map[string]string, len(m))
	for name, f := range m {
		out[name] = fingerprint(f)
	}
	return out
}

func fingerprint(f form) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// updateSaved re-reads the saved scenarios (another tab may have written
// them), applies change and writes them back, so no tab's scenario is
// dropped by a stale copy.
func (p *planner) updateSaved(ctx app.Context, change func(saved map[string]form)) {
	fresh := map[string]form{}
	if err := p.get(ctx, keySaved, &fresh); err != nil {
		fresh = p.saved // no storage: the tab's own copy is all there is
	}
	change(fresh)
	p.saved = fresh
	p.set(ctx, keySaved, fresh)
	p.seen = fingerprints(fresh)
}

// changedElsewhere reports whether name holds something this tab never saw:
// another tab created or changed it.
func (p *planner) changedElsewhere(saved map[string]form, name string) bool {
	cur, exists := saved[name]
	return exists && fingerprint(cur) != p.seen[name]
}

// freeName is name, or name (2), (3)… when taken.
func freeName(saved map[string]form, name string) string {
	if _, taken := saved[name]; !taken {
		return name
	}
	for i := 2; ; i++ {
		alt := name + " (" + i18n.Num(int64(i)) + ")"
		if _, taken := saved[alt]; !taken {
			return alt
		}
	}
}
