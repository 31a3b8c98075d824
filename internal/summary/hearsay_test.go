package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestHearsay: a sentence that passes a rumour on is too poor a wording to
// show, as the claim's wording or in place of another; one that reports a
// denial of the rumour is not.
func TestHearsay(t *testing.T) {
	const (
		rumour = "There are whispers that the harbour master wouldn't let the Kessel ferry dock last winter, but abruptly changed his mind."
		denial = "The harbour master took to the radio to deny rumors that he had refused the Kessel ferry a berth."
		plain  = "The harbour master refused the Kessel ferry a berth last winter but changed his mind, the ferry's owner said."
	)
	if w := wording(rumour); w >= minWording {
		t.Errorf("wording(%q) = %v, want below %v", rumour, w, minWording)
	}
	if w := wording(denial); w < minWording {
		t.Errorf("wording(%q) = %v, want a usable wording", denial, w)
	}
	arts := []corroborate.Article{
		{ID: "a", Text: rumour + " The ferry runs twice a day."},
		{ID: "b", Text: plain + " The ferry runs twice a day."},
	}
	for i := range arts {
		arts[i].Sentences = text.Sentences(arts[i].Text)
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	c := st.candidateFor(&corroborate.Claim{Text: plain, Support: []corroborate.ClaimSupport{
		{Article: "a", Start: 0, End: len(rumour)}, {Article: "b", Start: 0, End: len(plain)}}})
	if c == nil {
		t.Fatal("candidateFor = nil, want the plain wording")
	}
	if c.text != plain {
		t.Errorf("candidate wording = %q, want %q", c.text, plain)
	}
	for _, w := range c.alts {
		if strings.Contains(w.text, "whispers") {
			t.Errorf("alternative wordings hold the rumour %q (score %v)", w.text, w.score)
		}
	}
}
