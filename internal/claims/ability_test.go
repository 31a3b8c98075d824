package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A keeper said in one article to be unable to pay for something and, in
// another, named as that keeper and saying he will pay, are two accounts
// that cannot both hold, though the sentences share too little to align;
// an article unable to confirm a thing, or a different payer, is no side.
func TestInabilityConflicts(t *testing.T) {
	cases := []struct {
		name      string
		a, b      string
		want      bool
		wantValue string
	}{
		{
			name: "keeper named in a role, pronoun after his name",
			a: `Crew on the Tarn ferry found a goat chewing a lifeboat cover in mid-crossing on Sunday.

Piet Varga, the goat's keeper, runs a smallholding above the harbour.

Varga said he will pay for a new cover.`,
			b: `A goat rode the Sunday ferry to Orvell as a stowaway, ferry staff said.

Its keepers could not find the money: the keepers of the goat were unable to pay for a new cover, and a city farm took the animal in.`,
			want:      true,
			wantValue: "he will pay",
		},
		{
			name: "unable to confirm withholds",
			a: `The harbour office said the night ferry will resume on June 4.

Ferry officials confirmed the timetable for the night crossing on Monday.`,
			b: `Ferry officials were unable to confirm the timetable for the night crossing.

Passengers have asked for the crossing since the winter.`,
		},
		{
			name: "another payer",
			a: `A goat rode the Sunday ferry to Orvell as a stowaway.

The harbour office will pay for a new cover, its director said.`,
			b: `Crew on the Tarn ferry found a goat chewing a lifeboat cover on Sunday.

The keepers of the goat were unable to pay for a new cover.`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := Find([]corroborate.Article{article("a", "Lenna Post", tc.a), article("b", "Tarn Courier", tc.b)}, nil, Options{})
			var got *corroborate.Conflict
			for i, c := range res.Conflicts {
				if c.Kind == corroborate.ConflictNegation && strings.Contains(c.About, " can ") {
					got = &res.Conflicts[i]
				}
			}
			if (got != nil) != tc.want {
				t.Fatalf("inability conflict found = %v, want %v; conflicts: %+v", got != nil, tc.want, res.Conflicts)
			}
			if got == nil {
				return
			}
			if got.Sides[0].Value != tc.wantValue || got.Sides[0].Articles[0] != "a" || got.Sides[1].Articles[0] != "b" {
				t.Errorf("sides = %+v, want %q (a) against b", got.Sides, tc.wantValue)
			}
			if got.Confidence < SureConfidence {
				t.Errorf("confidence = %v, want at least %v", got.Confidence, SureConfidence)
			}
		})
	}
}
