package quotes

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// A profile told as questions and quoted answers whose headline names the
// one interviewed, while its lead names only her family: the answers are
// hers, and a question ("What kind of captain would your crew say you
// are?") or a family line names no speaker. The text is fictional.
func TestInterviewNamedInHeadline(t *testing.T) {
	a := corroborate.Article{ID: "t", Title: "How Helen Marsk Runs the Night Ferry",
		Text: "Age: 51\n\nHome port: Osric\n\nHelen's Family: Husband Tomas, 49; sons Ivo, 12, and Pell, 9\n\n" +
			"How do you manage the night crossings with two boys at home?\n\n" +
			"\"My sister lives two doors away. The boys sleep at hers on crossing nights, and I am back for breakfast.\"\n\n" +
			"What kind of captain would your crew say you are?\n\n" +
			"\"Strict about the ropes and soft about the coffee.\"\n\n" +
			"You've said the winter crossings are the hardest. Why?\n\n" +
			"\"The ice comes in faster than the charts say. We lose an hour most nights.\""}
	var want []got
	for _, q := range []string{"My sister lives two doors away. The boys sleep at hers on crossing nights, and I am back for breakfast.",
		"Strict about the ropes and soft about the coffee.", "The ice comes in faster than the charts say. We lose an hour most nights."} {
		want = append(want, got{Text: q, Speaker: "Helen Marsk", Kind: "person", Parts: 1})
	}
	if diff := cmp.Diff(want, extractArticle(a)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// "A statement from <body> said …" makes the body the author of "the
// statement" that a quotation in the next paragraph is said to read.
func TestStatementFromBody(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "the statement read, after a statement from the trust",
		text: "The club posted a record profit on Friday.\n\nA statement from the Calder Fans Trust said the group was pleased with the figures.\n\n" +
			"\"These figures show the new stand has paid for itself,\" the statement read.",
		want: []got{{Text: "These figures show the new stand has paid for itself,", Speaker: "Calder Fans Trust", Kind: "organization", Parts: 1}},
	}})
}

// A group of people "of" others, placed by a preposition ("relatives of
// passengers on board the ferry"), speaks as the group: the place the
// preposition names is no speaker.
func TestGroupOfPeopleOnBoard(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "relatives of passengers on board the ferry",
		text: "The ferry sank on Monday.\n\nIn Lenna, relatives of passengers on board the ferry released a statement accusing the harbour board of trying to \"delay, distort and hide the truth\".",
		want: []got{{Text: "delay, distort and hide the truth", Speaker: "relatives of passengers on board the ferry", Kind: "person", Partial: true, Parts: 1}},
	}})
}

// A colon after a thing the writer names ("Another Calder invention:")
// introduces no one's words: neither the term after it nor a quotation in
// the next paragraph is the invention's.
func TestColonAfterAThing(t *testing.T) {
	a := corroborate.Article{ID: "t", Text: "Ivo Marsk wrote a book about the ferry crews.\n\nAnother Calder invention: \"Roof Hits.\"\n\n" +
		"\"When they sailed at night the lamps had to be dimmed so no light went to waste.\""}
	for _, m := range Extract(a, Options{}) {
		if m.Speaker != nil && strings.Contains(m.Speaker.Name, "invention") {
			t.Errorf("%q given to %q", m.Text, m.Speaker.Name)
		}
	}
}

// "Here's how Marsk describes what happened next:" closing a paragraph
// introduces Marsk's words in the next, as "Marsk describes …:" does.
func TestHereIsHowIntroduces(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "here's how",
		text: "Ivo Marsk wrote a book about the ferry crews.\n\nHere's how Marsk describes what happened next:\n\n" +
			"\"On the way down, they saw a figure who appeared to be staggering up the road. It was the mayor.\"",
		want: []got{{Text: "On the way down, they saw a figure who appeared to be staggering up the road. It was the mayor.", Speaker: "Ivo Marsk", Kind: "person", Parts: 1}},
	}})
}

// A quotation in the first person standing alone after a paragraph that
// opens with one person's name, holds no quotation and names no one else
// is that person's: a witness introduced, then heard.
func TestWitnessIntroducedThenHeard(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the witness the paragraph before is about",
			text: "Shots were fired near the square on Friday night.\n\nTomas Relling, a teacher from Calder, was staying at a hotel near the square.\n\n" +
				"\"I heard an explosion and then shouting. I grabbed my phone and started filming.\"",
			want: []got{{Text: "I heard an explosion and then shouting. I grabbed my phone and started filming.", Speaker: "Tomas Relling", Kind: "person", Parts: 1}},
		},
		{
			name: "not when the paragraph before names two people",
			text: "Shots were fired near the square on Friday night.\n\nTomas Relling was staying at a hotel near the square with Ada Quist.\n\n" +
				"\"I heard an explosion and then shouting. I grabbed my phone and started filming.\"",
			want: []got{{Text: "I heard an explosion and then shouting. I grabbed my phone and started filming.", Parts: 1}},
		},
	})
}
