package quotes

import "testing"

// TestExtractAdjectiveCommas covers a described speaker whose adjectives
// a comma parts. Every text is fictional, written for the test.
func TestExtractAdjectiveCommas(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "the bespectacled, 71-year-old captain said",
			text:    "The ferry captain retired on Friday after half a century at sea. \"I have sailed these waters for fifty years,\" the bespectacled, 71-year-old captain said.",
			opening: "I have sailed these waters",
			speaker: "bespectacled, 71-year-old captain",
			kind:    "person",
		},
		{
			name:    "a name and an appositive role keep their comma",
			text:    "\"I have sailed these waters for fifty years,\" Ivo Marsh, the captain, said.",
			opening: "I have sailed these waters",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
	})
}
