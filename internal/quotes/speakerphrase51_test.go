package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// TestSpeakerPhrases51 covers the session's rules for who speaks, each
// with a case it must leave alone: a cue that opens a relative clause on a
// thing ("a platform that calls for") gives way to the verb earlier in its
// sentence; "quoted Ada Holm as saying" is Ada Holm's; a verb that shows
// someone ("The clip shows Ada Holm saying") gives the words to the one
// shown; an age used as a noun after a quote ("the 70-year-old said") is
// the one who opens the sentence before; "they" after two people named
// speaking together is the pair; a named person's document ("Ada Holm's
// statement") is the person's; the first quote, a paragraph of its own
// after a short paragraph that opens with "She" or "He" as its actor, is
// the one the paragraphs before open with. Each text is fictional,
// written for the test.
func TestSpeakerPhrases51(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a cue on a thing the speaker wants gives way to the verb before it",
			body:  `Ivo Brek said in a statement Tuesday night that he wants a platform that calls for "a fair wage for all of the workers."`,
			words: "a fair wage",
			want:  "Ivo Brek",
		},
		{
			name:  "so with a plan after a pronoun subject",
			body:  "Ada Holm spoke at the quay.\n\nShe said the town needs a plan that calls for \"a new harbour wall before the winter.\"",
			words: "a new harbour wall",
			want:  "Ada Holm",
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
			name:  "an age after the quote is the one who opens the sentence before",
			body:  `John Brek founded the club in 1990. "This is the saddest day of my life," the 70-year-old said.`,
			words: "saddest day",
			want:  "John Brek",
		},
		{
			name:  "an age after a sentence that tells of something done to its subject stays a description",
			body:  `John Brek was charged in 1990. "This is the saddest day of my life," the 70-year-old said.`,
			words: "saddest day",
			want:  "70-year-old",
		},
		{
			name:  "an age after a sentence that names another stays a description",
			body:  `John Brek founded the club in 1990 with Mary Olsen. "This is the saddest day of my life," the 70-year-old said.`,
			words: "saddest day",
			want:  "70-year-old",
		},
		{
			name:  "an age the text gives someone else is not the subject's",
			body:  `John Brek, 45, founded the club in 1990. "This is the saddest day of my life," the 70-year-old said.`,
			words: "saddest day",
			want:  "70-year-old",
		},
		{
			name:  "they after two people named speaking together",
			body:  `Mary Holm and John Brek said they would appeal. "We stand together on this," they said.`,
			words: "We stand together",
			want:  "Mary Holm and John Brek",
		},
		{
			name:  "a quote paragraph after two people named speaking together",
			body:  "Mary Holm and John Brek said they would appeal.\n\n\"We stand together on this and we always have.\"",
			words: "We stand together",
			want:  "Mary Holm and John Brek",
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
			body:  `The report's summary said the town was "ready for the worst this winter."`,
			words: "ready for the worst",
			want:  "report's summary",
		},
		{
			name:  "two possessors joined by and are no one owner",
			body:  `"We plan on renewing the licence soon," Burton and Hammond's website said.`,
			words: "renewing the licence",
			want:  "Burton and Hammond's website",
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
			name:  "an age after a sentence whose subject acts on someone described is not the subject's",
			body:  `Judge Ada Holm sentenced the driver to two years. "I am sorry for what I did," the 70-year-old said.`,
			words: "I am sorry",
			want:  "70-year-old",
		},
		{
			name:  "they after a group brought in since the pair spoke",
			body:  `Mary Holm and John Brek said the vote was rigged. The councillors rejected the claim. "There is no evidence at all," they said.`,
			words: "There is no evidence",
			want:  "councillors",
		},
		{
			name:  "a quote paragraph that speaks as I is neither of a pair",
			body:  "Mary Holm and John Brek said they would appeal the ruling.\n\n\"I have never been so angry in my life, and I will not stop now.\"",
			words: "I have never been so angry",
			want:  "",
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
			name:  "the first quote after a paragraph about her that opens with she",
			body:  "Mary Holm went to the rally on Monday.\n\nShe made a deal with herself: stay calm.\n\n\"I cannot be angry, because then I am an angry mother and an angry wife.\"",
			words: "I cannot be angry",
			want:  "Mary Holm",
		},
		{
			name:  "the pronoun after an opening phrase",
			body:  "John Brek lay on the floor near the stage for ten minutes.\n\nDuring a break in the shooting, he led a group of people onto the stage.\n\n\"We took refuge in a little room to the right of the stage, but it led nowhere.\"",
			words: "We took refuge",
			want:  "John Brek",
		},
		{
			name:  "a paragraph that tells of something done to him gives no speaker",
			body:  "John Brek was at the concert.\n\nHe was taken to hospital with wounds to his legs.\n\n\"It was the worst night of my life, and I will never forget it.\"",
			words: "It was the worst night",
			want:  "",
		},
		{
			name:  "a pronoun whose person the paragraphs before do not open with gives no speaker",
			body:  "John Brek was at the concert with Mary Holm.\n\nShe made a deal with herself: stay calm.\n\n\"I cannot be angry, because then I am an angry mother and an angry wife.\"",
			words: "I cannot be angry",
			want:  "",
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
	tests := []struct {
		name, text, speaker string
		roles               []string
	}{
		{"for her part", `Ada Holm, for her part, said: "We did everything right that night."`, "Ada Holm", nil},
		{"however", `Ada Holm, however, said: "We did everything right that night."`, "Ada Holm", nil},
		{"in a statement", `Ada Holm, in a statement, said: "We did everything right that night."`, "Ada Holm", nil},
		{"a body after of stays a role", `Ivo Lund, of Carrow Shipping, said: "We did everything right that night."`, "Ivo Lund", []string{"of Carrow Shipping"}},
		{"the clause after according to", `According to Ada Holm, the plan "will cost far too much for the town."`, "Ada Holm", nil},
		{"by contrast", `Ivo Brek, by contrast, said: "We did everything we could that night."`, "Ivo Brek", nil},
		{"an affiliation after from stays a role", `Ada Holm, from the harbour office, said: "We did everything we could that night."`, "Ada Holm", []string{"from the harbour office"}},
		{"a charge after in stays a role", `Ada Holm, in charge of the rescue, said: "We did everything we could that night."`, "Ada Holm", []string{"in charge of the rescue"}},
		{"an appositive after according to stays a role", `According to Ada Holm, a nurse at the clinic, the plan "will cost far too much for the town."`, "Ada Holm", []string{"nurse at the clinic"}},
		{"a person of an outlet", `According to CNN’s Ada Holm, the mayor "will not run again this year."`, "Ada Holm", []string{"CNN’s"}},
		{"the outlet itself", `According to CNN, the mayor "will not run again this year."`, "CNN", []string{"news outlet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Extract(corroborate.Article{Text: tt.text}, Options{})
			if len(ms) != 1 || ms[0].Speaker == nil {
				t.Fatalf("Extract = %+v, want one quote with a speaker", ms)
			}
			if sp := ms[0].Speaker; sp.Name != tt.speaker {
				t.Errorf("speaker = %q, want %q", sp.Name, tt.speaker)
			}
			if diff := cmp.Diff(tt.roles, ms[0].Speaker.Roles); diff != "" {
				t.Errorf("roles mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
