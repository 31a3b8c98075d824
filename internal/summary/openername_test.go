package summary

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestOpenerNames: a capitalised word that opens a sentence before a
// company's name ("Ultimately Kessco", "Either Kessco") gives no person's
// full name, so a sentence saying "Kessco" alone needs no introduction;
// a person named in full only where a sentence opens still counts.
func TestOpenerNames(t *testing.T) {
	for _, s := range []string{"Ultimately Kessco was blocked by the Tarn council.", "Either Kessco is serious or not."} {
		if got := slices.Collect(fullNames(s)); len(got) != 0 {
			t.Errorf("fullNames(%q) = %q, want none", s, got)
		}
	}
	text := "Kessco Group wants to buy Tarn Lines. Senior Kessco staff met the board on Monday. " +
		"Senior Kessco staff said the talks went well. Senior Kessco staff flew home. " +
		"The senior board of Tarn Lines said nothing. Nelitza Orvald, the ferry's cook, said the crew was told on Friday."
	d := &corroborate.Dossier{Articles: []corroborate.Article{{ID: "a1", Text: text}}}
	st := newStory(d)
	st.noteNames("Senior Kessco staff met the board on Monday.")
	st.noteNames("Nelitza Orvald, the ferry's cook, said the crew was told on Friday.")
	full := st.persons()
	if n, ok := full["Kessco"]; ok {
		t.Errorf("Kessco read as the surname of %q", n)
	}
	if full["Orvald"] != "Nelitza Orvald" {
		t.Errorf("Orvald's full name = %q, want Nelitza Orvald", full["Orvald"])
	}
}
