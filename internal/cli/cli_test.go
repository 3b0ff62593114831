package cli

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, 2, "Usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"static", "-nope"}, 2, "flag provided but not defined"},
		{[]string{"static", "-base", "/a b/"}, 2, "use a path such as /tierfit/"},
		{[]string{"serve", "-dir", "/definitely/not/here"}, 1, "no site in /definitely/not/here"},
		{[]string{"serve", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"help"}, 0, ""},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := Run(tt.args, nil, &out, &errb)
		if code != tt.code {
			t.Errorf("run(%q) = %d, want %d (stderr %q)", tt.args, code, tt.code, errb.String())
		}
		if !strings.Contains(errb.String(), tt.stderr) {
			t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, errb.String(), tt.stderr)
		}
	}
}
