package quotes

import "testing"

// TestExtractNameForms covers one person written in several forms: a
// title before the name, and a surname given later without its particle.
// Every text is fictional, written for the test.
func TestExtractNameForms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "MP before a name is a title, not part of the name",
			text:    "\"We need answers about the harbour money,\" MP Dana Cole said on Monday.",
			opening: "We need answers",
			speaker: "Dana Cole",
			kind:    "person",
		},
		{
			name: "a surname without its particle is the person named in full",
			text: "Majid al-Harawi, a member of parliament, stated that the planes were supplying the rebels.\n\n" +
				"Harawi added that \"the war will go on for years.\"",
			opening: "the war will go on",
			speaker: "Majid al-Harawi",
			kind:    "person",
		},
	})
}
