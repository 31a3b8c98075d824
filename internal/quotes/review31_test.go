package quotes

import "testing"

// TestExtractReview31Shapes covers junk and wrong speakers a review of real
// stories found. Every text is fictional, written for the test.
func TestExtractReview31Shapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "a name inside quotation marks (a petition's title) is never a person's full name",
			text:    "Radio host Oskar Lindqvist spoke on Monday about his debate with Tom Reed.\n\n\"He was the best advert for the harbour levy you could wish for,\" Lindqvist told the Courier.\n\n(Also on the Courier: Tom Reed, creator of 'Expel Oskar Lindqvist' petition, shouts on air)\n\n\"Sometimes it is better to let somebody talk until they trip over their own words,\" Lindqvist told the Courier.",
			opening: "Sometimes it is better",
			speaker: "Oskar Lindqvist",
		},
	})
}
