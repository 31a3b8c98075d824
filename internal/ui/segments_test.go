package ui

import (
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

func TestSupportingPassage(t *testing.T) {
	d := mustDossier(t)
	a1 := d.Articles[0]
	tests := []struct {
		sentence string
		want     string
		ok       bool
	}{
		{"The ferry ran aground on Thursday with 212 passengers aboard.", "The ferry Saltmarsh Queen ran aground on Thursday with 212 passengers aboard.", true},   // by claim
		{"Captain Brandt said the tide went out faster than the charts said.", `"The tide went out faster than the charts said," said Captain Ilse Brandt.`, true}, // by sentence
		{"Nothing in common here at all.", "", false},
	}
	for _, tt := range tests {
		sp, ok := newPassageFinder(d).find(tt.sentence, a1)
		got, _ := excerpt(a1.Text, sp.Start, sp.End)
		if ok != tt.ok || (ok && strings.TrimSpace(got) != tt.want) {
			t.Errorf("find(%q) = %q, %v; want %q, %v", tt.sentence, got, ok, tt.want, tt.ok)
		}
	}
}
