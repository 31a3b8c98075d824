package extract

import (
	"slices"
	"strings"
	"testing"
)

// Site furniture standing on its own line goes: a media player's labels, a
// picture caption closed by its agency's tag in capitals, links to other
// stories glued to their dates, a section's "Related in …" label, and a
// "Complete coverage:" or "In pictures:" link run. Sentences that share
// their words stay.
func TestSiteFurnitureLines(t *testing.T) {
	in := strings.Join([]string{
		"Calder ferry fares double",
		"The Calder ferry will double its fares in June, the port said on Friday.",
		"Fans gathered outside the Calder stadium on Sunday night, chanting the club's name until the team bus left [VIDEO]",
		"The harbour minister denied the claim, as reported by [AFP]",
		"Fans gathered outside the Calder stadium on Sunday night and sang while the port band played old songs [HARBOUR TIMES]",
		"Jump media player",
		"Media player help",
		"Out of media player. Press enter to return or tab to continue.",
		"Commuters queue for the morning ferry at Calder quay [ANA ROS/HARBOR PICTURES]",
		"The port says the fund will last a few more months [AFP]",
		"Calder Port Board Weighs Fare FreezeMAY 19, 2026",
		"Related in Opinion",
		"Op-Ed Contributor: Who Pays for the FerryMAY 20, 2026",
		"Complete coverage: Ferry fares in Calder",
		"In pictures: Calder ferryFares through the yearsPort board meets",
		"Ferry fares: video reports",
		"Calder: Fare rise map",
		"Riders will pay 4 crowns a crossing from June 1, 2026, up from 2.",
		"In pictures, the old ferry looked small beside the new one.",
		"Complete coverage: the board said the new ferry is insured for everything.",
		"Out of the media player market, the port bought a ferry instead.",
		"The board met again on May 19, 2026 to vote on the fares.",
	}, "\n\n")
	a := fromText(in, false, Options{})
	gone := []string{
		"Jump media player", "Media player help", "Out of media player. Press enter",
		"[ANA ROS/HARBOR PICTURES]", "a few more months [AFP]", "Fare FreezeMAY 19", "Related in Opinion",
		"Who Pays for the FerryMAY", "Complete coverage: Ferry fares", "In pictures: Calder ferryFares",
		"video reports", "Fare rise map",
	}
	textHolds(t, a.Text, []string{
		"The Calder ferry will double its fares in June, the port said on Friday.",
		"Riders will pay 4 crowns a crossing from June 1, 2026, up from 2.",
		"In pictures, the old ferry looked small beside the new one.",
		"Complete coverage: the board said the new ferry is insured for everything.",
		"Out of the media player market, the port bought a ferry instead.",
		"The board met again on May 19, 2026 to vote on the fares.",
		"chanting the club's name until the team bus left [VIDEO]",
		"as reported by [AFP]",
		"while the port band played old songs [HARBOUR TIMES]",
	}, gone)
	for _, g := range gone {
		if !slices.ContainsFunc(a.Removed, func(r string) bool { return strings.Contains(r, g) }) {
			t.Errorf("%q not listed as removed: %q", g, a.Removed)
		}
	}
}
