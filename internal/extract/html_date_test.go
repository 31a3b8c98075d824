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
