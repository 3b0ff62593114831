package plans

import (
	"math"
	"strings"

	"tierfit/rules"
)

// Options change what the checklist contains.
type Options struct {
	// NoGantt leaves out the Mermaid timeline, for wikis that cannot draw it.
	NoGantt bool
	// Target, when set, replaces the recommended tier (see TargetOf); a
	// target in another catalog makes the checklist a vendor switch.
	Target *Target
}

// Checklist writes the migration checklist with its rollback plan for a
// scenario and its evaluation against cat, in the scenario's language. It
// reads no clock: every date comes from the scenario, so the browser and
// the command line write the same bytes. Text from the user or from an
// imported catalog is escaped and can never become Markdown structure.
func Checklist(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) string {
	s = s.WithDefaults()
	lang := s.Lang
	if lang != "zh" {
		lang = "en"
	}
	c := &checklist{
		w: writer{lang: lang}, s: s, cat: cat, ev: ev, sc: newSchedule(s),
		cur: ev.Tiers[0], rec: ev.Tiers[0], recCat: cat, recEval: ev,
	}
	recID := ev.Recommended
	if o.Target != nil {
		c.recCat, c.recEval, recID = o.Target.Catalog, o.Target.Eval, o.Target.Tier
		c.switching = o.Target.Catalog.ID != cat.ID
	}
	c.cur = *ev.Tier(ev.CurrentTier)
	c.rec = c.recEval.Tiers[0]
	if t := c.recEval.Tier(recID); t != nil { // a target built by hand may name no tier
		c.rec = *t
	}
	c.curTier, c.recTier = cat.Tier(c.cur.ID), c.recCat.Tier(c.rec.ID)
	c.thresholds()
	c.summary()
	c.assess()
	if c.switching {
		c.vendorSwitch()
	}
	c.staging()
	c.gray()
	c.data()
	c.cutover()
	c.rollback()
	c.pitfalls()
	c.comms()
	if !o.NoGantt {
		c.timeline()
	}
	return strings.TrimLeft(c.w.b.String(), "\n")
}

// checklist is one checklist being written.
type checklist struct {
	w        writer
	s        rules.Scenario
	cat      *rules.Catalog
	ev       *rules.Evaluation
	sc       schedule
	cur, rec rules.TierResult
	curTier  *rules.Tier
	recTier  *rules.Tier
	// The target's catalog and evaluation: the scenario's own unless the
	// checklist switches vendors.
	recCat    *rules.Catalog
	recEval   *rules.Evaluation
	switching bool
	unknowns  int // the summary's "verify with the vendor" items

	// The health targets every phase uses.
	success, crashFree, errorRate float64
	p95                           int64
}

// tierfit's defaults where the scenario sets no target.
const (
	defaultSuccess   = 99.9
	defaultP95       = 500 // Flagger's example request-duration limit
	defaultCrashFree = 99.5
	defaultErrorRate = 0.5
	deltaSuccess     = 0.1 // percentage points worse than control
	deltaP95         = 20  // percent slower than control
)

func (c *checklist) thresholds() {
	c.success, c.p95, c.crashFree, c.errorRate = defaultSuccess, defaultP95, defaultCrashFree, defaultErrorRate
	if n := c.s.Needs.SLAPercent; n != nil && *n > 0 {
		c.success = math.Max(*n, 99)
	}
	if n := c.s.Needs.LatencyMS; n != nil {
		c.p95 = int64(*n)
	}
}

// tierLabel names a tier, with its vendor when the checklist switches.
func (c *checklist) tierLabel(cat *rules.Catalog, t rules.TierResult) string {
	if c.switching {
		return esc(cat.Name) + " " + esc(t.Name)
	}
	return esc(t.Name)
}

func (c *checklist) name() string {
	if strings.TrimSpace(c.s.Name) == "" {
		return "tierfit"
	}
	return esc(c.s.Name)
}

