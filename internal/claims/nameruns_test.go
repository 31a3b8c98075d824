package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// grouped reports whether a claim is supported by both sentences holding
// a and b.
func grouped(res Result, said func(corroborate.ClaimSupport) string, a, b string) bool {
	for _, c := range res.Claims {
		var hasA, hasB bool
		for _, s := range c.Support {
			hasA = hasA || strings.Contains(said(s), a)
			hasB = hasB || strings.Contains(said(s), b)
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}

// noClaimWith fails when a claim is supported by both sentences holding a
// and b.
func noClaimWith(t *testing.T, res Result, said func(corroborate.ClaimSupport) string, a, b string) {
	t.Helper()
	if grouped(res, said, a, b) {
		t.Errorf("a claim groups %q with %q: %+v", a, b, res.Claims)
	}
}

// claimWith fails unless a claim is supported by both sentences holding a
// and b.
func claimWith(t *testing.T, res Result, said func(corroborate.ClaimSupport) string, a, b string) {
	t.Helper()
	if !grouped(res, said, a, b) {
		t.Errorf("no claim groups %q with %q: %+v", a, b, res.Claims)
	}
}

// TestLongNameIsNoSharedFact checks that two sentences sharing a long
// name and a place ("the Kessel Bay Lantern Preservation Society of Port
// Arden", "Harlow Bay City") and one common noun state two facts: their
// own words alike are too small a share of what they have in common.
func TestLongNameIsNoSharedFact(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `Officials of the Kessel Bay Lantern Preservation Society of Port Arden opened the lighthouse museum at a ceremony in Harlow Bay City.

The lantern was cast in 1871 by a bell founder from Dunmore.

Visitors may climb the tower on weekends in summer.`},
		{"b", "Coastal Wire", `Most of the old keepers' logs were later stored in the museum archive of the Kessel Bay Lantern Preservation Society of Port Arden in Harlow Bay City.

A bell founder from Dunmore cast the lantern in 1871.

The society has asked the town for a new roof.`},
	})
	noClaimWith(t, res, said, "opened the lighthouse museum", "keepers' logs")
	claimWith(t, res, said, "was cast in 1871", "cast the lantern in 1871")
}

// TestLongNameStillCountsForTheFact checks that a fact told in two
// wordings still groups when the name it is about is long and the
// sentences' own words alike are few ("design", "grey").
func TestLongNameStillCountsForTheFact(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `Divers will design a hatch that can be fitted into the grey Deep Harbour Rescue Diving Bell (DHRDB).

The bell was first lowered in April.`},
		{"b", "Coastal Wire", `The new hatch will be designed for the port's Deep Harbour Rescue Diving Bell, an upgrade on the grey bell used for wreck dives and salvage.

Three divers tested it on Monday.`},
	})
	claimWith(t, res, said, "Divers will design a hatch", "The new hatch will be designed")
}

// TestNamesAndDayAloneStateNoFact checks that two sentences whose common
// words are only names and a day, with nothing alike said of them, state
// two facts.
func TestNamesAndDayAloneStateNoFact(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `Harbour master Tomas Brenn of the Kessel Bay Trust welcomed the Dunmore Rowing Club at Port Arden on March 3.

The regatta drew twelve crews.`},
		{"b", "Coastal Wire", `A storm flooded the Dunmore Rowing Club boathouse, Tomas Brenn of the Kessel Bay Trust said at Port Arden on March 3.

The regatta drew twelve crews from the coast.`},
	})
	noClaimWith(t, res, said, "welcomed the Dunmore", "storm flooded")
	claimWith(t, res, said, "twelve crews.", "twelve crews from")
}

// TestDayOfSpeakingIsNoSharedFact checks that the day someone spoke ("...,
// Varga said Tuesday.") does not make a sentence state what another
// sentence tells of that day.
func TestDayOfSpeakingIsNoSharedFact(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `A Kessel Bay Trust leader joined harbour officials at the lantern ceremony Tuesday in what both said showed the two bodies have put old quarrels behind them.

The lantern will be lit each night from May.`},
		{"b", "Coastal Wire", `Kessel Bay Trust officials have been "careful keepers of the lantern," Varga said Tuesday.

The lantern will be lit every night from May.`},
	})
	noClaimWith(t, res, said, "joined harbour officials", "careful keepers")
	claimWith(t, res, said, "lit each night", "lit every night")
}

// TestCitationStatesNoClaim checks that a note citing a source (names, a
// date, no verb) is no statement: it supports no claim, though two
// articles print it word for word.
func TestCitationStatesNoClaim(t *testing.T) {
	note := "Harriet Pell diary, June 4, 1872, Wexley Town Archive, Port Arden."
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `The Wexley Town Archive keeps the diaries Harriet Pell wrote for forty years. ` + note + ` The diaries tell of the great flood of 1872.`},
		{"b", "Harbour History", `Harriet Pell kept a diary for forty years. ` + note + ` Her diaries tell of the great flood of 1872.`},
	})
	for _, c := range res.Claims {
		for _, s := range c.Support {
			if said(s) == note {
				t.Errorf("claim %q is stated by the citation %q", c.Text, said(s))
			}
		}
	}
	claimWith(t, res, said, "The diaries tell", "Her diaries tell")
}

// TestCitation reads sentences as citations or statements.
func TestCitation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Harriet Pell diary, June 4, 1872, Wexley Town Archive, Port Arden.", true},
		{"Minutes, Harbour Board, Port Arden, Oct. 25, 1831, in Board Book 2, Wexley Town Archive.", true},
		{"Harriet Pell, who kept a diary, died in Port Arden on June 4, 1872.", false},
		{"The Wexley Town Archive, in Port Arden, opened in 1872.", false},
		{"Mayor Ilse Varga, 54, of Port Arden.", false},
	}
	for _, tt := range tests {
		sp := corroborate.Span{Start: 0, End: len(tt.in)}
		if got := citation(tt.in, sp, tokenize(tt.in, 0, len(tt.in))); got != tt.want {
			t.Errorf("citation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestFirstWordNamed: a sentence's first word is a name's only when a
// name word follows it at once; a joiner, a month or a verb after it says
// it is not.
func TestFirstWordNamed(t *testing.T) {
	for in, want := range map[string]bool{
		"Tomas Brenn met the harbour board.":        true,
		"Mayor Jonas P. Whitcombe spoke in Arden.":  true,
		"Officials of the Kessel Bay Trust met.":    false,
		"Brenn said Varga left.":                    false,
		"Tuesday March 3 was the ferry's last run.": false,
	} {
		toks := tokenize(in, 0, len(in))
		if got := firstWordNamed(in, toks, figures(in, toks)); got != want {
			t.Errorf("firstWordNamed(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestContractedStopWordIsNoContent checks that a stop word with "'s"
// ("That's", "he's") is no content word two sentences can share.
func TestContractedStopWordIsNoContent(t *testing.T) {
	for _, w := range ContentWords("That's why he's sure the ferry's engine stopped.") {
		if w == "that" || w == "he" {
			t.Errorf("ContentWords gives %q", w)
		}
	}
	if got := ContentWords("The ferry's engine stopped."); len(got) == 0 || got[0] != "ferry" {
		t.Errorf(`ContentWords("The ferry's engine stopped.") = %v, want "ferry" first`, got)
	}
}
