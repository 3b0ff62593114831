package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

// ReadyID is the id of an element that only the running WASM renders, once
// the whole page is live (the form included), never the pre-rendered HTML;
// browser tests wait for it.
const ReadyID = "tierfit-ready"

// VerdictID is the id of an element the running WASM renders with its
// first verdict, a frame before the form is live; the bench times the
// first verdict by it.
const VerdictID = "tierfit-verdict"

// planner is the single page. Its state is the form (what the user typed)
// and the imported catalogs; everything else is derived by recompute from
// rules/ and plans/ and never stored.
type planner struct {
	app.Compo

	mounted  bool
	update   bool // a new version is installed: offer a reload
	lang     i18n.Lang
	form     form
	imported []*rules.Catalog
	noGantt  bool
	compare  []string // tier ids ticked for side-by-side

	// The vendor comparison, computed only while its view is open.
	showCompare   bool
	ranking       *rules.Ranking
	rankSort      string // "rank", "cost", "unknowns" or "vendor"
	rankRegion    string // show only tiers known to serve this region
	rankConf      string // show only tiers of at least this confidence
	rankAll       bool   // show the pairs that do not fit or are unverified too
	vendorsHeight int    // of the vendor chart, by its number of bars

	// Derived: the last valid result stays on screen, marked stale, while an
	// input is invalid. The preview and the charts are derived when they are
	// near the screen, or once the user pauses (see later.go).
	problems rules.Problems
	stale    bool
	ev       *rules.Evaluation
	scen     rules.Scenario
	cat      *rules.Catalog
	target   *plans.Target
	md       string
	html     string
	charts   chartSet

	near         map[string]bool // page sections near the screen
	previewStale bool
	chartsStale  bool
	lateEdit     int // counts edits, so only the last one's pause derives
	rev          int // counts changes of state, so the inputs redraw after each
	answer       plans.Answer
	empty        bool // no usage number typed: an empty state, no verdict
	detailsReady bool // the live form is painted: the details follow, and the page is ready (ReadyID)
	inputsLive   bool // the live form replaced the pre-rendered one
	// staticInputs is the pre-rendered form as the browser received it,
	// shown as it is while the first verdict is drawn (the live form
	// follows one frame later); empty when it cannot stand in.
	staticInputs string
	early        bool // typing from before the app started was applied

	// Scenarios and messages.
	noStorage   bool              // the browser refused storage: work stays in memory
	storageFull bool              // the last write met the quota: said, and retried
	aside       []aside           // copies of what could not be read
	seen        map[string]string // saved scenarios as this tab last read or wrote them
	saved       map[string]form
	scenName    string
	status      string
	statusOK    bool
	details     []string
	actions     []statusAction    // buttons the status offers
	history     []replacedForm    // forms something replaced, newest first
	pending     *rules.Scenario   // a link's or file's scenario shown, not applied
	tierOf      map[string]string // the tier last chosen in each catalog
	picking     map[string]bool   // the feature, region and change pickers open
}

// newPlanner starts with the example scenario. The generator evaluates it
// so the pre-rendered page already shows a result; in the browser OnMount
// evaluates once, after restoring what the user had typed.
func newPlanner() *planner {
	p := &planner{lang: i18n.EN, form: exampleForm(), saved: map[string]form{}}
	if app.IsServer {
		p.recompute()
	}
	return p
}

// catalogs are the built-in catalogs and the imported ones.
func (p *planner) catalogs() []*rules.Catalog { return append(rules.Builtin(), p.imported...) }

func (p *planner) catalogByID(id string) *rules.Catalog { return rules.CatalogByID(p.catalogs(), id) }

