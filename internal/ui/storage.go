package ui

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
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

// restore loads, in order: the language, the scenario saved as the user
// typed, the named scenarios and the replaced forms, then a share link's
// scenario (the fragment) over the form, restorably; a link whose values
// do not validate is only shown. A value that cannot be read is set aside,
// never lost.
func (p *planner) restore(ctx app.Context) {
	p.noStorage = app.Window().Get("__tierfitMemoryStorage").Truthy() // set by web/storage-guard.js
	p.aside = asides()
	p.lang = browserLang()
	p.loadCatalogs(ctx)
	var lang string
	if p.get(ctx, keyLang, &lang) == nil && i18n.Known(lang) {
		p.lang = i18n.Lang(lang)
	}
	var f form
	switch err := p.get(ctx, keyForm, &f); {
	case err == errNoStorage:
	case err != nil:
		p.setAside(keyForm, "")
		p.setStatus(false, t(p.lang, "storage.bad"))
	case f.Values != nil:
		p.form = f
	}
	p.loadSaved(ctx)
	if p.get(ctx, keyHistory, &p.history) != nil {
		p.history = nil
		p.setAside(keyHistory, "")
	}
	if badAddress {
		p.setStatus(false, t(p.lang, "address.bad"))
	}
	if frag := app.Window().URL().Fragment; strings.HasPrefix(frag, sharePrefix) {
		clearFragment()
		s, ps := decodeShare(strings.TrimPrefix(frag, sharePrefix), p.lang)
		switch {
		case len(ps) > 0:
			p.setStatus(false, t(p.lang, "link.bad"), problemLines(ps.Capped(p.lang))...)
		case len(s.Validate(p.catalogs())) > 0:
			p.propose(s, "link", t(p.lang, "link.invalid"), s.Validate(p.catalogs()))
		default:
			p.replaceWith(ctx, s, "link")
			p.setStatus(true, t(p.lang, "from.link"))
			p.offerRestore()
			p.save(ctx)
		}
	}
}

// loadCatalogs restores imported catalogs, checking each again: one that
// today's rules refuse is set aside with a message, never dropped.
func (p *planner) loadCatalogs(ctx app.Context) {
	var raw []json.RawMessage
	switch err := p.get(ctx, keyCatalogs, &raw); {
	case err == errNoStorage:
		return
	case err != nil:
		p.setAside(keyCatalogs, "")
		p.setStatus(false, t(p.lang, "storage.bad.catalogs"))
		return
	}
	var kept []json.RawMessage
	for i, r := range raw {
		c, ps := rules.ImportCatalog(r, p.lang)
		if len(ps) > 0 {
			p.keepAside(keyCatalogs+"["+strconv.Itoa(i)+"]", string(r))
			p.setStatus(false, t(p.lang, "catalog.aside"), problemLines(ps.Capped(p.lang))...)
			continue
		}
		p.imported = append(p.imported, c)
		kept = append(kept, r)
	}
	if len(kept) < len(raw) {
		p.set(ctx, keyCatalogs, kept)
	}
}

// loadSaved reads the named scenarios one by one: one that cannot be read
// is set aside alone, the others load.
func (p *planner) loadSaved(ctx app.Context) {
	raw := map[string]json.RawMessage{}
	saved := map[string]form{}
	switch err := p.get(ctx, keySaved, &raw); {
	case err == errNoStorage:
	case err != nil:
		p.setAside(keySaved, "")
		p.setStatus(false, t(p.lang, "storage.bad"))
	default:
		bad := false
		for name, r := range raw {
			var f form
			if err := json.Unmarshal(r, &f); err != nil || f.Values == nil {
				p.keepAside(keySaved+"["+name+"]", string(r))
				bad = true
				continue
			}
			saved[name] = f
		}
		if bad {
			p.set(ctx, keySaved, saved)
			p.setStatus(false, t(p.lang, "storage.bad.saved"))
		}
	}
	p.saved = saved
	p.seen = fingerprints(saved)
}

// save writes what the user typed and the language.
func (p *planner) save(ctx app.Context) {
	if p.set(ctx, keyForm, p.form) == nil {
		p.set(ctx, keyLang, p.lang)
	}
}

// errNoStorage: the browser has no usable storage (private mode, site data
// blocked).
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
	return storageOf(ctx).Get(key, v)
}

// set writes key. A full storage (the browser's quota for the site) is
// said as such and retried at every later write, which ends the notice
// when it succeeds; a storage the browser refuses altogether leaves the
// app working in memory. Either way the app offers a download.
func (p *planner) set(ctx app.Context, key string, v any) (err error) {
	if p.noStorage {
		return errNoStorage
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
		switch {
		case err == nil:
			if p.storageFull {
				p.storageFull = false
				p.refresh()
			}
		case strings.Contains(strings.ToLower(err.Error()), "quota"):
			err, p.storageFull = errFull, true
		default:
			err, p.noStorage = errNoStorage, true
		}
	}()
	return storageOf(ctx).Set(key, v)
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
