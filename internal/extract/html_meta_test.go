package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/corroborate/corroborate"
)

func TestCleanByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Marta Quill", []string{"Marta Quill"}},
		{"Calder Insider Marta Quill SHARE SHARE TWEET SHARE EMAIL", []string{"Calder Insider Marta Quill"}},
		{"Username", nil},
		{"Ines Okafor March", []string{"Ines Okafor"}},
		{"Laura June Beckett July", []string{"Laura June Beckett"}},
		{"Laura June", []string{"Laura June"}},
		{"By Tomas Reyes\n   March 25, 2026", []string{"Tomas Reyes"}},
		{"By TOMAS REYES March 11, 2026 3:46 PM", []string{"TOMAS REYES"}},
		{"Hana Brook před 2 hodinami", []string{"Hana Brook"}},
		{"Hana Brook 3 hours ago", []string{"Hana Brook"}},
		{"By Brenda Vale, MA", []string{"Brenda Vale"}},
		{"Jo Penn, PhD", []string{"Jo Penn"}},
		{"Ana Ros and Li Wei", []string{"Ana Ros", "Li Wei"}},
		{"Ana Ros, Li Wei & Sam Dale", []string{"Ana Ros", "Li Wei", "Sam Dale"}},
		{"Paul Marin (avec Lise Roux et Jean Bart)", []string{"Paul Marin", "Lise Roux", "Jean Bart"}},
		{"Mira Holt (http://example.org/mira/)", []string{"Mira Holt"}},
		{"Holt, Mira de", []string{"Holt, Mira de"}},
		{"Ana Ros/Calder Photo Agency", nil},
		{"J J", nil},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCopyrightHolder(t *testing.T) {
	tests := map[string]string{
		"© 2017 The Harbor Ledger. All rights reserved.":              "The Harbor Ledger",
		"Copyright (c) 2024-2026 Il Faro di Calder – Tutti i diritti": "Il Faro di Calder",
		"© Riverbend Radio 2026":                                      "Riverbend Radio",
		"© 2026 Nadia Vance":                                          "", // a person, not an outlet
		"© 2026 harborledger.example":                                 "harborledger.example",
		"The Harbor Ledger":                                           "",
	}
	for in, want := range tests {
		if got := copyrightHolder(in); got != want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", in, got, want)
		}
	}
}

const metaPara = "<p>The harbor ferry resumed its hourly crossings on Thursday, six weeks after a winter storm tore the landing ramp from its moorings.</p>" +
	"<p>The port authority said the new ramp cost 2.4 million dollars, about a third more than first estimated, because the pilings went deeper.</p>" +
	"<p>Weekend service will run every ninety minutes until the summer timetable starts in May, the authority said on Thursday.</p>"

