package quotes

import "testing"

// TestSentenceShapesNameTheSpeaker covers sentences that name their
// speaker in a shape the rules missed: a day between the verb and its
// participle, "spoke of", a past participle's phrase before the subject,
// "as X remembered", an adverb after the pronoun, a group qualified by a
// capitalised word, and an appositive whose closing comma is left out.
// Each text is fictional, written for the test.
func TestSentenceShapesNameTheSpeaker(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a day between the statement and its participle",
			text: `Carran Rail Trust released a statement on Monday saying "every signal on the line was checked twice" and that the inquiry would report in May.`,
			want: []got{{Text: "every signal on the line was checked twice", Speaker: "Carran Rail Trust", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "spoke of the quoted words",
			text: `Reacting to the closure, Governor Ilse Marten spoke of "a blow to every family on the coast" and called a meeting of her cabinet.`,
			want: []got{{Text: "a blow to every family on the coast", Speaker: "Ilse Marten", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a past participle's phrase before the subject",
			text: `Based on two weeks of tests, Carran Rail Trust this week declared the bridge unsafe and said "no train will cross it before spring."`,
			want: []got{{Text: "no train will cross it before spring.", Speaker: "Carran Rail Trust", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "as a described and named person remembered",
			text: `Tarn, who took over a club whose routine was "to train and then go to the bakery for lunch" as their keeper Ivo Salk remembered yesterday, was cheered by the crowd.`,
			want: []got{{Text: "to train and then go to the bakery for lunch", Speaker: "Ivo Salk", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an adverb after the pronoun is no part of the speaker",
			text: "Prince Orel did not meet the envoy in person. He instead told the council: \"I took the view that this was serious and had to be done face to face.\"",
			want: []got{{Text: "I took the view that this was serious and had to be done face to face.", Speaker: "Orel", Kind: "person", Parts: 1}},
		},
		{
			name: "a group of people qualified by a capitalised word",
			text: `Former royal PR aides described the interview as "a slow-motion car crash" and said it should never have been given.`,
			want: []got{{Text: "a slow-motion car crash", Speaker: "Former royal PR aides", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an appositive whose closing comma is left out before the cue",
			text: `"This is mainly due to a change in the wind, which let the city's air clear," Mira Dunant, a research analyst at the Vell-based Council on Energy, Environment and Water think tank told the Vell Courier.`,
			want: []got{{Text: "This is mainly due to a change in the wind, which let the city's air clear,", Speaker: "Mira Dunant", Kind: "person", Parts: 1}},
		},
		{
			name: "a possessor's role after the name is the name's",
			text: `"The plan was designed to get crews to the islands quickly," Tomas Vell, Norland's associate administrator of the Harbour Mission Directorate, said in the statement.`,
			want: []got{{Text: "The plan was designed to get crews to the islands quickly,", Speaker: "Tomas Vell", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle with a time after the quote is no cue of its own",
			text: `"The mayor wants a bigger deal. Bigger than just the little deal" announced in October, said Dorek Sizzle, a scholar with the Harbour Institute in Vell.`,
			want: []got{{Text: "The mayor wants a bigger deal. Bigger than just the little deal", Speaker: "Dorek Sizzle", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a book's title between commas is not the subject",
			text: `The division of chores has not always been funny. In his second book, The Salt of Hope, Vell talks about his wife's anger at his absence: "My wife seemed barely calm."`,
			want: []got{{Text: "My wife seemed barely calm.", Speaker: "Vell", Kind: "person", Parts: 1}},
		},
		{
			name: "it's claimed names no one, and a later he is the official",
			text: "\"We warned them twice,\" said the official.\n\nIt's claimed that border guards knew he had entered in 2013 and that there was \"no record of him leaving the country.\"\n\n\"This is not a time to play the blame game,\" he said.",
			want: []got{
				{Text: "We warned them twice,", Speaker: "official", Kind: "person", Parts: 1},
				{Text: "no record of him leaving the country.", Partial: true, Parts: 1},
				{Text: "This is not a time to play the blame game,", Speaker: "official", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestPronounsOfThePersonJustIntroduced covers pronouns whose referent the
// paragraph itself gives: one person described with a relative clause, a
// named spokesperson the text gives no gender ("they"), a one-word name
// given with a title before, and a man's first name that is also a word.
func TestPronounsOfThePersonJustIntroduced(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "one mother described in the paragraph is the she, not a speaker heard before",
			text: "Dara Voss, a spokesperson for the club, confirmed that the fees would rise. \"We have to pay for the new roof,\" Voss said.\n\nIvo Brandt, the treasurer, said the roof was overdue.\n\nThe Courier spoke to one mother, who knew her son had paid the old fee twice. \"I am so tired of these letters from the club,\" she said.",
			want: []got{
				{Text: "We have to pay for the new roof,", Speaker: "Voss", Kind: "person", Parts: 1},
				{Text: "I am so tired of these letters from the club,", Speaker: "mother", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a description in the pronoun's own sentence leaves the named speaker",
			text: "Dara Voss, a spokesperson for the club, confirmed that the fees would rise.\n\nAsked by a reporter who had followed the case, she said: \"We have to pay for the new roof.\"",
			want: []got{{Text: "We have to pay for the new roof.", Speaker: "Dara Voss", Kind: "person", Parts: 1}},
		},
		{
			name: "a paragraph that speaks of she before the description keeps the named speaker",
			text: "Dara Voss, a spokesperson for the club, confirmed that the fees would rise.\n\nShe met a resident who had lost her home. \"I could not sleep,\" she said.",
			want: []got{{Text: "I could not sleep,", Speaker: "Dara Voss", Kind: "person", Parts: 1}},
		},
		{
			name: "they for a named spokesperson the text gives no gender",
			text: "Kym Lino, a spokesperson for the port, confirmed to the Courier that the board notifies owners who it thinks could benefit from moving their boats to a new berth. \"We use a model which predicts which boats need more room,\" they said in an email. It is unclear what the model reads.",
			want: []got{{Text: "We use a model which predicts which boats need more room,", Speaker: "Kym Lino", Kind: "person", Parts: 1}},
		},
		{
			name: "a one-word name given with a title is the he of a later sentence it opens",
			text: "While fans watched the new season, the real Prince Orel was busy distancing himself from a darker drama.\n\nIn an interview about his friendship with the banker Tom Marsh, Dana Kell did an excellent job pressing Orel.\n\nOrel does not remember the party, but he remembers going to get pizza that night. \"Going to the pizza place in Vell is an unusual thing for me to do,\" he said.",
			want: []got{{Text: "Going to the pizza place in Vell is an unusual thing for me to do,", Speaker: "Orel", Kind: "person", Parts: 1}},
		},
		{
			name: "she is not a man named Will",
			text: "\"The fees are too high,\" said Will Harrow, a consultant for the growers.\n\n\"I pay them anyway,\" she said.",
			want: []got{
				{Text: "The fees are too high,", Speaker: "Will Harrow", Kind: "person", Parts: 1},
				{Text: "I pay them anyway,", Parts: 1},
			},
		},
	})
}
