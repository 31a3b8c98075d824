package quotes

import "testing"

// TestExtractHandleOwner covers an account handle that runs together the
// names of a person named before: the person, not a speaker of its own.
// Every text is fictional, written for the test.
func TestExtractHandleOwner(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a handle made of the mayor's names is the mayor",
			text: "Mayor Tom Dunn rejected the harbour budget on Tuesday.\n\n" +
				"He later posted on social media. \"The council has failed the town,\" @TomDunnMayor wrote.",
			opening: "The council has failed",
			speaker: "Tom Dunn",
			kind:    "person",
		},
		{
			name: "a handle of no one named stays as written",
			text: "Mayor Tom Dunn rejected the harbour budget on Tuesday.\n\n" +
				"\"The council has failed the town,\" @HarbourWatcher wrote.",
			opening: "The council has failed",
			speaker: "HarbourWatcher",
		},
	})
}
