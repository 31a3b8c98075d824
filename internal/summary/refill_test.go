package summary

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestRefill: once the sentences leaning on a surname the summary does not
// introduce are left out, the strongest ones left that stand alone take
// their place, up to the sentences asked for; one that leans on the
// surname too, or repeats a chosen one, does not.
func TestRefill(t *testing.T) {
	const (
		lead    = "A Tarnport shipowner is accused of bribing harbour officials to win berths for his tankers."
		leaning = "Holm said the berths were won fairly and that the claims came from a rival."
		again   = "A Tarnport shipowner is accused of bribing harbour officials to win berths for his tankers, a civil suit says."
		board   = "The harbour board said it would review every berth it granted since 2019."
		charged = "No one has been charged with any crime over the berths, the port's police said."
		extra   = "The port's tanker traffic has doubled since 2019, the harbour board said."
	)
	arts := []corroborate.Article{
		{ID: "a", Text: lead + " " + leaning + " " + board},
		{ID: "b", Text: again + " " + charged},
		{ID: "c", Text: extra + " Anton Holm runs eleven tankers from the port."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(s string) *candidate {
		c := &candidate{cites: []string{"a"}}
		st.use(c, wordingOf{text: s})
		return c
	}
	first := mk(lead)
	cands := []*candidate{first, mk(leaning), mk(again), mk(board), mk(charged), mk(extra)}
	full := map[string]string{"Holm": "Anton Holm"}
	got := st.refill(cands, []*candidate{first}, full, Options{Sentences: 3})
	var texts []string
	for _, c := range got {
		texts = append(texts, c.text)
	}
	if len(got) != 3 || !slices.Contains(texts, board) || !slices.Contains(texts, charged) {
		t.Errorf("refill = %q, want the lead, the board's review and the police's word", texts)
	}
	if slices.Contains(texts, leaning) || slices.Contains(texts, again) {
		t.Errorf("refill = %q, want no sentence leaning on Holm and no lead told again", texts)
	}
}
