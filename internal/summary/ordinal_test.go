package summary

import "testing"

// TestLeadsCountingAlike: two articles' leads that give one event the same
// place in a count ("the third person in the county to drown", "A third
// drowning in Marl County") tell it twice however differently they word
// it; leads that share the count but little else, or a count that is "first",
// are two things.
func TestLeadsCountingAlike(t *testing.T) {
	st, mk := repeatStory()
	const (
		one   = "A man from northern Marl County has become the third person in the county to drown this summer, rescuers announced Sunday."
		again = "A third drowning in northern Marl County has been connected to the broken railings of Kessmouth pier, the Tarn Coastguard Service reported Sunday."
		other = "A second pier in Marl County will close until its railings are mended, the mayor said on Monday."
		first = "The first ferry from Kessmouth pier to northern Marl County sailed on Sunday, coastguards announced."
	)
	if !st.redundant(mk(again, 1), []*candidate{mk(one, 1)}) {
		t.Errorf("redundant(%q after %q) = false, want the third drowning told once", again, one)
	}
	if st.redundant(mk(other, 1), []*candidate{mk("A second drowning off Kessmouth pier was reported on Sunday.", 1)}) {
		t.Errorf("redundant(%q after %q) = true, want the closure kept beside the drowning", other, again)
	}
	if sharedOrdinal(mk(first, 1).signature(), mk("The first drowning off Kessmouth pier was in May.", 1).signature()) {
		t.Errorf("sharedOrdinal of two \"first\" = true, want false")
	}
}
