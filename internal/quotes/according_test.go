package quotes

import "testing"

// TestExtractAccordingCredit covers "according to X" after a sentence
// whose own cue reports someone speaking: X credits the report and is no
// antecedent for a later "he". Every text is fictional, written for the
// test.
func TestExtractAccordingCredit(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "he goes on to say after a claim credited according to a site",
			text: "Singer Ivo Marsh revealed in an interview that he once dated a film star.\n\n" +
				"It was \"exciting\" to be with an older woman, he told the Sunday Lantern, according to Harbour Spy . He was 24 years old at the time.\n\n" +
				"He goes on to say, \"I thought she was taking pictures because she liked to. Then when the book came out I was so embarrassed.\"",
			opening: "I thought she was taking pictures",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name: "according to a named spokesman with no cue before is still the one speaking",
			text: "The ferry will not sail this week, according to harbour spokesman Leo Haas.\n\n" +
				"\"The engines need a full overhaul before winter,\" he said.",
			opening: "The engines need",
			speaker: "Leo Haas",
			kind:    "person",
		},
	})
}
