package extract

import (
	"strings"
	"testing"
)

// appendedArticle is a fictional wire story of four paragraphs.
var appendedArticle = []string{
	"CALDER, Maine (AP) — The Calder ferry will cost more from Monday, the harbor board said, after a vote that split the town.",
	"The board voted 4-3 to raise the fare to $6, the first rise in nine years. Members who voted against said islanders who commute daily would pay the most.",
	"\"We had no choice,\" said Ivo Marsh, the board's chair. \"Fuel costs have doubled since the last fare was set.\"",
	"The new fare takes effect on the first sailing Monday morning, and monthly passes will rise by the same share.",
}

// A short wire brief on something else pasted under the article, with its
// own dateline, is removed and listed; a dateline opening the article's
// last paragraph on the same story, and the last story of a round-up of
// datelined stories, stay.
func TestAppendedBriefRemoved(t *testing.T) {
	brief := []string{
		"LENNA, Maine (AP) — A moose wandered into a grade school in Lenna on Tuesday and was led out by a game warden, police said.",
		"No one was hurt, and classes resumed within the hour.",
	}
	in := "Ferry fares rise in Calder\n\n" + strings.Join(appendedArticle, "\n\n") + "\n\n" + strings.Join(brief, "\n\n") + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, brief, appendedArticle)

	update := "LENNA, Maine (AP) — Islanders who commute daily to Lenna said the ferry fare rise voted by the Calder harbor board would cost them most."
	in = "Ferry fares rise in Calder\n\n" + strings.Join(appendedArticle, "\n\n") + "\n\n" + update + "\n"
	a = fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, nil, append(appendedArticle[:4:4], update))

	roundup := []string{
		appendedArticle[0], appendedArticle[1],
		"TARN, Maine (AP) — The Tarn library will open on Sundays from June, its trustees said on Tuesday after a year of requests.",
		"The trustees said volunteers would staff the desk.",
		brief[0],
	}
	in = "Maine briefs\n\n" + strings.Join(roundup, "\n\n") + "\n"
	a = fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, nil, roundup)
}

// A closing paragraph under a dateline with no wire mark of its own
// ("TARN, Maine — …") is the article's side of the story told from a
// nearby town, not a brief pasted from the wire: it stays.
func TestDatelinedSidebarKept(t *testing.T) {
	side := "TARN, Maine — In nearby Tarn, where a water taxi crosses to the same island, the town council voted Tuesday to hold its own taxi price steady through winter."
	in := "Ferry fares rise in Calder\n\n" + strings.Join(appendedArticle, "\n\n") + "\n\n" + side + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, nil, append(appendedArticle[:4:4], side))
}
