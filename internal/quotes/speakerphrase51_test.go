package quotes

import "testing"

// TestSpeakerPhrases51 covers the session's rules for who speaks, each
// with a case it must leave alone: a cue that opens a relative clause on a
// thing ("a platform that calls for") gives way to the verb earlier in its
// sentence; "quoted Ada Holm as saying" is Ada Holm's; a verb that shows
// someone ("The clip shows Ada Holm saying") gives the words to the one
// shown; a named person's written document ("Ada Holm's statement") is
// the person's. Each text is fictional, written for the test.
func TestSpeakerPhrases51(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a cue on a thing the speaker wants gives way to the verb before it",
			body:  `Ivo Brek said in a statement Tuesday night that he wants a platform that calls for "a fair wage for all of the workers."`,
			words: "a fair wage",
			want:  "Ivo Brek",
		},
		{
			name:  "a report the speaker read speaks for its authors, not for her",
			body:  `Ada Holm said she had read a report that says "the harbour will flood by the year 2040."`,
			words: "the harbour will flood",
			want:  "",
		},
		{
			name:  "a plan someone else has is not the speaker's to word",
			body:  `Ada Holm said Ivo Brek has a plan that calls for "a new harbour wall before the winter."`,
			words: "a new harbour wall",
			want:  "",
		},
		{
			name:  "quoted as saying: the one quoted",
			body:  `The Courier quoted Ada Holm as saying the plan was "dead in the water."`,
			words: "dead in the water",
			want:  "Ada Holm",
		},
		{
			name:  "quoted as saying: a description quoted",
			body:  `A news agency quoted a spokesman for the ministry as saying the talks had "broken down for good."`,
			words: "broken down for good",
			want:  "spokesman for the ministry",
		},
		{
			name:  "was quoted as saying is unchanged",
			body:  `Ada Holm was quoted by the Courier as saying the plan was "dead in the water."`,
			words: "dead in the water",
			want:  "Ada Holm",
		},
		{
			name:  "a verb that shows someone gives the words to the one shown",
			body:  `The second night of the convention featured Ada Holm saying "That is why I love this town so much."`,
			words: "That is why I love",
			want:  "Ada Holm",
		},
		{
			name:  "a named person's statement is the person's",
			body:  `"We are ready for the worst," Ada Holm's statement said.`,
			words: "ready for the worst",
			want:  "Ada Holm",
		},
		{
			name:  "a possessive before a document and a colon",
			body:  `Holm's message to the town was simple: "Stay home and stay safe tonight."`,
			words: "Stay home",
			want:  "Holm",
		},
		{
			name:  "a document of a document has no owner",
			body:  `The report's statement said the town was "ready for the worst this winter."`,
			words: "ready for the worst",
			want:  "report's statement",
		},
		{
			name:  "two possessors joined by and are no one owner",
			body:  `"We plan on renewing the licence soon," Burton and Hammond's statement said.`,
			words: "renewing the licence",
			want:  "Burton and Hammond's statement",
		},
		{
			name:  "a document another body released is not the speaker's to word",
			body:  `Ada Holm said the council released a report that says "the harbour wall will fail within a decade."`,
			words: "the harbour wall",
			want:  "",
		},
		{
			name:  "a thing in a later clause with another subject is not the speaker's",
			body:  `The mayor said the strike was over, but the union has a motto that says "we never give up and we never go home."`,
			words: "we never give up",
			want:  "",
		},
		{
			name:  "a thing someone described wants is not the speaker's",
			body:  `Ada Holm said her rival wants a platform that calls for "an end to all ferry subsidies by next spring."`,
			words: "an end to all ferry",
			want:  "",
		},
		{
			name:  "quoted as saying with a phrase after the one quoted",
			body:  `The Courier quoted Ada Holm in its Sunday edition as saying the deal was "a betrayal of the whole island."`,
			words: "a betrayal",
			want:  "Ada Holm",
		},
		{
			name:  "quoted out of context is no one's name",
			body:  `Ada Holm said the Courier had quoted her out of context as saying the ferry was "a lost cause for everyone."`,
			words: "a lost cause",
			want:  "Ada Holm",
		},
		{
			name:  "a document about the one named is not theirs",
			body:  `Ivo Brek's indictment says he "knowingly sold unsafe boats to the fishing cooperative."`,
			words: "knowingly sold",
			want:  "Ivo Brek's indictment",
		},
		{
			name:  "a lawyer's statement is not the client's",
			body:  `"Our client has done nothing wrong," Ada Holm's lawyer's statement said.`,
			words: "Our client",
			want:  "Ada Holm's lawyer's statement",
		},
		{
			name:  "a thing another person described has is not the speaker's",
			body:  `An officer said the man had a tattoo on his arm that says "Born to lose and proud of it."`,
			words: "Born to lose",
			want:  "",
		},
		{
			name:  "a thing a body the speaker names has is not the speaker's",
			body:  `Ada Holm said the town already has a bylaw that says "no boat may moor at the quay overnight."`,
			words: "no boat may moor",
			want:  "",
		},
		{
			name:  "quoted her husband as saying: the husband",
			body:  `Ada Holm died in March. The Courier quoted her husband as saying she was "the bravest woman on the island."`,
			words: "the bravest woman",
			want:  "husband",
		},
		{
			name:  "an order about the one named is not theirs",
			body:  `Ivo Brek's restraining order says he must "stay at least a hundred metres from the quay."`,
			words: "stay at least",
			want:  "Ivo Brek's restraining order",
		},
		{
			name:  "a post on a named platform is its writer's",
			body:  `"We will be back next summer," Ada Holm's Twitter post said.`,
			words: "We will be back",
			want:  "Ada Holm",
		},
		{
			name:  "a verb that does not show someone leaves the words to its subject",
			body:  `Ivo Brek endorsed Ada Holm saying "She is the best we have had in years."`,
			words: "She is the best",
			want:  "Ivo Brek",
		},
	})
}

