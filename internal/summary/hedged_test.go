package summary

import "testing"

// TestHedged: a hedge counts when it governs what the sentence tells, not
// an aside or a detail withheld.
func TestHedged(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Ivo Smith allegedly fought with guards at the Tarn jail.", true},
		{"Allegedly, Ivo Smith fought with guards at the Tarn jail.", true},
		{"Ivo Smith, who allegedly fought with guards in 2019, was sentenced to 10 years on Friday.", false},
		{"Police could not confirm the name of the man shot in Dolby.", false},
		{"Police could not confirm that a man was shot in Dolby.", true},
		{"A purported video shows the Dolby dam breaking.", true},
		{"An unverified report says the Dolby dam broke.", true},
		{"Later that year, the Tarn council reportedly blocked a sale of the Dolby ferry.", true},
		{"Ivo Smith was sentenced to 10 years on Friday.", false},
	} {
		if got := hedged(tt.s); got != tt.want {
			t.Errorf("hedged(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestAttributeNeedsPlain: hedged wordings are raised over plain ones of
// the same claim, and left as they weigh when every wording hedges.
func TestAttributeNeedsPlain(t *testing.T) {
	mixed := []wordingOf{{text: "Ivo Smith allegedly fought with guards.", score: 0}, {text: "Ivo Smith fought with guards.", score: 1}}
	attribute(mixed)
	if mixed[0].score != hedgeWording || mixed[1].score != 1 {
		t.Errorf("mixed scores %v, %v; want %v, 1", mixed[0].score, mixed[1].score, float64(hedgeWording))
	}
	all := []wordingOf{{text: "Ivo Smith allegedly fought with guards.", score: 0}, {text: "Ivo Smith purportedly fought guards.", score: 1}}
	attribute(all)
	if all[0].score != 0 || all[1].score != 1 {
		t.Errorf("all hedged scores %v, %v; want 0, 1", all[0].score, all[1].score)
	}
}
