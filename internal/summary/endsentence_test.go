package summary

import "testing"

// TestShortWordEndsSentence checks that a short capitalised word with a
// full stop ends its sentence ("Gaza.", "Arden.") while a title or an
// initial does not ("Gen.", "F.").
func TestShortWordEndsSentence(t *testing.T) {
	for w, want := range map[string]bool{"Gaza.": true, "Arden.": true, "Gen.": false, "F.": false, "Mr.": false, "quay.": true} {
		if got := endsSentence(w); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", w, got, want)
		}
	}
}
