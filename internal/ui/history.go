package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// keyHistory keeps the forms that something replaced (a share link, an
// import, a named scenario opened, a restore), newest first.
const keyHistory = "tierfit.history"

// MaxHistory is how many replaced forms are kept to restore.
const MaxHistory = 5

// A replacedForm is what the user had, when and why it was replaced.
type replacedForm struct {
	When string `json:"when"` // local time, YYYY-MM-DD HH:MM
	Why  string `json:"why"`  // link, import, open or restore
	Form form   `json:"form"`
}

// A statusAction is a button the status line offers: undo, restore, apply.
type statusAction struct {
	ID, Label string
	Do        func(ctx app.Context)
}

// offer adds a button to the current status.
func (p *planner) offer(id, label string, do func(ctx app.Context)) {
	p.actions = append(p.actions, statusAction{id, label, do})
	p.refresh()
}

// runAction runs the status button at i, read when clicked: go-app keeps a
// button's first handler, so it must not capture the action.
func (p *planner) runAction(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i < len(p.actions) {
			p.actions[i].Do(ctx)
		}
	}
}

// replaceForm puts f in place of the form, keeping what was there in the
// history (unless it is the same), and offers to restore it.
func (p *planner) replaceForm(ctx app.Context, f form, why string) {
	if fingerprint(f) != fingerprint(p.form) {
		p.history = append([]replacedForm{{When: time.Now().Format("2006-01-02 15:04"), Why: why, Form: p.form.clone()}}, p.history...)
		if len(p.history) > MaxHistory {
			p.history = p.history[:MaxHistory]
		}
		p.set(ctx, keyHistory, p.history)
	}
	p.form = f
}

// replaceWith loads a scenario (a link, a file) over the form, restorably.
func (p *planner) replaceWith(ctx app.Context, s rules.Scenario, why string) {
	p.replaceForm(ctx, formOf(s), why)
	if lang := s.Lang; lang == "en" || lang == "zh" {
		p.lang = i18n.Of(lang)
	}
}

// offerRestore follows a replacement: the status gets a button that puts
// back what the user had.
func (p *planner) offerRestore() {
	if len(p.history) > 0 {
		p.offer("restore-last", t(p.lang, "restore.last"), func(ctx app.Context) { p.restoreAt(ctx, 0) })
	}
}

// restoreAt puts history entry i back as the form; the form it replaces is
// kept in turn, so a restore can be undone too.
func (p *planner) restoreAt(ctx app.Context, i int) {
	if i >= len(p.history) {
		return
	}
	back := p.history[i].Form.clone()
	p.history = append(p.history[:i:i], p.history[i+1:]...)
	p.replaceForm(ctx, back, "restore")
	p.setStatus(true, t(p.lang, "restored"))
	p.changed(ctx)
}

// propose shows a scenario whose values do not validate without applying
// it: its problems, and buttons to open it anyway or keep the form.
func (p *planner) propose(s rules.Scenario, why, message string, ps rules.Problems) {
	p.pending = &s
	p.setStatus(false, message, problemLines(ps.Capped(p.lang))...)
	p.offer("pending-apply", t(p.lang, "pending.apply"), func(ctx app.Context) {
		if p.pending != nil {
			s := *p.pending
			p.pending = nil
			p.replaceWith(ctx, s, why)
			p.setStatus(true, t(p.lang, "pending.applied"))
			p.offerRestore()
			p.changed(ctx)
		}
	})
	p.offer("pending-keep", t(p.lang, "pending.keep"), func(ctx app.Context) {
		p.pending = nil
		p.setStatus(true, t(p.lang, "pending.kept"))
	})
}

// onDelete deletes a named scenario and offers to undo it.
func (p *planner) onDelete(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		gone, ok := p.saved[name]
		p.updateSaved(ctx, func(saved map[string]form) { delete(saved, name) })
		if !ok {
			return
		}
		p.setStatus(true, t(p.lang, "deleted", name))
		p.offer("undo-delete", t(p.lang, "undo"), func(ctx app.Context) {
			back := name
			p.updateSaved(ctx, func(saved map[string]form) {
				back = freeName(saved, name)
				saved[back] = gone.clone()
			})
			p.setStatus(true, t(p.lang, "undeleted", back))
		})
	}
}

// renderHistory lists the replacedForm forms with a button to restore each.
func (p *planner) renderHistory() app.UI {
	lang, h := p.lang, p.history
	return app.If(len(h) > 0, app.Details().ID("history").Body(
		app.Summary().Text(t(lang, "history", i18n.Num(int64(len(h))))),
		app.Ul().Class("saved").Body(app.Range(h).Slice(func(i int) app.UI {
			return app.Li().DataSet("why", h[i].Why).Body(
				app.Span().Class("saved-name").Text(h[i].When+" · "+t(lang, "why."+h[i].Why)+" · "+nameOr(h[i].Form, lang)),
				app.Button().ID("history-restore-"+strconv.Itoa(i)).Text(t(lang, "restore")).OnClick(p.onRestore(i), i),
			)
		})),
	))
}

func (p *planner) onRestore(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) { p.restoreAt(ctx, i) }
}

// nameOr is a form's project name, or says it has none.
func nameOr(f form, lang i18n.Lang) string {
	if n := f.Values["name"]; n != "" {
		return n
	}
	return t(lang, "unnamed")
}

// otherTab notices that another tab saved its form: it is offered, never
// applied over this tab's edits.
func (p *planner) otherTab(ctx app.Context) {
	var theirs form
	if p.get(ctx, keyForm, &theirs) != nil || theirs.Values == nil || fingerprint(theirs) == fingerprint(p.form) {
		return
	}
	p.setStatus(false, t(p.lang, "other.tab"))
	p.offer("other-tab-load", t(p.lang, "other.load"), func(ctx app.Context) {
		p.replaceForm(ctx, theirs, "tab")
		p.setStatus(true, t(p.lang, "other.loaded"))
		p.offerRestore()
		p.changed(ctx)
	})
	p.offer("other-tab-keep", t(p.lang, "pending.keep"), func(ctx app.Context) {
		p.save(ctx) // this tab's form is the one stored again
		p.setStatus(true, t(p.lang, "pending.kept"))
	})
}
