package quotes

import "testing"

// TestSentenceEndCues49 covers quoted words inside a sentence whose cue
// closes it inverted ("... than the council, said Omar Lind"), after a
// relative clause or with an appositive after the name (but not one word,
// a sound: "a faint 'ping,' ..., according to"; not another's words after
// a possessive, a nickname, a title in capitals or an inquiry's finding);
// and a second verb of one subject after "and" and a phrase of when ("and
// on Tuesday said"), but not after a relative clause ("a man who said ...
// and later said").
// Each text is fictional, written for the test.
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
			name: "another's words after a possessive are not the closing cue's",
			text: "The harbour chief's promise of \"a ferry every single hour, day and night\" was broken within a month, said Omar Lind.",
			want: []got{{Text: "a ferry every single hour, day and night", Partial: true, Parts: 1}},
		},
		{
			name: "words a possessive pronoun owns are not the closing cue's",
			text: "Ivo Tark won the vote easily, but his promise of \"a ferry every single hour\" was broken within a month, said Petra Kask.",
			want: []got{{Text: "a ferry every single hour", Partial: true, Parts: 1}},
		},
		{
			name: "words someone greeted others with are theirs",
			text: "Ivo Tark greeted the returning crew with \"welcome home, you mad fools\" at the quay, said Petra Kask.",
			want: []got{{Text: "welcome home, you mad fools", Partial: true, Parts: 1}},
		},
		{
			name: "a plural possessive too",
			text: "Skippers' \"greedy and reckless\" label stuck to the harbour board for months, said Omar Lind.",
			want: nil,
		},
		{
			name: "a nickname inside a name is no one's words",
			text: "Tomas \"the Hammer\" Brek won the rowing race for the fourth year, said Ada Holm.",
			want: nil,
		},
		{
			name: "a title in capitals is no one's words",
			text: "The \"Iron Lady of the Quay\" retired on Friday after forty years, said Omar Lind.",
			want: nil,
		},
		{
			name: "an inquiry's finding is not the words of the one reporting it",
			text: "The inquiry found the crew \"acted with courage and skill\" that night, said Omar Lind.",
			want: []got{{Text: "acted with courage and skill", Partial: true, Parts: 1}},
		},
		{
			name: "a second verb after and and a phrase of when",
			text: "The Tide Watch website said there had been flooding near the quay and on Tuesday said a breach of the wall \"could not be ruled out.\"",
			want: []got{{Text: "could not be ruled out.", Speaker: "Tide Watch website", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a first cue inside a relative clause gives the second no subject",
			text: "Police arrested a man who said he had a bomb and later said he had been \"only joking about all of it.\"",
			want: []got{{Text: "only joking about all of it.", Partial: true, Parts: 1}},
		},
		{
			name: "a closed relative clause before the first cue",
			text: "The Tide Watch website, which tracks the harbour, said there had been flooding and on Tuesday said a breach \"could not be ruled out.\"",
			want: []got{{Text: "could not be ruled out.", Speaker: "Tide Watch website", Kind: "document", Partial: true, Parts: 1}},
		},
	})
}

// TestStanceVerbs49 covers quoted words after a verb that tells of what
// someone said without a verb of saying: "spoke of", "introduced ... as",
// "remembered", "recommended". A noun the writer marks after a determiner,
// a name in capitals and another's words (after a possessive, "whose")
// stay no one's. Each text is fictional, written for the test.
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
			name: "a law's name is no one's words",
			text: "Ada Holm introduced the \"Clean Quays and Safe Ferries Act\" in the spring session.",
			want: nil,
		},
		{
			name: "words after another's possessive are theirs",
			text: "Ada Holm remembered Brek's \"we sail at dawn, whatever the sea\" speech to the crew.",
			want: []got{{Text: "we sail at dawn, whatever the sea", Partial: true, Parts: 1}},
		},
		{
			name: "words of one whose last words they were",
			text: "Ada Holm spoke at the funeral of Tomas Brek, whose last words were \"keep the light burning for the boats.\"",
			want: []got{{Text: "keep the light burning for the boats.", Partial: true, Parts: 1}},
		},
		{
			name: "words after a plural possessive and a word for a demand are theirs",
			text: "Greta Ulm reflected on the dockers' demand for \"a fair wage for a fair catch.\"",
			want: []got{{Text: "a fair wage for a fair catch.", Partial: true, Parts: 1}},
		},
		{
			name: "a pronoun right before the words is the writer's for the speaker's own",
			text: "Ada Holm has thanked well-wishers at home and abroad for their \"kind and touching messages\" as she marks fifty years in office.",
			want: []got{{Text: "kind and touching messages", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a marked noun after a determiner is no one's",
			text: "Omar Lind remembered the \"Iron Bridge\" well.",
			want: nil,
		},
	})
}

// TestStatementSaying49 covers a participle after a cue of several words,
// "released another statement saying:": the cue's subject speaks. (The
// kind is not asserted: "the club" is still read as a person.) The text
// is fictional, written for the test.
func TestStatementSaying49(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "the club released another statement saying",
			text:    "Omar Lind joined the Kessport rowing club in 2001.\n\nThe club swiftly released another statement saying: \"We thank Omar Lind for ten fine seasons in the blue shirt.\"",
			opening: "We thank Omar Lind",
			speaker: "club",
		},
	})
}

// TestPhoneCall49 covers "called" as a telephone call ("Tark called Holm to
// express his sympathy "...," said Lind"): the cue after the quoted words
// names the speaker; "called" still names words when it is the only cue
// ("called Tark to congratulate him on "..."") or a naming ("called the
// flood a "hoax,""). Each text is fictional, written for the test.
func TestPhoneCall49(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a telephone call before the quoted words, a cue after them",
			text: "Marovian President Ivo Tark called Holm to express his condolences \"and offered to provide any help as needed,\" said Holm spokesman Omar Lind.",
			want: []got{{Text: "and offered to provide any help as needed,", Speaker: "Omar Lind", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a telephone call and no other cue",
			text: "Ada Holm called Tark to congratulate him on \"a fine and fair win.\"",
			want: []got{{Text: "a fine and fair win.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a summons is no telephone call",
			text: "The chairwoman called Pell to order for \"conduct unworthy of this chamber,\" said Sina Dorf.",
			want: []got{{Text: "conduct unworthy of this chamber,", Speaker: "chairwoman", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "words the caller's possessive owns stay the caller's",
			text: "Ivo Tark called Holm to beg her forgiveness for his \"foolish and cruel words,\" said Petra Kask.",
			want: []got{{Text: "foolish and cruel words,", Speaker: "Ivo Tark", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a naming before a clause of another",
			text: "While Ada Holm called the flood a \"hoax,\" Omar Lind went further.",
			want: []got{{Text: "hoax,", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}
