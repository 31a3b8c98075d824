package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// echoOrigin repeats a long phrase in two paragraphs, as wire copy does.
const echoOrigin = `The ferry company suspended its night crossings on Friday after a deckhand was hurt on the ramp, cutting the last link between the fish market and the villages of the western cape.

The company said the ramp would be repaired within ten days and that a mechanic from the mainland had already been sent to look at its hinges.

Buses will run twice an hour between the fish market and the villages of the western cape until the crossings resume, the regional council said in a statement.

The deckhand, who has worked on the boats for eleven years, was taken to hospital with a broken wrist and is expected to recover.`

// echoCopy lifts the first and third paragraphs word for word and adds its
// own reporting.
const echoCopy = `Night travellers were stranded on the quay.

The ferry company suspended its night crossings on Friday after a deckhand was hurt on the ramp, cutting the last link between the fish market and the villages of the western cape.

Buses will run twice an hour between the fish market and the villages of the western cape until the crossings resume, the regional council said in a statement.

At the quay on Friday night, a dozen passengers waited for a boat that never came, and a café owner handed out blankets until the last bus left.`

// A phrase the origin repeats aligns once where it was copied: its echo in
// the other paragraph neither breaks the order nor makes word-for-word
// paragraphs a condensed rewrite, and the copy is not the longer version.
func TestRepeatedPhraseKeepsVerbatim(t *testing.T) {
	res := Analyze([]corroborate.Article{
		mkArticle(t, "origin", "Cape Courier", "2025-02-07T20:00:00Z", echoOrigin),
		mkArticle(t, "copy", "Quay Notes", "", echoCopy),
	}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse edges = %d, want 1: %v", len(res.Reuse), evidence(res.Reuse))
	}
	r := res.Reuse[0]
	if r.From != "origin" || r.To != "copy" || r.Kind != "verbatim" {
		t.Errorf("reuse %s → %s %s, want origin → copy verbatim; evidence %v", r.From, r.To, r.Kind, r.Evidence)
	}
	for _, e := range r.Evidence {
		if strings.HasPrefix(e, "copy ") {
			t.Errorf("evidence for the copy as origin: %q", e)
		}
	}
}
