package summary

import "testing"

// TestSameFact: two wordings of one promise, "by half" and "50%", are one
// fact; sentences sharing a figure but no phrase, or a phrase but no
// figure, are not.
func TestSameFact(t *testing.T) {
	sig := func(s string) *signature { return (&candidate{text: s}).signature() }
	pledge := sig("Harbour chief Ada Holm vowed to shorten ferry delays by half before the 2031 season, her office said.")
	for _, s := range []string{
		"Waiting at the Tarn quay should shorten by half, the harbour chief vowed on Monday.",
		"Holm wants ferry delays 50% shorter by the 2031 season.",
	} {
		if !sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = false, want one pledge", pledge.text, s)
		}
	}
	for _, s := range []string{
		"Ada Holm vowed to shorten the night run for the crews.",             // a phrase, no figure
		"Half of the island's ferries are more than 40 years old, she said.", // a figure, no phrase
	} {
		if sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = true, want different facts", pledge.text, s)
		}
	}
}

// TestShareFigures: a share in words is the percentage it stands for; an
// ordinal is no share.
func TestShareFigures(t *testing.T) {
	for s, want := range map[string]string{
		"Fares will fall by a third next year.":      "33",
		"Two thirds of the crews voted to strike.":   "67",
		"Delays fell by three quarters in May.":      "75",
		"The ferry was cut in half by the storm.":    "50",
		"It was the third day of the strike.":        "",
		"The yard reported its best quarter in May.": "",
	} {
		got := ""
		for f := range figures(s) {
			got = f
		}
		if got != want {
			t.Errorf("figures(%q) = %q, want %q", s, got, want)
		}
	}
}
