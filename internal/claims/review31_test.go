package claims

import (
	"strings"
	"testing"
)

// TestForeseenAnswerStaysForeseen checks that an event foreseen with a
// verb of answering ("expected to respond with tear gas") keeps its mark,
// so it is never one event with the deed ("fired tear gas").
func TestForeseenAnswerStaysForeseen(t *testing.T) {
	s := "The harbour police are expected to respond with tear gas at the quay on Friday."
	ev := eventOf(s, tokenize(s, 0, len(s)), false, false)
	if !strings.HasPrefix(ev.verb, "foreseen ") {
		t.Errorf("eventOf(%q).verb = %q, want it foreseen", s, ev.verb)
	}
}

// TestPageLinesAreShortAndAboutThePage checks that a sentence is read as a
// line about the page only when it is one: taking comments on a rule is
// news.
func TestPageLinesAreShortAndAboutThePage(t *testing.T) {
	for s, want := range map[string]bool{
		"Sorry, we are not currently accepting comments on this article.":        true,
		"Originally published October 2014.":                                     true,
		"The harbour board is accepting comments on the ferry rule until May 1.": false,
	} {
		if got := statesNothing(s); got != want {
			t.Errorf("statesNothing(%q) = %v, want %v", s, got, want)
		}
	}
}
