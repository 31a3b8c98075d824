package quotes

import "testing"

// TestExtractTimeBetweenSubjectAndVerb covers a time phrase set between a
// speaker's name and the verb giving their words: the speaker is the
// name, the time no part of it. Every text is fictional, written for the
// test.
func TestExtractTimeBetweenSubjectAndVerb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "earlier this week between a surname and its verb",
			text:    "Councillor Ivo Marsh opposed the harbour budget.\n\nMarsh earlier this week described the budget as \"reckless.\"",
			opening: "reckless",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name:    "last month between a surname and its verb",
			text:    "Councillor Ivo Marsh opposed the harbour budget.\n\nMarsh last month called the plan \"a farce.\"",
			opening: "a farce",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name:    "yesterday between a surname and its verb",
			text:    "Councillor Ivo Marsh opposed the harbour budget.\n\nMarsh yesterday called the plan \"a farce.\"",
			opening: "a farce",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
	})
}
