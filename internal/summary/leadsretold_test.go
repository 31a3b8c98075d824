package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLeadsTellOneEvent: two articles' leads that tell one event with
// other words around it (an appeal won against extradition, a ruling
// that he should not be extradited; more airstrikes launched, a conflict
// escalated as new airstrikes were unleashed) are one event told twice;
// a lead that tells other news of the same story is not.
func TestLeadsTellOneEvent(t *testing.T) {
	cases := []struct{ first, again, other string }{{
		first: "Alleged computer hacker Ivo Brand has won his High Court appeal against his extradition to Varn.",
		again: "The Ostrel High Court has ruled that accused Kessan hacker Ivo Brand should not be extradited to Varn to face charges.",
		other: "Ivo Brand's mother said the family would now ask the Ostrel prosecutors to drop the case.",
	}, {
		first: "Tarnia launched more airstrikes on Dolby early Tuesday, hitting the tower home of a Kessan field commander.",
		again: "A confrontation between Tarnia and Kessa sparked by weeks of unrest in Ostrel escalated Tuesday as Tarnia unleashed new airstrikes on Dolby while militants barraged the south with hundreds of rockets.",
		other: "Schools across the south of Tarnia stayed shut on Tuesday as rockets fell near the border.",
	}}
	for _, tc := range cases {
		arts := []corroborate.Article{
			{ID: "a", Text: tc.first + " The court will explain its reasons next week."},
			{ID: "b", Text: tc.again + " Officials gave no further details."},
			{ID: "c", Text: tc.other},
			{ID: "d", Text: "The story of " + tc.first},
		}
		st := newStory(&corroborate.Dossier{Articles: arts})
		mk := func(s string) *candidate {
			c := &candidate{lead: 1}
			st.use(c, wordingOf{text: s})
			return c
		}
		if !st.redundant(mk(tc.again), []*candidate{mk(tc.first)}) {
			t.Errorf("redundant(%q after %q) = false, want one event told twice", tc.again, tc.first)
		}
		if st.redundant(mk(tc.other), []*candidate{mk(tc.first)}) {
			t.Errorf("redundant(%q after %q) = true, want news of its own", tc.other, tc.first)
		}
	}
}
