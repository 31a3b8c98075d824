package quotes

import "testing"

// TestExtractSingleParagraph covers one paragraph set in single marks
// around a quotation in double ones, in an article that otherwise sets its
// quotations in double marks: the outer quotation is found and goes to the
// one who said it. The text is fictional, written for the test.
func TestExtractSingleParagraph(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the outer quotation in single marks goes to the one who said it",
			text: "Fire crews reached the farm at Ostby at dawn, the \"Valley Star\" said.\n\n" +
				"Tom Arlen said: 'My neighbour shouted \"Get out now\" and ran to the barn.'\n\n" +
				"The fire was out by noon.",
			opening: "My neighbour shouted",
			speaker: "Tom Arlen",
		},
	})
}
