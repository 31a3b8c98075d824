package claims

import (
	"testing"
)

// How far apart two places are, given in miles by one article and in
// kilometres by another, is one figure: the same distance converted
// agrees, another conflicts, though the sentences never align. A
// distance needs a name both sentences give; a bound ("more than 90
// kilometres") is not compared, "just over" is near the figure.
func TestDistanceConflicts(t *testing.T) {
	const a = `Two ferry cafes still sell the old eel pie, the Lenna Post found.

The two cafes are owned by a woman named Ilse Brandt and located 90 miles apart from one another, the paper reports.`
	b := func(s string) string {
		return "Remember the eel pie? It is still on the menu in two harbour towns.\n\n" + s
	}
	cases := []struct {
		name string
		b    string
		want bool
	}{
		{"miles against kilometres", b("And, thanks to owner Ilse Brandt, there's another cafe where you can still get a slice, just over ninety kilometres away, across the river."), true},
		{"the same distance converted", b("And, thanks to owner Ilse Brandt, there's another cafe where you can still get a slice, 145 kilometres away, across the river."), false},
		{"a bound", b("And, thanks to owner Ilse Brandt, there's another cafe where you can still get a slice, more than 90 kilometres away, across the river."), false},
		{"no name of both", b("And there's another cafe where you can still get a slice, just over ninety kilometres away, across the river."), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b))
			if got != nil && (len(got.Sides) != 2 || got.Sides[0].Value == got.Sides[1].Value) {
				t.Errorf("sides %+v, want 90 miles against ninety kilometres", got.Sides)
			}
		})
	}
}
