package quotes

import "testing"

// Words that open a sentence with a capital only because they open it are
// no speakers, nor is a dateline, nor one who wrote a work; each case
// failed before its fix, save the ones marked as kept.
func TestJunkSpeakers(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a determiner opening the sentence is no name",
			body:  "The ferry vote is on Tuesday.\n\nEach election cycle, there's a threat many islanders make but few keep: \"If the levy passes, I'm moving to the mainland!\"",
			words: "If the levy passes", want: "",
		},
		{
			name:  "an adverb of time opening the sentence leaves the subject after it",
			body:  "Ivo Tark praised the harbour master in 2001.\n\nBack in 1999, Mr. Tark expressed admiration for the crews, telling the Calder Gazette: \"I wish I could row like that. I just can't.\"",
			words: "I wish I could row", want: "Ivo Tark",
		},
		{
			name:  "hours later is no name",
			body:  "The mayor met Ivo Tark on Monday.\n\nHours later, Tark returned the compliment, telling the wire, \"Ada and I have been friends for a long time. She is a fine mayor.\"",
			words: "Ada and I have been friends", want: "Ivo Tark",
		},
		{
			name:  "an adverb opening the sentence does not make the noun after it a speaker",
			body:  "Mayor Ada Holm has promised to cut the ferry fares.\n\nAt meeting after meeting, she vows to halve them. Then, the laugh line: \"I would row the ferry myself, but the union would never allow it.\"",
			words: "I would row the ferry", want: "",
		},
		{
			name:  "an imperative to the reader is no speaker",
			body:  "The port said the numbers were set by the board.\n\nWait, it gets better:\n\n\"By law, the board every year sets the number of berths the port can let in a year.\"",
			words: "By law, the board", want: "",
		},
		{
			name:  "a plural noun before of and a lower-case word is no name",
			body:  "The polls missed the late swing.\n\nSigns of momentum were there all along - more from Lusk and Varga: \"Data collected by our firm helps confirm that both issues were in play for polling on the island this year.\"",
			words: "Data collected by our firm", want: "",
		},
		{
			name:  "a dateline with a date is no speaker",
			body:  "ULBY, Dec. 8 (Wirepost) — In response to the levy, Mayor Ada Holm rallied supporters, saying: \"We have to be ready to stop it.\"",
			words: "We have to be ready", want: "Ada Holm",
		},
		{
			name:  "kept: a common word the article writes as a name inside a sentence",
			body:  "The ferry runs twice a day, said skipper Ivo Back.\n\nBack said: \"We sail at dawn and we sail at dusk, whatever the weather.\"",
			words: "We sail at dawn", want: "Ivo Back",
		},
		{
			name:  "kept: one who wrote in a book speaks",
			body:  "The ferry sank in 1990.\n\nAda Holm wrote in her book: \"The sea took everything we had that winter.\"",
			words: "The sea took everything", want: "Ada Holm",
		},
	})
}

// TestWroteAPlayIsNotTheSpeaker: one who wrote a play is not the "he" of a
// later quote. Whose words they are (Mr Harlan's, by the "he said" before
// them) is not asked: the quote is read with no speaker today.
func TestWroteAPlayIsNotTheSpeaker(t *testing.T) {
	body := "Bidding will start at $60, rather more than the $20 Mr Harlan paid for the coat.\n\nThen there is the lamp used by Oskar Brell, who wrote the play, for which he won a prize.\n\nOne thing which Mr Harlan is keeping is the hat.\n\nSelling the collection will enable Mr Harlan to share it with others, he said.\n\n“I am really looking forward to walking through a museum and seeing something that I once owned.\n\nIt is not his favourite play."
	if got := speakerOf(t, "", body, "I am really looking"); got == "Oskar Brell" {
		t.Errorf("speaker %q, the writer of the play", got)
	}
}
