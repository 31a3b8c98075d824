package quotes

import "testing"

// TestNounCueAfterExamining: "claims" or "reports" after a verb of
// examining, denying or "amid" is the noun, no cue: the clause before it
// does not speak ("Authorities ... were tonight investigating" was given
// the words the claims are in).
func TestNounCueAfterExamining(t *testing.T) {
	for _, text := range []string{
		`Authorities in Tarsk were tonight investigating claims that the rebel leader had been "critically injured" in the strike.`,
		`The harbour board denied reports that the ferry had been "sold off in secret" to a rival.`,
		`Shares fell amid claims that the mill was "close to collapse" after the fire.`,
	} {
		for _, g := range extractAll(t, text) {
			if g.Speaker != "" {
				t.Errorf("%q: quotation %q given to %q", text, g.Text, g.Speaker)
			}
		}
	}
}
