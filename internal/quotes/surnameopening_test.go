package quotes

import "testing"

// TestExtractSurnameOpening covers a "he" or "she" whose own sentence
// opens with a surname alone, after a linking word at most: the person
// named in full before, not someone named as an object in the sentence
// before. Every text is fictional, written for the test.
func TestExtractSurnameOpening(t *testing.T) {
	const lead = "Witness may surprise\n\nAmbassador Ivo Tark, the most awaited witness in the inquiry, is likely to be hard to read when he faces questions.\n\n" +
		"Tark is more tied up than any witness yet in the mayor's efforts to get the port to look into rival Marco Brandt. "
	runSpeakerCases(t, []speakerCase{
		{
			name:    "the surname after Yet opens the pronoun's sentence",
			text:    lead + "Yet Tark has already changed his testimony once — \"I now do recall,\" he said, talking about the port.",
			opening: "I now do recall",
			speaker: "Ivo Tark",
		},
		{
			name: "kept: a surname one of a pair is no one's",
			text: "Witness may surprise\n\nAmbassador Ivo Tark, the most awaited witness in the inquiry, faces questions on Monday.\n\n" +
				"The inquiry looks into the port deal of rival Marco Brandt. Yet Tark and Ruiz have changed their accounts once — \"I now do recall,\" he said.",
			opening: "I now do recall",
			speaker: "Marco Brandt", // as before: the rule leaves it alone
		},
		{
			name: "kept: a surname of the other gender",
			text: "Witness may surprise\n\nAna Ruiz, the most awaited witness in the inquiry, faces questions on Monday.\n\n" +
				"Ruiz is more tied up than any witness yet in the mayor's efforts to get the port to look into rival Marco Brandt. " +
				"Yet Ruiz has already changed her testimony once — \"I now do recall,\" he said, talking about the port.",
			opening: "I now do recall",
			speaker: "Marco Brandt",
		},
	})
}