func extractPage(t *testing.T, head, body, url string) corroborate.Article {
	t.Helper()
	page := "<html lang=\"en\"><head>" + head + "</head><body>" + body + "<article>" + metaPara + "</article></body></html>"
	a, err := Extract(corroborate.Document{Source: "page.html", Format: "html", Body: []byte(page), URL: url}, Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

func TestHTMLMetadata(t *testing.T) {
	ld := `<script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[` +
		`{"@type":"WebSite","name":"Gazette site"},` +
		`{"@type":"NewsArticle","headline":"Ferry returns to Linden Bay","datePublished":"2024-03-14T09:30:00-04:00",` +
		`"dateModified":"2024-03-15T10:00:00-04:00","author":[{"@type":"Person","name":"Marta Quill"},{"@type":"Person","name":"Ines Okafor"}],` +
		`"publisher":{"@type":"Organization","name":"The Calder Gazette"}}]}]]></script>`
	tests := []struct {
		name, head, body, url string
		title, outlet         string
		byline                []string
		published, modified   string
	}{
		{name: "JSON-LD graph wins over the rest",
			head:  ld + `<title>Ferry returns to Linden Bay | The Calder Gazette</title><meta property="og:site_name" content="Gazette Online"><meta name="author" content="Desk">`,
			body:  `<h1>Ferry returns to Linden Bay</h1>`,
			title: "Ferry returns to Linden Bay", outlet: "The Calder Gazette", byline: []string{"Marta Quill", "Ines Okafor"},
			published: "2024-03-14T09:30:00-04:00", modified: "2024-03-15T10:00:00-04:00"},
		{name: "meta tags, site suffix removed, section h1 outvoted",
			head:  `<title>Ferry returns to Linden Bay - Calder Gazette</title><meta property="og:title" content="Ferry returns to Linden Bay"><meta property="og:site_name" content="Calder Gazette"><meta name="author" content="By Marta Quill"><meta property="article:published_time" content="2024-03-14">`,
			body:  `<h1>Local news</h1>`,
			title: "Ferry returns to Linden Bay", outlet: "Calder Gazette", byline: []string{"Marta Quill"}, published: "2024-03-14"},
		{name: "markup in title tags is no part of a headline",
			head:  `<title>Quay <img src=x onerror=alert(1)> reopens <script>alert('t')</script></title><meta property="og:title" content="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt; Quay reopens">`,
			body:  `<h1>Quay reopens after repairs</h1><p>The Linden Bay quay reopened on Monday after six weeks of repairs to its pilings.</p>`,
			title: "Quay reopens"},
		{name: "byline element and a time marked as the publication",
			head:  `<title>Ferry returns to Linden Bay</title>`,
			body:  `<div class="story-byline">By <a href="/people/quill">Marta Quill</a> Share Tweet</div><time datetime="2024-03-14" pubdate>March 14</time>`,
			title: "Ferry returns to Linden Bay", byline: []string{"Marta Quill"}, published: "2024-03-14"},
		{name: "application-name repeating the title is no outlet; the copyright line is",
			head:  `<title>Ferry returns to Linden Bay</title><meta name="application-name" content="Ferry returns to Linden Bay">`,
			body:  `<footer><p>© The Linden Courier. All rights reserved.</p></footer>`,
			title: "Ferry returns to Linden Bay", outlet: "The Linden Courier"},
		{name: "the URL's host through the outlet directory",
			head:  `<title>Ferry returns to Linden Bay</title>`,
			url:   "https://www.apnews.com/article/ferry-linden-bay",
			title: "Ferry returns to Linden Bay", outlet: "Associated Press"},
		{name: "an unknown host names the site by its registrable domain",
			head:  `<title>Ferry returns to Linden Bay</title>`,
			url:   "https://news.lindencourier.co.uk/ferry",
			title: "Ferry returns to Linden Bay", outlet: "lindencourier.co.uk"},
		{name: "a site name written as a URL",
			head:  `<title>Ferry returns to Linden Bay</title><meta property="og:site_name" content="http://www.lindencourier.example">`,
			title: "Ferry returns to Linden Bay", outlet: "lindencourier.example"},
		{name: "og:site_name alone; a date only in the page's text, found by the search",
			head:  `<title>Ferry returns to Linden Bay</title><meta property="og:site_name" content="Linden Courier">`,
			body:  `<p class="meta">Published on March 14, 2024</p>`,
			title: "Ferry returns to Linden Bay", outlet: "Linden Courier", published: "2024-03-14"},
		{name: "application-name names the site",
			head:  `<title>Ferry returns to Linden Bay</title><meta name="application-name" content="Linden Courier">`,
			title: "Ferry returns to Linden Bay", outlet: "Linden Courier"},
		{name: "nothing names the outlet",
			head:  `<title>Ferry returns to Linden Bay</title>`,
			title: "Ferry returns to Linden Bay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, tt.head, tt.body, tt.url)
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if !cmp.Equal(a.Byline, tt.byline) {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.byline)
			}
			if got := orEmpty(a.Published); got != tt.published {
				t.Errorf("Published = %q, want %q", got, tt.published)
			}
			if got := orEmpty(a.Modified); got != tt.modified {
				t.Errorf("Modified = %q, want %q", got, tt.modified)
			}
			if a.Language != "en" {
				t.Errorf("Language = %q, want en", a.Language)
			}
		})
	}
}

