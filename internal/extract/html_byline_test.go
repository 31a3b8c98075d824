package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The authors of a page come from the markup that names them, in its many
// shapes; roles, outlets and dates around the names are no authors.
func TestHTMLBylineShapes(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry returns","author":` + author + `}</script>`
	}
	tests := []struct {
		name, head, body string
		byline           []string
		outlet           string
	}{
		{name: "JSON-LD array of people",
			head:   ld(`[{"@type":"Person","name":"Marta Quill"},{"@type":"Person","name":"Ines Okafor"}]`),
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "JSON-LD object",
			head:   ld(`{"@type":"Person","name":"Marta Quill","url":"https://calder.example/staff/quill"}`),
			byline: []string{"Marta Quill"}},
		{name: "JSON-LD names in one string",
			head:   ld(`{"@type":"Person","name":"Marta Quill and Ines Okafor"}`),
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "JSON-LD list of strings",
			head:   ld(`["Marta Quill","Ines Okafor"]`),
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "JSON-LD organisation alone is no author",
			head:   ld(`{"@type":"Organization","name":"Calder Gazette"}`) + `<meta property="og:site_name" content="Calder Gazette">`,
			body:   `<div class="byline">By Marta Quill</div>`,
			byline: []string{"Marta Quill"}, outlet: "Calder Gazette"},
		{name: "JSON-LD author as a profile URL only",
			head:   ld(`"https://calder.example/staff/quill"`),
			body:   `<div class="byline">By Marta Quill</div>`,
			byline: []string{"Marta Quill"}},
		{name: "microdata people",
			body: `<div><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Marta Quill</span></span> and ` +
				`<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/staff/okafor"><span itemprop="name">Ines Okafor</span></a></span></div>`,
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "two rel=author links",
			body:   `<p class="meta">By <a rel="author" href="/staff/quill">Marta Quill</a> and <a rel="author" href="/staff/okafor">Ines Okafor</a></p>`,
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "By X and Y",
			body:   `<div class="article-byline">By Marta Quill and Ines Okafor</div>`,
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "a wire after the name",
			body:   `<div class="byline">By Marta Quill, Reuters</div>`,
			byline: []string{"Marta Quill"}},
		{name: "a wire after the names, in capitals",
			body:   `<div class="byline">By MARTA QUILL and INES OKAFOR Associated Press</div>`,
			byline: []string{"MARTA QUILL", "INES OKAFOR"}},
		{name: "a role after the name",
			body:   `<div class="byline">By Marta Quill, Senior Harbor Correspondent</div>`,
			byline: []string{"Marta Quill"}},
		{name: "an outlet after a bar",
			body:   `<div class="byline">By Marta Quill | Calder Gazette</div>`,
			byline: []string{"Marta Quill"}},
		{name: "roles before names",
			body:   `<div class="byline">Story by Marta Quill. Photos by Ines Okafor</div>`,
			byline: []string{"Marta Quill"}},
		{name: "pictures' labels",
			body:   `<div class="byline">Marta Quill, Image: Calder Police, Image: Ines Okafor</div>`,
			byline: []string{"Marta Quill"}},
		{name: "a name for an outlet",
			body:   `<div class="byline">By Marta Quill for The Calder Gazette</div>`,
			byline: []string{"Marta Quill"}},
		{name: "an agency alone in the JSON-LD, a reporter in the byline",
			head:   ld(`{"@type":"Person","name":"Reuters"}`),
			body:   `<div class="byline">By Marta Quill</div>`,
			byline: []string{"Marta Quill"}},
		{name: "an agency alone, then a date in the byline element",
			head:   `<meta name="author" content="Reuters">`,
			body:   `<div class="byline">Reuters, Lenna, Nov 20</div>`,
			byline: nil},
		{name: "a surname other names end in too",
			body:   `<div class="byline">By Lena Sun and Ines Okafor, Reuters</div>`,
			byline: []string{"Lena Sun", "Ines Okafor"}},
		{name: "an analysis by a writer with a hyphenated title",
			body:   `<div class="byline">Analysis by Marta Quill, Calder Editor-at-large</div>`,
			byline: []string{"Marta Quill"}},
		{name: "meta author list",
			head:   `<meta name="author" content="Marta Quill, Ines Okafor">`,
			byline: []string{"Marta Quill", "Ines Okafor"}},
		{name: "meta author a profile URL, byline element",
			head:   `<meta property="article:author" content="https://www.facebook.com/martaquill">`,
			body:   `<span class="byline__name">Marta Quill</span>`,
			byline: []string{"Marta Quill"}},
		{name: "staff and the outlet's name",
			head:   `<meta property="og:site_name" content="Calder Gazette">`,
			body:   `<div class="byline">By Calder Gazette Staff</div>`,
			byline: nil, outlet: "Calder Gazette"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, "<title>Ferry returns</title>"+tt.head, tt.body, "")
			if diff := cmp.Diff(tt.byline, a.Byline); diff != "" {
				t.Errorf("Byline mismatch (-want +got):\n%s", diff)
			}
			if tt.outlet != "" && orEmpty(a.Outlet) != tt.outlet {
				t.Errorf("Outlet = %q, want %q", orEmpty(a.Outlet), tt.outlet)
			}
		})
	}
}

// A byline line of a text keeps the names and drops a job title or an
// outlet after them.
func TestTextBylineRoles(t *testing.T) {
	body := "\n\nThe harbor ferry resumed its hourly crossings on Thursday, six weeks after a winter storm tore the landing ramp from its moorings."
	tests := []struct {
		line   string
		byline []string
	}{
		{"By Marta Quill, Staff Writer", []string{"Marta Quill"}},
		{"By Marta Quill and Ines Okafor, Harbor Correspondents", []string{"Marta Quill", "Ines Okafor"}},
		{"By Marta Quill, Tidewater Press", []string{"Marta Quill"}},
		{"By Marta Quill and Ines Okafor", []string{"Marta Quill", "Ines Okafor"}},
	}
	for _, tt := range tests {
		a := fromText("Ferry returns\n\n"+tt.line+body, false, Options{})
		if diff := cmp.Diff(tt.byline, a.Byline); diff != "" {
			t.Errorf("%q: Byline mismatch (-want +got):\n%s", tt.line, diff)
		}
	}
}
