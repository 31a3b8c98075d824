package quotes

import "testing"

// TestSentenceEndCues49 covers quoted words inside a sentence whose cue
// closes it inverted ("... than the council, said Omar Lind"), after a
// relative clause or with an appositive after the name (but not one word,
// a sound: "a faint 'ping,' ..., according to"); a second verb of
// one subject after "and" and a phrase of when ("and on Tuesday said");
// and the subject of a clause "and" opens after a first cue ("Lind said
// the quay had flooded and the ferry crew said"). Each text is fictional,
// written for the test.
func TestSentenceEndCues49(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "an inverted cue closes the sentence",
			text: "The port authority \"is far more careful with money\" than the city council, said Omar Lind.",
			want: []got{{Text: "is far more careful with money", Speaker: "Omar Lind", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an inverted cue after a relative clause, with an appositive",
			text: "The port authority \"is far more careful with money\" than the city council, which also runs the ferry, said Omar Lind, a former harbour master now at the Coast Institute.",
			want: []got{{Text: "is far more careful with money", Speaker: "Omar Lind", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "according to a statement closes the sentence",
			text: "The dispute was \"settled to the satisfaction of both sides\" last spring, according to a statement issued by the ferry company.",
			want: []got{{Text: "settled to the satisfaction of both sides", Speaker: "statement", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a cue before the closing one keeps the words its speaker's",
			text: "Ada Holm kept the light for a year. It was \"a long and lonely winter\" at the lighthouse, she told the Lantern, according to Harbour Watch.",
			want: []got{{Text: "a long and lonely winter", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "one word before a far inverted cue is a sound, not speech",
			text: "An oil slick and the sound of a faint \"ping,\" have been discounted, according to harbour authorities, who lead the search.",
			want: nil,
		},
		{
			name: "a second verb after and and a phrase of when",
			text: "The Tide Watch website said there had been flooding near the quay and on Tuesday said a breach of the wall \"could not be ruled out.\"",
			want: []got{{Text: "could not be ruled out.", Speaker: "Tide Watch website", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "the subject of the clause and opens after a first cue",
			text: "Omar Lind said the quay had flooded and the ferry crew said the plan was \"a fraud from the first day to the last.\"",
			want: []got{{Text: "a fraud from the first day to the last.", Speaker: "ferry crew", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a time after but is no subject",
			text: "Ada Tarrow said the ferry was late, but a few days ago added: \"I am nervous about all of it, to be honest.\"",
			want: []got{{Text: "I am nervous about all of it, to be honest.", Speaker: "Ada Tarrow", Kind: "person", Parts: 1}},
		},
	})
}

// TestStanceVerbs49 covers quoted words after a verb that tells of what
// someone said without a verb of saying: "spoke of", "introduced ... as",
// "remembered", "recommended". A noun the writer marks after a determiner
// stays no one's. Each text is fictional, written for the test.
func TestStanceVerbs49(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "spoke of the need",
			text: "Ada Holm spoke of the need for the town to \"look ahead to the port we are building together.\"",
			want: []got{{Text: "look ahead to the port we are building together.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "introduced someone as",
			text: "Ada Holm introduced Omar Lind to the audience as \"someone who has changed what a harbour master is.\"",
			want: []got{{Text: "someone who has changed what a harbour master is.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "remembered someone doing",
			text: "Omar Lind remembered Holm rehearsing there and \"going way off script in a way only she could.\"",
			want: []got{{Text: "going way off script in a way only she could.", Speaker: "Omar Lind", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a body recommended",
			text: "The commission recommended that agencies be required to embed staff who would be \"responsible for oversight of all contractors.\"",
			want: []got{{Text: "responsible for oversight of all contractors.", Speaker: "commission", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a marked noun after a determiner is no one's",
			text: "Omar Lind remembered the \"Iron Bridge\" well.",
			want: nil,
		},
	})
}
