package quotes

import "testing"

// TestExtractItRead covers `"...," it read.` after a sentence naming a
// document: the document's words. Every text is fictional, written for
// the test.
func TestExtractItRead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "it read after a note pinned to a gate",
			text:    "A note was pinned to the harbour gate on Monday. \"Gone fishing, back never,\" it read.",
			opening: "Gone fishing",
			speaker: "note",
			kind:    "document",
		},
		{
			name:    "it reads after a sign",
			text:    "A sign hangs on the harbour gate. \"No entry for anyone without a permit from the harbour office,\" it reads.",
			opening: "No entry for anyone",
			speaker: "sign",
			kind:    "document",
		},
	})
}
