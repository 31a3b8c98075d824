package quotes

import "testing"

// Speaker shapes of session s40 (issue 17, speaker accuracy), each a
// fictional case that failed before its fix.
func TestReview40Speakers(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name: "she keeps her speaker when the quote names her husband by his given name and their surname",
			body: "Ina Vell turned aside the attacks on her husband, Tomas Vell, from Senator Aron Dorn and his wife, Lisa.\n\n" +
				"Ina Vell said she bore no grudge against Mrs. Dorn, even though Mrs. Dorn had said on Tuesday that Tomas Vell ran \"the dirtiest campaign in Ostland.\"\n\n" +
				"No matter who wins the election, Ina Vell said, there should be no hard feelings.\n\n" +
				"\"Some people will never vote for Tomas Vell,\" she said. \"But some will never vote for Aron Dorn either.\"",
			words: "Some people will never vote", want: "Ina Vell",
		},
	})
}

func TestReview40Platform(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name: "he is not a platform the text writes before account",
			body: "The Harbour Party renamed its Chirper account during the debate between Prime Minister Edvin Rask and Tomas Brell.\n\n" +
				"Chirper pledged to take \"decisive action\" against such tricks.\n\n" +
				"Audience members laughed when he urged voters, \"Look at what I have delivered.\"",
			words: "Look at what I have delivered", want: "",
		},
	})
}
