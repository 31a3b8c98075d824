package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestExtractSingleMarkHouseStyle covers articles that set their
// quotations in single marks but carry some double marks too (a headline,
// a quotation within a quotation), and American articles whose single
// marks only nest inside double ones. Each text is fictional.
func TestExtractSingleMarkHouseStyle(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "single-mark quotations read although the headline is in double marks",
			text: "Ferry chief: \"We were let down\"\n\nThe harbour's ferry service will stop for a month, its owners said last night.\n\n‘We were let down by the shipyard, and the passengers pay for it,’ said Marla Quince, the service's director. ‘It’s not what anyone wanted.’\n\nThe players’ union at the town's rugby club said the closure would hit away games.\n\n‘The lads will have to take the long road round,’ said Tobin Reyes, the club captain.",
			want: []got{
				{Text: "We were let down", Speaker: "Ferry chief", Kind: "person", Parts: 1},
				{Text: "We were let down by the shipyard, and the passengers pay for it, It’s not what anyone wanted.", Speaker: "Marla Quince", Kind: "person", Parts: 2},
				{Text: "The lads will have to take the long road round,", Speaker: "Tobin Reyes", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a double-mark quotation nested in a single-mark one stays inside it",
			text: "Ferry staff were told on Monday.\n\n‘I told them, “Go home and rest,” and they went,’ said Marla Quince. ‘Nobody argued.’\n\n‘It was a hard day,’ said Tobin Reyes.",
			want: []got{
				{Text: "I told them, “Go home and rest,” and they went, Nobody argued.", Speaker: "Marla Quince", Kind: "person", Parts: 2},
				{Text: "It was a hard day,", Speaker: "Tobin Reyes", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a plural possessive inside a single-mark quotation does not close it",
			text: "The strike went ahead.\n\n‘The players’ union will not back down this time,’ said Tobin Reyes. ‘We start at nine o’clock.’\n\n‘It is rock ’n’ roll for the fans,’ said Marla Quince.",
			want: []got{
				{Text: "The players’ union will not back down this time, We start at nine o’clock.", Speaker: "Tobin Reyes", Kind: "person", Parts: 2},
				{Text: "It is rock ’n’ roll for the fans,", Speaker: "Marla Quince", Kind: "person", Parts: 1},
			},
		},
		{
			name: "single marks nested in double ones leave an American article in double marks",
			text: "“He said ‘not this winter,’ and walked out,” said Marla Quince.\n\n“We heard ‘maybe,’ nothing more,” said Tobin Reyes. The players’ union had no comment.",
			want: []got{
				{Text: "He said ‘not this winter,’ and walked out,", Speaker: "Marla Quince", Kind: "person", Parts: 1},
				{Text: "We heard ‘maybe,’ nothing more,", Speaker: "Tobin Reyes", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestExtractSpeakerShapes covers speakers misread on web news; each text
// is fictional.
func TestExtractSpeakerShapes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a clause after an inverted cue's name is not part of the name",
			text: "The ferry row came to a head last week.\n\n“That was like a kick in the teeth,” says Tobin Reyes as he sits in the harbour café.",
			want: []got{{Text: "That was like a kick in the teeth,", Speaker: "Tobin Reyes", Kind: "person", Parts: 1}},
		},
		{
			name: "a name after a cue that takes an object, then as, is whom the words are about, not who speaks",
			text: "Ada Holm, who has campaigned for the ferry plan, blasted Reyes as “a disgrace to the whole harbour” on Wednesday on a radio show.",
			want: []got{{Text: "a disgrace to the whole harbour", Speaker: "", Kind: "", Partial: true, Parts: 1}},
		},
		{
			name: "the statement speaks for whoever issued it in the paragraph before",
			text: "The ferry inquiry has no date yet.\n\nIn a statement, the Harbor Board on Sunday neither confirmed nor denied the report.\n\n“The safety of our crews remains our first concern,” the statement said.",
			want: []got{{Text: "The safety of our crews remains our first concern,", Speaker: "Harbor Board", Kind: "organization", Parts: 1}},
		},
		{
			name: "the statement after its author said in a statement",
			text: "“The ferry will run again by May,” the Harbor Board wrote in a statement.\n\n“Crews will be back at work next week,” according to the statement.",
			want: []got{
				{Text: "The ferry will run again by May,", Speaker: "Harbor Board", Kind: "organization", Parts: 1},
				{Text: "Crews will be back at work next week,", Speaker: "Harbor Board", Kind: "organization", Parts: 1},
			},
		},
		{
			name: "a statement with no author named stays the statement",
			text: "A statement was read out on the quay on Sunday.\n\n“Crews will be back at work next week,” the statement said.",
			want: []got{{Text: "Crews will be back at work next week,", Speaker: "statement", Kind: "document", Parts: 1}},
		},
		{
			name: "a person with an age and a home country speaks, not the country",
			text: "Ferries stopped at the border.\n\n\"We heard the port was closed so the police told us to come this way,\" Tomas Brel, 35, from Valdoria told a news agency.\n\n\"We don't know what to do now,\" he said.",
			want: []got{
				{Text: "We heard the port was closed so the police told us to come this way,", Speaker: "Tomas Brel", Kind: "person", Parts: 1},
				{Text: "We don't know what to do now,", Speaker: "Tomas Brel", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a pollster's memo circulated by a party is the pollster's words",
			text: "The Harbor Party circulated a statement Monday from its pollster, Ines Calloway, conceding that the mayor \"has seen a bounce from the fair\" but urging readers not to \"get too worked up about the polling.\"",
			want: []got{
				{Text: "has seen a bounce from the fair", Speaker: "Ines Calloway", Kind: "person", Partial: true, Parts: 1},
				{Text: "get too worked up about the polling.", Speaker: "Ines Calloway", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a party's own statement conceding is the party's",
			text: "The Harbor Party issued a statement on Monday, conceding that the mayor \"has seen a bounce from the fair.\"",
			want: []got{{Text: "has seen a bounce from the fair.", Speaker: "Harbor Party", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a pronoun after a possessor's pronoun in the same sentence is the possessor",
			text: "Tobin Reyes was a star with his band. His daughter is the actress Marla Quince.\n\nAs Marla’s fame grew she, too, turned on her father: “There was never a letter,” she complained.",
			want: []got{{Text: "There was never a letter,", Speaker: "Marla Quince", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun before the possessor is still someone else: not the possessor",
			text: "Tobin Reyes and Marla Quince share a stage this week.\n\nWhen she took the stage after Tobin’s set, she said: “Thank you all.”",
			want: []got{{Text: "Thank you all.", Speaker: "", Kind: "", Parts: 1}},
		},
	})
}

// A plural possessive inside a single-marked quotation does not close it,
// so an article with a double mark in its headline stays read as set in
// single marks.
func TestHouseStyleKeepsPossessive(t *testing.T) {
	text := "Union fury at \"secret\" deal\n\n‘We will fight this all the way,’ said Dana Whitfield, who leads the dockers.\n\n‘The owners’ offer is an insult to every member,’ she said.\n\n‘Talks with Ross’ Northern Lines team broke down on Friday,’ Whitfield said."
	ms := Extract(corroborate.Article{ID: "t", Text: text}, Options{})
	owners := false
	for _, m := range ms {
		if m.Text == "The owners’ offer is an insult to every member," && m.Speaker != nil && m.Speaker.Name == "Dana Whitfield" {
			owners = true
		}
	}
	if len(ms) < 3 || !owners {
		t.Errorf("Extract = %+v: want 3 quotations or more, the owners' one whole and Dana Whitfield's", ms)
	}
}
