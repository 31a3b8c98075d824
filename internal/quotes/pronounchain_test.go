package quotes

import "testing"

// TestExtractPronounChains covers speakers a pronoun, a standalone quote
// paragraph or a lead-in sentence points to when the text names the person
// without a speaking verb. Every text is fictional, written for the test.
func TestExtractPronounChains(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "he said two sentences after the one man named, with no speaking verb between",
			text: "An auction of theatre costumes will be held in Leeds next month.\n\n" +
				"Most interest is expected in a cloak worn by Margot Fenn in the first staging of the play.\n\n" +
				"Bidding will open at £5,000, far more than the £12 Mr Harlow paid for the cloak in 1971.\n\n" +
				"He found it while sorting boxes at a warehouse in Hunslet – a firm that has stored stage props since the war.\n\n" +
				"“I saw the cloak in a skip and asked the porter if I could take it home,” he said.\n\n" +
				"The sale is expected to raise £200,000.",
			opening: "I saw the cloak",
			speaker: "Harlow",
		},
		{
			name: "an auction house credited in a caption between is no person",
			text: "Bidding will open at £5,000, far more than the £12 Mr Harlow paid for the cloak in 1971.\n\n" +
				"The cloak (Fenwick Auctions)\n\n" +
				"He found it while sorting boxes at a warehouse in Hunslet.\n\n" +
				"“I saw the cloak in a skip and asked the porter if I could take it home,” he said.",
			opening: "I saw the cloak",
			speaker: "Harlow",
		},
		{
			name: "a woman and a man named before he said: the man",
			text: "The collection was built by Ivo Brandt over forty years.\n\n" +
				"The first piece was a hat Anna Sorel wore on stage, which cost Mr Brandt £3 in 1968.\n\n" +
				"He spotted it on a market stall in Bradford.\n\n" +
				"“Nobody else wanted it, so I paid what the man asked,” he said.",
			opening: "Nobody else wanted it",
			speaker: "Ivo Brandt",
		},
		{
			name: "two men named before he said: no one",
			text: "The collection was built by Ivo Brandt and Karl Mott over forty years.\n\n" +
				"The first piece was a hat, which cost Mr Brandt £3 and Mr Mott £2 in 1968.\n\n" +
				"He spotted it on a market stall in Bradford.\n\n" +
				"“Nobody else wanted it, so I paid what the man asked,” he said.",
			opening: "Nobody else wanted it",
			speaker: "",
		},
		{
			name: "a name ambiguous between the sexes is shown a woman by her own she",
			text: "Counsel for the family, Ruben Ostrava, said the ruling was a disgrace. \"We will appeal,\" Ostrava said.\n\n" +
				"The officer's lawyer Terry Vance said she was told of the ruling at noon. She called her client, who is abroad, and said he was \"deeply grateful.\"",
			opening: "deeply grateful",
			speaker: "Terry Vance",
		},
		{
			name: "a quote after \"He recalled ...\" ending in a nested quote is his",
			text: "Dale Ormond, 70, says he has not spoken to his daughter in ten years.\n\n" +
				"‘She stopped answering my letters. I still write to her every month,’ says Dale.\n\n" +
				"‘I never gave up on her. Never.’\n\n" +
				"He recalled going to court during the custody fight. ‘Maura grabbed my arm as we were leaving and said to me: “You will never see her again.”’\n\n" +
				"Ormond now lives alone in a flat in Hull.",
			opening: "Maura grabbed my arm",
			speaker: "Dale Ormond",
		},
		{
			name: "a name in a paragraph that goes on an open quotation without a mark is the speaker's words",
			text: "Dale Ormond, 70, says he has not seen his son in ten years.\n\n" +
				"‘When we split up, I took a flat near the school to stay close to the boys,’ says Dale. ‘I was part of their lives for years. Rob and Nathan came over at weekends.\n\n" +
				"In fact, the photo that Nathan posted online last week was taken by my sister while we were camping in Wales. Everything was fine.’\n\n" +
				"But he says Maura used the courts to ‘shut’ him out.",
			opening: "shut",
			speaker: "Dale Ormond",
		},
		{
			name:    "an adviser to a named governor is the adviser, not the governor",
			text:    "A top adviser to Governor Ellen Marsh says a court ruling \"does not touch\" her plan to close the border crossings.\n\nFarmers in the valley fear the closures will cost them the harvest.",
			opening: "does not touch",
			speaker: "top adviser to Governor Ellen Marsh",
			kind:    "person",
		},
		{
			name: "she after a sentence naming only a man goes back to the woman named before",
			text: "Ruth Okafor lost her home in the flood.\n\n" +
				"The water rose in minutes, and her neighbour, Peter Grant, helped her carry the children out.\n\n" +
				"\"I have nothing left but my family,\" she said.",
			opening: "I have nothing left",
			speaker: "Ruth Okafor",
		},
		{
			name: "she after two women named in the last sentence naming a woman: no one",
			text: "Ruth Okafor and her sister, Ann Webb, lost their homes in the flood.\n\n" +
				"The water rose in minutes, and a neighbour, Peter Grant, helped carry the children out.\n\n" +
				"\"I have nothing left but my family,\" she said.",
			opening: "I have nothing left",
			speaker: "",
		},
		{
			name: "a quote paragraph after narration about the speaker that names only a woman keeps his speaker",
			text: "Harold Pike has collected film posters since 1970.\n\n" +
				"\"I am looking forward to seeing them in a museum,\" Mr Pike said.\n\n" +
				"Despite owning so many westerns, it is not his favourite genre – that honour goes to musicals starring Doris Day.\n\n" +
				"\"Westerns are in my top ten, but I would take a musical to a desert island.\"",
			opening: "Westerns are in my top ten",
			speaker: "Harold Pike",
		},
		{
			name:    "a quote paragraph after narration naming his wife keeps his speaker",
			text:    "\"We were lucky,\" said Tom Reed.\n\nThe storm destroyed three barns on his farm, and his wife, Jane Reed, lost her car.\n\n\"It could have been much worse.\"",
			opening: "It could have been much worse",
			speaker: "Tom Reed",
		},
		{
			name:    "a quote paragraph after narration naming another man: no one",
			text:    "\"We were lucky,\" said Tom Reed.\n\nThe storm destroyed three barns on his farm, and his neighbour, Carl Hunt, lost his car.\n\n\"It could have been much worse.\"",
			opening: "It could have been much worse",
			speaker: "",
		},
		{
			name:    "\"and at one point said\" is the subject's, not a point's",
			text:    "The mayor answered questions for an hour, and at one point said \"we will rebuild every house on this street.\"",
			opening: "we will rebuild",
			speaker: "mayor",
		},
		{
			name:    "a song sung is no quotation",
			text:    "Hundreds gathered at the harbour on Sunday. The crowd chanted \"Save our port\" and other slogans, and at one point sang \"Land of Hope and Glory.\"\n\nPolice said the march was peaceful.",
			opening: "Save our port",
			speaker: "crowd",
			absent:  "Land of Hope",
		},
		{
			name:    "first-person words quoted inside a sentence about him are his",
			text:    "Dale Ormond says the split broke him.\n\nHe has thrown away the wedding album and even the little shoes \"which I kept in the car for luck.\"\n\nHis daughter did not reply.",
			opening: "which I kept",
			speaker: "Dale Ormond",
		},
		{
			name:    "the first quote, alone after a short paragraph naming one person, is theirs",
			text:    "The council voted on Monday to close the library.\n\nKara Mills, 45, has lived in the street since 1990.\n\n\"They only come here when they want our votes.\"",
			opening: "They only come here",
			speaker: "Kara Mills",
		},
		{
			name:    "the first quote after a short paragraph naming two people: no one",
			text:    "The council voted on Monday to close the library.\n\nKara Mills and Dean Platt were among the protesters.\n\n\"They only come here when they want our votes.\"",
			opening: "They only come here",
			speaker: "",
		},
		{
			name:    "quoted words after \"X, the historian, believes\" are X's",
			text:    "Ana Ruiz, the Madrid historian, believes the country is going to see \"a quieter and poorer monarchy, one closer to the people.\"",
			opening: "a quieter and poorer monarchy",
			speaker: "Ana Ruiz",
		},
		{
			name:    "quoted words after \"she fears\" are hers",
			text:    "Councillor Ida Brent voted against the plan. She fears the new road will become \"a racetrack through a sleeping village.\"",
			opening: "a racetrack",
			speaker: "Ida Brent",
		},
		{
			name:    "placards declaring speak for themselves",
			text:    "His supporters gathered outside the court before the hearing carrying placards declaring: \"Let the miners go home to their families.\"",
			opening: "Let the miners go home",
			speaker: "placards",
			kind:    "document",
		},
		{
			name:   "a noun the writer sets in marks after a stance verb is no quotation",
			text:   "Julie Lawson, the boy's mother, has defended the \"fee\" as needed to cover the costs of the party.",
			absent: "fee",
		},
	})
}
