package ui

import (
	"github.com/corroborate/corroborate"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  [][]segment
	}{
		{"plain", "one\ntwo", nil, [][]segment{{{Text: "one"}}, {{Text: "two"}}}},
		{"blank lines dropped", "one\n\n\ntwo", nil, [][]segment{{{Text: "one"}}, {{Text: "two"}}}},
		{"overlap", "abcdef", []mark{{start: 1, end: 4, class: "a"}, {start: 3, end: 5, class: "b", id: "x"}},
			[][]segment{{{Text: "a"}, {Text: "bc", Class: "a"}, {Text: "d", Class: "a b", ID: "x"}, {Text: "e", Class: "b"}, {Text: "f"}}}},
		{"across paragraphs, id once", "ab\ncd", []mark{{start: 1, end: 4, class: "m", id: "x", title: "t"}},
			[][]segment{{{Text: "a"}, {Text: "b", Class: "m", Title: "t", ID: "x"}}, {{Text: "c", Class: "m", Title: "t"}, {Text: "d"}}}},
		{"two passages opening at one place keep both ids", "abcdef", []mark{{start: 1, end: 5, class: "quote", id: "q"}, {start: 1, end: 3, class: "ref", id: "c"}},
			[][]segment{{{Text: "a"}, {Text: "bc", Class: "quote ref", ID: "q", More: []string{"c"}}, {Text: "de", Class: "quote"}, {Text: "f"}}}},
		{"out of range", "abc", []mark{{start: -5, end: 99, class: "m"}, {start: 9, end: 2, class: "n"}},
			[][]segment{{{Text: "abc", Class: "m"}}}},
		{"mid-rune offsets widen to whole runes", "a—b", []mark{{start: 2, end: 3, class: "m"}},
			[][]segment{{{Text: "a"}, {Text: "—", Class: "m"}, {Text: "b"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := segments(tt.text, tt.marks)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("segments(%q) (-want +got):\n%s", tt.text, diff)
			}
			for _, p := range got {
				for _, s := range p {
					if !utf8.ValidString(s.Text) {
						t.Errorf("segment %q is not valid UTF-8", s.Text)
					}
				}
			}
		})
	}
}

// TestSummaryPassageFromSpans: the passage a summary citation reveals is
// the span the dossier cites, even when its words differ from the
// sentence's, and a citation without a span shows no made-up passage.
func TestSummaryPassageFromSpans(t *testing.T) {
	text := "Gulls circled the pier. The ferry left port at noon with sixty aboard."
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Text: text}, {ID: "a2", Text: "Gulls circled the pier all day."}},
		Summary: []corroborate.SummarySentence{{Text: "Gulls circled the pier.", Cites: []string{"a1", "a2"},
			Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 24, End: len(text)}}}},
		Computed: []string{"summary"},
	}
	v := storyView(d, links{story: "s"})
	cites := v.Summary.Sentences[0].Cites
	if got := cites[0].Passage; got != "The ferry left port at noon with sixty aboard." {
		t.Errorf("a1's passage = %q, want the cited span", got)
	}
	if got := cites[1].Passage; got != "" {
		t.Errorf("a2 has no span but shows %q", got)
	}
}

// TestSummaryAlsoStatedBy: an article that states a summary sentence in
// other words gets an "also stated by" marker that reveals its own
// passage, apart from the articles the sentence is copied from.
func TestSummaryAlsoStatedBy(t *testing.T) {
	other := "By midday the gulls were circling over the old pier."
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Text: "Gulls circled the pier."}, {ID: "a2", Text: other}},
		Summary: []corroborate.SummarySentence{{Text: "Gulls circled the pier.", Cites: []string{"a1"},
			Spans:       []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: 23}},
			SupportedBy: []corroborate.ClaimSupport{{Article: "a2", Start: 0, End: len(other)}}}},
		Computed: []string{"summary"},
	}
	s := storyView(d, links{story: "s"}).Summary.Sentences[0]
	if len(s.Cites) != 1 || len(s.Also) != 1 || s.Also[0].Passage != other {
		t.Fatalf("cites %+v, also %+v: want a1 cited and a2's own passage under also", s.Cites, s.Also)
	}
	out := mustStandalone(t, d)
	i, j := strings.Index(out, "also stated by"), strings.Index(out, `href="#cite-0-a2"`)
	if i < 0 || j < i || strings.Index(out, `href="#cite-0-a1"`) > i {
		t.Errorf("want a1's marker, then \"also stated by\" and a2's marker:\n%s", out)
	}
}

// The sentence that runs past the word budget asked for says so on the
// page, as the JSON marks it.
func TestSummaryBeyondBudget(t *testing.T) {
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Text: "Gulls circled the pier. The ferry left late."}},
		Summary: []corroborate.SummarySentence{{Text: "Gulls circled the pier.", Cites: []string{"a1"}},
			{Text: "The ferry left late.", Cites: []string{"a1"}, BeyondBudget: true}},
		Computed: []string{"summary"},
	}
	out := mustStandalone(t, d)
	if n := strings.Count(out, "past the word budget"); n != 1 || strings.Index(out, "past the word budget") < strings.Index(out, "The ferry left late.") {
		t.Errorf("want one budget mark, after the last sentence; got %d:\n%s", n, out)
	}
}

// Each conflict shows how sure it is, as the JSON holds it.
func TestConflictSureness(t *testing.T) {
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Text: "Twelve boats."}, {ID: "a2", Text: "Twenty boats."}},
		Conflicts: []corroborate.Conflict{{Kind: corroborate.ConflictNumber, About: "boats in the harbor", Confidence: 0.8,
			Sides: []corroborate.ConflictSide{{Value: "12", Articles: []string{"a1"}}, {Value: "20", Articles: []string{"a2"}}}}},
		Computed: []string{"claims", "quotes"},
	}
	if out := mustStandalone(t, d); !strings.Contains(out, `<span class="sure">confidence 0.80</span>`) {
		t.Errorf("the conflict does not say how sure it is:\n%s", out)
	}
}
