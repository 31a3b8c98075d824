package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// An evening report and the next morning's update of it, with no
// publication times and no outlets: the update keeps most of the evening
// text, drops a paragraph and a half of it, and adds paragraphs of later
// news between its paragraphs. It holds more text between the shared
// passages than the evening report, as an origin that a copy cut would,
// while the evening report holds much of its own there too; nothing else
// tells which came first, so the direction is unsure, and the evening
// report is charged with nothing.
func TestTextLeftOutAloneLeavesTheDirectionUnsure(t *testing.T) {
	paras := strings.Split(origin, "\n\n")
	later := []string{
		"By Tuesday morning the council said the closure could last into next spring, after divers found a third cracked pier overnight, and it has asked the state for a second contractor to work on the piers in parallel with the first.",
		"The ferry company added two boats to the crossing on Tuesday after queues at the harbor pier stretched for more than an hour, and commuters to the cannery were given a later shift until the new timetable settles.",
		"The chamber of commerce has since claimed that island trade fell by a fifth on the first day of the closure, and it will ask the state for a relief fund when its board meets on Thursday afternoon.",
	}
	// The update drops the contract paragraph and the baker's complaint,
	// as the morning's news pushes them out.
	shops := paras[4][:strings.Index(paras[4], ". ")+1]
	update := strings.Join([]string{paras[0], paras[1], later[0], paras[2], later[1], shops, later[2], paras[5]}, "\n\n")
	r := oneEdge(t, mkArticle(t, "evening", "", "", origin), mkArticle(t, "morning", "", "", update))
	if r.Direction != "unsure" {
		t.Errorf("%s → %s is %q on %v, want unsure: the text left out may be the update's news", r.From, r.To, r.Direction, r.For)
	}
	if len(r.For) != 1 || !strings.Contains(r.For[0], "leaves out") {
		t.Errorf("for %v, want the text left out, kept as the only point", r.For)
	}
}

// A copy that cuts paragraphs from the report and adds nothing between the
// passages is still the likely copy: only the report holds text there.
func TestTextLeftOutByACutCopyStaysLikely(t *testing.T) {
	paras := strings.Split(origin, "\n\n")
	cut := strings.Join([]string{paras[0], paras[1], paras[2], paras[4], paras[5]}, "\n\n")
	arts := []corroborate.Article{mkArticle(t, "report", "", "", origin), mkArticle(t, "cut", "", "", cut)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "report" || res.Reuse[0].Direction != "likely" {
		t.Errorf("reuse %v (evidence %v), want report → cut, likely", summarize(res.Reuse), evidence(res.Reuse))
	}
}