func (c *checklist) summary() {
	w := &c.w
	w.line("# " + w.t("title", c.name(), c.tierLabel(c.cat, c.cur), c.tierLabel(c.recCat, c.rec)))
	w.blank()
	w.line("> " + w.t("generated", esc(c.cat.Name), c.cat.AsOf, w.confidence(c.cat.Confidence)))
	if c.cat.Illustrative {
		w.line(">")
		w.line("> " + w.t("illustrative"))
	}
	w.heading(2, w.t("h.summary"))
	w.bullet(w.label("project") + c.name())
	w.bullet(w.label("catalog") + esc(c.cat.Name) + w.paren(c.cat.Currency+", "+c.cat.AsOf+", "+w.confidence(c.cat.Confidence)))
	srcs := make([]string, len(c.cat.Sources))
	for i, src := range c.cat.Sources {
		srcs[i] = "`" + strings.ReplaceAll(strings.ReplaceAll(src, "`", "'"), "\n", " ") + "`"
	}
	w.bullet(w.label("sources") + strings.Join(srcs, ", "))
	w.bullet(w.label("move") + c.tierLabel(c.cat, c.cur) + " → " + c.tierLabel(c.recCat, c.rec))
	w.bullet(w.label("decision") + "**" + c.decision() + "** — " + reasons(c.ev.Reasons, w.lang))
	if c.rec.ID == c.ev.Recommended && !c.switching {
		w.bullet(w.label("why_tier") + esc(c.ev.RecommendedWhy))
	}
	c.usageTable()
	c.costTable()
	c.priceNotes()
	w.heading(3, w.t("h.signals"))
	if len(c.ev.Signals) == 0 {
		w.line(w.t("no_signals"))
	}
	for _, sig := range c.ev.Signals {
		w.bullet("`" + sig.ID + "` — " + esc(sig.Message))
	}
	w.heading(3, w.t("h.verify"))
	n := 0
	caveats := append(append([]string(nil), c.ev.Caveats...), c.targetCaveats()...)
	for _, cv := range caveats {
		w.task(esc(cv))
		n++
	}
	for _, tr := range []rules.TierResult{c.cur, c.rec} {
		for _, f := range tr.Findings {
			if f.Status == rules.Unknown {
				w.task(esc(f.Message))
				n++
			}
		}
		if c.cur.ID == c.rec.ID && !c.switching {
			break
		}
	}
	if c.cat.Confidence != "high" {
		w.task(w.t("verify_low", w.confidence(c.cat.Confidence), c.cat.AsOf, esc(c.rec.Name)))
		n++
	}
	if n == 0 {
		w.line(w.t("no_unknowns"))
	}
	c.unknowns = n
}

// reasons writes the decision's headline and then its details, separated.
func reasons(list []string, lang string) string {
	space, sep := " ", "; "
	if lang == "zh" {
		space, sep = "", "；"
	}
	if len(list) == 0 {
		return ""
	}
	out := esc(list[0])
	details := make([]string, 0, len(list)-1)
	for _, s := range list[1:] {
		details = append(details, esc(s))
	}
	if len(details) > 0 {
		out += space + strings.Join(details, sep)
	}
	return out
}

func (c *checklist) decision() string {
	switch c.ev.Decision {
	case rules.Stay:
		return c.w.t("dec.stay")
	case rules.PlanUpgrade:
		if *c.ev.UpgradeWithinMonths == 0 {
			return c.w.t("dec.plan0")
		}
		return c.w.t("dec.plan", c.w.num(int64(*c.ev.UpgradeWithinMonths)))
	case rules.UpgradeNow:
		return c.w.t("dec.now")
	case rules.Verify:
		return c.w.t("dec.verify")
	case rules.SwitchToSave:
		if sv := c.ev.Saving; sv != nil && sv.Horizon != nil {
			return c.w.t("dec.save", money(&c.w, sv.Horizon, sv.Currency))
		}
	}
	return c.w.t("dec.no_fit")
}
