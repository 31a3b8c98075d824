package quotes

import "testing"

// TestNamedBodiesDescribed covers a body the text names and then calls by
// a bare noun ("the commission", "the company", "the production
// company"): the name is given when its words fit the noun, through "on"
// in a name, and a qualifier before the noun must be in the name. Each
// text is fictional, written for the test.
func TestNamedBodiesDescribed(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a body whose name runs on after 'on'",
			text: "The Commission on Harbour Safety released its report on Wednesday.\n\n\"These boats deserve better checks,\" the commission said.",
			want: []got{{Text: "These boats deserve better checks,", Speaker: "Commission on Harbour Safety", Kind: "organization", Parts: 1}},
		},
		{
			name: "the company after a record label's name",
			text: "Tallis Records has denied the claims.\n\n\"We never asked for that,\" the company said in a statement.",
			want: []got{{Text: "We never asked for that,", Speaker: "Tallis Records", Kind: "organization", Parts: 1}},
		},
		{
			name: "the group after a name ending in Group",
			text: "On Tuesday, the Pell Hotel Group, which owns the inn, posted a statement.\n\n\"Guests were moved at once,\" the group said.",
			want: []got{{Text: "Guests were moved at once,", Speaker: "Pell Hotel Group", Kind: "organization", Parts: 1}},
		},
		{
			name: "a qualifier picks the body that has it",
			text: "Orrin Productions and Tallis Records signed a deal in May.\n\n\"We did not agree to any of it,\" the production company said.",
			want: []got{{Text: "We did not agree to any of it,", Speaker: "Orrin Productions", Kind: "organization", Parts: 1}},
		},
		{
			name: "a qualifier no name has leaves the description",
			text: "Tallis Records signed a deal in May.\n\n\"We did not agree to any of it,\" the production company said.",
			want: []got{{Text: "We did not agree to any of it,", Speaker: "production company", Kind: "organization", Parts: 1}},
		},
	})
}

// TestDocumentChains covers a document the text names again before it is
// quoted: "The statement, which ran to four pages," takes up the
// statement the sentence before says who issued; a writer set off by an
// appositive still writes it; a document someone else issues, or one
// given its writer where it is named again, is not the first one's.
func TestDocumentChains(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the statement named again before it is quoted",
			text: "Harlow Freight Ltd issued a statement on Monday night after the crash near Tewin.\n\nThe statement, which ran to four pages, blamed the weather.\n\n\"Our drivers followed every rule on the road,\" the statement said.",
			want: []got{{Text: "Our drivers followed every rule on the road,", Speaker: "Harlow Freight Ltd", Kind: "organization", Parts: 1}},
		},
		{
			name: "a statement quoted twice is the same one",
			text: "The Velt Rowing Club issued a statement on Monday.\n\n\"We are shocked,\" the statement said.\n\n\"We grieve with the families,\" the statement continued.",
			want: []got{
				{Text: "We are shocked,", Speaker: "Velt Rowing Club", Kind: "organization", Parts: 1},
				{Text: "We grieve with the families,", Speaker: "Velt Rowing Club", Kind: "organization", Parts: 1},
			},
		},
		{
			name: "a writer set off by an appositive",
			text: "Marta Quell, the company chief, wrote a long post on Facebook about the closure.\n\n\"We will reopen by spring,\" the post read.",
			want: []got{{Text: "We will reopen by spring,", Speaker: "Marta Quell", Kind: "person", Parts: 1}},
		},
		{
			name: "an aside that speaks is no appositive",
			text: "Ivo Renn, who said he was tired, wrote a letter to the board.\n\n\"I resign,\" the letter said.",
			want: []got{{Text: "I resign,", Speaker: "letter", Kind: "document", Parts: 1}},
		},
		{
			name: "the statement given its writer where it is named again",
			text: "Harlow Freight issued a statement on Monday.\n\nThe statement from the drivers' union came an hour later.\n\n\"We warned them,\" the statement said.",
			want: []got{{Text: "We warned them,", Speaker: "statement", Kind: "document", Parts: 1}},
		},
	})
}

