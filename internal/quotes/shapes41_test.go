package quotes

import "testing"

// TestSentenceShapesNameTheSpeaker covers sentences that name their
// speaker in a shape the rules missed: a day between the verb and its
// participle, "spoke of", a past participle's phrase before the subject,
// "as X remembered", an adverb after the pronoun, a group qualified by a
// capitalised word, an appositive whose closing comma is left out, a
// possessor's role after the name, a participle with a time after the
// quote, a book's title between commas and "It's claimed". Each text is
// fictional, written for the test.
func TestSentenceShapesNameTheSpeaker(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a day between the statement and its participle",
			text: `Orrin Valley Water Trust issued a statement on Friday saying "the reservoir is safe to swim in again" and that weekly tests would go on.`,
			want: []got{{Text: "the reservoir is safe to swim in again", Speaker: "Orrin Valley Water Trust", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "spoke of the quoted words",
			text: `At the funeral, Mayor Petra Holl spoke of "a town that has lost its kindest son" and asked for a minute of silence.`,
			want: []got{{Text: "a town that has lost its kindest son", Speaker: "Petra Holl", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "rarely spoke of tells of a habit, no one quoted",
			text: `Veterans of the ferry crews rarely spoke of "the winter of the long crossing" after they came home.`,
			want: []got{{Text: "the winter of the long crossing", Partial: true, Parts: 1}},
		},
		{
			name: "a past participle's phrase before the subject",
			text: `Based on a month of soundings, Ferrow Harbour Trust on Tuesday closed the north pier and said "nobody should fish from it until summer."`,
			want: []got{{Text: "nobody should fish from it until summer.", Speaker: "Ferrow Harbour Trust", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "the clause holding the verb, after a place and its state",
			text: `Asked about the ferry at a meeting in Dunmore, Tarnshire, Councillor Ada Fenwick smiled and said "the boat will sail by June."`,
			want: []got{{Text: "the boat will sail by June.", Speaker: "Ada Fenwick", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "as a described and named person remembered",
			text: `The old ferry, whose timetable was "more a rumour than a promise" as its last skipper Oona Brack remembered yesterday, sails again in June.`,
			want: []got{{Text: "more a rumour than a promise", Speaker: "Oona Brack", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an adverb after the pronoun is no part of the speaker",
			text: "Prince Anselm skipped the harbour dinner. He instead wrote to the mayor: \"I felt the matter deserved a proper letter.\"",
			want: []got{{Text: "I felt the matter deserved a proper letter.", Speaker: "Anselm", Kind: "person", Parts: 1}},
		},
		{
			name: "a group of people qualified by a capitalised word",
			text: `Former court PR aides called the broadcast "a disaster in slow motion" and said it should have been cancelled.`,
			want: []got{{Text: "a disaster in slow motion", Speaker: "Former court PR aides", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an appositive whose closing comma is left out before the cue",
			text: `"The drop is mostly down to the new dam upstream, which holds back the spring floods," Ilse Grath, a hydrologist at the Carrow-based Institute for Rivers, Lakes and Estuaries told the Tarn Gazette.`,
			want: []got{{Text: "The drop is mostly down to the new dam upstream, which holds back the spring floods,", Speaker: "Ilse Grath", Kind: "person", Parts: 1}},
		},
		{
			name: "a possessor's role after the name is the name's",
			text: `"We will dredge the channel before the regatta," Tomas Vell, Carrow's deputy harbour master for the Northern Quays, said in a release.`,
			want: []got{{Text: "We will dredge the channel before the regatta,", Speaker: "Tomas Vell", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle with a time after the quote is no cue of its own",
			text: `"A proper bridge, not just a footbridge" announced in March, said Orla Fenn, a planner with the Tarn Civic Society.`,
			want: []got{{Text: "A proper bridge, not just a footbridge", Speaker: "Orla Fenn", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a book's title between commas is not the subject",
			text: `In her third book, Salt on the Doorstep, Brack talks about her brother's long silence: "He never once said sorry."`,
			want: []got{{Text: "He never once said sorry.", Speaker: "Brack", Kind: "person", Parts: 1}},
		},
		{
			name: "it's claimed names no one, and a later he is the official",
			text: "\"We sent two letters,\" said the official.\n\nIt's claimed that harbour staff knew the boat had left in March and that there was \"no log of it ever coming back.\"\n\n\"Nobody wants to point fingers,\" he said.",
			want: []got{
				{Text: "We sent two letters,", Speaker: "official", Kind: "person", Parts: 1},
				{Text: "no log of it ever coming back.", Partial: true, Parts: 1},
				{Text: "Nobody wants to point fingers,", Speaker: "official", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestPronounsOfThePersonJustIntroduced covers pronouns whose referent the
// paragraph itself gives: one person the writer reached, described with a
// relative clause; a named spokesperson the text gives no gender
// ("they"); a one-word name given with a title; and a man's first name
// that is also a word. The other cases keep speakers these rules must not
// take.
func TestPronounsOfThePersonJustIntroduced(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "one mother the paper talked with is the she, not a speaker heard before",
			text: "Dara Voss, a spokesperson for the club, confirmed that the fees would rise. \"We have to pay for the new roof,\" Voss said.\n\nIvo Brandt, the treasurer, said the roof was overdue.\n\nThe Courier talked with one mother, who had paid the old fee twice for her son. \"I am so tired of these letters from the club,\" she said.",
			want: []got{
				{Text: "We have to pay for the new roof,", Speaker: "Voss", Kind: "person", Parts: 1},
				{Text: "I am so tired of these letters from the club,", Speaker: "mother", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a capitalised kind of thing after a is no one named in the mother's paragraph",
			text: "Dara Voss, a spokesperson for the club, confirmed that the fees would rise. \"We have to pay for the new roof,\" Voss said.\n\nThe Courier spoke to one mother, who had listed her son's bike club online as a Salt Marsh Track. \"I am so tired of these letters from the club,\" she said.",
			want: []got{
				{Text: "We have to pay for the new roof,", Speaker: "Voss", Kind: "person", Parts: 1},
				{Text: "I am so tired of these letters from the club,", Speaker: "mother", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a man the police are looking for is not the inspector's he",
			text: "\"The shop was empty when we arrived,\" said Inspector Karl Quist.\n\nPolice are looking for a man who was seen running from the scene. \"We need anyone who saw him to come forward,\" he said.",
			want: []got{
				{Text: "The shop was empty when we arrived,", Speaker: "Karl Quist", Kind: "person", Parts: 1},
				{Text: "We need anyone who saw him to come forward,", Speaker: "Karl Quist", Kind: "person", Parts: 1},
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
			text: "Tam Orrin, a spokesperson for the ferry line, told the Gazette that the company reviews its timetable every spring for people who it thinks could use an earlier boat. \"We look at last year's bookings and add sailings where the boats were full,\" they said in an email.",
			want: []got{{Text: "We look at last year's bookings and add sailings where the boats were full,", Speaker: "Tam Orrin", Kind: "person", Parts: 1}},
		},
		{
			name: "they after a couple named in between is not the one person",
			text: "\"We had owned the cottage for years,\" said Tarin Osk, a spokesperson for the trust, who sold it to a young couple from Vell. \"We fell in love with the view,\" they said.",
			want: []got{
				{Text: "We had owned the cottage for years,", Speaker: "Tarin Osk", Kind: "person", Parts: 1},
				{Text: "We fell in love with the view,", Parts: 1},
			},
		},
		{
			name: "a one-word name given with a title is the he of a later sentence it opens",
			text: "The real Prince Anselm spent the week keeping away from the cameras.\n\nIn a long interview about his friend, the shipowner Tom Marsh, the host Dana Kell kept pressing Anselm.\n\nAnselm does not remember the party, but he remembers the bakery run that night. \"Going to a bakery at midnight is not the sort of thing I do,\" he said.",
			want: []got{{Text: "Going to a bakery at midnight is not the sort of thing I do,", Speaker: "Anselm", Kind: "person", Parts: 1}},
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
