package quotes

import "testing"

// TestExtractWrongPerson covers shapes in which a quotation was given to
// the wrong person: a pronoun after a sentence naming someone else, the
// object of a verb, a place or an organisation taken for the speaker.
// Each text is fictional, written for the test.
func TestExtractWrongPerson(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a pronoun after a sentence whose subject is named with a verb of no speech",
			text: "\"I only want people to see what the storm did,\" Mara Quell said.\n\nDespite the grim forecast, his cousin, Amanda Ferro, believes he will sail again.\n\n\"We know he is going to pull through,\" she said.",
			want: []got{
				{Text: "I only want people to see what the storm did,", Speaker: "Mara Quell", Kind: "person", Parts: 1},
				{Text: "We know he is going to pull through,", Speaker: "Amanda Ferro", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the subject of the verb before a participle speaks, not its object",
			text: "By August, however, Ansel Brandt endorsed Harwick saying, \"He was not my first choice, but he is the harbour's choice.\"",
			want: []got{{Text: "He was not my first choice, but he is the harbour's choice.", Speaker: "Ansel Brandt", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun after a paragraph whose subject is named, and a place is no name",
			text: "An unnamed docker in Ulby asked Varga to send boats. \"Without your boats we will sink,\" he said.\n\nPrime Minister Otto Lenz earlier in the day accused Norvale of stoking the dock strike.\n\n\"The plan is to starve the port,\" he said.",
			want: []got{
				{Text: "Without your boats we will sink,", Speaker: "unnamed docker in Ulby", Kind: "person", Parts: 1},
				{Text: "The plan is to starve the port,", Speaker: "Otto Lenz", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the one a description asks does not speak, and a long sentence opening with a name gives its subject",
			text: "In a recording posted online, an unnamed fisherman at the union hall in Ulby asked President Ivo Varga to send tugs to the estuary.\n\n\"Without your boats we cannot keep the flood back by ourselves,\" he said.\n\nPrime Minister Otto Lenz earlier in the day accused Norvale of being behind the dock strike that broke out in the northern harbours on Sunday and of stirring trouble as an excuse for sending gunboats up the estuary.\n\n\"The plan is to starve the port, which we will never permit,\" he said.",
			want: []got{
				{Text: "Without your boats we cannot keep the flood back by ourselves,", Parts: 1},
				{Text: "The plan is to starve the port, which we will never permit,", Speaker: "Otto Lenz", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a described subject speaking in the sentence before is the pronoun",
			text: "Former Mayor Abel Ibbot was named to the port board on Monday.\n\n\"That Mayor Ibbot brushes aside the tide records is alarming,\" said Tom Reddle, head of the Fen Trust.\n\nHowever at a forum last spring, the former mayor said he opposed a bridge toll. \"I back one if the town votes for it,\" he said.",
			want: []got{
				{Text: "That Mayor Ibbot brushes aside the tide records is alarming,", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
				{Text: "I back one if the town votes for it,", Speaker: "Abel Ibbot", Kind: "person", Parts: 1},
			},
		},
		{
			name: "someone heard saying speaks, not the organisation of the one who reports it",
			text: "Press Watch analyst Dana Hale called out Channel Nine for trimming a frantic radio message in which a skipper is heard saying: \"The water is coming in, send a boat now!\"",
			want: []got{{Text: "The water is coming in, send a boat now!", Speaker: "skipper", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractPossessorPronoun covers a "he" or "she" in a sentence whose
// only name before it is a possessor's. The text is fictional.
func TestExtractPossessorPronoun(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the possessor named in the pronoun's sentence, not the last speaker",
			text: "Former Mayor Abel Ibbot was named to the port board on Monday. \"We have not seen the list,\" said aide Tom Reddle.\n\nThat was the root of Ibbot's well-known stumble, when he said at a forum that \"there are three harbour posts I would scrap.\"\n\nDuring Ibbot's many campaigns he often called for \"a slimmer port office,\" and lower mooring fees.",
			want: []got{
				{Text: "We have not seen the list,", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
				{Text: "there are three harbour posts I would scrap.", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
				{Text: "a slimmer port office,", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a topic after \"as for\" is not who speaks",
			text: "\"We have not seen the list,\" said aide Amanda Reddle.\n\nAs for Ibbot's record on the port board, she said, \"Nobody has looked at it yet.\"",
			want: []got{
				{Text: "We have not seen the list,", Speaker: "Amanda Reddle", Kind: "person", Parts: 1},
				{Text: "Nobody has looked at it yet.", Speaker: "Amanda Reddle", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestExtractRolePronoun covers a "he" given a role in its own sentence:
// the person the text gave that role. The text is fictional.
func TestExtractRolePronoun(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "a pronoun with a role goes to the one who held it",
		text: "\"We have not seen the list,\" said Mayor Abel Ibbot.\n\n\"It is a fine choice,\" said Tom Reddle, a ferry captain.\n\nDuring ten years as mayor, he called the tide tables \"unreliable.\"",
		want: []got{
			{Text: "We have not seen the list,", Speaker: "Abel Ibbot", Kind: "person", Parts: 1},
			{Text: "It is a fine choice,", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
			{Text: "unreliable.", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
		},
	}, {
		name: "a pronoun with a role goes to the one titled so, who has not spoken",
		text: "Tom Reddle has picked ex-Harbour Mayor Abel Ibbot for the board.\n\nReddle said in a statement: \"Abel Ibbot kept the port open for years.\"\n\nDuring ten years as mayor, he called the tide tables \"unreliable.\"",
		want: []got{
			{Text: "Abel Ibbot kept the port open for years.", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
			{Text: "unreliable.", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
		},
	}})
}
