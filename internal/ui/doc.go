// Package ui is tierfit's browser interface: the go-app components that turn
// what the user types into a scenario, show what rules/ and plans/ make of
// it (the answer, the tiers, the vendors, the charts, the checklist) and
// keep the user's work in the browser. It holds no threshold or sentence
// about tiers: those come from rules/ and plans/.
package ui
