package plans

import (
	"bytes"
	"encoding/json"
	"strings"
)

// scenarioBlock appends the scenario the checklist was written from, as a
// fenced json block: the export is the plan and its input, and importing
// the .md restores the scenario. The fence is longer than any run of
// backticks inside, so no text in the scenario can close it.
func (c *checklist) scenarioBlock() {
	w := &c.w
	b, err := json.MarshalIndent(c.raw, "", "  ")
	if err != nil {
		return // a scenario is plain data; Marshal cannot fail on it
	}
	w.heading(2, w.t("h.scenario"))
	w.line(w.t("scn.intro"))
	w.blank()
	fence := strings.Repeat("`", max(3, longestRun(b, '`')+1))
	w.line(fence + "json")
	w.line(string(b))
	w.line(fence)
}

func longestRun(b []byte, c byte) int {
	most, run := 0, 0
	for _, x := range b {
		if x == c {
			run++
			most = max(most, run)
		} else {
			run = 0
		}
	}
	return most
}

// ScenarioJSON finds the scenario a checklist export carries: the last
// fenced code block whose info string is json. ok is false when the text
// has none (then it is not an export; try it as JSON).
func ScenarioJSON(md []byte) (scenario []byte, ok bool) {
	lines := bytes.Split(md, []byte("\n"))
	for i := len(lines) - 1; i >= 0; i-- {
		line := bytes.TrimRight(lines[i], "\r")
		fence := leadingRun(line, '`')
		if fence < 3 || string(bytes.TrimSpace(line[fence:])) != "json" {
			continue
		}
		var body [][]byte
		for _, l := range lines[i+1:] {
			l = bytes.TrimRight(l, "\r")
			if n := leadingRun(l, '`'); n >= fence && len(bytes.TrimSpace(l[n:])) == 0 {
				return bytes.Join(body, []byte("\n")), true
			}
			body = append(body, l)
		}
		return nil, false // an unclosed block: not an export of ours
	}
	return nil, false
}

func leadingRun(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}
