package quotes

import "testing"

// TestExtractNotes covers a note that reads its words after a quotation
// cut off with three dots: "the first of many angry notes" is a document
// (not a cue "notes" with "the first of many angry" speaking), and the
// note's next paragraph goes on with it. The text is fictional.
func TestExtractNotes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "one of many notes after three dots",
			text: "A ferry worker kept losing his lunch.\n\n\"To the person who keeps taking my soup...\" the first of many angry notes reads.\n\n\"Stop taking other people's food!!!\"",
			want: []got{
				{Text: "To the person who keeps taking my soup...", Speaker: "first of many angry notes", Kind: "document", Parts: 1},
				{Text: "Stop taking other people's food!!!", Speaker: "first of many angry notes", Kind: "document", Parts: 1},
			},
		},
		{
			name: "a plural noun after a number word is no cue",
			text: "The feud at the ferry office went on.\n\nWhat follows is one of several demands from the soup thief to leave five pounds in the fridge - or they'll \"never see the soup again, not even a spoonful.\"",
			want: []got{{Text: "never see the soup again, not even a spoonful.", Partial: true, Parts: 1}},
		},
		{
			name: "a dictionary is a document",
			text: "What is an appeal? According to the dictionary, it is \"arousing a warm response in the listener.\"",
			want: []got{{Text: "arousing a warm response in the listener.", Speaker: "dictionary", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a plural noun before its verb is no cue",
			text: "\"The quay is closed until spring,\" the harbour notes read.",
			want: []got{{Text: "The quay is closed until spring,", Speaker: "harbour notes", Kind: "document", Parts: 1}},
		},
	})
}
