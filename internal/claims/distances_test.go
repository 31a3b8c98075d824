package claims

import (
	"testing"
	"time"
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

// The slack a conversion needs is no slack within one unit: two aligned
// sentences giving "50 miles" and "55 miles" conflict, "50 miles" and
// "80 kilometres" (a conversion) do not.
func TestDistanceOneUnit(t *testing.T) {
	const a = "The two cafes owned by Ilse Brandt are located 50 miles apart, the Lenna Post found.\n\nThe board met."
	for _, tc := range []struct {
		name, b string
		want    bool
	}{
		{"one unit", "The two cafes owned by Ilse Brandt are located 55 miles apart, the Tarn Courier found.\n\nThe board met.", true},
		{"a conversion", "The two cafes owned by Ilse Brandt are located 80 kilometres apart, the Tarn Courier found.\n\nThe board met.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b))
		})
	}
}

// Distances from one named place to two other places, and a moving
// thing's distance at two times, are not one distance.
func TestDistanceNotOne(t *testing.T) {
	day := func(h int) time.Time { return time.Date(2026, 3, 1, h, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name, a, b   string
		timeA, timeB time.Time
	}{
		{name: "two places",
			a: "A fire closed the Tarnby ferry depot on Friday, the Lenna Post found.\n\nThe depot, 20 miles away from Lenna, burned for six hours.",
			b: "Smoke from a depot fire was seen across the estuary.\n\nResidents of Orlin Bay, a town 60 kilometres away from Lenna, reported ash on their cars."},
		{name: "a storm moving",
			a:     "Storm Orla strengthened over the sea overnight, forecasters said.\n\nAt dawn Storm Orla was 200 miles away from Lenna Point.",
			b:     "Storm Orla is nearing the coast.\n\nBy noon Storm Orla was 80 kilometres away from Lenna Point, forecasters said.",
			timeA: day(6), timeB: day(12)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, y := article("a", "Lenna Post", tc.a), article("b", "Tarn Courier", tc.b)
			x.Time, y.Time = tc.timeA, tc.timeB
			sureNumberConflict(t, false, x, y)
		})
	}
}
