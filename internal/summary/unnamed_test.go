package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestPronounForUnnamed: in a story that never names its subject ("a
// fisherman", "the man"), "Unable to cut himself loose, he ..." can follow
// a summary sentence that speaks of the man, when the sentence before it
// in its article does too; not when that sentence names someone else, nor
// after a summary sentence that names someone in full or speaks of a
// woman.
func TestPronounForUnnamed(t *testing.T) {
	const rescue = "Unable to cut himself loose, he shouted for help and was pulled out by two harbour pilots."
	arts := []corroborate.Article{
		{ID: "x", Text: "A fisherman was dragged under by his own net off Tarnport on Sunday.\n\nThe weight of the catch roused the man from his daze.\n\n" + rescue},
		{ID: "y", Text: "Boats were tied up in Tarnport all weekend.\n\nHarbour master Ivo Brand watched from the quay.\n\n" + rescue},
	}
	for i := range arts {
		arts[i].Sentences = text.Sentences(arts[i].Text)
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(art, s string) *candidate {
		a := st.arts[art]
		i := strings.Index(a.Text, s)
		if i < 0 {
			t.Fatalf("%q not in %s", s, art)
		}
		c := &candidate{}
		st.use(c, wordingOf{text: s, span: corroborate.ClaimSupport{Article: art, Start: i, End: i + len(s)}})
		return c
	}
	for _, tc := range []struct {
		before, art string
		want        bool
	}{
		{"The net caught the man's boot as he hauled it in.", "x", true},
		{"The net caught the man's boot as he hauled it in.", "y", false}, // the sentence before names Ivo Brand
		{"Harbour master Ivo Brand said the man was lucky.", "x", false},  // a man named in full
		{"The woman on the next boat threw him a knife.", "x", false},     // a woman, not the man
	} {
		p := &candidate{}
		st.use(p, wordingOf{text: tc.before})
		if got := st.standsAlone([]*candidate{p}, mk(tc.art, rescue)); got != tc.want {
			t.Errorf("standsAlone(%q in %s after %q) = %v, want %v", rescue, tc.art, tc.before, got, tc.want)
		}
	}
}
