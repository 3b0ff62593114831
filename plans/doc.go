// Package plans turns a scenario and its rules evaluation into the Markdown
// migration checklist with a rollback plan that a team pastes into its wiki,
// and renders that Markdown to safe HTML for the preview.
//
// Data flows one way: app → plans → rules. plans never imports the UI and is
// deterministic: every date comes from the scenario, never from the clock.
package plans
