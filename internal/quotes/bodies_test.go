package quotes

import "testing"

// TestExtractSeatsOfGovernment covers bodies known by the name of their
// seat or chamber: they speak as organisations, never as a person named
// "Kremlin" or "Street". The text is fictional, written for the test.
func TestExtractSeatsOfGovernment(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a chamber and a palace after the cue",
			text: "Lawmakers in Norvale voted to send two more ferries on Friday.\n\n\"This is a day of shame for the coast,\" the Bundestag said in a statement.\n\n\"We will not recognise the vote,\" the Kremlin told reporters.",
			want: []got{
				{Text: "This is a day of shame for the coast,", Speaker: "Bundestag", Kind: "organization", Parts: 1},
				{Text: "We will not recognise the vote,", Speaker: "Kremlin", Kind: "organization", Parts: 1},
			},
		},
		{
			name: "a street and a number for the office that sits there",
			text: "Downing Street said the ferry plan was \"not on the table.\" Number 10 added: \"Nothing has changed since Monday.\"",
			want: []got{
				{Text: "not on the table.", Speaker: "Downing Street", Kind: "organization", Partial: true, Parts: 1},
				{Text: "Nothing has changed since Monday.", Speaker: "Number 10", Kind: "organization", Parts: 1},
			},
		},
		{
			name: "a capital, a ministry and a court speak for bodies",
			text: "Norvale's foreign ministry called the vote \"a farce.\" Moscow called it \"a sham.\" The court said the law was \"void.\"",
			want: []got{
				{Text: "a farce.", Speaker: "Norvale's foreign ministry", Kind: "organization", Partial: true, Parts: 1},
				{Text: "a sham.", Speaker: "Moscow", Kind: "organization", Partial: true, Parts: 1},
				{Text: "void.", Speaker: "court", Kind: "organization", Partial: true, Parts: 1},
			},
		},
		{
			name: "a spokesman of the palace is a person",
			text: "\"The talks are over,\" Kremlin spokesman Dmitri Vaskov said.",
			want: []got{{Text: "The talks are over,", Speaker: "Dmitri Vaskov", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractQualifiedTitle covers a role qualified by a nationality or a
// place ("the Ukrainian leader") that the text gave a named person: the
// person speaks, not "Ukrainian leader". The text is fictional.
func TestExtractQualifiedTitle(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the role written before the name earlier",
			text: "Ukrainian leader Pavlo Marchenko left the talks in Vell early on Monday.\n\n\"We came for peace and were offered paper,\" the Ukrainian leader said.",
			want: []got{{Text: "We came for peace and were offered paper,", Speaker: "Pavlo Marchenko", Kind: "person", Parts: 1}},
		},
		{
			name: "the role and the name between commas earlier",
			text: "The Ukrainian leader, Pavlo Marchenko, left the talks early. \"We came for peace and were offered paper,\" the Ukrainian leader told reporters.",
			want: []got{{Text: "We came for peace and were offered paper,", Speaker: "Pavlo Marchenko", Kind: "person", Parts: 1}},
		},
		{
			name: "the name in the appositive after the cue",
			text: "The talks in Vell ended early. \"We came for peace and were offered paper,\" said the Ukrainian leader, Pavlo Marchenko.",
			want: []got{{Text: "We came for peace and were offered paper,", Speaker: "Pavlo Marchenko", Kind: "person", Parts: 1}},
		},
		{
			name: "two people with the role: no one is guessed",
			text: "Ukrainian leader Pavlo Marchenko met former Ukrainian leader Ivan Sydor in Vell.\n\n\"We came for peace,\" the Ukrainian leader said.",
			want: []got{{Text: "We came for peace,", Speaker: "Ukrainian leader", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractParagraphLabel covers a line opened by a label such as
// "Statement:": the words are a document's, not a person named Statement.
// The text is fictional.
func TestExtractParagraphLabel(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a label before the quotation on its line",
			text: "The harbour board closed the quay on Monday after a crane fell.\n\nStatement: \"We are shocked and saddened by the accident and are working with the police.\"\n\nResponse: \"The quay will reopen when it is safe to do so.\"",
			want: []got{
				{Text: "We are shocked and saddened by the accident and are working with the police.", Speaker: "Statement", Kind: "document", Parts: 1},
				{Text: "The quay will reopen when it is safe to do so.", Speaker: "Response", Kind: "document", Parts: 1},
			},
		},
		{
			name: "a first name that is also a word for a document is a name",
			text: "Bill Tanner and Oliver Tanner have not spoken in years.\n\n\"That was a dagger to the heart,\" says Bill as he sits in the courtyard.",
			want: []got{{Text: "That was a dagger to the heart,", Speaker: "Bill Tanner", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractReply covers a "he" or "she" who replies to a question put to
// a named person: the one asked answers, not the one who asked. The text
// is fictional.
func TestExtractReply(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the question in the sentence before",
			text: "The hearing ran late on Tuesday.\n\nSenator Mark Dunn asked harbour chief Piet Rask whether the cranes were inspected. \"Every one of them, last spring,\" he replied.",
			want: []got{{Text: "Every one of them, last spring,", Speaker: "Piet Rask", Kind: "person", Parts: 1}},
		},
		{
			name: "the question earlier in the reply's own sentence",
			text: "Senator Mark Dunn pressed Piet Rask on the delays, to which he replied: \"The weather is to blame.\"",
			want: []got{{Text: "The weather is to blame.", Speaker: "Piet Rask", Kind: "person", Parts: 1}},
		},
		{
			name: "a verb of saying after a question keeps the one who asked",
			text: "Senator Mark Dunn asked Piet Rask whether he would stay. \"I asked him twice,\" he said.",
			want: []got{{Text: "I asked him twice,", Speaker: "Mark Dunn", Kind: "person", Parts: 1}},
		},
		{
			name: "the one asked by someone else replies",
			text: "Asked by Senator Mark Dunn whether the port was safe, harbour master Piet Rask paused. \"It is safe for now,\" he replied.",
			want: []got{{Text: "It is safe for now,", Speaker: "Piet Rask", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractOneToldSpeaksNot covers the person a cue's object names and
// the one a passive cue tells of: the one told is not the one telling,
// and "the boys were asked" is no one speaking between a quote and the
// paragraph quote that goes on with its speaker. The text is fictional.
func TestExtractOneToldSpeaksNot(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a pronoun whose cue names the last speaker as the one told",
			text: "Tomas Vell said a stranger came to his door on a winter night.\n\nHe told Vell that \"the old mill must be moved before the thaw.\"",
			want: []got{{Text: "the old mill must be moved before the thaw.", Partial: true, Parts: 1}},
		},
		{
			name: "a pronoun whose cue names someone else as the one told",
			text: "Piet Rask spoke to reporters at the quay on Monday. He told Ada Holm that \"the quay is not safe this winter.\"",
			want: []got{{Text: "the quay is not safe this winter.", Speaker: "Piet Rask", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a passive cue between a quote and a paragraph quote",
			text: "Inspector Wendy Willson watched the boys on the field.\n\n\"They fight like dogs. It is frightening to see,\" she said.\n\nIn a video of one game, which was tamer because the boys were asked to give an example, the noise is so real that you would think you were hearing dogs.\n\nThe boys who watched were acting as handlers and betting coins on the games.\n\n\"The winner of the game then gets a younger boy as a reward.\"",
			want: []got{
				{Text: "They fight like dogs. It is frightening to see,", Speaker: "Wendy Willson", Kind: "person", Parts: 1},
				{Text: "The winner of the game then gets a younger boy as a reward.", Speaker: "Wendy Willson", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestExtractPronounParagraphBeforeQuote covers a quotation alone in its
// paragraph after a short paragraph that names no one and tells of the
// last speaker as "he" or "she", past paragraphs that report others: the
// quote is that speaker's. "press charges" is no cue. The text is
// fictional.
func TestExtractPronounParagraphBeforeQuote(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a paragraph about him before his quote",
			text: "Tomas Khoza, 25, was hurt in the attack on Friday.\n\n\"I did not mean for anyone to see the video,\" Khoza said.\n\nAccording to the Valley Herald, police have seen the video. They report that it was filmed in March.\n\nKhoza did say that he was lucky to be alive.\n\nEven though he has been advised to press charges, the young farmer does not see any point.\n\n\"Even if I press charges it is useless. It will not bring anything back.\"",
			want: []got{
				{Text: "I did not mean for anyone to see the video,", Speaker: "Tomas Khoza", Kind: "person", Parts: 1},
				{Text: "Even if I press charges it is useless. It will not bring anything back.", Speaker: "Tomas Khoza", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a nationality before a word for him names no one",
			text: "Peter Khoza, 25, was hurt in the attack on Friday.\n\n\"I did not mean for anyone to see the video,\" Khoza said.\n\nAccording to the Valley Herald, police have seen the video. They report that it was filmed in March.\n\nKhoza did say that he was lucky to be alive.\n\nEven though he has been advised to press charges, the Norlandic man does not see any point.\n\n\"Even if I press charges it is useless. It will not bring anything back.\"",
			want: []got{
				{Text: "I did not mean for anyone to see the video,", Speaker: "Peter Khoza", Kind: "person", Parts: 1},
				{Text: "Even if I press charges it is useless. It will not bring anything back.", Speaker: "Peter Khoza", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a paragraph about someone else of the other sex",
			text: "Peter Khoza, 25, was hurt in the attack on Friday.\n\n\"I did not mean for anyone to see the video,\" Khoza said.\n\nAccording to the Valley Herald, police have seen the video. They report that it was filmed in March.\n\nKhoza did say that he was lucky to be alive.\n\nEven though she has been advised to press charges, the young woman does not see any point.\n\n\"Even if I press charges it is useless. It will not bring anything back.\"",
			want: []got{
				{Text: "I did not mean for anyone to see the video,", Speaker: "Peter Khoza", Kind: "person", Parts: 1},
				{Text: "Even if I press charges it is useless. It will not bring anything back.", Parts: 1},
			},
		},
	})
}