// TestHTMLWireOutlet reads a wire service's dateline in a page that names
// no site, and takes no outlet from a credit to another one.
func TestHTMLWireOutlet(t *testing.T) {
	page := func(p string) string {
		return "<html><head><title>Ferry returns</title></head><body><article><p>" + p + "</p>" + metaPara + "</article></body></html>"
	}
	tests := []struct{ name, first, want string }{
		{"wire dateline", "LINDEN BAY (Reuters) - The ferry is back, the port said on Thursday after weeks of repairs.", "Reuters"},
		{"credit to another outlet", "The ferry is back, the port said on Thursday, according to the Calder Gazette.", ""},
		{"agency dateline without a city", "(Reuters) - The ferry is back, the port said on Thursday after weeks of repairs.", "Reuters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "page.html", Format: "html", Body: []byte(page(tt.first))}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := orEmpty(a.Outlet); got != tt.want {
				t.Errorf("Outlet = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLSignoffByline reads the reporters of a wire story's sign-off
// when the page names no author.
func TestHTMLSignoffByline(t *testing.T) {
	body := "<html><head><title>Ferry returns</title></head><body><article><p>LINDEN BAY (Reuters) - The ferry is back, the port said on Thursday after weeks of repairs.</p>" +
		metaPara + "<p>(Reporting by Ana Ros in Linden Bay; Editing by Li Wei)</p></article></body></html>"
	a, err := Extract(corroborate.Document{Source: "page.html", Format: "html", Body: []byte(body)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Ana Ros"}, a.Byline); diff != "" {
		t.Errorf("Byline mismatch (-want +got):\n%s", diff)
	}
}

func TestChooseTitle(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"title agreeing with og beats a section h1", `<title>Tide tables change | Bay Times</title><meta property="og:title" content="Tide tables change">`, `<h1>Weather</h1>`, "Tide tables change"},
		{"a section label the title and the h1 say loses to the headline", `<title>World News | Bay Times</title><meta property="og:title" content="Tide tables change for the spring">`, `<h1>World News</h1>`, "Tide tables change for the spring"},
		{"the h1 opening the title", `<title>Tide tables change for the spring [Bay Times]</title>`, `<h1>Tide tables change for the spring</h1>`, "Tide tables change for the spring"},
		{"a blog's name in the h1 is no vote for the title that holds it", `<title>Harbor Notes: Ferry fares rise in Calder for the spring</title><meta property="og:title" content="Ferry fares rise in Calder for the spring">`, `<h1>Harbor Notes</h1>`, "Ferry fares rise in Calder for the spring"},
		{"a JSON-LD description as headline loses to the name the title repeats", `<script type="application/ld+json">{"@type":"Article","name":"Linden Bay","headline":"island town in the north"}</script><title>Linden Bay - Town Wiki</title>`, ``, "Linden Bay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			dm := readDocMeta(root)
			if got := chooseTitle(dm, []string{"Bay Times"}, headings(root, 3), ""); got != tt.want {
				t.Errorf("chooseTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

// A personal page goes by its author's name: the name closing its <title>
// is the site's, not the headline's.
func TestTitleAuthorSite(t *testing.T) {
	page := `<html><head><title>Ferry notes from the north pier | Code | Ana Ros</title><meta name="author" content="Ana Ros"></head>` +
		`<body><article>` + metaPara + `</article></body></html>`
	a, err := Extract(corroborate.Document{Source: "page.html", Format: "html", Body: []byte(page)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ferry notes from the north pier | Code"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if want := []string{"Ana Ros"}; !slices.Equal(a.Byline, want) {
		t.Errorf("Byline = %q, want %q", a.Byline, want)
	}
}

// TestTextOutlet reads the outlet of plain texts from their own lines:
// a copyright line, a wire dateline, a byline's affiliation; a credit to
// another outlet names none.
func TestTextOutlet(t *testing.T) {
	body := "The ferry resumed its crossings on Thursday after six weeks of repairs to the landing ramp, the port said.\n\nThe ramp cost more than first planned because the pilings went deeper into the silt than designed.\n\n"
	tests := []struct{ name, text, want string }{
		{"copyright line", "Ferry returns\n\n" + body + "© 2026 The Harbor Ledger. All rights reserved.", "The Harbor Ledger"},
		{"wire dateline", "Ferry returns\n\nLINDEN BAY (AP) — " + body, "Associated Press"},
		{"byline affiliation", "Ferry returns\n\nBy Ana Ros, Tidewater Press\n\n" + body, "Tidewater Press"},
		{"a credit to another outlet", "Ferry returns\n\n" + body + "The repairs were first reported by the Calder Gazette.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "harbor-ledger.txt", Format: "text", Body: []byte(tt.text)}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := orEmpty(a.Outlet); got != tt.want {
				t.Errorf("Outlet = %q, want %q", got, tt.want)
			}
		})
	}
}

func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
