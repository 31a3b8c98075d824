package extract

import "testing"

// The publication day is the one the page writes with its offset: the
// same moment written in UTC elsewhere on the page, on another day, is no
// other date.
func TestHTMLPublicationOffset(t *testing.T) {
	ld := func(published string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry returns","datePublished":"` + published + `"}</script>`
	}
	tests := []struct {
		name, head, want string
	}{
		{"a local evening, its UTC morning in a meta tag",
			`<meta property="article:published_time" content="2024-03-15T04:30:00Z">` + ld("2024-03-14T23:30:00-05:00"),
			"2024-03-14T23:30:00-05:00"},
		{"a local morning, the UTC evening before in a meta tag",
			`<meta property="article:published_time" content="2024-03-14T22:10:00Z">` + ld("2024-03-15T00:10:00+02:00"),
			"2024-03-15T00:10:00+02:00"},
		{"the offset alone",
			ld("2024-03-14T23:30:00-05:00"),
			"2024-03-14T23:30:00-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, "<title>Ferry returns</title>"+tt.head, "", "")
			if got := orEmpty(a.Published); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

// A page with no structured date that labels its publication in words is
// dated by that label, not by the later dates of its comments; a label
// does not override a structured date.
func TestHTMLLabelledPublication(t *testing.T) {
	comments := `<section class="comments"><ol>` +
		`<li><time datetime="2026-08-24T03:36:11+02:00">24. August 2026 um 03:36 Uhr</time><p>Schöne Folge, danke!</p></li>` +
		`<li><time datetime="2026-08-25T10:02:00+02:00">25. August 2026 um 10:02 Uhr</time><p>Mehr davon bitte.</p></li></ol></section>`
	tests := []struct {
		name, head, body, want string
	}{
		{"a label in German", "", `<p>Veröffentlicht am 16.08.2026<br>Folge 158</p>` + comments, "2026-08-16"},
		{"a label and the date in the next element", "", `<div class="meta">Published: <span>August 16, 2026</span></div>` + comments, "2026-08-16"},
		{"a structured date wins", `<meta property="article:published_time" content="2026-08-20T09:00:00+02:00">`,
			`<p>Published on August 16, 2026</p>`, "2026-08-20T09:00:00+02:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, "<title>Ferry returns</title>"+tt.head, tt.body, "")
			if got := orEmpty(a.Published); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}
