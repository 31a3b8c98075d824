package quotes

import "testing"

// TestExtractCalledWords covers short quoted words after a verb that
// characterises something, in a list or after an aside: each is the
// subject's, while a name the verb gives someone is no quotation. The
// text is fictional, written for the test.
func TestExtractCalledWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a list of quoted words, each comma inside the marks",
			text: "Piet Rask called the order \"dangerous,\" \"reckless\" and \"cruel.\"",
			want: []got{{Text: "dangerous, reckless cruel.", Speaker: "Piet Rask", Kind: "person", Partial: true, Parts: 3}},
		},
		{
			name: "a linking adverb between the subject and the verb",
			text: "Ines Calder spoke to the board.\n\nThe union, though, called the offer \"an insult.\"",
			want: []got{{Text: "an insult.", Speaker: "union", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a name given to someone named",
			text: "Piet Rask called Calder \"Comrade Ines.\"",
		},
		{
			name: "a name given to him",
			text: "Rivals called him \"Captain Tide.\"",
		},
		{
			name: "one capitalised word is the speaker's",
			text: "Piet Rask called it \"Orwellian.\"",
			want: []got{{Text: "Orwellian.", Speaker: "Piet Rask", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestExtractBodyAsIt covers an "it" speaking after a sentence that opens
// with a body's name: the body speaks. The text is fictional.
func TestExtractBodyAsIt(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a name the sentence calls it",
			text: "Halden Rail said on Tuesday it would close the line. \"Safety comes first,\" it announced on its Facebook page.",
			want: []got{{Text: "Safety comes first,", Speaker: "Halden Rail", Kind: "organization", Parts: 1}},
		},
		{
			name: "a body the sentence before opens with",
			text: "The Harbour Union met on Monday. It said the offer was \"an insult.\"",
			want: []got{{Text: "an insult.", Speaker: "Harbour Union", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "what it described, a body opening the sentence",
			text: "A harbour rights group asked a court, which oversees spending, to investigate what it described as a \"shameful spectacle for citizens and tourists\" and demanded a vote.",
			want: []got{{Text: "shameful spectacle for citizens and tourists", Speaker: "harbour rights group", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "what they called, a group opening the sentence",
			text: "Ines Calder spoke first.\n\nMayors from Ulby and Halden, V.T., meanwhile, in a statement pledged to fight what they called the port's \"dangerous\" and \"unlawful\" order.",
			want: []got{{Text: "dangerous unlawful", Speaker: "Mayors", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a name and an appositive, then its",
			text: "Petalwise, an online florist, is one of the latest firms to announce it would halt its adverts on the show.\n\n\"Mr. Dole's remarks went beyond fair debate,\" it said in a statement.",
			want: []got{{Text: "Mr. Dole's remarks went beyond fair debate,", Speaker: "Petalwise", Kind: "organization", Parts: 1}},
		},
		{
			name: "a person and an appositive is no it",
			text: "Tomas Rell, the harbour master, said it would rain.\n\n\"The dock is shut,\" it said.",
			want: []got{{Text: "The dock is shut,", Parts: 1}},
		},
		{
			name: "they after a sentence opening with a group",
			text: "The judges urged the harbour board to act.\n\nThey added that \"if proven, these are serious offences indeed.\"",
			want: []got{{Text: "if proven, these are serious offences indeed.", Speaker: "judges", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a person opening the sentence before is no it",
			text: "The mayor met the board on Monday. It called the offer \"an insult.\"",
		},
	})
}

// TestExtractDocumentRelayed covers a reporter relaying what a document
// holds: the words are the document's, not the reporter's. The text is
// fictional.
func TestExtractDocumentRelayed(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "emails included a message",
			text: "Jo Pratt of the Ledger reports the emails included the message \"Delete this now.\"",
			want: []got{{Text: "Delete this now.", Speaker: "emails", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a letter contained words",
			text: "Jo Pratt said the letter contained the words \"we will pay.\"",
			want: []got{{Text: "we will pay.", Speaker: "letter", Kind: "document", Partial: true, Parts: 1}},
		},
	})
}
