package quotes

import "testing"

// TestExtractDescribedBodies covers a body the text names in full, then by
// its short form or a description ("the agency"): one speaker, by its full
// name; and a law named as speaking, a document, never a person. The texts
// are fictional, written for the test.
func TestExtractDescribedBodies(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a short form in brackets after the full name is that body",
			text: "The regulator, the National Road Safety Administration (NRSA), opened an inquiry on Monday.\n\n" +
				"\"We are looking at every report of a fire,\" NRSA said.",
			opening: "We are looking at every report",
			speaker: "National Road Safety Administration",
			kind:    "organization",
		},
		{
			name: "the agency two paragraphs after the administration's full name",
			text: "The National Road Safety Administration (NRSA) opened an inquiry on Monday.\n\n" +
				"Owners of the Corvo hatchback have reported 40 fires since May.\n\n" +
				"\"Owners should park outside until the cars are repaired,\" the agency said.",
			opening: "Owners should park outside",
			speaker: "National Road Safety Administration",
			kind:    "organization",
		},
		{
			name: "the agency after a bureau named two paragraphs before",
			text: "The Bureau of Meteorology warned of storms along the Ulby coast.\n\n" +
				"Floods closed two roads near Carrow overnight.\n\n" +
				"\"Stay off the roads until the water falls,\" the agency said.",
			opening: "Stay off the roads",
			speaker: "Bureau of Meteorology",
			kind:    "organization",
		},
		{
			name: "a law that says something is a document",
			text: "The two editors were charged under the Publications Act.\n\n" +
				"\"Any newspaper that prints such material shall be closed,\" the Publications Act says.",
			opening: "Any newspaper that prints",
			speaker: "Publications Act",
			kind:    "document",
		},
	})
}

// TestExtractMediaCaption covers the label a page sets on a video, "Media
// caption Jo Blake: '...'": the one speaking is the person named after it,
// not a document called "Media caption Jo Blake". The text is fictional,
// written for the test.
func TestExtractMediaCaption(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a media caption's name before a colon",
			text: "Floods hit the town of Carrow on Sunday.\n\n" +
				"Media caption Jo Blake: 'We were not warned about the water'\n\n" +
				"Residents say the council ignored their calls.",
			opening: "We were not warned",
			speaker: "Jo Blake",
			kind:    "person",
		},
	})
}