// recompute derives the result from the form. An invalid form keeps the
// last valid result and marks it stale.
func (p *planner) recompute() {
	s, ps := p.form.scenario(p.lang)
	cats := p.catalogs()
	ps = allProblems(ps, s.Validate(cats))
	u := s.Usage
	p.empty = u.DAU == nil && u.MAU == nil && u.PeakConcurrent == nil && len(problemsUnder(ps, "usage.")) == 0
	p.problems = ps
	if len(ps) > 0 {
		p.stale = p.ev != nil
		return
	}
	cat := p.catalogByID(s.WithDefaults().Catalog)
	day := today()
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: day, Others: cats})
	if len(ps) > 0 {
		p.problems, p.stale = ps, p.ev != nil
		return
	}
	target, ps := plans.TargetOf(s, cats, day)
	if len(ps) > 0 {
		p.problems, p.stale = ps, p.ev != nil
		return
	}
	p.ev, p.scen, p.cat, p.target, p.stale = ev, s, cat, target, false
	// The answer card's part of the plan now; the whole checklist only when
	// something shows or exports it (checklist()): the first verdict never
	// waits for it.
	p.answer, p.md = plans.AnswerOf(s, cat, ev, plans.Options{NoGantt: p.noGantt, Target: target}), ""
	p.ranking, p.charts.Vendors, p.vendorsHeight = nil, chartData{}, 0
	if p.showCompare {
		p.ranking, _ = rules.Rank(s, rules.Comparable(cats, cat.ID), day) // valid: s passed Validate above
		p.charts.Vendors, p.vendorsHeight = vendorChart(p.ranking, cat.Currency, p.lang)
	}
	p.previewStale, p.chartsStale = true, true
	p.derive(false)
	p.compare = keepKnown(p.compare, ev)
}

// today is the local date vendor data ages are counted to (in the browser,
// Go's clock and time zone are the page's).
func today() string { return rules.FormatDay(time.Now()) }

// keepKnown drops compared tier ids that the current catalog lacks.
func keepKnown(ids []string, ev *rules.Evaluation) []string {
	var out []string
	for _, id := range ids {
		if ev.Tier(id) != nil {
			out = append(out, id)
		}
	}
	return out
}

// changed is called after every edit: recompute, then save what was typed.
func (p *planner) changed(ctx app.Context) {
	p.recompute()
	p.save(ctx)
	setDocumentLang(p.lang)
	p.later(ctx)
	p.refresh()
}

func (p *planner) setStatus(ok bool, msg string, details ...string) {
	p.status, p.statusOK, p.details, p.actions = msg, ok, details, nil
	p.refresh()
}

