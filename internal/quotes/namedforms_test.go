package quotes

import "testing"

// TestExtractNameForms covers one person written in several forms: a
// title before the name.
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
	})
}
