package quotes

import "testing"

// TestSentenceShapes48 covers shapes read on real coverage: a subject
// with its article and an appositive after an opening phrase of time or
// place ("On Monday, the Harbour Daily, the party's paper, warned"); an
// inverted cue with a description after the quoted words run on ("... to
// outreach, said a senior official"); and two curly single marks set for
// a double one ("...,’’ Ada Holm told"). Each text is fictional, written
// for the test.
func TestSentenceShapes48(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a paper named with its article after a day",
			text: "On Monday, the Harbour Daily, the mouthpiece of the ruling party, warned that there was \"no room for compromise\" on the port.",
			want: []got{{Text: "no room for compromise", Speaker: "Harbour Daily", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a board named with its article after a place",
			text: "In Kessport, the Harbour Board, the port authority, said: \"The quays stay closed until Friday.\"",
			want: []got{{Text: "The quays stay closed until Friday.", Speaker: "Harbour Board", Kind: "organization", Parts: 1}},
		},
		{
			name: "a description after a day is the subject still",
			text: "On Monday, the harbour master, a veteran of the port, said: \"The quays stay closed until Friday.\"",
			want: []got{{Text: "The quays stay closed until Friday.", Speaker: "harbour master", Kind: "person", Parts: 1}},
		},
		{
			name: "an opening phrase that names someone is no place",
			text: "As Ada Holm, a tax lawyer, put it: \"The quays stay closed until Friday.\"",
			want: []got{{Text: "The quays stay closed until Friday.", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a description after an inverted cue past the quoted words' run-on",
			text: "\"What we have found is that the wardens are not responsive\" to offers of talks, said a senior Ostland official, speaking on condition of anonymity.",
			want: []got{{Text: "What we have found is that the wardens are not responsive", Speaker: "senior Ostland official", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "two curly singles close the quotation",
			text: "“It was an attempt to mislead voters,’’ Ada Holm, chief executive of the watchdog Fair Count, told the Courier.",
			want: []got{{Text: "It was an attempt to mislead voters,", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "two curly singles open and close it",
			text: "‘‘The clocks stopped at noon,’’ says the narrator.",
			want: []got{{Text: "The clocks stopped at noon,", Speaker: "narrator", Kind: "person", Parts: 1}},
		},
	})
}

// TestReportedFindings48 covers a description of a country's leader far
// from the name ("Marovian PM Ivo Tark" in the lead, "the Marovian leader
// said" paragraphs on), and a finding another reports ("Tark said that
// Kessport had concluded the quays were '...'"): the one reporting it
// speaks. Each text is fictional, written for the test.
func TestReportedFindings48(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the leader of the one country named paragraphs before",
			text: "Marovian PM Ivo Tark says the ferry was lost.\n\nIt was carrying 239 people.\n\nA search has focused on the southern sea.\n\nRescuers found nothing on Sunday.\n\nBut on Monday, the Marovian leader said the search had to go on \"as long as there is hope\".",
			want: []got{{Text: "as long as there is hope", Speaker: "Ivo Tark", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "two leaders of that country name no one",
			text: "Marovian PM Ivo Tark and Marovian President Ada Lund met on Sunday.\n\nA search has focused on the southern sea.\n\nBut on Monday, the Marovian leader said the search had to go on \"as long as there is hope\".",
			want: []got{{Text: "as long as there is hope", Speaker: "Marovian leader", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a finding reported by the one who speaks",
			text: "Ivo Tark said that after legal advice the Harbour Board had concluded the new quays were \"not, per se, against the harbour law\", saying he trusted the courts.",
			want: []got{{Text: "not, per se, against the harbour law", Speaker: "Ivo Tark", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a finding with no one reporting it",
			text: "The Harbour Board concluded the new quays were \"not, per se, against the harbour law\".",
			want: []got{{Text: "not, per se, against the harbour law", Speaker: "Harbour Board", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a finding of a person named in full is theirs",
			text: "Ivo Tark said Anna Lund had concluded the new quays were \"not, per se, against the harbour law\".",
			want: []got{{Text: "not, per se, against the harbour law", Speaker: "Anna Lund", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a finding after the sentence that reports is no one's report",
			text: "Ivo Tark spoke on Monday. The Harbour Board concluded the new quays were \"not, per se, against the harbour law\".",
			want: []got{{Text: "not, per se, against the harbour law", Speaker: "Harbour Board", Kind: "organization", Partial: true, Parts: 1}},
		},
	})
}
