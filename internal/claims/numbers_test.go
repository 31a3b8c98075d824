package claims

import "testing"

// A measure converted in brackets is rounded: "2,500km (1,500 miles)" and
// "2,500km (1,550 miles)" give one distance; "(1,900 miles)" another.
func TestConvertedFigureIsRounded(t *testing.T) {
	const a = "The search has focused on seas some 2,500km (1,500 miles) to the west of the port of Kessel, officials said."
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"The search had focused on seas some 2,500km (1,550 miles) to the west of the port of Kessel, officials said.", false},
		{"The search had focused on seas some 2,500 kilometres (1,550 miles) to the west of the port of Kessel, officials said.", false},
		{"The search had focused on seas some 3,100km (1,900 miles) to the west of the port of Kessel, officials said.", true},
	} {
		sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b))
	}
}

// Only a unit of measure in brackets is a conversion: "12 people (3
// children)" gives a part, written exactly, and 3 children are not 4.
func TestBracketedPartIsExact(t *testing.T) {
	for _, s := range []string{"The landslide killed 12 people (3 children) on Sunday.", "The road runs 2,500km (1,550 miles) to Kessel."} {
		for _, f := range figures(s, tokenize(s, 0, len(s))) {
			if want := f.key == lemma("miles"); f.approx != want {
				t.Errorf("%q in %q: approx %v, want %v", f.surface, s, f.approx, want)
			}
		}
	}
	const a = "The landslide at the Varnholt quarry killed 12 people (3 children) on Sunday night, the district office said."
	const b = "The landslide at the Varnholt quarry killed 12 people (4 children) on Sunday night, the district office said."
	got := sureNumberConflict(t, true, article("a", "Lenna Post", a), article("b", "Tarn Courier", b))
	if got.Note != "3 vs 4 children" {
		t.Errorf("conflict note %q, want 3 vs 4 children", got.Note)
	}
}

// "In addition to the 129 people" counts them exactly: "to" ends no range.
func TestToTheIsNoBound(t *testing.T) {
	s := "In addition to the 129 people killed in Varnholt, 352 were injured."
	for _, f := range figures(s, tokenize(s, 0, len(s))) {
		if f.key == "person" && f.hedged {
			t.Errorf("%q read as hedged", f.surface)
		}
	}
}

// A number set off by a comma counts nothing after the comma: "Varga,
// 48, shot the dog" gives no count of shots.
func TestCommaEndsCount(t *testing.T) {
	s := "Deputy Piet Varga, 48, shot the dog seven times, according to the sheriff."
	for _, f := range figures(s, tokenize(s, 0, len(s))) {
		if f.value == "48" && f.key != "" {
			t.Errorf("%q read as a count of %q", f.surface, f.key)
		}
	}
}
