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
			text: "\"I just want people to see this,\" Mara Quell said.\n\nDespite the long odds, his aunt, Amanda Ferro, believes he will walk again.\n\n\"We know he is going to be fine,\" she said.",
			want: []got{
				{Text: "I just want people to see this,", Speaker: "Mara Quell", Kind: "person", Parts: 1},
				{Text: "We know he is going to be fine,", Speaker: "Amanda Ferro", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the subject of the verb before a participle speaks, not its object",
			text: "By June, however, Ansel Brandt endorsed Harwick saying, \"He was not my first pick, but he is the town's pick.\"",
			want: []got{{Text: "He was not my first pick, but he is the town's pick.", Speaker: "Ansel Brandt", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun after a paragraph whose subject is named, and a place is no name",
			text: "An unnamed protester in Ulby asked Varga to send help. \"Without your help we will fail,\" he said.\n\nPrime Minister Otto Lenz earlier in the day accused Norvale of stirring the unrest.\n\n\"The plan is to break the town,\" he said.",
			want: []got{
				{Text: "Without your help we will fail,", Speaker: "unnamed protester in Ulby", Kind: "person", Parts: 1},
				{Text: "The plan is to break the town,", Speaker: "Otto Lenz", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the one a description asks does not speak, and a long sentence opening with a name gives its subject",
			text: "In a video posted online, an unnamed protester in the town hall in Ulby asked President Ivo Varga to send help to the region.\n\n\"Without your help it will be hard for us to stand on our own,\" he said.\n\nPrime Minister Otto Lenz earlier in the day accused Norvale of being behind the unrest that broke out in the northern valleys on Sunday and of seeking to stir trouble as a pretext for sending troops over the pass.\n\n\"The plan is to break the town, which we will not allow,\" he said.",
			want: []got{
				{Text: "Without your help it will be hard for us to stand on our own,", Parts: 1},
				{Text: "The plan is to break the town, which we will not allow,", Speaker: "Otto Lenz", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a described subject speaking in the sentence before is the pronoun",
			text: "Former Mayor Abel Ibbot was picked on Monday.\n\n\"The fact that Mayor Ibbot ignores the data is worrying,\" said Tom Reddle, president of the Fen Trust.\n\nHowever during a summit last year, the former mayor said he opposed a ferry levy. \"I do if a town wants to do it,\" he said.",
			want: []got{
				{Text: "The fact that Mayor Ibbot ignores the data is worrying,", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
				{Text: "I do if a town wants to do it,", Speaker: "Abel Ibbot", Kind: "person", Parts: 1},
			},
		},
		{
			name: "someone heard saying speaks, not the organisation of the one who reports it",
			text: "Watch Bureau analyst Dana Hale called out Channel Nine for cutting a portion of a frantic call in which a woman is heard saying: \"They are trying to hurt us, come now!\"",
			want: []got{{Text: "They are trying to hurt us, come now!", Speaker: "woman", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractPossessorPronoun covers a "he" or "she" in a sentence whose
// only name before it is a possessor's. The text is fictional.
func TestExtractPossessorPronoun(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the possessor named in the pronoun's sentence, not the last speaker",
			text: "Former Mayor Abel Ibbot was picked on Monday. \"We have not seen the list,\" said aide Tom Reddle.\n\nThat was the origin of Ibbot's famous slip, when he said during a debate that \"there are three offices I would close.\"\n\nDuring Ibbot's long campaigns he often called for \"a leaner town hall,\" and a cut in fees.",
			want: []got{
				{Text: "We have not seen the list,", Speaker: "Tom Reddle", Kind: "person", Parts: 1},
				{Text: "there are three offices I would close.", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
				{Text: "a leaner town hall,", Speaker: "Abel Ibbot", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a topic after \"as for\" is not who speaks",
			text: "\"We have not seen the list,\" said aide Amanda Reddle.\n\nAs for Ibbot's record in office, she said, \"Nobody has looked at it yet.\"",
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
