package ingest

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/corroborate/corroborate/internal/safehttp"
)

func TestErrorPageTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		error bool
	}{
		{"Page not found | Tillsby Tribune", true},
		{"Tillsby Tribune - Page Not Found", true},
		{"Page Not Found (404) – Tillsby Tribune", true},
		{"404 Not Found", true},
		{"Error 404", true},
		{"404 - File or directory not found.", true},
		{"Oops! Page not found.", true},
		{"Sorry, this page doesn't exist", true},
		{"Article not found - Fenmoor Post", true},
		{"Access Denied", true},
		{"500 Internal Server Error", true},
		{"Ferry halted in Quillhaven | Harbour Weekly", false},
		{"Not found: the missing sailors of Marrow Isle", false},
		{"Lost and found - Tillsby Tribune", false},
		{"Found: a 404-year-old oak in Brackwater", false},
		{"The letter that was never found | Fenmoor Post", false},
	} {
		t.Run(c.title, func(t *testing.T) {
			got := errorPageTitle([]byte("<html><head><title>" + c.title + "</title></head><body><p>Text.</p></body></html>"))
			if (got != "") != c.error {
				t.Errorf("errorPageTitle(%q) = %q, want an error page: %v", c.title, got, c.error)
			}
		})
	}
}

// TestErrorTitledArticles: a story whose headline reads like an error
// ("Access Denied", "Forbidden – review", "404 | …") has the paragraphs
// an error page has not, and is read as an article.
func TestErrorTitledArticles(t *testing.T) {
	story := "<p>The Tillsby council voted on Monday to close the records office to the public, citing the cost of staff.</p>" +
		"<p>Residents who came to read the minutes found the door locked and a notice pinned to it.</p>" +
		"<p>\"We were told nothing,\" said Ines Varro, who has studied the town's land records for twenty years.</p>" +
		"<p>The council said a reading room would open in the library by the spring.</p>"
	for _, title := range []string{"Access Denied | Tillsby Tribune", "Forbidden – review", "404 | Tillsby Tribune", "Service Unavailable — Tillsby closes its night clinic"} {
		if got := errorPageTitle([]byte("<html><head><title>" + title + "</title></head><body>" + story + "</body></html>")); got != "" {
			t.Errorf("the story headlined %q was taken for an error page", title)
		}
	}
}

// TestFetchURLsErrorPage checks that a page that answers 200 with an error
// page is named as one, not read as an article.
func TestFetchURLsErrorPage(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, `<!DOCTYPE html><html><head><title>Page not found | Tillsby Tribune</title></head><body><h1>Page not found</h1><p>Sorry, we could not find the page you asked for.</p></body></html>`)
	}))
	t.Cleanup(srv.Close)
	var got Fetched
	FetchURLs(context.Background(), localFetcher(safehttp.FetchOptions{}), []string{srv.URL + "/ferry"}, 0, func(r Fetched) { got = r })
	want := srv.URL + `/ferry: an error page ("Page not found | Tillsby Tribune"), not an article, though answered with HTTP 200`
	if len(got.Docs) != 0 || len(got.Problems) != 1 || got.Problems[0].Error() != want {
		t.Errorf("error page: %d documents, problems %q; want none and %q", len(got.Docs), got.Problems, want)
	}
}
