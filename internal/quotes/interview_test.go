package quotes

import "testing"

// TestInterviewTurns: in an interview, answers are the one interviewed's,
// questions the interviewer's (no one named), and never the words of a
// person a question names. The text is fictional.
func TestInterviewTurns(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a she in an answer is the one interviewed, not the mayor the question named",
			text: "Lorna Pettigrew has run the Calder harbour for eleven years. We spoke to her about the freeze.\n\nQ: Mayor Ostrander said last week that the harbour \"should have been ready.\" Is he right?\n\nA: \"He is entitled to his view. We had the tugs in place and the crews on standby,\" she said.\n\nQ: What happens next?\n\nA: We wait and we watch the ice.",
			want: []got{{Text: "should have been ready.", Speaker: "Ostrander", Kind: "person", Partial: true, Parts: 1},
				{Text: "He is entitled to his view. We had the tugs in place and the crews on standby,", Speaker: "Lorna Pettigrew", Kind: "person", Parts: 1}},
		},
		{
			name: "quoted turns after Q and A labels: no speaker Q, the answers the lead's person's",
			text: "Dario Venn, the new head of Northline Rail, took our questions.\n\nQ: \"Commuters say the trains are always late. Are they?\"\n\nA: \"Some are. We are fixing the signals first.\"\n\nQ: \"Your predecessor, Hana Liddell, promised new carriages. Will they come?\"\n\nA: \"She was right to promise them, and they will come next year.\"",
			want: []got{{Text: "Commuters say the trains are always late. Are they?", Parts: 1},
				{Text: "Some are. We are fixing the signals first.", Speaker: "Dario Venn", Kind: "person", Parts: 1},
				{Text: "Your predecessor, Hana Liddell, promised new carriages. Will they come?", Parts: 1},
				{Text: "She was right to promise them, and they will come next year.", Speaker: "Dario Venn", Kind: "person", Parts: 1}},
		},
		{
			name: "an answer's I said is the one answering",
			text: "Dario Venn, the new head of Northline Rail, took our questions.\n\nQ. Your predecessor, Hana Liddell, said the carriages were \"a disgrace.\" Do you agree?\n\nA. Mostly. When I rode them in May I said they were \"tired but safe,\" and I still think that.\n\nQ. Will fares rise?\n\nA. Not this year. The board has told me \"no rises before the election,\" and I agree with them.",
			want: []got{{Text: "a disgrace.", Speaker: "Hana Liddell", Kind: "person", Partial: true, Parts: 1},
				{Text: "tired but safe,", Speaker: "Dario Venn", Kind: "person", Partial: true, Parts: 1},
				{Text: "no rises before the election,", Speaker: "board", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "turns opening with the speaker's name: an I in a turn is its speaker",
			text: "The novelist Imre Kastel sat down with our reporter Wendy Hollis in Marrow Bay.\n\nHollis: Your new book opens with a flood. Why?\n\nKastel: \"Floods are honest,\" I told my editor. They take everything.\n\nHollis: Critics called it \"a cold book.\" Does that hurt?\n\nKastel: Not at all. \"Cold is what I wanted,\" I said at the launch.",
			want: []got{{Text: "Floods are honest,", Speaker: "Imre Kastel", Kind: "person", Parts: 1},
				{Text: "a cold book.", Speaker: "critics", Kind: "person", Partial: true, Parts: 1},
				{Text: "Cold is what I wanted,", Speaker: "Imre Kastel", Kind: "person", Parts: 1}},
		},
		{
			name: "questions alone in their paragraphs, each answered by a quotation",
			text: "Captain Ilse Brandvold, 52, steers the night ferry between Osric and Tallow Point.\n\nHow did you start?\n\n\"I started as a deckhand when I was sixteen. Nobody thought a girl would last a season.\"\n\nWhat was the worst night?\n\n\"The storm of the year the pier fell. We lost power for an hour.\"",
			want: []got{{Text: "I started as a deckhand when I was sixteen. Nobody thought a girl would last a season.", Speaker: "Ilse Brandvold", Kind: "person", Parts: 1},
				{Text: "The storm of the year the pier fell. We lost power for an hour.", Speaker: "Ilse Brandvold", Kind: "person", Parts: 1}},
		},
		{
			name: "an explainer's answers quote others: no one interviewed",
			text: "Searchers from Pellam and Ostrava looked again on Monday for the lost plane.\n\nQ: WHAT DID THE PILOTS SAY?\n\nA: The last call came at dawn, when the pilot \"asked to turn left and climb to avoid the clouds.\" Then the radar lost the plane.\n\nQ: WHAT COMES NEXT?\n\nA: Divers go down on Tuesday.",
			want: []got{{Text: "asked to turn left and climb to avoid the clouds.", Partial: true, Parts: 1}},
		},
	})
}
