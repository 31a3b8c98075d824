package claims

import "testing"

// TestWithheldAndStatedStateNoClaim checks that a sentence holding a fact
// back ("declined to say whose boat ...") and one stating it are two
// claims, while two holding back the same thing, each going on with one
// fact, stay one.
func TestWithheldAndStatedStateNoClaim(t *testing.T) {
	checkAligned(t, []alignCase{
		{"declined to say / stated",
			"Harbour police declined to say whose radio the skipper used, how he knew to call his brother or which crew had towed the boat.",
			"The skipper called his brother on a borrowed radio, helping the crew find the boat, harbour police say",
			false},
		{"both unknown",
			"It is unclear how the eel got on the ferry, but the ferry came from Orvell, where eels are common, he said.",
			"Tarn Ferries said it is uncertain how the eel got on the ferry but noted that the ferry came from Orvell, where it docked for an hour.",
			true},
	})
}

func TestWithheldOnly(t *testing.T) {
	tests := []struct {
		in   string
		want string // the words of the clause held back
	}{
		{"Police declined to say whose radio he used.", "whose radio he used"},
		{"It is unclear how the eel got aboard, but the ferry came from Orvell.", "how the eel got aboard"},
		{"The ferry line would not say why the boat left early.", "why the boat left early"},
		{"It was not known that the skipper was aboard.", ""},
		{"Police said whose radio he used.", ""},
		{"Police declined to say how the fire started, and the terminal remains closed.", "how the fire started"},
		{"Police declined to say how, after the storm, the fire started.", "how after the storm the fire started"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.in, 0, len(tc.in))
		v := newVocab()
		var sc scratch
		feats, _ := features(tc.in, toks, nil, v, &sc)
		held := withheldOnly(tc.in, toks, nil, feats, v)
		got := map[string]bool{}
		for k, f := range feats {
			if held != nil && held[k] {
				for w, id := range v.ids {
					if id == f {
						got[w] = true
					}
				}
			}
		}
		var want = map[string]bool{}
		for _, w := range tokenize(tc.want, 0, len(tc.want)) {
			if w.lemma != "" && len(w.lemma) > 1 {
				want[w.lemma] = true
			}
		}
		if len(got) != len(want) {
			t.Errorf("withheldOnly(%q) = %v, want %v", tc.in, got, want)
			continue
		}
		for w := range want {
			if !got[w] {
				t.Errorf("withheldOnly(%q) = %v, want %v", tc.in, got, want)
				break
			}
		}
	}
}
