package claims

import "testing"

// TestWithheldClauseEndsAtCommaConjunction checks that what a sentence
// holds back ends at ", and" (a new clause), so the clause after it still
// states its fact, while what comes before it is still held back: no
// statement of it.
func TestWithheldClauseEndsAtCommaConjunction(t *testing.T) {
	checkAligned(t, []alignCase{
		{"declined to say how, and",
			"Police declined to say how the fire started, and the Calder ferry terminal remains closed to passengers until Friday.",
			"The Calder ferry terminal remains closed to passengers until Friday, officials said.",
			true},
		{"unclear when, and",
			"It is unclear when the fire started, and the Calder ferry terminal remains closed to passengers until Friday.",
			"The Calder ferry terminal remains closed to passengers until Friday after the fire.",
			true},
		{"declined to say how, and / how",
			"Police declined to say how the fire started in the galley of the Calder ferry, and the terminal remains closed until Friday.",
			"The fire started in the galley of the Calder ferry, police said on Thursday.",
			false},
	})
}
