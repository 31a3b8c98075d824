package quotes

import "testing"

// TestExtractReleasedStatement covers "released a statement that ...": the
// one who released it speaks the quotation that follows. The text is
// fictional, written for the test.
func TestExtractReleasedStatement(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a statement released names its author, not the one it is about",
			text: "Deputy Ivo Marsh had served the county for 12 years. He had a wife and a son.\n\n" +
				"Sheriff Tomas Reyland said the deputy was shot at a fuel station.\n\n" +
				"On Monday, Governor Paul Brandt released a statement that he had called Marsh's widow.\n\n" +
				"\"I told her that the whole state stands with her family,\" he said.",
			opening: "I told her that the whole state",
			speaker: "Paul Brandt",
		},
	})
}
