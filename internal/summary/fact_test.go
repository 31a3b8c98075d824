package summary

import "testing"

// TestSameFact: two wordings of one pledge, "in half" and "50%", are one
// fact; sentences sharing a figure but no phrase, or a phrase but no
// figure, are not.
func TestSameFact(t *testing.T) {
	sig := func(s string) *signature { return (&candidate{text: s}).signature() }
	pledge := sig("Premier Ada Holm pledged to cut Orvell's ferry fares in half by 2031 as she opened the harbour summit.")
	for _, s := range []string{
		"Orvell pledged to cut in half the fares its ferries charge on the strait.",
		"The premier is targeting a 50% cut in ferry fares by 2031.",
	} {
		if !sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = false, want one pledge", pledge.text, s)
		}
	}
	for _, s := range []string{
		"Premier Ada Holm pledged to cut ferry crews on the night run.",      // a phrase, no figure
		"Half of the island's ferries are more than 40 years old, she said.", // a figure, no phrase
	} {
		if sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = true, want different facts", pledge.text, s)
		}
	}
}
