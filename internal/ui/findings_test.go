package ui

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/view"
)

// findingsDossier is a fictional two-article story with one of each
// finding: a contradicted claim, a credit pointing elsewhere, an uncredited
// copy and a conflict whose sides rest on passages.
func findingsDossier() *corroborate.Dossier {
	wire := "Coastal Wire"
	t1 := "The council will pay for the new seawall, the mayor said."
	t2 := "According to Harbor Radio, the council will not pay for the seawall, the mayor said."
	return &corroborate.Dossier{
		Story: corroborate.Story{Title: "Seawall plan", Articles: 2, Outlets: 2, Origins: 1},
		Articles: []corroborate.Article{
			{ID: "w1", Outlet: &wire, Title: "Council backs seawall", Text: t1},
			{ID: "w2", Title: "Seawall money in doubt", Text: t2, Source: "coverage/seawall-doubt.txt",
				Credits: []corroborate.Credit{{Outlet: "Harbor Radio", Cue: "According to Harbor Radio", Start: 0, End: 25},
					{Outlet: "Harbor Radio", Cue: "According to Harbor Radio", Start: 0, End: 25}}},
		},
		Reuse: []corroborate.Reuse{{From: "w1", To: "w2", Kind: "condensed", Shared: 0.4,
			Evidence:   []string{"w1 published first (2024-03-01, w2 on 2024-03-02)"},
			Passages:   []corroborate.Passage{{From: [2]int{0, 20}, To: [2]int{27, 47}}},
			Miscredits: []corroborate.Credit{{Outlet: "Harbor Radio", Cue: "According to Harbor Radio", Start: 0, End: 25}}}},
		Claims: []corroborate.Claim{{ID: "c1", Text: "The council will pay for the new seawall.", Origins: 1,
			Support:     []corroborate.ClaimSupport{{Article: "w1", Start: 0, End: len(t1)}},
			Contradicts: []corroborate.ClaimSupport{{Article: "w2", Start: 27, End: len(t2)}}}},
		Conflicts: []corroborate.Conflict{{Kind: "negation", About: "whether the council will pay", Confidence: 0.8,
			Sides: []corroborate.ConflictSide{
				{Value: "will pay", Articles: []string{"w1"}, Spans: []corroborate.ClaimSupport{{Article: "w1", Start: 0, End: len(t1)}}},
				{Value: "will not pay", Articles: []string{"w2"}, Spans: []corroborate.ClaimSupport{{Article: "w2", Start: 27, End: len(t2)}}}}}},
		Computed: []string{"quotes", "reuse", "claims", "summary"},
	}
}

// Items 1, 2 and 13 on the web page and in the HTML export: the matrix
// marks the contradicting article in words, the credit pointing elsewhere
// and the uncredited copy are listed, and each conflict side shows its
// passage linked to the article.
func TestFindingsOnTheWeb(t *testing.T) {
	d := findingsDossier()
	p := storyView(d, links{story: "s"})
	cells := p.Claims.Rows[0].Cells
	if cells[1].State != "contradicts" || cells[1].Words != "[2] seawall-doubt contradicts" || !strings.Contains(cells[1].Link, "hl=27-") {
		t.Errorf("item 1: the contradicting cell is %+v", cells[1])
	}
	if cells[0].Words != "[1] Coastal Wire states" {
		t.Errorf("item 13: the stating cell reads %q", cells[0].Words)
	}
	side := p.Conflicts.Items[0].Sides[1]
	if len(side.Spans) != 1 || side.Spans[0].Text != "the council will not pay for the seawall, the mayor said." ||
		side.Spans[0].Link != "/stories/s/articles/w2?hl=27-84#hl" {
		t.Errorf("item 13: side passages %+v", side.Spans)
	}
	file := mustStandalone(t, d)
	for _, want := range []string{
		`aria-label="[2] seawall-doubt contradicts"`,                       // item 1
		"[2] seawall-doubt credits Harbor Radio (&#39;According to Harbor", // item 2
		"[2] seawall-doubt takes 40% of its text from [1] Coastal Wire and credits Harbor Radio for that text, not Coastal Wire",
		`href="#art-w2-27-84"`, // item 13: the side's passage, linked within the file
		`id="art-w2-27-84"`,
	} {
		if !strings.Contains(file, want) {
			t.Errorf("the HTML export lacks %q", want)
		}
	}
}

