package ui

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// The claims matrix says which article words a claim how, as the text
// and Markdown reports do: the articles in its words, each other wording
// quoted (escaped) with links to its passages, each cell's hover label
// quoting its passage; a contradiction quotes the contradicting words.
func TestClaimWordingsOnTheWeb(t *testing.T) {
	d := findingsDossier()
	t3 := "Officials said the <b>council</b> would fund the seawall."
	d.Articles = append(d.Articles, corroborate.Article{ID: "w3", Title: "Seawall funded", Text: t3})
	d.Claims[0].Support = append(d.Claims[0].Support, corroborate.ClaimSupport{Article: "w3", Start: 0, End: len(t3)})
	d.Claims[0].Text = d.Articles[0].Text
	p := storyView(d, links{story: "s"})
	row := p.Claims.Rows[0]
	if len(row.Said) != 1 || row.Said[0].Source.N != 1 || len(row.Reworded) != 1 || row.Reworded[0].Text != t3 {
		t.Fatalf("said %+v, reworded %+v; want [1] in the claim's words, [3] in its own", row.Said, row.Reworded)
	}
	if c := row.Cells[2]; c.Title != "[3] Seawall funded states: “"+t3+"”" || c.Words != "[3] Seawall funded states" {
		t.Errorf("the cell of [3]: title %q, words %q", c.Title, c.Words)
	}
	file := mustStandalone(t, d)
	for _, want := range []string{
		`<li>in these words: <a href="#art-w1-0-57">[1] Coastal Wire</a></li>`,
		`<a href="#art-w3-0-57">[3] Seawall funded</a>: “Officials said the &lt;b&gt;council&lt;/b&gt; would fund the seawall.”`,
		`<blockquote class="passage side-passage"><p>the council will not pay for the seawall, the mayor said.</p>`,
	} {
		if !strings.Contains(file, want) {
			t.Errorf("the HTML export lacks %q", want)
		}
	}
	if strings.Contains(file, "<b>council") {
		t.Error("the HTML export writes an article's markup unescaped")
	}
}
