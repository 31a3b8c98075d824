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
// statement") is the person's. Each text is fictional, written for the
// test.
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
