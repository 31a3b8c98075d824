package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestTwoWordingsOfOneFactMeet checks that two wordings of one fact, each
// printed by several articles with small changes, make one claim when most
// of their sentences align in pairs though the first of each does not
// align with the other's; and that a sentence of another fact stays apart.
func TestTwoWordingsOfOneFactMeet(t *testing.T) {
	texts := []string{
		"A 14-year-old boy woke up in the middle of heart surgery and was calm enough to ask surgeons how the surgery was going.\n\nThe Orlin clinic has opened an inquiry.",
		"A 14-year-old boy woke up during heart surgery in Orlin and was calm enough to talk to surgeons about how the surgery was going.\n\nThe clinic in Orlin said it had opened an inquiry.",
		"A boy woke up during heart surgery in Orlin and asked surgeons how the surgery was going.",
		"A teenager woke up while undergoing heart surgery in Orlin and began talking to surgeons about dogs and how the surgery was going.",
		"A teenager woke up during heart surgery in Orlin and began talking to surgeons about how the surgery was going.",
		"A teen woke up during heart surgery and started talking to surgeons about dogs and how the surgery was going.",
	}
	var arts []corroborate.Article
	for i, s := range texts {
		arts = append(arts, article(string(rune('a'+i)), "", s))
	}
	r := Find(arts, nil, Options{})
	var woke, inquiry int
	for _, c := range r.Claims {
		switch {
		case containsWord(c.Text, "surgery"):
			woke++
			if len(c.Support) != len(texts) {
				t.Errorf("claim %q: %d supports, want %d", c.Text, len(c.Support), len(texts))
			}
		case containsWord(c.Text, "inquiry"):
			inquiry++
		}
	}
	if woke != 1 || inquiry != 1 {
		t.Errorf("claims %+v: want one on the surgery and one on the inquiry", r.Claims)
	}
}

func containsWord(s, w string) bool {
	for _, x := range ContentWords(s) {
		if x == lemma(w) {
			return true
		}
	}
	return false
}