// TestPlacedDescriptions covers a role qualified by a place or a party
// ("the Ukraine captain", "the Pasok leader") when no one it varies was
// quoted before: the only person the paragraphs before name, or the one
// whose sentence holds the place. Two who hold it, two named and
// neither with the place, and a place the index reads as a name leave
// the description.
func TestPlacedDescriptions(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the only person named before",
			text: "Carran City have completed the signing of striker Andrei Solvak from Velt Rovers.\n\nThe deal ends weeks of talks.\n\n\"I am here for the challenge,\" said the Ostland captain.",
			want: []got{{Text: "I am here for the challenge,", Speaker: "Andrei Solvak", Kind: "person", Parts: 1}},
		},
		{
			name: "the one whose sentence holds the party",
			text: "Mr Darvas later met Evangelos Vrenn, whose socialist Pasok party came third in the election.\n\n\"The country needs a government right away,\" the Pasok leader told reporters.",
			want: []got{{Text: "The country needs a government right away,", Speaker: "Evangelos Vrenn", Kind: "person", Parts: 1}},
		},
		{
			name: "two named, neither with the party",
			text: "Mr Darvas later met Evangelos Vrenn in the capital.\n\n\"We will see,\" the Pasok leader told reporters.",
			want: []got{{Text: "We will see,", Speaker: "Pasok leader", Kind: "person", Parts: 1}},
		},
		{
			name: "a city read as a name is no one",
			text: "The flight left Kuala Lumpur at midnight.\n\n\"With deep sadness,\" the Malaysian leader said.",
			want: []got{{Text: "With deep sadness,", Speaker: "Malaysian leader", Kind: "person", Parts: 1}},
		},
	})
}

// TestCitingCues covers quoted words introduced by "citing" or "cited",
// which quote the one who cites them: `issued a response, citing "the
// right to protest"`, and a report that cited its sources (the report,
// as the text names it). "cites" before a single quoted word stays a
// label the writer names (TestExtractNewsShapes).
func TestCitingCues(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "citing after a response the speaker issued",
			text: "Last night, council spokesman Ivo Renn issued a response to the petition, citing \"the right to protest\" as \"a bedrock principle in our town.\"",
			want: []got{{Text: "the right to protest a bedrock principle in our town.", Speaker: "Ivo Renn", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a report that cited its sources",
			text: "A report from the Velt Ledger, however, cited \"two sources with direct knowledge\" of the talks.",
			want: []got{{Text: "two sources with direct knowledge", Speaker: "report from the Velt Ledger", Kind: "document", Partial: true, Parts: 1}},
		},
	})
}

// TestTheyAfterABody covers a "they" speaking after a sentence whose
// subject is a named body: the body, also when its name is set off after
// a description and when the quotation before the "they" runs over two
// sentences. A person named in between leaves the "they" unresolved, and a
// group's verb is not part of the group ("Relatives gathered").
func TestTheyAfterABody(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a body with a plural verb",
			text: "Tallis Records have twice denied doing anything wrong.\n\n\"At no point did we block her tour,\" they said in a statement.",
			want: []got{{Text: "At no point did we block her tour,", Speaker: "Tallis Records", Kind: "organization", Parts: 1}},
		},
		{
			name: "a name set off after its description, a quotation of two sentences",
			text: "The company that runs the awards, Orrin Productions, denies that anything has been sorted, though.\n\n\"Any deal must be made with her team. We have no further comment,\" they said.",
			want: []got{{Text: "Any deal must be made with her team. We have no further comment,", Speaker: "Orrin Productions", Kind: "organization", Parts: 1}},
		},
		{
			name: "a person named in between",
			text: "Tallis Records have twice denied doing anything wrong, and Ada Holm agreed.\n\n\"At no point did we block her tour,\" they said.",
			want: []got{{Text: "At no point did we block her tour,", Speaker: "", Kind: "", Parts: 1}},
		},
		{
			name: "a group's verb is not the group's name",
			text: "Parents gathered at the school gates on Monday.\n\n\"We want answers. We have waited a week,\" they said.",
			want: []got{{Text: "We want answers. We have waited a week,", Speaker: "parents", Kind: "person", Parts: 1}},
		},
	})
}
