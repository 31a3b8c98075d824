package quotes

import "testing"

// TestExtractReviewedSpeakers covers speakers read wrongly in real
// coverage: a place named after a person inside a quotation, a pronoun
// whose gender a kinship role shows. Every text is fictional, written for
// the test.
func TestExtractReviewedSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a village named after a man in the quote does not name the man speaking",
			text: "Lena Varga's son Tamas told the Courier that the flood came at night, but that \"we stayed until the last sandbag.\"\n\n" +
				"District fire chief Colonel Arman Deko Tolvic confirmed that the river had broken its banks in two places.\n\n" +
				"\"The station in Arman Hill village which was staffed by eight volunteers was cut off and the pump was lost,\" he said.",
			opening: "The station in Arman Hill",
			speaker: "Arman Deko Tolvic",
		},
		{
			name: "a daughter-in-law is a woman: he said is not hers",
			text: "Lena Varga's daughter-in-law Saro told the Courier that the flood came at night, but that \"we stayed until the last sandbag.\"\n\n" +
				"The district fire chief, Colonel Tolvic, confirmed that the river had broken its banks.\n\n" +
				"\"Tolvic's men were cut off and the pump was lost,\" he said.",
			opening: "Tolvic's men",
			speaker: "Tolvic",
		},
	})
}

// TestExtractMaySurname covers a surname that is also a month: "May also
// introduced ..." is the woman named May before, not a date.
func TestExtractMaySurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "she said after a sentence opened by the surname May",
			text: "Judge Ada Kerr ruled in March that the banker should be sent for trial abroad. She said there was a \"clear public interest\" in the case.\n\n" +
				"In 2014, Gloria May, then the justice minister, halted the transfer of a man accused of fraud. He had faced 30 years in prison.\n\n" +
				"May also brought in a new safeguard. \"This lets our own courts keep a case at home when justice is better served here,\" she said at the time.",
			opening: "This lets our own courts",
			speaker: "Gloria May",
		},
		{
			name: "the month May opening a sentence is no one",
			text: "Judge Ada Kerr ruled that the banker should be sent for trial abroad.\n\n" +
				"May brought heavy rain to the valley. \"We lost the whole crop,\" she said.",
			opening: "We lost the whole crop",
			speaker: "Ada Kerr",
		},
	})
}
