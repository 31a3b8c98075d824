package extract

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// A line of chrome words in a page's head that a chrome rule names keeps
// the rule's kind (a related-links label, a share bar), as markChrome reads
// it; one that no rule names is header chrome.
func TestHeadChromeKeepsItsRule(t *testing.T) {
	lines := []line{
		{text: "Ferry fares rise on the Calder line", kind: "title"},
		{text: "Related"},
		{text: "VIEW GALLERY"},
		{text: "The Calder ferry board raised fares by ten percent on Tuesday, its chair said."},
	}
	var a corroborate.Article
	readHead(lines, &a, Options{})
	for i, want := range []string{"title", "related links", headerChrome, ""} {
		if lines[i].kind != want {
			t.Errorf("readHead: line %q is %q, want %q", lines[i].text, lines[i].kind, want)
		}
	}
}

// A commenter's name in capitals is a name, not a job title or a button.
func TestCapsName(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"EDWIN MARLOWE", true},
		{"ADA DE LENNA QUILL", true},
		{"Edwin Marlowe", false},
		{"STAFF WRITER", false},
		{"SHARE THIS STORY", false},
		{"EDWIN", false},
		{"ROOM 101", false},
	} {
		if got := capsName(tc.s); got != tc.want {
			t.Errorf("capsName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
