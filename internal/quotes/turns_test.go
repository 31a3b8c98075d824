package quotes

import "testing"

// TestQuotationsOverParagraphs: a quotation in typed marks (”) runs on into
// the next paragraph as one in '"' does; a lone paragraph opening with a
// note's label in capitals is no transcript turn; a transcript's turns by
// two labels are quotations of their own. The text is fictional.
func TestQuotationsOverParagraphs(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "typed marks run over two paragraphs",
			text: "The quay was shut for a week.\n\n''We will rebuild the north wall before the winter storms.\n\n''It will cost the town more than anyone hoped,'' Mayor Dana Whitfield said.",
			want: []got{{Text: "We will rebuild the north wall before the winter storms. It will cost the town more than anyone hoped,", Speaker: "Dana Whitfield", Kind: "person", Parts: 2}},
		},
		{
			name: "a note's label inside a running quotation",
			text: "The ferry timetable changed again.\n\n\"We have three things to do this year.\n\n\"NOTE: the night ferry will run again in March,\" Mayor Dana Whitfield said.",
			want: []got{{Text: "We have three things to do this year. NOTE: the night ferry will run again in March,", Speaker: "Dana Whitfield", Kind: "person", Parts: 2}},
		},
		{
			name: "an outlet's quotation in a paragraph of its own is the outlet's",
			text: "\"We will appeal,\" harbour owner Nils Royce said.\n\n\"The ruling stands and the quay stays shut,\" the Calder Herald reported.",
			want: []got{{Text: "We will appeal,", Speaker: "Nils Royce", Kind: "person", Parts: 1},
				{Text: "The ruling stands and the quay stays shut,", Speaker: "Calder Herald", Kind: "organization", Parts: 1}},
		},
	})
}
