package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// negationsOfKind returns the negation conflicts of arts.
func negationsOfKind(arts []corroborate.Article) []corroborate.Conflict {
	var out []corroborate.Conflict
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if c.Kind == corroborate.ConflictNegation {
			out = append(out, c)
		}
	}
	return out
}

// One who "suffered only minor injuries" was injured: an article saying
// so contradicts one saying she "was not injured", though the subject
// stands before a relative clause ("whose name has not been made
// public") and the injuries come after a first verb joined by "and".
func TestSufferedInjuriesContradictsNotInjured(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `A ferry ran aground off Port Arden on Sunday.

The ferry's cook, whose name has not been made public, was pulled from the galley by lifeboat crews and suffered only minor injuries.`),
		article("b", "Tarn Courier", `A ferry ran aground off Port Arden on Sunday morning.

The cook was not injured in the grounding.`),
	}
	negs := negationsOfKind(arts)
	if len(negs) != 1 {
		t.Fatalf("negation conflicts = %+v, want the cook's injuries", negs)
	}
	c := negs[0]
	if c.Sides[0].Value != "suffered only minor injuries" || c.Sides[0].Articles[0] != "a" || c.Sides[1].Articles[0] != "b" {
		t.Errorf("sides = %+v, want a's injuries against b's denial", c.Sides)
	}
	if !strings.Contains(c.About, "cook suffered only minor injuries") {
		t.Errorf("about = %q, want it to name the cook", c.About)
	}
}

// Injuries that are no statement of the same person's harm contradict
// nothing: "not seriously injured" allows minor injuries, a subject
// inside the relative clause is another subject, and "suffered no
// injuries" agrees.
func TestInjuriesNotContradicted(t *testing.T) {
	for _, tc := range []struct{ name, a, b string }{
		{"not seriously", "The cook suffered only minor injuries.", "The cook was not seriously injured in the grounding."},
		{"other subject", "The cook, whose helper was rescued, suffered minor injuries.", "The helper was not injured in the grounding."},
		{"no injuries", "The cook suffered no injuries.", "The cook was not injured in the grounding."},
		{"new clause", "The ferry struck the rocks and the cook suffered minor injuries.", "The ferry was not injured in the grounding."},
	} {
		arts := []corroborate.Article{
			article("a", "Lenna Post", "A ferry ran aground off Port Arden on Sunday.\n\n"+tc.a),
			article("b", "Tarn Courier", "A ferry ran aground off Port Arden on Sunday morning.\n\n"+tc.b),
		}
		if negs := negationsOfKind(arts); len(negs) != 0 {
			t.Errorf("%s: negation conflicts = %+v, want none", tc.name, negs)
		}
	}
}
