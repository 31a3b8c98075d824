package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestFillAddsMost: the sentence that fills the room a word budget leaves
// is the one that adds most to the chosen ones (what choose weighs), not
// the strongest on its own: an aside only one article has, however it
// scores, gives its place to the rescue every article tells and the
// chosen lead does not.
func TestFillAddsMost(t *testing.T) {
	lead := "A ferry caught fire off Tarnport on Monday, forcing its passengers into lifeboats."
	rescue := "The coastguard rescued all 212 passengers and towed the burning ferry into Tarnport harbour."
	aside := "Local fiddlers played a benefit evening at the Quayside Inn last weekend."
	arts := []corroborate.Article{
		{ID: "a", Text: lead + " " + rescue + " " + aside},
		{ID: "b", Text: "The Tarnport ferry fire on Monday sent passengers to lifeboats. The coastguard rescued 212 passengers and towed the ferry to the harbour."},
		{ID: "c", Text: "Fire broke out on a ferry near Tarnport. The coastguard said it rescued the passengers and towed the ferry into harbour."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(s string, score float64) *candidate {
		c := &candidate{cites: []string{"a"}, echo: -1}
		st.use(c, wordingOf{text: s})
		c.score = score
		return c
	}
	first := mk(lead, 30)
	cands := []*candidate{first, mk(aside, 12), mk(rescue, 10)}
	got := st.fill(cands, []*candidate{first}, nil, Options{Words: 40})
	if got == nil || got.text != rescue {
		text := "<nil>"
		if got != nil {
			text = got.text
		}
		t.Errorf("fill = %q, want the rescue every article tells (%q)", text, rescue)
	}
}
