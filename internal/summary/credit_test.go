package summary

import "testing"

// TestCredited: a wording that credits another outlet gives way to the
// claim's own wording where one exists, but a report the story has only
// at second hand is still fit to tell.
func TestCredited(t *testing.T) {
	credit := "The Kessmouth ferry will take two hours to cross the bay when the new engines are fitted, according to the Orvell Ledger."
	plain := "The Kessmouth ferry will take two hours to cross the bay when the new engines are fitted."
	t.Run("the origin's wording exists", func(t *testing.T) {
		alts := []wordingOf{{text: credit, score: wording(credit)}, {text: plain, score: wording(plain)}}
		credited(alts)
		if alts[0].score >= alts[1].score-copyCredit+1 {
			t.Fatalf("credited wording scores %.2f beside the plain one's %.2f, want it well below", alts[0].score, alts[1].score)
		}
	})
	t.Run("only at second hand", func(t *testing.T) {
		alts := []wordingOf{{text: credit, score: wording(credit)}}
		credited(alts)
		if alts[0].score < minWording {
			t.Fatalf("the only wording scores %.2f, below minWording %.2f: the report is left out", alts[0].score, minWording)
		}
	})
}
