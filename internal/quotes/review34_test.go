package quotes

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// speakerOf extracts a titled article and returns the speaker's name of
// the quotation whose text holds words ("" for none); the test fails when
// no quotation holds them, so a check that a speaker is not someone
// cannot pass for want of the quotation.
func speakerOf(t *testing.T, title, body, words string) string {
	t.Helper()
	name, found := speakerIfFound(title, body, words)
	if !found {
		t.Fatalf("no quotation holds %q", words)
	}
	return name
}

// speakerIfFound is speakerOf for a quotation that may rightly not be
// found: found is false when no quotation holds words.
func speakerIfFound(title, body, words string) (name string, found bool) {
	for _, m := range Extract(corroborate.Article{ID: "t", Title: title, Text: body}, Options{}) {
		if strings.Contains(m.Text, words) {
			if m.Speaker == nil {
				return "", true
			}
			return m.Speaker.Name, true
		}
	}
	return "", false
}

// Review s34 findings, each a fictional case that failed before its fix.
func TestReview34Quotes(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a story asking its own questions is no interview of the person in its headline",
			title: "Why Helen Marsk's ferry plan sank",
			body: "The Calder council rejected the ferry plan on Monday by five votes to two.\n\nWhat went wrong?\n\n\"The numbers never added up,\" said councillor Tomas Vell.\n\n" +
				"What comes next?\n\n\"A new vote in the spring,\" said Mayor Ivo Kerr.\n\nOpposition leader Pia Lund voted against the plan and led the walkout.\n\n" +
				"\"This was a plan for the few and not for the town.\"\n\nMarsk did not answer calls on Monday.",
			words: "This was a plan for the few", want: "Pia Lund",
		},
		{
			name:  "a lead that names the one interviewed in a sentence wins over the headline's person",
			title: "Helen Marsk's ferry plan, as her deputy sees it",
			body: "Ivo Kerr took our questions on the quay.\n\nWhy did the plan fail?\n\n\"The numbers never added up.\"\n\n" +
				"What comes next?\n\n\"A new vote in the spring.\"",
			words: "A new vote in the spring", want: "Ivo Kerr",
		},
		{
			name:  "a statement from Marsh's lawyers is not Marsh's",
			body:  "Ivo Marsh was charged on Monday.\n\n\"He denies every charge and will fight them,\" said a statement from Marsh's lawyers.",
			words: "He denies every charge", want: "statement",
		},
		{
			name: "the statement read, after a statement from Marsh's lawyers",
			body: "Ivo Marsh was charged on Monday.\n\nA statement from Marsh's lawyers said he would plead not guilty.\n\n" +
				"\"He denies every charge and will fight them in court,\" the statement read.",
			words: "He denies every charge", want: "statement",
		},
		{
			name:  "they after police questioned the crew is not the police",
			body:  "The ferry sank off Calder on Monday.\n\nPolice questioned the crew of the ferry at the quay. \"We did everything we could,\" they said.",
			words: "We did everything we could", want: "",
		},
		{
			name:  "a body's reaction before a colon is the body's",
			body:  "The ferry sank off Calder on Monday.\n\nThe Harbor Board's reaction: \"We are working with the coast guard and will say more tonight.\"",
			words: "We are working with the coast guard", want: "Harbor Board's",
		},
	})
}

// titledCase is a fictional article, title and body, and the speaker of
// the quotation that holds words ("" for none).
type titledCase struct {
	name, title, body, words, want string
}

// runTitledCases checks each case's speaker in a subtest.
func runTitledCases(t *testing.T, tests []titledCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := speakerOf(t, tc.title, tc.body, tc.words); got != tc.want {
				t.Errorf("speaker %q, want %q", got, tc.want)
			}
		})
	}
}
