package claims

import "testing"

// TestOneEventInOtherWords checks that two outlets telling one event in
// their own words (the same subject, a verb of one meaning, the same
// object, no other day; a verb of two words, "picked up"; an event
// foreseen, "is expected to gain", as one foreseen) state one claim, and
// that sentences alike in all but the event, its day, a vague subject or
// whether it is foreseen do not.
func TestOneEventInOtherWords(t *testing.T) {
	checkAligned(t, []alignCase{
		{"fired / unleashed",
			"At the ferry terminal, Harbour riot police have fired water cannon at fishermen who were trying to block the quay with their boats.",
			"Near the old lighthouse, Harbour riot police unleashed water cannon and pepper spray to push the fishermen back from the quay.",
			true},
		{"fired / responded with, past a dateline",
			"At the ferry terminal, Harbour riot police have fired water cannon at fishermen who were trying to block the quay with their boats.",
			"LENNA, Tarnland — Harbour riot police responded on Tuesday to flares thrown by angry fishermen at the quay gates with batons, dogs and water cannon.",
			true},
		{"another object",
			"At the ferry terminal, Harbour riot police have fired rubber bullets at fishermen who were trying to block the quay with their boats.",
			"Near the old lighthouse, Harbour riot police unleashed water cannon and pepper spray to push the fishermen back from the quay.",
			false},
		{"another day",
			"Harbour riot police fired water cannon at fishermen who tried to block the quay with their boats on Tuesday.",
			"Harbour riot police unleashed water cannon and dogs to push the striking fishermen back from the lighthouse on Friday.",
			false},
		{"a subject of one common noun",
			"At the ferry terminal, police have fired water cannon at fishermen who were trying to block the quay with their boats.",
			"Near the old lighthouse, police unleashed water cannon and pepper spray to push the fishermen back from the quay.",
			false},
		{"verbs of no one meaning",
			"At the ferry terminal, Harbour riot police have seized water cannon from fishermen who were trying to block the quay with their boats.",
			"Near the old lighthouse, Harbour riot police unleashed water cannon and pepper spray to push the fishermen back from the quay.",
			false},
		{"gain / pick up, both foreseen",
			"The Harbour Party is expected to gain seats in the Orvell council at Sunday's vote, polls show.",
			"The Harbour Party is likely to pick up several seats in the council after a strong campaign by its leader Mira Holt.",
			true},
		{"gained / picked up",
			"The Harbour Party gained seats in the Orvell council at Sunday's vote, officials said.",
			"The Harbour Party picked up several seats in the council after a strong campaign by its leader Mira Holt.",
			true},
		{"foreseen / done",
			"The Harbour Party is expected to gain seats in the Orvell council at Sunday's vote, polls show.",
			"The Harbour Party picked up several seats in the council after a strong campaign by its leader Mira Holt.",
			false},
		{"one denies",
			"At the ferry terminal, Harbour riot police have not fired water cannon at fishermen who were trying to block the quay with their boats.",
			"Near the old lighthouse, Harbour riot police unleashed water cannon and pepper spray to push the fishermen back from the quay.",
			false},
	})
}

// alignCase is two sentences of two articles and whether they should
// state one claim.
type alignCase struct {
	name string
	a, b string
	want bool
}

// checkAligned runs alignedAcross over tests.
func checkAligned(t *testing.T, tests []alignCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := alignedAcross(tc.a, tc.b); got != tc.want {
				t.Errorf("alignedAcross(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
