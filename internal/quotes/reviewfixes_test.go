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
