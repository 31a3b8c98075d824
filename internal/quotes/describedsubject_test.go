package quotes

import "testing"

// TestExtractDescribedSubject covers a "he" or "she" after a sentence
// that brings in someone unnamed, and the gender a text shows a name by
// the pronoun opening the next sentence. Every text is fictional, written
// for the test.
func TestExtractDescribedSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "he after a sentence bringing in a captain is the captain, not the woman named before",
			text: "Deputy Mayor Clara Voss said the town would dredge the channel in May.\n\n" +
				"A retired sea captain who lives on the quay disagreed. \"It will silt up again in a year,\" he said.",
			opening: "It will silt up",
			speaker: "retired sea captain",
			kind:    "person",
		},
		{
			name: "he after a fisherman who stood up is the fisherman",
			text: "Mayor Tom Reed opened the meeting on Tuesday.\n\n" +
				"A local fisherman stood up at the back. \"We lose a boat a year to the sandbar,\" he said.",
			opening: "We lose a boat",
			speaker: "local fisherman",
			kind:    "person",
		},
		{
			name: "a woman the next sentence calls she is no he: the harbour master described after her is",
			text: "Deputy Mayor Clara Voss said the town would dredge the channel. She said it would cost a million.\n\n" +
				"The harbour master watched from the back of the hall. \"Nobody asked us,\" he said.",
			opening: "Nobody asked us",
			speaker: "harbour master",
		},
	})
}
