// Package rules is tierfit's tier-fit engine: it holds the vendors' tier
// catalogs (data), the rules that compare a product's usage and needs with a
// tier (code), and evaluates a scenario (the user's input) against a catalog.
//
// It uses the standard library only, never reads the clock or a random
// source, and returns sorted output, so the browser and the command line get
// the same answer for the same input.
package rules
