package claims

import "testing"

// TestShortVerbBetweenNamesIsNoTitle checks that a short past-tense verb
// between two names ("Ivo Marsh sued Calder Ferries") is the sentence's
// own word, not a title, so two sentences telling it align.
func TestShortVerbBetweenNamesIsNoTitle(t *testing.T) {
	for _, s := range []string{
		"Ivo Marsh sued Calder Ferries for damages.",
		"Ivo Marsh beat Pia Lund in the vote.",
		"Ivo Marsh hit Pia Lund with a fine.",
		"Ivo Marsh quit Calder Ferries on Monday.",
		"Ivo Marsh put Calder Ferries up for sale.",
		"Ivo Marsh let Calder Ferries go.",
	} {
		toks := tokenize(s, 0, len(s))
		if in := titleTokens(s, toks); in != nil {
			t.Errorf("titleTokens(%q) found a title", s)
		}
	}
	checkAligned(t, []alignCase{
		{"sued / sued",
			"Ivo Marsh sued Calder Ferries for damages over the crash.",
			"Ivo Marsh sued Calder Ferries on Monday over the crash.",
			true},
		{"quit / quit",
			"Ivo Marsh quit Calder Ferries on Monday after the crash.",
			"Ivo Marsh quit Calder Ferries a week after the crash.",
			true},
	})
}
