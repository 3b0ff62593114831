package plans

import (
	"math"
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// Options change what the checklist contains.
type Options struct {
	// NoGantt leaves out the Mermaid timeline, for wikis that cannot draw it.
	NoGantt bool
	// Target, when set, replaces the recommended tier (see TargetOf); a
	// target in another catalog makes the checklist a vendor switch.
	Target *Target
}

// A Kind is the kind of move a checklist plans; each has its own title,
// summary and tasks, and nothing is migrated where nothing moves.
type Kind string

// The kinds of move.
const (
	// Watch: nothing moves; alert levels, a review date, what to prepare.
	Watch Kind = "watch"
	// PlanChange: another tier of the same vendor, switched in its console;
	// the app, the SDK and the data stay where they are.
	PlanChange Kind = "plan_change"
	// Expedited: a plan change while the current tier refuses users today:
	// the change first, the same day, and never a rollback to that tier.
	Expedited Kind = "expedited"
	// Migration: a plan change that also changes the SDK, the app ID or the
	// data region (rollout.changes): gray release and data import.
	Migration Kind = "migration"
	// VendorSwitch: another vendor: the full migration.
	VendorSwitch Kind = "vendor_switch"
)

// Checklist writes the checklist for a scenario and its evaluation against
// cat, in the scenario's language: the plan that fits the move (see Kind),
// with the key dates and decisions first and the scenario itself last. It
// reads no clock: every date comes from the scenario (or the evaluation's
// Today), so the browser and the command line write the same bytes. Text
// from the user or from an imported catalog is escaped and can never become
// Markdown structure.
func Checklist(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) string {
	c := newChecklist(s, cat, ev, o)
	c.header()
	c.keyDates()
	if c.ev.Decision == rules.Verify {
		c.questions()
	}
	c.opening()
	if c.kind == Migration || c.kind == VendorSwitch {
		if c.kind == VendorSwitch {
			c.vendorSwitch()
		}
		c.staging()
		c.gray()
		c.data()
		c.cutover()
		c.rollback()
		c.pitfalls()
		c.comms()
	}
	if !o.NoGantt {
		c.timeline()
	}
	c.scenarioBlock()
	return strings.TrimLeft(c.w.b.String(), "\n")
}

// opening writes the summary and the plan's first section, which holds its
// first task: the whole of a watch plan or a plan change, the assessment
// of a migration. The answer card stops here.
func (c *checklist) opening() {
	c.summary()
	switch c.kind {
	case Watch:
		c.watch()
	case PlanChange, Expedited:
		c.change()
	default:
		c.assess()
	}
}

// KindOf is the kind of move the checklist for a scenario plans.
func KindOf(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) Kind {
	return newChecklist(s, cat, ev, o).kind
}

// checklist is one checklist being written.
type checklist struct {
	w        writer
	raw      rules.Scenario // as given: what the export appends
	s        rules.Scenario // with defaults
	cat      *rules.Catalog
	ev       *rules.Evaluation
	sc       schedule
	kind     Kind
	cur, rec rules.TierResult
	curTier  *rules.Tier
	recTier  *rules.Tier
	// The target's catalog and evaluation: the scenario's own unless the
	// checklist switches vendors.
	recCat    *rules.Catalog
	recEval   *rules.Evaluation
	switching bool
	// refused are the hard caps the current tier fails now: users are
	// refused today. stopgap is the tier of the scenario's own catalog that
	// stops it while a longer migration runs (nil: none fits).
	refused []rules.Finding
	stopgap *rules.TierResult
	// freezes are the holiday freezes the rollout crosses.
	freezes  []crossing
	unknowns int // the summary's "verify with the vendor" items

	// The health targets every phase uses.
	success, crashFree, errorRate float64
	p95                           int64
}

func newChecklist(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) *checklist {
	raw := s
	s = s.WithDefaults()
	c := &checklist{w: writer{lang: i18n.Of(s.Lang)}, raw: raw, s: s, cat: cat, ev: ev, recCat: cat, recEval: ev}
	recID := ev.Recommended
	if o.Target != nil {
		c.recCat, c.recEval, recID = o.Target.Catalog, o.Target.Eval, o.Target.Tier
		c.switching = o.Target.Catalog.ID != cat.ID
	}
	c.cur = *ev.Tier(ev.CurrentTier)
	c.rec = c.cur
	if t := c.recEval.Tier(recID); t != nil { // a catalog with no tier on sale recommends none
		c.rec = *t
	} else if c.switching {
		c.rec = c.recEval.Tiers[0]
	}
	c.curTier, c.recTier = cat.Tier(c.cur.ID), c.recCat.Tier(c.rec.ID)
	for _, f := range c.cur.Findings {
		if f.Status == rules.Fail && containsMetric(c.curTier.HardCaps, rules.Metric(f.Rule)) {
			c.refused = append(c.refused, f)
		}
	}
	c.kind = c.kindOf()
	if len(c.refused) > 0 && (c.kind == VendorSwitch || c.kind == Migration) {
		c.stopgap = c.findStopgap()
	}
	c.sc = newSchedule(s, c.kind, ev.Today, raw.Rollout.Timezone != "")
	c.freezes = c.crossings()
	c.thresholds()
	return c
}

func (c *checklist) kindOf() Kind {
	switch {
	case c.switching:
		return VendorSwitch
	case c.rec.ID == c.cur.ID:
		return Watch
	case len(c.s.Rollout.Changes) > 0:
		return Migration
	case len(c.refused) > 0:
		return Expedited
	}
	return PlanChange
}

// findStopgap is the tier of the scenario's own catalog that a team moves
// to today, in its console, so users are not refused while the longer
// migration runs: the recommended tier when it fits now, else the first
// tier on sale that does.
func (c *checklist) findStopgap() *rules.TierResult {
	if t := c.ev.Tier(c.ev.Recommended); t != nil && t.Fits && t.ID != c.cur.ID {
		return t
	}
	for i := range c.ev.Tiers {
		if t := &c.ev.Tiers[i]; t.Fits && t.ID != c.cur.ID && c.cat.Tiers[i].Candidate() {
			return t
		}
	}
	return nil
}

func containsMetric(list []rules.Metric, m rules.Metric) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
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

// header writes the title, what the figures are and, for illustrative
// ones, that they are not a price list.
func (c *checklist) header() {
	w := &c.w
	from, to := c.tierLabel(c.cat, c.cur), c.tierLabel(c.recCat, c.rec)
	switch {
	case c.ev.Decision == rules.NoFit && c.kind == Watch:
		w.line("# " + w.t("title.nofit", c.name(), esc(c.cat.Name)))
	case c.ev.Decision == rules.Verify && c.kind == Watch:
		w.line("# " + w.t("title.verify", c.name(), from))
	case c.kind == Watch:
		w.line("# " + w.t("title.watch", c.name(), from))
	case c.kind == PlanChange:
		w.line("# " + w.t("title.change", c.name(), from, to, esc(c.cat.Name)))
	case c.kind == Expedited:
		w.line("# " + w.t("title.expedited", c.name(), from, to))
	default:
		w.line("# " + w.t("title", c.name(), from, to))
	}
	w.blank()
	w.line("> " + w.t("generated", esc(c.cat.Name), c.cat.AsOf, w.confidence(c.cat.Confidence)))
	if c.cat.Illustrative {
		w.line(">")
		w.line("> " + w.t("illustrative"))
	}
}

// reasons writes the decision's headline and then its details, separated.
func reasons(list []string, lang i18n.Lang) string {
	space, sep := lang.Space(), lang.Sep()
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
