package quotes

import "testing"

// TestSpeakerPhrases50 covers the session's rules for who speaks, each
// with a case it must leave alone: a plural noun cue after a possessive
// ("the minister's remarks") is a noun, not a verb; "who said" after a
// description gives the words to the one described; "then" ends a
// sentence's subject; a role with the name in an appositive ("The Prime
// Minister, Ada Fenwick, ... and called for") is the one named; kin of a
// surname ("Dorn's mother") is the one person of that surname and sex;
// "Interpol's head, Ronald Vell" is Ronald Vell; "has spoken to" is someone
// speaking. Each text is fictional, written for the test.
func TestSpeakerPhrases50(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a possessive makes the cue a noun: the one who called them so speaks",
			body:  `The council called the minister's remarks "unkind and wrong."`,
			words: "unkind and wrong",
			want:  "council",
		},
		{
			name:  "a possessive makes the cue a noun: the one who said it speaks",
			body:  `The town council said Varga's remarks "are based on opinion, not facts."`,
			words: "are based on opinion",
			want:  "town council",
		},
		{
			name:  "who said after a description",
			body:  `In the same video, Pell was seen kneeling in front of a masked fighter, who said, "The life of this man depends on your next decision."`,
			words: "The life of this man",
			want:  "masked fighter",
		},
		{
			name:  "who said after the object of a person's preposition is no one's to tell",
			body:  `Reporters found a friend of the ferryman, who said, "He never came home that night."`,
			words: "He never came home",
			want:  "",
		},
		{
			name:  "then ends the subject",
			body:  "The lunch thief then came back with a reply, asking for ten dollars.\n\n\"Dear owner, I have your sandwich. It is safe for now.\"",
			words: "Dear owner",
			want:  "lunch thief",
		},
		{
			name:  "a role named in an appositive before a second verb",
			body:  "The Prime Minister, Ada Fenwick, supported the ban which was announced by league officials outside the palace and called for tougher sentences.\n\n\"We have to get the game cleaned up at home,\" she said.",
			words: "We have to get the game",
			want:  "Ada Fenwick",
		},
		{
			name:  "kin of a surname is the one of that surname and sex",
			body:  "Reporter Pavel Dorn was taken in March.\n\nMary Dorn asked the leader to spare her son, \"to use your authority to spare his life.\"\n\nDorn's mother said he was \"an honorable man\" who tried to help the weak.",
			words: "an honorable man",
			want:  "Mary Dorn",
		},
		{
			name:  "kin of a surname two people of that sex share stays a description",
			body:  "Reporter Pavel Dorn was taken in March.\n\nMary Dorn and Anna Dorn asked the leader to spare him.\n\nDorn's mother said he was \"an honorable man\" who tried to help the weak.",
			words: "an honorable man",
			want:  "Dorn's mother",
		},
		{
			name:  "a body's head with the name in an appositive",
			body:  `"The more we learn, the less we believe it was an attack," said Interpol's head, Ronald Vell.`,
			words: "The more we learn",
			want:  "Ronald Vell",
		},
		{
			name:  "has spoken to is someone speaking",
			body:  "The agency has released an image of the two men.\n\n\"We are still searching,\" said the agency's head, Ronald Vell.\n\nAn unnamed Ostlander, who met both men and went with them to the airport, has spoken to Harbour Radio about the days before.\n\n\"One of the two was my friend from school,\" he told the radio on Monday.",
			words: "One of the two",
			want:  "Ostlander",
		},
		{
			name:  "a noun cue after a possessive with no verb before it stays the possessor's",
			body:  `The council rejected Ada Holm's claims that the harbour was "close to bankrupt."`,
			words: "close to bankrupt",
			want:  "Ada Holm",
		},
		{
			name:  "who said after a name and its appositive is the one named",
			body:  `The fire was spotted by Ada Holm, a retired teacher, who said, "The whole sky turned orange."`,
			words: "The whole sky",
			want:  "Ada Holm",
		},
		{
			name:  "who said after a name and an appositive with of is the one named",
			body:  `Police spoke to John Marsh, a neighbour of the family, who said, "They were quiet people."`,
			words: "They were quiet",
			want:  "John Marsh",
		},
		{
			name:  "kin of a surname is never the one the story is about",
			body:  "John Dorn, a fisherman, drowned in March. His wife Mary Dorn found his boat.\n\nDorn's son said his father was \"the best sailor on the coast.\"",
			words: "the best sailor",
			want:  "Dorn's son",
		},
		{
			name:  "kin of a surname is not one brought in as other kin",
			body:  "Reporter John Dorn was taken in March.\n\nHis mother, Mary Dorn, has appealed for his release.\n\nDorn's wife said he was \"a gentle and brave man.\"",
			words: "a gentle and brave man",
			want:  "Dorn's wife",
		},
		{
			name:  "claims after a possessive are no one speaking for a later he",
			body:  "Arturo Vell, the former envoy, said the city must rebut Pike's claims. The new plan is a \"very welcome change,\" he said.",
			words: "very welcome change",
			want:  "Arturo Vell",
		},
		{
			name:  "a thing before then does not speak",
			body:  `The alarm then sounded across the town, warning people to "stay inside and close every window at once."`,
			words: "stay inside",
			want:  "",
		},
		{
			name:  "spoken to the family is asking, not speaking",
			body:  "Police have spoken to the family of the missing girl.\n\n\"We just want her home and safe with us again.\"",
			words: "We just want her home",
			want:  "",
		},
	})
}

// TestSpeakerPhrases50Possessor checks that words a possessive owns go to
// no later "said": the review's probe of the possessive noun cue. The text
// is fictional.
func TestSpeakerPhrases50Possessor(t *testing.T) {
	body := `The mayor's promises of "a ferry every hour" came to nothing, Omar Lind said.`
	if got := speakerOf(t, "", body, "a ferry every hour"); got == "Omar Lind" || got == "" {
		t.Errorf("speaker = %q, want the mayor", got)
	}
}
