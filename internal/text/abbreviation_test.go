package text

import "testing"

func TestAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{
		"F.": true, "U.S.": true, "Gen.": true, "Sen.": true, "Fla.": true, "Sept.": true, "No.": true,
		"Gaza.": false, "Orvell.": false, "Calder": false, ".": false,
	} {
		if got := Abbreviation(w); got != want {
			t.Errorf("Abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