// Item 8: an article without a title (as stream stories have) shows the
// opening of its text in the sources table.
func TestUntitledArticleSnippet(t *testing.T) {
	d := findingsDossier()
	d.Articles[1].Title = ""
	file := mustStandalone(t, d)
	if !strings.Contains(file, `(no title)</a><br><span class="snippet">According to Harbor Radio, the council will not pay`) {
		t.Errorf("the untitled article's row shows no snippet")
	}
	// its own section in the file says the same as its row, not another word
	if !strings.Contains(file, "<h1>(no title)</h1>") || strings.Contains(file, "(untitled)") {
		t.Errorf("the untitled article's heading is not '(no title)', as in the sources table")
	}
}

// The sources table gives each article's dateline, as the text report's
// list of articles does.
func TestSourcesDateline(t *testing.T) {
	d := findingsDossier()
	d.Articles[1].Dateline = "PORT CALDER, Wexland"
	file := mustStandalone(t, d)
	if !strings.Contains(file, `<span class="dateline">dateline PORT CALDER, Wexland</span>`) {
		t.Errorf("the sources table shows no dateline")
	}
}

// Item 8: the article page names each credit once, with how often it is used.
func TestCreditLines(t *testing.T) {
	d := findingsDossier()
	lines := view.CreditLines(d.Articles[1].Credits)
	if len(lines) != 1 || lines[0].Times != 2 || lines[0].Outlet != "" {
		t.Errorf("credit lines = %+v, want one line, twice, the outlet not repeated after its cue", lines)
	}
	var page strings.Builder
	srcs, idx := sourcesOf(d, links{story: "s"})
	if err := standaloneTemplate.ExecuteTemplate(&page, "article-body", articleViewOf(d, 1, srcs, idx, links{story: "s"}, nil, nil, nil)); err != nil {
		t.Fatal(err)
	}
	if got := page.String(); !strings.Contains(got, `<mark class="credit">According to Harbor Radio</mark> ×2`) ||
		strings.Contains(got, "Harbor Radio</mark> Harbor Radio") {
		t.Errorf("the article page repeats its credits:\n%s", got)
	}
}

// Item 9: each percentage of the provenance graph sits above the last,
// level stretch of its own arrow, so two labels never share a place and
// none is drawn across an arrow's curve.
func TestGraphLabelsClearOfArrows(t *testing.T) {
	d := findingsDossier()
	third := d.Articles[1]
	third.ID, third.Source = "w3", "coverage/third.txt"
	d.Articles = append(d.Articles, third)
	d.Reuse = append(d.Reuse, corroborate.Reuse{From: "w1", To: "w3", Kind: "verbatim", Shared: 0.3,
		Evidence: []string{"w1 published first (2024-03-01, w3 on 2024-03-02)"}})
	p := storyView(d, links{story: "s"})
	g := p.Reuse.Graph
	seen := map[[2]int]bool{}
	for i, e := range g.Edges {
		at := [2]int{e.LX, e.LY}
		if seen[at] {
			t.Errorf("two labels at %v", at)
		}
		seen[at] = true
		to := g.Nodes[i+1] // the copies are the second and third articles
		if e.LX >= to.X || e.LY >= to.Y+to.H/2 || e.LY < to.Y {
			t.Errorf("label %d at (%d, %d) is not just above its arrow's end at (%d, %d)", i, e.LX, e.LY, to.X, to.Y+to.H/2)
		}
	}
}

