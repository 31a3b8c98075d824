package quotes

import "testing"

// Speaker shapes of session s40 (issue 17, speaker accuracy), each a
// fictional case that failed before its fix.
func TestReview40Speakers(t *testing.T) {
	ambassador := "Norway's ambassador to Chile accused the council of meddling and warned that Norway \"will not sit on our hands\" if the unrest grows.\n\n" +
		"Police chief Dana Brook said the square would stay closed.\n\n"
	kelm := "Kelmpay said in a statement to Harbour News that \"we are still confident that fingerprints are safe.\" The Kelmpay system adds a key, not the password, it said: \"We can simply deactivate the key from a lost phone.\""
	runTitledCases(t, []titledCase{
		{
			name: "she keeps her speaker when the quote names her husband by his given name and their surname",
			body: "Ina Vell turned aside the attacks on her husband, Tomas Vell, from Senator Aron Dorn and his wife, Lisa.\n\n" +
				"Ina Vell said she bore no grudge against Mrs. Dorn, even though Mrs. Dorn had said on Tuesday that Tomas Vell ran \"the dirtiest campaign in Ostland.\"\n\n" +
				"No matter who wins the election, Ina Vell said, there should be no hard feelings.\n\n" +
				"\"Some people will never vote for Tomas Vell,\" she said. \"But some will never vote for Aron Dorn either.\"",
			words: "Some people will never vote", want: "Ina Vell",
		},
		{
			name: "he is not a platform the text writes before account",
			body: "The Harbour Party renamed its Chirper account during the debate between Prime Minister Edvin Rask and Tomas Brell.\n\n" +
				"Chirper pledged to take \"decisive action\" against such tricks.\n\n" +
				"Audience members laughed when he urged voters, \"Look at what I have delivered.\"",
			words: "Look at what I have delivered", want: "",
		},
		{
			name: "the Marovian leader is the Marovian premier named five paragraphs before",
			body: "Rescuers say the search for the missing ferry has been halted by storms.\n\n" +
				"The Harbour Safety Board said high winds meant boats could not sail.\n\n" +
				"Marovian PM Ivo Tark says radar data showed the ferry sank far from the coast.\n\n" +
				"In Orsk, relatives of passengers clashed with police outside Marovia's consulate.\n\n" +
				"About 200 relatives marched to the consulate on Monday.\n\n" +
				"The ferry disappeared on 8 March on its way from Brenn to Orsk.\n\n" +
				"A search has focused on seas some 300km west of Brenn.\n\n" +
				"But at a news conference late on Monday, the Marovian leader said it had to be concluded \"with deep sadness and regret\" that the ferry was lost.",
			words: "with deep sadness and regret", want: "Ivo Tark",
		},
		{
			name: "the Marovian leader stays a description when two Marovian leaders are named before",
			body: "Marovian PM Ivo Tark says radar data showed the ferry sank far from the coast.\n\n" +
				"In Orsk, relatives of passengers clashed with police.\n\n" +
				"Marovia's president Lena Holm flew to Orsk on Sunday.\n\n" +
				"The ferry disappeared on 8 March on its way from Brenn to Orsk.\n\n" +
				"A search has focused on seas some 300km west of Brenn.\n\n" +
				"But late on Monday, the Marovian leader said it had to be concluded \"with deep sadness and regret\" that the ferry was lost.",
			words: "with deep sadness and regret", want: "Marovian leader",
		},
		{
			name:  "Norway's ambassador speaking before the text names Norway's ambassador Ivo Tark is Tark",
			body:  ambassador + "Norway's ambassador to Chile Ivo Tark has said that Norway has the power to end the unrest.",
			words: "will not sit on our hands", want: "Ivo Tark",
		},
		{
			name:  "two people named later after the same words: the description stays",
			body:  ambassador + "Norway's ambassador Ivo Tark met Norway's ambassador Lena Holm on Monday.",
			words: "will not sit on our hands", want: "Norway's ambassador",
		},
		{
			name:  "a description named later with other words stays",
			body:  ambassador + "Norway's former ambassador Ivo Tark has said that Norway has the power to end the unrest.",
			words: "will not sit on our hands", want: "Norway's ambassador",
		},
		{
			name:  "an indefinite description stays",
			body:  "\"We will not sit on our hands,\" an ambassador said.\n\nThe talks were led by an ambassador Ivo Tark chose.",
			words: "will not sit on our hands", want: "ambassador",
		},
		{
			name:  "the company after Kelmpay was called it speaking in the paragraph is Kelmpay",
			body:  kelm + " In the event of fraud, the company said, \"you are covered by our purchase protection policy.\"",
			words: "you are covered", want: "Kelmpay",
		},
		{
			name:  "another name between: the company stays",
			body:  kelm + " Samsar disagreed, but the company said, \"you are covered by our purchase protection policy.\"",
			words: "you are covered", want: "company",
		},
		{
			name:  "the last one speaking in another paragraph: the company stays",
			body:  kelm + "\n\nIn the event of fraud, the company said, \"you are covered by our purchase protection policy.\"",
			words: "you are covered", want: "company",
		},
		{
			name:  "a body of another kind speaking last: the company stays",
			body:  "The Ostland Health Ministry said in a statement that \"fingerprints are safe.\" In the event of fraud, the company said, \"you are covered by our purchase protection policy.\"",
			words: "you are covered", want: "company",
		},
		{
			name:  "a surname written before site is still a person",
			body:  "Work at the Brell site stopped on Monday.\n\nBrell said the delay would be short. \"We will be back next week,\" he said.",
			words: "We will be back next week", want: "Brell",
		},
		{
			name: "the Marovian leader far back stays a description when someone else was named since",
			body: "Marovian president Ivo Tark lost the vote on Sunday.\n\nLena Holm, who replaced him as president, was sworn in on Monday.\n\n" +
				"Crowds gathered in Orsk.\n\nShops were closed.\n\nBanks stayed shut.\n\nThe army stayed in barracks.\n\n" +
				"On Tuesday, the Marovian leader said the country was \"ready for change and for new ways\".",
			words: "ready for change", want: "Marovian leader",
		},
		{
			name:  "a person speaking last: the company stays",
			body:  "Ivo Tark said \"we are still confident that fingerprints are safe.\" In the event of fraud, the company said, \"you are covered by our purchase protection policy.\"",
			words: "you are covered", want: "company",
		},
	})
}
