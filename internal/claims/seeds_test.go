package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/seedtest"
	"github.com/google/go-cmp/cmp"
)

func idxOf(arts []corroborate.Article, id string) int {
	for i, a := range arts {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// TestSeeds checks the bar on the five seed reports: the money / not-money
// disagreement is found, the deadline is one claim stated by every article
// that gives it, and no other fact conflict is invented.
func TestSeeds(t *testing.T) {
	arts := seedtest.Articles(t)
	r := Find(arts, nil, Options{})
	var money []corroborate.Conflict
	for _, c := range r.Conflicts {
		if c.Kind == "negation" && len(c.Sides) == 2 && strings.Contains(c.Sides[0].Value, "provides money") && strings.Contains(c.Sides[1].Value, "not money") {
			money = append(money, c)
			continue
		}
		t.Errorf("unexpected conflict %s %q %v", c.Kind, c.About, c.Sides)
	}
	if len(money) != 1 {
		t.Fatalf("money / not-money conflicts = %d, want 1", len(money))
	}
	if money[0].Confidence < SureConfidence {
		t.Errorf("money conflict confidence = %.2f, want >= %.2f: a sure conflict", money[0].Confidence, SureConfidence)
	}
	if diff := cmp.Diff([][]string{{"000", "003"}, {"004"}}, [][]string{money[0].Sides[0].Articles, money[0].Sides[1].Articles}); diff != "" {
		t.Errorf("money conflict sides (-want +got):\n%s", diff)
	}
	found := false
	for _, c := range r.Claims {
		var ids []string
		dated := 0
		for _, s := range c.Support {
			ids = append(ids, s.Article)
			sent := strings.Join(strings.Fields(arts[idxOf(arts, s.Article)].Text[s.Start:s.End]), " ") // 000 has a no-break space
			if strings.Contains(sent, "Aug. 18") || strings.Contains(sent, "August 18") {
				dated++
			}
		}
		if dated > 0 {
			found = true
			if diff := cmp.Diff([]string{"000", "003", "004"}, ids); diff != "" || dated != len(ids) {
				t.Errorf("deadline claim %q: %d of %d dated; support (-want +got):\n%s", c.Text, dated, len(ids), diff)
			}
		}
	}
	if !found {
		t.Error("no deadline claim")
	}
}

// TestExampleFactConflicts checks the planted fact conflicts of the
// fictional example (examples/README.md): each found once, sure, with a
// one-line note naming what differs, and nothing else.
func TestExampleFactConflicts(t *testing.T) {
	arts := seedtest.Read(t, "../../examples/wexley-bridge")
	r := Find(arts, nil, Options{})
	want := map[string]string{
		"number":   "38,000 vs 35,000 vehicles a day",
		"date":     "March 30 vs not begin before April 30",
		"negation": "states the state has agreed to pay",
		"name":     "Tomas Varga vs Anton Greer as the chief engineer",
	}
	for _, c := range r.Conflicts {
		note, ok := want[string(c.Kind)]
		if !ok || !strings.HasPrefix(c.Note, note) {
			t.Errorf("unexpected %s conflict: %s", c.Kind, c.Note)
			continue
		}
		delete(want, string(c.Kind))
		if c.Confidence < SureConfidence {
			t.Errorf("%s conflict %q: confidence %.2f, want >= %.2f", c.Kind, c.Note, c.Confidence, SureConfidence)
		}
	}
	for kind, note := range want {
		t.Errorf("planted %s conflict %q not found", kind, note)
	}
}
