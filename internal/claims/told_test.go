package claims

import "testing"

// TestSpeakerAndOneWordStateNoClaim checks that a quotation and a
// sentence of the same speaker sharing one word besides the speaker are
// two things she said, the quotation's attribution read past the
// quotation mark that opens the sentence; one thing said twice stays one.
func TestSpeakerAndOneWordStateNoClaim(t *testing.T) {
	checkAligned(t, []alignCase{
		{"quotation / what she did",
			"“We told him who we were, we told him we were there to help him,” Vell said.",
			"Vell said she helped him out of the hatch and calmed him down.",
			false},
		{"one quotation",
			"“We told him who we were, we told him we were there to help him,” Vell said.",
			"“We told him who we were and we told him that we were here to help him,” Sgt Ana Vell told reporters.",
			true},
	})
}

func TestAttributionAfterOpeningQuote(t *testing.T) {
	for _, s := range []string{
		`"We were there to help him," Vell said.`,
		"“We told him we were there to help,” Vell said.",
	} {
		toks := tokenize(s, 0, len(s))
		in := make([]bool, len(toks))
		markAttribution(s, toks, in)
		var got []string
		for k, t := range toks {
			if in[k] {
				got = append(got, t.low)
			}
		}
		if len(got) != 2 || got[0] != "vell" || got[1] != "said" {
			t.Errorf("markAttribution(%q) marked %q, want [vell said]", s, got)
		}
	}
}