func (p *planner) Render() app.UI {
	lang := p.lang
	return app.Div().Class("page").Lang(lang.HTML()).Body(
		app.Nav().Class("skip").Aria("label", t(lang, "skip")).Body(
			app.A().Href("#answer-panel").Text(t(lang, "skip.answer")),
			app.A().Href("#checklist").Text(t(lang, "skip.checklist")),
		),
		app.Header().Class("top").Body(
			app.H1().Text("tierfit"),
			app.P().Class("tagline").Text(t(lang, "tagline")),
			app.Button().ID("lang-toggle").Class("lang").Lang(lang.Other().HTML()).Title(t(lang, "lang.label")).
				Text(t(lang, "lang")).OnClick(p.onLang),
		),
		// The notices sit in one element that is always there: go-app
		// matches children by position, so a notice appearing among the
		// page's children would have it rebuild everything after it (and
		// the field being typed in would lose the focus).
		app.Div().Class("notices").Body(
			app.If(p.update, app.Div().ID("update").Class("status ok").Aria("live", "polite").Body(
				app.Span().Text(t(lang, "update")+" "),
				app.Button().ID("update-reload").Text(t(lang, "reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)),
			app.If(p.noStorage, app.Div().ID("no-storage").Class("status error").Aria("live", "polite").Body(
				app.Span().Text(t(lang, "no.storage")+" "),
				app.Button().ID("no-storage-export").Text(t(lang, "export")).OnClick(p.onExport),
			)).ElseIf(p.storageFull, app.Div().ID("storage-full").Class("status error").Aria("live", "polite").Body(
				app.Span().Text(t(lang, "storage.full")+" "),
				app.Button().ID("storage-full-export").Text(t(lang, "export")).OnClick(p.onExport),
			)),
			app.If(p.status != "", p.renderStatus()),
		),
		app.Main().Class("panels").Body(
			app.Section().ID("answer-panel").Class("panel answer-panel").Aria("label", t(lang, "answer")).Body(
				p.answerPart(),
			),
			app.Section().Class("panel inputs").Aria("label", t(lang, "inputs")).Body(
				app.H2().Text(t(lang, "inputs")),
				app.If(p.staticInputs != "" && !p.inputsLive, app.Raw(p.staticInputs)).
					Else(&inputsPanel{P: p, Rev: p.rev}),
			),
			// The details (tiers, vendors, charts, checklist) follow the
			// answer and the live form once they are painted, and are not
			// pre-rendered: the first verdict never waits for them.
			app.If(p.ev != nil && !p.empty && p.detailsReady, app.Section().Class("panel results").Aria("label", t(lang, "results")).Body(
				app.H2().Text(t(lang, "results")),
				p.results(),
			)),
		),
		app.If(p.mounted, app.Span().ID(VerdictID).Hidden(true)),
		app.If(p.detailsReady, app.Span().ID(ReadyID).Hidden(true)),
	)
}

// answerPart is the answer card, the empty state before any usage is
// typed, or, while an input is invalid, the last valid answer marked stale.
func (p *planner) answerPart() app.UI {
	lang, ev := p.lang, p.ev
	switch {
	case p.empty:
		return emptyState(lang)
	case ev == nil:
		return app.P().Class("field-error").Text(p.problems.Error())
	}
	return app.Div().Class(resultClass(p.stale)).Body(
		app.If(p.stale, app.P().ID("stale").Class("stale").Aria("live", "polite").Text(t(lang, "stale"))),
		&answerCard{Ev: ev, Cat: p.cat, Scen: p.scen, Answer: p.answer, Lang: lang},
	)
}

// results shows the tiers, the vendors, the charts and the checklist, each
// a component drawn from its own fields: an edit redraws only the parts it
// changes. While an input is invalid the last valid result stays, marked
// stale.
func (p *planner) results() app.UI {
	lang, ev := p.lang, p.ev
	return app.Div().ID("result").Class(resultClass(p.stale)).Body(
		&tierTable{P: p, Ev: ev, Lang: lang, Compare: p.compare},
		&vendorsView{P: p, Lang: lang, Show: p.showCompare, Ranking: p.ranking,
			Target: [2]string{p.form.Values["target.catalog"], p.form.Values["target.tier"]},
			Sort:   p.rankSort, Region: p.rankRegion, Conf: p.rankConf, All: p.rankAll, FX: p.fxValues(),
			Chart: p.charts.Vendors, Height: p.vendorsHeight, Cats: p.catalogs()},
		&chartsPanel{Charts: p.charts, Lang: lang},
		&checklistView{P: p, HTML: p.html, Lang: lang, NoGantt: p.noGantt, Stale: p.staleWhy()},
	)
}

func resultClass(stale bool) string {
	if stale {
		return "result is-stale"
	}
	return "result"
}

// refresh redraws the page after a change that a component's own event
// made: go-app redraws only the component an event belongs to, and the
// planner holds the state every part is drawn from.
func (p *planner) refresh() {
	p.rev++
	if p.Mounted() {
		p.Update()
	}
}

func (p *planner) renderStatus() app.UI {
	class := "status error"
	if p.statusOK {
		class = "status ok"
	}
	return app.Div().ID("status").Class(class).Aria("live", "polite").Body(
		app.P().Text(p.status),
		app.If(len(p.details) > 0, app.Ul().Body(app.Range(p.details).Slice(func(i int) app.UI {
			return app.Li().Text(p.details[i])
		}))),
		app.If(len(p.actions) > 0, app.Div().Class("actions").Body(app.Range(p.actions).Slice(func(i int) app.UI {
			return app.Button().ID(p.actions[i].ID).Text(p.actions[i].Label).OnClick(p.runAction(i), i)
		}))),
	)
}

func (p *planner) onLang(ctx app.Context, e app.Event) {
	p.lang = p.lang.Other()
	p.changed(ctx)
}
