package quotes

import "testing"

// TestExtractShortPieces covers quoted words of one to five words in a
// reported sentence, as a lead paragraph sets them: each is the speaker's,
// a part of the first piece's mention, unless a clause of someone else's
// opens before it. The text is fictional, written for the test.
func TestExtractShortPieces(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "two short pieces after one cue in a lead",
			text: "Ada Holm said on Sunday that the rebel chief Ivo Darr was \"believed dead,\" or merely hurt, or \"badly wounded,\" and nobody could say more.\n\nThe army said nothing.",
			want: []got{{Text: "believed dead, badly wounded,", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a label and another after \"and\"",
			text: "The harbour master called the new tolls \"unfair\" and \"a tax on fishermen\" on Tuesday.",
			want: []got{{Text: "unfair a tax on fishermen", Speaker: "harbour master", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a pronoun opening another clause ends the sentence's speaker",
			text: "Ulby Mayor Piet Rask described the ferry chief as a \"disgrace\" after she spoke of \"hidden costs\" on the radio.",
			want: []got{{Text: "disgrace", Speaker: "Piet Rask", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a mayor of a town is the mayor, not the town",
			text: "The mayor of Ulby called the new toll a \"cheap trick that fools nobody.\"",
			want: []got{{Text: "cheap trick that fools nobody.", Speaker: "mayor", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestExtractInvertedCueAfterSentence covers a quote that opens a sentence
// going on after it to an inverted cue: the name after the cue speaks, not
// the words between. The text is fictional.
func TestExtractInvertedCueAfterSentence(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the sentence goes on, then the cue and the name",
			text: "The loss of the ferry chief may matter more to the port. \"The loss of Rask may be of more weight for his crews\" than for the rival lines, wrote Ada Holm, a harbour analyst.",
			want: []got{{Text: "The loss of Rask may be of more weight for his crews", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a day after the cue is no name",
			text: "\"It cannot wait,\" Rep. Tom Adler, D-N.Y., said Tuesday.",
			want: []got{{Text: "It cannot wait,", Speaker: "Tom Adler", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractShortSentenceParagraph covers a short quotation that is a
// whole paragraph, a sentence from a capital to its full stop: someone's
// words even with no one named, not a scare quote; a title in marks on
// its own line stays out. The text is fictional.
func TestExtractShortSentenceParagraph(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a four-word sentence alone in its paragraph",
			text: "The note war at the ferry office ended on Friday with one last plea taped to the fridge.\n\n'Please don't sink me.'\n\nNobody answered it.",
			want: []got{{Text: "Please don't sink me.", Parts: 1}},
		},
		{
			name: "a title with no full stop is no quotation",
			text: "The ferry office published a list of its notices on Friday.\n\n\"Harbour Rules for Winter\"\n\nNobody read it.",
		},
	})
}

// TestExtractPieceAfterCompany covers a second piece of a reported
// sentence after the name of a company: no one else is named, so the
// piece is the first one's speaker's; a person named in between ends it.
// The text is fictional.
func TestExtractPieceAfterCompany(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a company named between the pieces",
			text: "Ada Holm, an analyst at Norbank, said the shipyard \"came close\" to buying Ferrex last year, nearly bought Quayline and \"has quietly shopped its tug fleet around the coast.\"",
			want: []got{{Text: "came close has quietly shopped its tug fleet around the coast.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a person named between the pieces",
			text: "Ada Holm, an analyst at Norbank, said the shipyard \"came close\" to hiring Piet Rask last year, who \"has quietly shopped his tug fleet around the coast.\"",
			want: []got{
				{Text: "came close", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1},
				{Text: "has quietly shopped his tug fleet around the coast.", Partial: true, Parts: 1},
			},
		},
	})
}
