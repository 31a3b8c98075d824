package quotes

import (
	"slices"
	"testing"
)

// TestSubjectChains covers a "he" or "she" whose person the sentences
// before keep as their subject while others are named around them: a
// thing named by a word and a letter ("Plan B") is no person; a person of
// the other gender named after the subject is no rival; "hasn't" or
// "however" between the subject and the cue is no part of the name;
// "charges" after an -ing word is a noun; a sentence opening with a
// participle has its subject after the comma. Each text is fictional,
// written for the test.
func TestSubjectChains(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a plan named by a letter is no person",
			text: "The vote will force Sen. Tomas Brecht to face a hard truth -- it is time for Plan B.\n\nHe said he wants to write \"the fairest harbour law this state has seen.\"",
			want: []got{{Text: "the fairest harbour law this state has seen.", Speaker: "Tomas Brecht", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a woman named after the subject does not stop his chain",
			text: "The vote will force Sen. Tomas Brecht to face a hard truth.\n\nBrecht hasn't said whether he has a plan, and he insisted that he is still in the race against Maria Marren. But he cut his staff.\n\nHe said he wants to write \"the fairest harbour law this state has seen.\"",
			want: []got{{Text: "the fairest harbour law this state has seen.", Speaker: "Tomas Brecht", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a speech verb after hasn't keeps the name",
			text: "The vote will force Sen. Tomas Brecht to face a hard truth.\n\nBrecht hasn't said whether he will stand against Pavel Marren in the spring.\n\nHe said he wants to write \"the fairest harbour law this state has seen.\"",
			want: []got{{Text: "the fairest harbour law this state has seen.", Speaker: "Tomas Brecht", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "charges after an -ing word are a noun, no one speaking",
			text: "Harbour Minister Pavel Dorn, who chairs the port board, defended the fees on Sunday.\n\nDorn blamed Ivo Lund for introducing charges of waste into the debate.\n\n\"The fact is that Lund started this,\" he said.",
			want: []got{{Text: "The fact is that Lund started this,", Speaker: "Pavel Dorn", Kind: "person", Parts: 1}},
		},
		{
			name: "the subject after an opening participle's comma",
			text: "Harbour Minister Pavel Dorn, who chairs Ivo Marsk's port board, defended the fees on Sunday.\n\nAsked about Marsk's calling Ada Lund a liar last week, Dorn blamed Lund for the row.\n\n\"The fact is that she started this,\" he said.",
			want: []got{{Text: "The fact is that she started this,", Speaker: "Pavel Dorn", Kind: "person", Parts: 1}},
		},
		{
			name: "a surname ending in -ing before a plural cue",
			text: "Harbour Minister Tom King spoke on Monday.\n\nTom King claims \"the quay was always ours.\"",
			want: []got{{Text: "the quay was always ours.", Speaker: "Tom King", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "words someone didn't say are no one's",
			text: "Harbour Minister Tom Brask faced the council on Monday.\n\nBrask didn't say \"I resign,\" but he left early.",
			want: nil, // no one said them: not listed as anyone's
		},
		{
			name: "never said it more clearly: emphasis, not denial",
			text: "Harbour Minister Pia Korsgaard spoke on Monday.\n\nKorsgaard has never said it more clearly than on Monday: \"The quay will close in May.\"",
			want: []got{{Text: "The quay will close in May.", Speaker: "Pia Korsgaard", Kind: "person", Parts: 1}},
		},
		{
			name: "however between the name and the cue",
			text: "Harbour Minister Ada Lindqvist said the port would stay open.\n\nLindqvist however said she would welcome a \"fair and open review\" of the fees.",
			want: []got{{Text: "fair and open review", Speaker: "Ada Lindqvist", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestCarriedPastAnEvent covers a quotation in a paragraph of its own
// after the speaker's quote, where the paragraph between names an event
// set off by an appositive ("the Ulby Dialogue, a regional security
// forum"): an event is no one else speaking, so the speaker carries on;
// a person set off the same way still stops it. Each text is fictional,
// written for the test.
func TestCarriedPastAnEvent(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "an event named with an appositive",
			text: "Harbour Minister Pavel Dorn spoke on Saturday.\n\n\"I hope this does not happen,\" Dorn told the Ulby Dialogue, a regional security forum in Kessport.\n\n\"The port will stay the busiest on the coast for decades to come.\"",
			want: []got{
				{Text: "I hope this does not happen,", Speaker: "Pavel Dorn", Kind: "person", Parts: 1},
				{Text: "The port will stay the busiest on the coast for decades to come.", Speaker: "Pavel Dorn", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a person named between stops the carry",
			text: "Harbour Minister Pavel Dorn spoke on Saturday.\n\n\"I hope this does not happen,\" Dorn said.\n\nIvo Velt, a forum organiser, spoke next.\n\n\"The port will stay the busiest on the coast for decades to come.\"",
			want: []got{
				{Text: "I hope this does not happen,", Speaker: "Pavel Dorn", Kind: "person", Parts: 1},
				{Text: "The port will stay the busiest on the coast for decades to come.", Speaker: "Ivo Velt", Kind: "person", Parts: 1},
			},
		},
	})
}

// TestParticipleAfterAQuote covers a participle right after a quoted
// word's comma that reports more of the same speaker's words in a long
// clause ("..., telling reporters during a visit on Friday that the vote
// is "a great thing."): the quote's speaker says them; a clause naming
// someone else is not theirs. Each text is fictional, written for the
// test.
func TestParticipleAfterAQuote(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a long clause after the participle",
			text: "Harbour Minister Pavel Dorn spoke on Monday.\n\nDorn has hailed the vote to close the old quay as \u201cfantastic,\u201d telling reporters during a visit to Kessport on Friday that he thinks the closure is \u201ca great thing.\u201d",
			want: []got{
				{Text: "fantastic,", Speaker: "Pavel Dorn", Kind: "person", Partial: true, Parts: 1},
				{Text: "a great thing.", Speaker: "Pavel Dorn", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a clause bringing in someone else's words",
			text: "Harbour Minister Pavel Dorn spoke on Monday.\n\nDorn has hailed the vote to close the old quay as \u201cfantastic,\u201d recalling his mother's advice to \u201calways leave a harbour better than you found it.\u201d",
			want: []got{
				{Text: "fantastic,", Speaker: "Pavel Dorn", Kind: "person", Partial: true, Parts: 1},
				{Text: "always leave a harbour better than you found it.", Partial: true, Parts: 1},
			},
		},
		{
			name: "a clause naming someone else",
			text: "Harbour Minister Pavel Dorn spoke on Monday.\n\nDorn has hailed the vote to close the old quay as \u201cfantastic,\u201d telling reporters that Ada Holm thinks the closure is \u201ca great thing for the whole town.\u201d",
			want: []got{
				{Text: "fantastic,", Speaker: "Pavel Dorn", Kind: "person", Partial: true, Parts: 1},
				{Text: "a great thing for the whole town.", Partial: true, Parts: 1},
			},
		},
	})
}

// TestNameIndexThings checks the name index directly: a name set off by a
// gathering ("the Ulby Dialogue, a regional security forum") or made of a
// word and a letter ("Plan B") is no person; a person set off as a
// member of one ("Ivo Velt, a member of the assembly") and a name
// with a given name and a letter ("Ada K.") are. Each text is fictional.
func TestNameIndexThings(t *testing.T) {
	for _, c := range []struct {
		text, last string
		person     bool
	}{
		{"Dorn told the Ulby Dialogue, a regional security forum in Kessport, that the port would stay open.", "dialogue", false},
		{"Ivo Velt, a member of the assembly, voted against the plan.", "velt", true},
		{"It is time for Plan B, the council said.", "b", false},
		{"The plan came from Ada K. and her staff.", "k.", true},
	} {
		ix := buildNameIndex(c.text, tokenize(c.text, 0, len(c.text), nil), nil)
		got := slices.ContainsFunc(ix.persons, func(p personAt) bool { return p.last == c.last })
		if got != c.person {
			t.Errorf("%q: person %q listed = %v, want %v (persons %v)", c.text, c.last, got, c.person, ix.persons)
		}
	}
}
