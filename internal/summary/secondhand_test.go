package summary_test

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// TestSecondHand: a story whose news is told only as another outlet's
// report ("..., according to the Orvell Ledger.") still tells it.
func TestSecondHand(t *testing.T) {
	news := "The Kessmouth ferry will take two hours to cross the bay when the new engines are fitted, according to the Orvell Ledger."
	d := story(t, dossier.Options{}, news+" The ferry line has ordered two engines from a yard in Tarnport. Crossings stop for a week in March while the engines are fitted.")
	for _, s := range d.Summary {
		if s.Text == news {
			return
		}
	}
	t.Fatalf("summary %v leaves out %q, the story's only telling of its news", d.Summary, news)
}