// TestRolesNotAsides51 checks that an aside between commas after a name
// ("for her part", "however", "in a statement") is no role, that the
// clause after "According to Ada Holm," is no role of hers, and that a
// person of an outlet ("CNN's Ada Holm") is the person, not the outlet.
func TestRolesNotAsides51(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"for her part", `Ada Holm, for her part, said: "We did everything right that night."`, "Ada Holm", nil},
		{"however", `Ada Holm, however, said: "We did everything right that night."`, "Ada Holm", nil},
		{"in a statement", `Ada Holm, in a statement, said: "We did everything right that night."`, "Ada Holm", nil},
		{"a body after of stays a role", `Ivo Lund, of Carrow Shipping, said: "We did everything right that night."`, "Ivo Lund", []string{"of Carrow Shipping"}},
		{"the clause after according to", `According to Ada Holm, the plan "will cost far too much for the town."`, "Ada Holm", nil},
		{"by contrast", `Ivo Brek, by contrast, said: "We did everything we could that night."`, "Ivo Brek", nil},
		{"an affiliation after from stays a role", `Ada Holm, from the harbour office, said: "We did everything we could that night."`, "Ada Holm", []string{"from the harbour office"}},
		{"a practice after in stays a role", `Ada Holm, in private practice, said: "We did everything we could that night."`, "Ada Holm", []string{"in private practice"}},
		{"a charge after in stays a role", `Ada Holm, in charge of the rescue, said: "We did everything we could that night."`, "Ada Holm", []string{"in charge of the rescue"}},
		{"an appositive after according to stays a role", `According to Ada Holm, a nurse at the clinic, the plan "will cost far too much for the town."`, "Ada Holm", []string{"nurse at the clinic"}},
		{"a person of an outlet", `According to CNN’s Ada Holm, the mayor "will not run again this year."`, "Ada Holm", []string{"CNN’s"}},
		{"the outlet itself", `According to CNN, the mayor "will not run again this year."`, "CNN", []string{"news outlet"}},
	})
}
