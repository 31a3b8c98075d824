package quotes

import "testing"

// TestExtractPulledQuote covers a pulled quote set between paragraphs with
// no speaker: it is the speaker's whose quote elsewhere holds its words,
// and no one's when two people said them. The text is fictional.
func TestExtractPulledQuote(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the words of a later quote",
			text: "Child welfare workers were shocked by the games.\n\n\"They are like pawns on a board\"\n\nClinic director Shaheda Omari said it was the first time she had heard of it.\n\n\"These children are being used. They are like pawns on a board,\" Omari said.",
			want: []got{
				{Text: "They are like pawns on a board", Speaker: "Shaheda Omari", Kind: "person", Parts: 1},
				{Text: "These children are being used. They are like pawns on a board,", Speaker: "Shaheda Omari", Kind: "person", Parts: 1},
			},
		},
		{
			name: "words two people said stay with no one",
			text: "Child welfare workers were shocked by the games.\n\n\"They are like pawns on a board\"\n\n\"They are like pawns on a board,\" Omari Lund said.\n\n\"Yes, they are like pawns on a board,\" Ada Holm said.",
			want: []got{
				{Text: "They are like pawns on a board", Parts: 1},
				{Text: "They are like pawns on a board,", Speaker: "Omari Lund", Kind: "person", Parts: 1},
				{Text: "Yes, they are like pawns on a board,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
	})
}
