package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLeadsShareOnlyTheFrame: two articles' leads that share the story's
// frame words (a death penalty, prosecutors, the province) but tell two
// cases in words of their own are two things: the second is not pushed
// out as the first told again. Two leads that tell one case are.
func TestLeadsShareOnlyTheFrame(t *testing.T) {
	first := "The Kessan High Court won't hear a death penalty case in which a convicted killer in Varnholt province complained that prosecutors pointed the jury to his silence at trial."
	other := "Federal prosecutors announced Friday they will seek the death penalty for a former Varnholt province student accused of kidnapping and killing a visiting scholar from Ostrel."
	again := "Prosecutors in Varnholt province will seek the death penalty for the former student accused of kidnapping and killing the visiting Ostrel scholar, they announced Friday."
	arts := []corroborate.Article{
		{ID: "a", Text: first + " The court gave no reasons. The death penalty case had drawn protests in Varnholt province."},
		{ID: "b", Text: other + " The death penalty was abolished in Varnholt province courts years ago, but prosecutors may still seek it in federal cases."},
		{ID: "c", Text: "Prosecutors said the death penalty was warranted. The trial in Varnholt province will likely be delayed by months."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(s string) *candidate {
		c := &candidate{lead: 1}
		st.use(c, wordingOf{text: s})
		return c
	}
	if st.redundant(mk(other), []*candidate{mk(first)}) {
		t.Errorf("redundant(%q after %q) = true, want a case of its own", other, first)
	}
	if !st.redundant(mk(again), []*candidate{mk(other)}) {
		t.Errorf("redundant(%q after %q) = false, want one case told twice", again, other)
	}
}