// Item 5 on the web: one article shows no agreement and no conflicts to find.
func TestOneArticlePage(t *testing.T) {
	d := findingsDossier()
	d.Articles, d.Reuse, d.Conflicts = d.Articles[:1], nil, nil
	page := mustStandalone(t, d)
	for _, want := range []string{"One article cannot contradict another.", "One article: no claim can be stated by more than one article.", "1 article, from Coastal Wire."} {
		if !strings.Contains(page, want) {
			t.Errorf("one article: the page lacks %q", want)
		}
	}
}

// TestQuoteFlagsFollowConflicts checks that the quotes table flags a
// quotation only when the dossier holds a conflict about it: one speaker
// named in two ways, or a quotation split in two spans of one article, is
// neither a conflict nor two mentions.
func TestQuoteFlagsFollowConflicts(t *testing.T) {
	d := findingsDossier()
	office, nurse := "sp1", "sp2"
	d.Speakers = []corroborate.Speaker{{ID: office, Name: "Harbour Office"}, {ID: nurse, Name: "Mira Dell"}}
	d.Quotes = []corroborate.Quote{
		{ID: "q1", Text: "We have heard the talk on the quay.", Mentions: []corroborate.QuoteMention{
			{Article: "w1", Speaker: &office, Start: 0, End: 10},
			{Article: "w2", SpeakerText: "the office statement", Start: 0, End: 10}}},
		{ID: "q2", Text: "The wall held all night.", Mentions: []corroborate.QuoteMention{
			{Article: "w1", Speaker: &office, Start: 0, End: 10}, {Article: "w1", Speaker: &office, Start: 12, End: 20},
			{Article: "w1", Speaker: &office, Start: 400, End: 420}, {Article: "w2", Speaker: &nurse, Start: 0, End: 10}}},
	}
	d.Conflicts = append(d.Conflicts, corroborate.Conflict{Kind: corroborate.ConflictQuoteSpeaker, About: "the wall held  all night",
		Sides: []corroborate.ConflictSide{{Value: "Harbour Office", Articles: []string{"w1"}}, {Value: "Mira Dell", Articles: []string{"w2"}}}})
	rows := storyView(d, links{story: "s"}).Quotes.Rows
	if len(rows) != 2 {
		t.Fatalf("%d quote rows, want 2", len(rows))
	}
	if rows[0].Text != "The wall held all night." || rows[0].Conflict != "attributed to 2 different speakers: Harbour Office, Mira Dell" {
		t.Errorf("first row %q flagged %q; want the disputed quotation first, flagged with both speakers", rows[0].Text, rows[0].Conflict)
	}
	if len(rows[0].Mentions) != 3 {
		t.Errorf("the disputed quotation lists %d mentions, want 3 (its split span in w1 is one, its repetition further down another)", len(rows[0].Mentions))
	}
	if rows[1].Conflict != "" {
		t.Errorf("a quotation with two labels and no conflict is flagged %q", rows[1].Conflict)
	}
}

