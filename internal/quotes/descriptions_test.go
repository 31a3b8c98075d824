package quotes

import "testing"

// TestExtractDescriptionLinks covers a speaker given by a description
// that stands for a person named before: a role worn before the name,
// a variation with an age or a place, and a description the text first
// gave someone unnamed. Every text is fictional, written for the test.
func TestExtractDescriptionLinks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the Kessport senator said after a quote by the senator named before",
			text: "Sen. Hollis Varga said on Monday that the port bill would pass before the recess.\n\n" +
				"\"We have the votes, and we have had them for a month,\" Varga told reporters outside the chamber.\n\n" +
				"\"Anyone who says otherwise has not been counting,\" the Kessport senator said.",
			opening: "Anyone who says otherwise",
			speaker: "Hollis Varga",
			kind:    "person",
		},
		{
			name: "the Kessport senator said is the one senator named, another voice between",
			text: "Sen. Hollis Varga said on Monday that the port bill would pass before the recess.\n\n" +
				"Rep. Ana Lund, who opposes the bill, said the count was far from settled.\n\n" +
				"\"We have the votes, and we have had them for a month,\" the Kessport senator said.",
			opening: "We have the votes",
			speaker: "Hollis Varga",
			kind:    "person",
		},
		{
			name: "the Kessport senator said is not a senator of another state named before",
			text: "Former presidential candidate Hollis Varga told supporters on Monday that he had ended his campaign, and that Tarn Sen. Ivo Kallas could be the best hope of the party.\n\n" +
				"\"I am proud of the race we ran,\" Varga said.\n\n" +
				"The Kessport senator said he had tried to run a cheerful campaign, but that \"nobody wanted cheerful this year.\"",
			opening: "nobody wanted cheerful",
			speaker: "Hollis Varga",
			kind:    "person",
		},
		{
			name: "the Harbour newspaper is an outlet, never the person quoted before",
			text: "\"The crew caught it in a cup,\" airline spokesman Cole Brandt said.\n\n" +
				"The Harbour newspaper also confirmed the account, writing: \"Passengers were told the spider came aboard in a fruit basket.\"",
			opening: "Passengers were told",
			speaker: "Harbour newspaper",
		},
		{
			name: "the 84-year-old monarch said after the queen named before, as her name speaking is written",
			text: "Queen Adela of Morvania opened the new bridge at Tallis on Thursday.\n\n" +
				"She cut the ribbon in front of a crowd of several thousand.\n\n" +
				"\"This bridge joins two towns that have waited a century,\" the 84-year-old monarch said.",
			opening: "This bridge joins",
			speaker: "Adela",
			kind:    "person",
		},
		{
			name: "the council leader said is the person named with that role, not a body",
			text: "Council leader Edwin Pellam defended the budget at Tuesday's meeting.\n\n" +
				"Opposition members said the cuts to libraries went too far.\n\n" +
				"\"We have protected every front-line service,\" the council leader said.",
			opening: "We have protected",
			speaker: "Edwin Pellam",
			kind:    "person",
		},
		{
			name: "the senior official said after a senior official unnamed is not a named official",
			text: "Foreign Minister Dana Corvo met her Morvanian counterpart on Friday.\n\n" +
				"A senior official who briefed reporters said the talks had stalled.\n\n" +
				"\"Nobody expects a deal this year,\" the senior official said.",
			opening: "Nobody expects a deal",
			speaker: "senior official",
		},
	})
}
