package ui

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/corroborate/corroborate"
)

// mustDossier reads testdata/dossier.json: a fictional three-article story
// with every section filled, and markup in its articles' text and titles.
func mustDossier(tb testing.TB) *corroborate.Dossier {
	tb.Helper()
	b, err := os.ReadFile("testdata/dossier.json")
	if err != nil {
		tb.Fatal(err)
	}
	var d corroborate.Dossier
	if err := json.Unmarshal(b, &d); err != nil {
		tb.Fatal(err)
	}
	return &d
}

func mustStandalone(tb testing.TB, d *corroborate.Dossier) string {
	tb.Helper()
	var buf bytes.Buffer
	if err := RenderStandalone(&buf, d); err != nil {
		tb.Fatalf("RenderStandalone: %v", err)
	}
	return buf.String()
}

// walk calls fn on every element of the document.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func TestStandaloneIsSelfContained(t *testing.T) {
	out := mustStandalone(t, mustDossier(t))
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	var hrefs []string
	var style, csp string
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script", "link", "iframe", "object", "embed", "img", "base", "form":
			t.Errorf("standalone page has a <%s> element", n.Data)
		case "style":
			if n.FirstChild != nil {
				style = n.FirstChild.Data
			}
		case "meta":
			if v, _ := attr(n, "http-equiv"); v == "Content-Security-Policy" {
				csp, _ = attr(n, "content")
			}
		}
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("<%s> has an event handler attribute %s", n.Data, a.Key)
			case a.Key == "src" || a.Key == "srcset" || a.Key == "action":
				t.Errorf("<%s> refers outside: %s=%q", n.Data, a.Key, a.Val)
			case a.Key == "href":
				hrefs = append(hrefs, a.Val)
			case a.Key == "id":
				if ids[a.Val] {
					t.Errorf("id %q used twice", a.Val)
				}
				ids[a.Val] = true
			case a.Key == "style":
				t.Errorf("<%s> has an inline style attribute (blocked by the page's policy)", n.Data)
			}
		}
	})
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "#") {
			t.Errorf("link %q leaves the file", h)
		} else if !ids[h[1:]] {
			t.Errorf("link %q has no target in the file", h)
		}
	}
	if len(hrefs) < 10 {
		t.Errorf("only %d links; the page should link sources, quotes, claims and citations to passages", len(hrefs))
	}
	sum := sha256.Sum256([]byte(style))
	if want := "style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, want) || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q: want default-src 'none' and %s", csp, want)
	}
	if strings.Contains(style, "url(") || strings.Contains(style, "@import") {
		t.Errorf("style sheet loads something from outside")
	}
	for _, id := range []string{"summary", "conflicts", "sources", "provenance", "quotes", "claims", "art-a1", "art-a2", "art-a3"} {
		if !ids[id] {
			t.Errorf("no element with id %q", id)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;window.__corroboratePwned",              // article text, escaped
		"Ferry aground &lt;script&gt;window.__pwnedTitle=1",    // a title, escaped
		"&lt;b&gt;not bold&lt;/b&gt;",                          // a conflict note, escaped
		"Conflict: attributed to 2 different speakers",         // quote conflict flagged
		`class="reuse o0 ref"`,                                 // reused passage highlighted
		`<span class="credit" title="credit to Coastal Wire">`, // credit marked
	} {
		if !strings.Contains(out, want) {
			t.Errorf("standalone page lacks %s", want)
		}
	}
}

func TestNotComputed(t *testing.T) {
	d := mustDossier(t)
	d.Computed = []string{}
	d.Summary, d.Quotes, d.Reuse, d.Claims, d.Conflicts = nil, nil, nil, nil, nil
	out := mustStandalone(t, d)
	if got := strings.Count(out, "not computed yet"); got < 6 {
		t.Errorf(`"not computed yet" appears %d times, want it for summary, conflicts, provenance, quotes, claims and the originality column`, got)
	}
	d.Computed = []string{"quotes", "reuse", "claims", "summary"}
	out = mustStandalone(t, d)
	if strings.Contains(out, "not computed yet") {
		t.Errorf("stages that ran with nothing found still say not computed")
	}
	for _, want := range []string{"No summary", "do not contradict each other on facts and quotations", "No reuse found", "No quotations found", "No claims found"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q for an empty section", want)
		}
	}
}

func TestQuotesConflictsFirst(t *testing.T) {
	d := mustDossier(t)
	d.Quotes[0], d.Quotes[1] = d.Quotes[1], d.Quotes[0]
	p := storyView(d, links{story: "s"})
	if len(p.Quotes.Rows) != 2 || p.Quotes.Rows[0].Conflict == "" || p.Quotes.Rows[1].Conflict != "" {
		t.Errorf("quote rows %+v: want the conflicting quote first", p.Quotes.Rows)
	}
}

func TestCorruptOffsetsDoNotBreakPages(t *testing.T) {
	d := mustDossier(t)
	d.Quotes[0].Mentions[0].Start, d.Quotes[0].Mentions[0].End = -40, 1<<30
	d.Claims[0].Support[0].Start = 1
	d.Reuse[0].Passages[0].To = [2]int{900, 10}
	d.Articles[0].Credits = []corroborate.Credit{{Outlet: "X", Start: 11, End: 13}} // 11..13 cut "—" (bytes 10-12)
	d.Articles[0].Sentences = append(d.Articles[0].Sentences, corroborate.Span{Start: 5000, End: 6000})
	d.Summary[0].Cites = append(d.Summary[0].Cites, "no-such-article")
	out := mustStandalone(t, d)
	if !strings.Contains(out, "unknown article no-such-article") {
		t.Errorf("a citation of an unknown article is not shown as such")
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Articles {
		var got []string
		walk(doc, func(n *html.Node) {
			if id, _ := attr(n, "id"); id != "art-"+a.ID {
				return
			}
			walk(n, func(n *html.Node) {
				if c, _ := attr(n, "class"); c == "text" {
					walk(n, func(p *html.Node) {
						if p.Data == "p" {
							got = append(got, textOf(p))
						}
					})
				}
			})
		})
		var want []string
		for _, line := range strings.Split(a.Text, "\n") {
			if strings.TrimSpace(line) != "" {
				want = append(want, line)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("article %s: rendered text differs from the article's (-want +got):\n%s", a.ID, diff)
		}
	}
}

// textOf is the text content of n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}
