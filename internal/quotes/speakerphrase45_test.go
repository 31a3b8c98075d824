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

// TestCitingCues covers quoted words introduced by "citing", which quote
// the one who cites them: `issued a response, citing "the right to
// protest"`. "cited" is as often passive ("cited by the magazine as") and
// "cites" before a single quoted word stays a label the writer names
// (TestExtractNewsShapes).
func TestCitingCues(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "citing after a response the speaker issued",
			text: "Last night, council spokesman Ivo Renn issued a response to the petition, citing \"the right to protest\" as \"a bedrock principle in our town.\"",
			want: []got{{Text: "the right to protest a bedrock principle in our town.", Speaker: "Ivo Renn", Kind: "person", Partial: true, Parts: 2}},
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

// TestWritersAfterTheDocument covers a document whose writer the text
// gives after its noun: "a touching note he received from a nine-year-old
// pupil" (then "it says"), "a letter from the Velt Rowing Club". A writer
// known by another's name ("her lawyer"), two writers, and a bare "the
// child" leave the document as it is.
func TestWritersAfterTheDocument(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a note received from a pupil, then 'it says'",
			text: "A teacher has shared a touching note he received from a nine-year-old pupil after he told the class he was leaving.\n\nWritten on blue notepaper it says: \"Dear Mr Holm, we will miss you.\"",
			want: []got{{Text: "Dear Mr Holm, we will miss you.", Speaker: "nine-year-old pupil", Kind: "person", Parts: 1}},
		},
		{
			name: "a letter from a body read out",
			text: "Mayor Ada Renn read out a letter from the Velt Rowing Club at the meeting.\n\n\"We cannot keep the boathouse open,\" the letter said.",
			want: []got{{Text: "We cannot keep the boathouse open,", Speaker: "Velt Rowing Club", Kind: "organization", Parts: 1}},
		},
		{
			name: "a letter from someone's lawyer",
			text: "Ivo Lund said the council got a letter from her lawyer.\n\n\"You must pay,\" the letter said.",
			want: []got{{Text: "You must pay,", Speaker: "letter", Kind: "document", Parts: 1}},
		},
		{
			name: "a statement signed by two",
			text: "The board received a statement signed by Dana Orrin and Petr Kask on Monday.\n\n\"We object,\" the statement said.",
			want: []got{{Text: "We object,", Speaker: "statement", Kind: "document", Parts: 1}},
		},
		{
			name: "a letter from the child afterwards",
			text: "He was stunned to receive the letter from the child afterwards.\n\n\"You are brave,\" the letter said.",
			want: []got{{Text: "You are brave,", Speaker: "letter", Kind: "document", Parts: 1}},
		},
	})
}

// TestReviewOfBodies45 keeps the cases a review of the rules above found
// wrong: a body the text brings in unnamed after the name ("hired a
// contractor", "formed a group"), two bodies the noun fits, a word of the
// noun inside a longer name ("Ostland Public Records Office"), a "they"
// after a body that acts on people or is acted on, a document named again
// with its own writer after a comma; and one it found right, a body
// described in an appositive ("Dask Partners, a law firm,").
func TestReviewOfBodies45(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a contractor brought in after the named company",
			text: "Tallis Records opened its first shop in Kessport in 1998.\n\nLast month the council hired a contractor to knock it down.\n\nResidents complained about the dust. \"We are following every rule,\" the company said.",
			want: []got{{Text: "We are following every rule,", Speaker: "company", Kind: "organization", Parts: 1}},
		},
		{
			name: "a group formed after the named group",
			text: "Pell Hotel Group plans to build a tower on the seafront. Local residents have formed a group to fight it.\n\n\"The tower will block the sun,\" the group said.",
			want: []got{{Text: "The tower will block the sun,", Speaker: "group", Kind: "organization", Parts: 1}},
		},
		{
			name: "two commissions named",
			text: "The Commission on Harbour Safety and the Ostland Trade Commission both criticised the deal.\n\n\"The costs were hidden,\" the commission said.",
			want: []got{{Text: "The costs were hidden,", Speaker: "commission", Kind: "organization", Parts: 1}},
		},
		{
			name: "a company's word inside a longer name",
			text: "The fire spread to the Ostland Public Records Office overnight.\n\n\"Most of the papers can be saved,\" the company said.",
			want: []got{{Text: "Most of the papers can be saved,", Speaker: "company", Kind: "organization", Parts: 1}},
		},
		{
			name: "a body of the kind named after its noun",
			text: "Vey Capital Group owns the pipeline. It was attacked on Monday by the militant group Velt Dawn.\n\n\"We will strike again,\" the group said.",
			want: []got{{Text: "We will strike again,", Speaker: "group", Kind: "organization", Parts: 1}},
		},
		{
			name: "a body of the kind with a participle after its noun",
			text: "Tallis Records sponsors the festival. The theatre company opening the festival arrived on Monday.\n\n\"We are honoured to be here,\" the company said.",
			want: []got{{Text: "We are honoured to be here,", Speaker: "company", Kind: "organization", Parts: 1}},
		},
		{
			name: "a letter from a town",
			text: "The council got a letter from Kessport on Monday.\n\n\"We are safe and the house still stands,\" the letter said.",
			want: []got{{Text: "We are safe and the house still stands,", Speaker: "letter", Kind: "document", Parts: 1}},
		},
		{
			name: "a body described in an appositive",
			text: "Dask Partners, a law firm, represents the families.\n\n\"We will appeal,\" the firm said.",
			want: []got{{Text: "We will appeal,", Speaker: "Dask Partners", Kind: "organization", Parts: 1}},
		},
		{
			name: "they after a body that fired workers",
			text: "Tallis Records fired twelve workers on Monday.\n\n\"We were never warned,\" they said.",
			want: []got{{Text: "We were never warned,", Speaker: "", Kind: "", Parts: 1}},
		},
		{
			name: "they after a body that was sued",
			text: "Orrin Productions was sued by the family of a stuntman who died on set.\n\n\"We want the truth,\" they said.",
			want: []got{{Text: "We want the truth,", Speaker: "", Kind: "", Parts: 1}},
		},
		{
			name: "a document named again with its writer after a comma",
			text: "Ivo Dask wrote a letter to the council in March.\n\nThe letter, from his neighbour Ada Kell, arrived a week later.\n\n\"I cannot sleep for the noise,\" the letter said.",
			want: []got{{Text: "I cannot sleep for the noise,", Speaker: "letter", Kind: "document", Parts: 1}},
		},
	})
}

// TestTheTeen covers "the teen" or "the teenager" after the one person the
// text gives an age of 13 to 19. Two of those ages, or a teenager brought
// in unnamed, leave the description.
func TestTheTeen(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the teen after a name with a teen age",
			text: "19-year-old Iga Vance of Kessport made headlines after she woke during surgery.\n\n\"Articles have a lot of mistakes,\" the teen said.",
			want: []got{{Text: "Articles have a lot of mistakes,", Speaker: "Iga Vance", Kind: "person", Parts: 1}},
		},
		{
			name: "two given teen ages",
			text: "Ada Holm, 17, and Ivo Dask, 18, were rescued from the cliff.\n\n\"We were cold,\" the teen said.",
			want: []got{{Text: "We were cold,", Speaker: "teen", Kind: "person", Parts: 1}},
		},
		{
			name: "a teenager brought in unnamed",
			text: "Ada Holm, 17, was rescued. A teenager was also hurt.\n\n\"We were cold,\" the teen said.",
			want: []got{{Text: "We were cold,", Speaker: "teen", Kind: "person", Parts: 1}},
		},
	})
}
