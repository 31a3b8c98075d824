package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", []string{"One.", "Two."}},
		{"space restored around inline nodes", "<p>said the source<a>Jo Bell</a>, who<b>left</b>.</p>", []string{"said the source Jo Bell, who left."}},
		{"no space inside CJK text", "<p>日本の<b>首都</b>は東京。</p>", []string{"日本の首都は東京。"}},
		{"line breaks kept", "<p>Line one<br>Line two</p>", []string{"Line one\nLine two"}},
		{"white space collapsed", "<p>  many \n\t spaces\u00a0here </p>", []string{"many spaces here"}},
		{"list items and cells", "<ul><li>First</li><li>Second</li></ul><table><tr><td>a</td><td>b</td></tr></table>", []string{"First", "Second", "a b"}},
		{"scripts skipped", "<p>Text<script>var x = 1;</script></p>", []string{"Text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range textBlocks(root) {
				got = append(got, b.text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("textBlocks(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCleanBlocks(t *testing.T) {
	p := func(s string) block { return block{text: s, tag: atom.P} }
	h := func(a atom.Atom, s string) block { return block{text: s, tag: a} }
	body1 := p("The mayor said on Monday that the bridge would reopen next week after three months of repairs to its deck.")
	body2 := p("Engineers found the cracks in January during a routine inspection of the steel beams under the road.")
	body3 := p("Drivers have been using a detour through the industrial park, adding about twenty minutes to the trip.")
	meta := pageMeta{
		titles:  [][]string{lowerWords("Old bridge to reopen next week")},
		authors: []string{"Dana Whit"},
		links:   map[string]bool{"council approves new bus lanes downtown": true},
	}
	in := []block{
		h(atom.H1, "Old bridge to reopen next week"),
		h(atom.H2, "Repairs took longer than planned"),
		p("By Dana Whit"),
		p("Updated March 3, 2024 at 5:10 p.m."),
		body1,
		p("Related: Photos of the bridge repairs"),
		h(atom.Li, "Inside the steel shop that rebuilt the beams"),
		body2,
		p("Council approves new bus lanes downtown"),
		h(atom.H3, "Detour"),
		body3,
		p("The Associated Press contributed to this report."),
		p("Sign up for our morning newsletter to get the day's top stories in your inbox."),
		p("Follow us on Twitter and Facebook."),
		p("dana.whit@example.com @danawhit"),
		h(atom.H3, "More stories"),
		h(atom.Li, "Storm closes the coast road"),
		h(atom.Li, "School board picks a new chief"),
		p("© 2024 The Example Herald. All rights reserved."),
	}
	kept, removed := cleanBlocks(in, meta)
	want := []block{body1, body2, h(atom.H3, "Detour"), body3, p("The Associated Press contributed to this report.")}
	if diff := cmp.Diff(want, kept, cmp.AllowUnexported(block{})); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	kinds := map[string]string{}
	for _, r := range removed {
		kinds[r.text] = r.kind
	}
	wantKinds := map[string]string{
		"Old bridge to reopen next week":                  "title",
		"Repairs took longer than planned":                "deck",
		"By Dana Whit":                                    "byline",
		"Updated March 3, 2024 at 5:10 p.m.":              "date",
		"Related: Photos of the bridge repairs":           "related links",
		"Inside the steel shop that rebuilt the beams":    "related links",
		"Council approves new bus lanes downtown":         "link",
		"dana.whit@example.com @danawhit":                 "contact line",
		"Follow us on Twitter and Facebook.":              "social follow",
		"More stories":                                    "related links",
		"Storm closes the coast road":                     "related links",
		"School board picks a new chief":                  "related links",
		"© 2024 The Example Herald. All rights reserved.": "copyright",
		"Sign up for our morning newsletter to get the day's top stories in your inbox.": "newsletter prompt",
	}
	if diff := cmp.Diff(wantKinds, kinds); diff != "" {
		t.Errorf("removed kinds (-want +got):\n%s", diff)
	}
}

// TestCleanBlocksKeepsArticle checks that ordinary article blocks survive:
// a short closing sentence, subheadings and lists between paragraphs, and
// a quotation that mentions newsletters.
func TestCleanBlocksKeepsArticle(t *testing.T) {
	in := []block{
		{text: "The festival opened on Friday with a parade through the old town and a concert on the square.", tag: atom.P},
		{text: "What to bring", tag: atom.H2},
		{text: "A raincoat", tag: atom.Li},
		{text: "Cash for the food stalls", tag: atom.Li},
		{text: "“We started a newsletter in 1990 and never stopped,” said the organiser, who founded the event.", tag: atom.P},
		{text: "Organisers expect forty thousand visitors over the weekend, twice as many as last year.", tag: atom.P},
		{text: "See you there!", tag: atom.P},
	}
	kept, removed := cleanBlocks(in, pageMeta{titles: [][]string{lowerWords("Festival opens with parade")}})
	if len(removed) != 0 {
		t.Errorf("removed %v, want nothing", removed)
	}
	if len(kept) != len(in) {
		t.Errorf("kept %d blocks, want %d", len(kept), len(in))
	}
}

// A pull quote set as a heading before the first paragraph is a sentence
// of the article, a quotation and who said it, and stays; a deck in the
// same place, and a headline after the last paragraph, still go.
func TestCleanBlocksKeepsPullQuote(t *testing.T) {
	pull := block{text: "“We will run the night ferry again before the winter,” says Ada Quill, the harbour master.", tag: atom.H2}
	in := []block{
		{text: "Night ferry to return", tag: atom.H1},
		{text: "The harbour board wants the crossing back by December", tag: atom.H2},
		pull,
		{text: "The harbour board voted on Monday to bring back the night crossing, which closed in the spring after a fire.", tag: atom.P},
		{text: "Crews will be hired in the autumn, the board said, and fares will stay as they were.", tag: atom.P},
		{text: "“Fares will rise next year,” says the board in a story from last week.", tag: atom.H3},
	}
	kept, removed := cleanBlocks(in, pageMeta{titles: [][]string{lowerWords("Night ferry to return")}})
	if !slices.Contains(kept, pull) {
		t.Errorf("the pull quote was removed: %v", removed)
	}
	if len(kept) != 3 {
		t.Errorf("kept %d blocks, want 3 (the pull quote and two paragraphs); removed %v", len(kept), removed)
	}
}