// TestSourceAddressOnThePage checks that the sources table shows the id the
// input gave an article and links its web address, opened without a
// referrer, and links no address of another scheme.
func TestSourceAddressOnThePage(t *testing.T) {
	d := findingsDossier()
	d.Articles[0].InputID, d.Articles[0].URL = "seawall-7", "https://coast.example/seawall?id=7&x=1"
	d.Articles[1].URL = "javascript:alert(1)"
	page := mustStandalone(t, d)
	for _, want := range []string{`id seawall-7 · <a href="https://coast.example/seawall?id=7&amp;x=1" rel="noopener noreferrer nofollow">`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(page, "javascript:alert") {
		t.Errorf("the page carries a javascript: address")
	}
}

// Text one outlet's two articles share is its own: the web page names the
// outlet and writes no uncredited copy anywhere, the graph included.
func TestOneOutletsOwnTextOnTheWeb(t *testing.T) {
	d := findingsDossier()
	wire := "Coastal Wire"
	d.Articles[1].Outlet = &wire
	d.Reuse[0].SameOutlet, d.Reuse[0].Miscredits = wire, nil
	file := mustStandalone(t, d)
	for _, want := range []string{
		"both are from Coastal Wire, so this is Coastal Wire updating its own story, not an uncredited copy",
		"both from Coastal Wire, no credit owed",
	} {
		if !strings.Contains(file, want) {
			t.Errorf("the HTML export lacks %q", want)
		}
	}
	for _, bad := range []string{"uncredited copy</strong>", "without crediting it", "edge condensed uncredited", ", uncredited"} {
		if strings.Contains(file, bad) {
			t.Errorf("the HTML export charges one outlet's own text: %q", bad)
		}
	}
}

// An article's last change, dateline and fetch are on the page, escaped:
// its last change beside its publication date, in the sources table and
// the article's header.
func TestModifiedAndDatelineOnThePage(t *testing.T) {
	d := findingsDossier()
	pub, mod := "2026-04-02T09:00:00Z", "2026-04-03T18:30:00+02:00"
	d.Articles[0].Published, d.Articles[0].Modified, d.Articles[0].Dateline = &pub, &mod, "SALT <b>COVE</b>"
	d.Articles[0].Fetch = &corroborate.Fetch{URL: "https://salt.example/a", FinalURL: "https://salt.example/<i>a</i>", Status: 200}
	page := mustStandalone(t, d)
	for _, want := range []string{
		`<br><time class="modified" datetime="2026-04-03T18:30:00&#43;02:00">updated 3 Apr 2026, 18:30 &#43;02:00</time></td>`,
		` · <time class="modified" datetime="2026-04-03T18:30:00&#43;02:00">updated 3 Apr 2026, 18:30 &#43;02:00</time>`,
		`<span>SALT &lt;b&gt;COVE&lt;/b&gt;</span>`,
		`<span class="fetched">fetched, HTTP 200, from https://salt.example/&lt;i&gt;a&lt;/i&gt;</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// A quotation marked in an article names its speaker as the quotes table
// does, with the article's own word for them ("she"), escaped.
func TestArticleQuoteNamesSpeaker(t *testing.T) {
	text := `"We sail at dawn," she said. "Bring <b>coats</b>," a deckhand said.`
	s1 := "s1"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Title: "Dawn sailing", Text: text}},
		Speakers: []corroborate.Speaker{{ID: "s1", Name: "Ysolde <i>Marrack</i>", Roles: []string{"ferry captain"}}},
		Quotes: []corroborate.Quote{
			{ID: "q1", Text: "We sail at dawn,", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1, SpeakerText: "she", Start: 0, End: 18}}},
			{ID: "q2", Text: "Bring coats,", Mentions: []corroborate.QuoteMention{{Article: "a1", SpeakerText: "a deckhand", Start: 29, End: 52}}},
		},
		Computed: []string{"quotes"},
	}
	var page strings.Builder
	srcs, idx := sourcesOf(d, links{story: "s"})
	if err := standaloneTemplate.ExecuteTemplate(&page, "article-body", articleViewOf(d, 0, srcs, idx, links{story: "s"}, nil, nil, nil)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`title="quote: Ysolde &lt;i&gt;Marrack&lt;/i&gt;, ferry captain (“she”)"`, `title="quote: a deckhand"`} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the article lacks %s:\n%s", want, page.String())
		}
	}
}

// A pair whose direction is unsure is drawn as a plain line between the
// two, with no arrow, in one column; the sources table charges neither and
// the list of copies does not mark it as an uncredited copy.
func TestUnsurePairUndirected(t *testing.T) {
	d := findingsDossier()
	d.Reuse[0].Evidence = []string{"no evidence either way: w1, the longer text, is taken for the origin"}
	p := storyView(d, links{story: "s"})
	if len(p.Reuse.Graph.Edges) != 1 {
		t.Fatalf("edges = %+v, want one", p.Reuse.Graph.Edges)
	}
	e := p.Reuse.Graph.Edges[0]
	if e.Arrow || !strings.Contains(e.Class, "unsure") || strings.Contains(e.Class, "uncredited") || !strings.Contains(e.Title, "unsure") {
		t.Errorf("unsure edge = %+v, want no arrow, class unsure, not uncredited", e)
	}
	for _, n := range p.Reuse.Graph.Nodes {
		if strings.Contains(n.Class, "origin") {
			t.Errorf("node %s marked an origin of an unsure pair", n.Label)
		}
	}
	if n := p.Reuse.Graph.Nodes; n[0].X != n[1].X {
		t.Errorf("unsure pair placed in columns %d and %d, as origin and copy", n[0].X, n[1].X)
	}
	for _, s := range p.Sources {
		if strings.Contains(s.Role, "origin") || strings.Contains(s.Role, "reuses") || !strings.Contains(s.Role, "unsure") {
			t.Errorf("source %d role %q, want it to share text with the other, direction unsure", s.N, s.Role)
		}
	}
	var page strings.Builder
	if err := standaloneTemplate.ExecuteTemplate(&page, "story-body", p); err != nil {
		t.Fatal(err)
	}
	if got := page.String(); strings.Contains(got, `class="uncredited-copy"`) || strings.Contains(got, `marker-end="url(#arrow)"`) {
		t.Errorf("the page charges an unsure pair as an uncredited copy or draws an arrow")
	}
}

// A copy that credits some outlet while its origin's outlet is not known
// is not drawn or listed as an uncredited copy: its credit cannot be
// checked.
func TestUnverifiableCreditNotCharged(t *testing.T) {
	d := findingsDossier()
	d.Articles[0].Outlet = nil
	if len(d.Articles[1].Credits) == 0 {
		t.Fatal("fixture: the copy credits no outlet")
	}
	p := storyView(d, links{story: "s"})
	if len(p.Reuse.Items) != 1 || !p.Reuse.Items[0].Unchecked {
		t.Fatalf("reuse items = %+v, want one whose credits cannot be checked", p.Reuse.Items)
	}
	if e := p.Reuse.Graph.Edges[0]; strings.Contains(e.Class, "uncredited") || !strings.Contains(e.Title, "cannot be checked") {
		t.Errorf("edge = %+v, want it not drawn as uncredited", e)
	}
	var page strings.Builder
	if err := standaloneTemplate.ExecuteTemplate(&page, "story-body", p); err != nil {
		t.Fatal(err)
	}
	if got := page.String(); strings.Contains(got, `class="uncredited-copy"`) || !strings.Contains(got, `<li class="shared-text">[2] seawall-doubt takes 40%`) {
		t.Errorf("the copies list marks a credit that cannot be checked as an uncredited copy")
	}
}

// An article's page says how the copy stands to its origin in the story
// page's words: a copy crediting another outlet for the text says which,
// not a bare "uncredited"; a pair whose direction is unsure charges none.
func TestArticleOriginStanding(t *testing.T) {
	body := func(d *corroborate.Dossier, i int) string {
		var page strings.Builder
		p := storyView(d, links{story: "s"})
		if err := standaloneTemplate.ExecuteTemplate(&page, "article-body", articleViewOf(d, i, p.Sources, p.index, links{story: "s"}, nil, nil, p.View.Reuse)); err != nil {
			t.Fatal(err)
		}
		return page.String()
	}
	d := findingsDossier()
	if got := body(d, 1); !strings.Contains(got, `<strong class="uncredited">credits Harbor Radio for this text, not Coastal Wire</strong>`) {
		t.Errorf("the copy's page does not say whom it credits instead:\n%s", got)
	}
	if got := body(d, 0); !strings.Contains(got, "credits Harbor Radio for this text, not Coastal Wire)") {
		t.Errorf("the origin's page does not say whom its copy credits instead:\n%s", got)
	}
	d.Reuse[0].Evidence = []string{"no evidence either way: w1, the longer text, is taken for the origin"}
	if got := body(d, 1); strings.Contains(got, `class="uncredited"`) || !strings.Contains(got, "which copied which is unsure") {
		t.Errorf("the page of a pair whose direction is unsure charges it:\n%s", got)
	}
}

// A claim holding a quotation whose speaker is in dispute links to the
// conflicts from its row.
func TestClaimRowDisputed(t *testing.T) {
	d := findingsDossier()
	d.Claims[0].Text = "“The council will pay for the new seawall,” the mayor said."
	d.Conflicts = append(d.Conflicts, corroborate.Conflict{Kind: corroborate.ConflictQuoteSpeaker, About: "The council will pay for the new seawall", Confidence: 0.8,
		Sides: []corroborate.ConflictSide{{Value: "Ada Holm", Articles: []string{"w1"}}, {Value: "Ivo Marsh", Articles: []string{"w2"}}}})
	if file := mustStandalone(t, d); !strings.Contains(file, `<a class="disputed" href="#conflicts">disputed: who said it, see the conflicts</a>`) {
		t.Errorf("the claim row does not say its quotation is disputed")
	}
}

// Two articles of one column joined by a loop (a pair whose direction is
// unsure, both placed left) are drawn whole: the picture is wide enough
// for the loop and its label right of the column, not cut at the boxes'
// edge, where only a speck of the line showed.
func TestGraphLoopInsidePicture(t *testing.T) {
	d := findingsDossier()
	d.Reuse[0].Evidence = []string{"no evidence either way: w1, the longer text, is taken for the origin"}
	g := storyView(d, links{story: "s"}).Reuse.Graph
	if len(g.Edges) != 1 || g.Nodes[0].X != g.Nodes[1].X {
		t.Fatalf("want one loop between two boxes of one column, got %+v", g)
	}
	e := g.Edges[0]
	right := g.Nodes[0].X + g.Nodes[0].W + colGap/2 // the loop's control points
	if g.Width < right || e.LX+20 > g.Width {
		t.Errorf("the picture is %d wide; its loop reaches %d and its label %q is centred at %d", g.Width, right, e.Label, e.LX)
	}
}

// A story whose every possible conflict was held back as unsure says so
// under "no contradiction", on the page as in the reports, instead of
// dropping the count the dossier gives.
func TestAllConflictsHeldBackOnThePage(t *testing.T) {
	d := findingsDossier()
	d.Conflicts = nil
	d.Story.ConflictsHeldBack = 2
	var page strings.Builder
	if err := standaloneTemplate.ExecuteTemplate(&page, "story-body", storyView(d, links{story: "s"})); err != nil {
		t.Fatal(err)
	}
	got := page.String()
	if !strings.Contains(got, "The articles do not contradict each other") || !strings.Contains(got, "2 possible conflicts were held back as unsure.") {
		t.Errorf("the page lacks the held-back count beside 'no contradiction':\n%s", got[strings.Index(got, `id="conflicts"`):][:600])
	}
}

// A summary sentence that takes a side in a conflict says so on the page
// and in the HTML export, linked to the conflict: the export would state
// the disputed side as fact otherwise.
func TestDisputedSummarySentence(t *testing.T) {
	d := findingsDossier()
	t1 := d.Articles[0].Text
	d.Summary = []corroborate.SummarySentence{{Text: t1, Cites: []string{"w1"},
		Spans: []corroborate.ClaimSupport{{Article: "w1", Start: 0, End: len(t1)}}, Disputed: []int{0}}}
	d.Computed = append(d.Computed, "summary")
	file := mustStandalone(t, d)
	for _, want := range []string{
		`<span class="disputed">disputed: <a href="#conflict-0">[stated and denied] whether the council will pay</a></span>`,
		`<li class="conflict" id="conflict-0">`,
	} {
		if !strings.Contains(file, want) {
			t.Errorf("the HTML export lacks %q", want)
		}
	}
	var sb strings.Builder
	if err := report.Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	if out := strings.Join(strings.Fields(sb.String()), " "); !strings.Contains(out, "(disputed: [stated and denied] whether the council will pay; see the conflicts)") {
		t.Errorf("the text report does not mark the disputed sentence:\n%s", out)
	}
}
