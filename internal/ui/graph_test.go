package ui

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// In the provenance graph an origin stands above the articles that share
// no text, though it comes after them in the story, so that its arrows do
// not cross a column of unrelated boxes.
func TestGraphOriginsFirst(t *testing.T) {
	d := findingsDossier()
	lone := corroborate.Article{ID: "w0", Title: "Gulls return to the pier", Text: "Gulls came back to the pier on Sunday."}
	d.Articles = append([]corroborate.Article{lone}, d.Articles...)
	p := storyView(d, links{story: "s"})
	n := p.Reuse.Graph.Nodes
	if len(n) != 3 || n[1].X != n[0].X || n[1].Y >= n[0].Y {
		t.Errorf("nodes %+v: want the origin [2] above the lone article [1] in the first column", n)
	}
	if !strings.Contains(n[1].Label, "[2]") {
		t.Errorf("nodes are not in article order: %q second", n[1].Label)
	}
}
