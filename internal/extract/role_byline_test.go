package extract

import (
	"slices"
	"strings"
	"testing"
)

// A byline line that gives the writer's name, job and site ("Orla
// Quint-Marsh, editor, calderpost.example") under the date names the
// byline and the outlet; a line that names someone else's job or says
// something stays content.
func TestRoleBylineUnderDate(t *testing.T) {
	for _, c := range []struct {
		head, outlet string
		byline       []string
		inText       bool
	}{
		{"Orla Quint-Marsh, editor, calderpost.example", "calderpost.example", []string{"Orla Quint-Marsh"}, false},
		{"Ivo Marsh, senior reporter, apnews.com", "Associated Press", []string{"Ivo Marsh"}, false},
		{"Ivo Marsh, reporter", "", []string{"Ivo Marsh"}, false},
		{"Ivo Marsh, harbour master", "", nil, true},
		{"Ivo Marsh, the editor, said the quay would close.", "", nil, true},
		{"Ivo Marsh, film producer, Calder Studios", "", nil, true},
		{"Ivo Marsh, senior analyst, Calder Bank", "", nil, true},
	} {
		in := "Calder quake: what we know\n\n0930 GMT, 12 May 2026\n\n" + c.head +
			"\n\nA strong quake shook the Calder coast on Tuesday, the harbour board said.\n"
		a := fromText(in, false, Options{})
		if !slices.Equal(a.Byline, c.byline) {
			t.Errorf("%q: Byline = %q, want %q", c.head, a.Byline, c.byline)
		}
		if got := deref(a.Outlet); got != c.outlet && !(c.outlet == "" && a.Outlet == nil) {
			t.Errorf("%q: Outlet = %v, want %q", c.head, got, c.outlet)
		}
		if a.Published == nil || *a.Published != "2026-05-12T09:30:00Z" && *a.Published != "2026-05-12" {
			t.Errorf("%q: Published = %v", c.head, deref(a.Published))
		}
		if in := containsLine(a.Text, c.head); in != c.inText {
			t.Errorf("%q: in text = %v, want %v", c.head, in, c.inText)
		}
	}
}

// containsLine reports a paragraph of text that is l.
func containsLine(text, l string) bool {
	return slices.Contains(strings.Split(text, "\n\n"), l)
}

// A name under the date that the story goes on to name is its subject, a
// caption's, not its writer, whatever the job.
func TestRoleLineOfTheStorysPerson(t *testing.T) {
	in := "Ferry sinks off Calder\n\nMay 19, 2026\n\nIvo Marsh, reporter, Calder Studios\n\nThe ferry sank on Sunday, the harbour master said. Ivo Marsh, who filmed it, said it went down fast.\n"
	if a := fromText(in, false, Options{}); a.Byline != nil {
		t.Errorf("Byline = %q, want none: the line names the story's witness", a.Byline)
	}
}
