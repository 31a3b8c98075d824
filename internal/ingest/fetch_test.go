package ingest

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// localFetcher may reach the tests' loopback servers, as --allow-private
// lets a user do for local use.
func localFetcher(opt safehttp.FetchOptions) *safehttp.Fetcher {
	opt.AllowPrivate = true
	opt.Backoff = time.Millisecond
	return safehttp.NewFetcher(opt)
}

// site serves a fictional outlet's pages.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	pages := map[string]struct{ ctype, body string }{
		"/news/ferry.html": {"text/html; charset=windows-1252", "<html><body><h1>Ferry back</h1><p>Caf\xe9 owners cheered.</p></body></html>"},
		"/plain":           {"text/plain; charset=windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2\n\n\xcc\xe8\xf0."}, // Привет / Мир.
		"/untyped":         {"", "<!DOCTYPE html><html><body><p>No type given.</p></body></html>"},
		"/feed":            {"application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Tide</title><item><title>A</title><link>https://tide.example/a</link><description>&lt;p&gt;One.&lt;/p&gt;</description></item><item><title>B</title><description>&lt;p&gt;Two.&lt;/p&gt;</description></item></channel></rss>`},
		"/photo.png":       {"image/png", "\x89PNG\r\n\x1a\n"},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/go" {
			http.Redirect(w, r, "/news/ferry.html#top", http.StatusMovedPermanently)
			return
		}
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if p.ctype == "" {
			w.Header()["Content-Type"] = nil // no sniffing by the server either
		} else {
			w.Header().Set("Content-Type", p.ctype)
		}
		w.Write([]byte(p.body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchURLs(t *testing.T) {
	srv := site(t)
	u := srv.URL
	urls := []string{u + "/go", u + "/plain", u + "/untyped", u + "/feed", u + "/photo.png", u + "/gone"}
	got := map[string]Fetched{}
	calls := 0
	FetchURLs(context.Background(), localFetcher(safehttp.FetchOptions{}), urls, 0, func(r Fetched) {
		calls++
		if urls[r.Index] != r.URL {
			t.Errorf("Fetched.Index %d names %s, not %s", r.Index, urls[r.Index], r.URL)
		}
		got[strings.TrimPrefix(r.URL, u)] = r
	})
	if calls != len(urls) {
		t.Fatalf("each called %d times, want %d", calls, len(urls))
	}

	page := got["/go"]
	if len(page.Docs) != 1 || len(page.Problems) != 0 {
		t.Fatalf("/go: %+v", page)
	}
	d := page.Docs[0]
	final := u + "/news/ferry.html#top"
	wantFetch := &corroborate.Fetch{URL: u + "/go", FinalURL: final, Status: 200,
		Redirects:   []corroborate.Redirect{{URL: u + "/go", Status: 301}},
		ContentType: "text/html; charset=windows-1252", FetchedAt: d.Fetch.FetchedAt}
	if diff := cmp.Diff(wantFetch, d.Fetch); diff != "" {
		t.Errorf("/go Fetch (-want +got):\n%s", diff)
	}
	if d.Source != u+"/go" || d.URL != final || d.ID != u+"/news/ferry.html" || d.Format != "html" ||
		!strings.Contains(string(d.Body), "Caf\xe9") || d.Fetch.FetchedAt.IsZero() {
		t.Errorf("/go document: source %q url %q id %q format %q body %q", d.Source, d.URL, d.ID, d.Format, d.Body)
	}

	if docs := got["/plain"].Docs; len(docs) != 1 || string(docs[0].Body) != "Привет\n\nМир." || docs[0].Format != "text" {
		t.Errorf("/plain in windows-1251: %+v, want the text decoded by the header's charset", got["/plain"])
	}
	if docs := got["/untyped"].Docs; len(docs) != 1 || docs[0].Format != "html" {
		t.Errorf("/untyped: %+v, want HTML by its content", got["/untyped"])
	}
	feed := got["/feed"]
	if !feed.Feed || len(feed.Docs) != 2 || feed.Docs[0].Source != u+"/feed#1" || feed.Docs[0].URL != "https://tide.example/a" ||
		feed.Docs[1].URL != u+"/feed" || feed.Docs[1].Fetch == nil {
		t.Errorf("/feed: %+v", feed)
	}
	for path, want := range map[string]string{
		"/photo.png": u + "/photo.png: unsupported content type image/png",
		"/gone":      u + "/gone: HTTP 404 Not Found",
	} {
		r := got[path]
		if len(r.Docs) != 0 || len(r.Problems) != 1 || !strings.HasPrefix(r.Problems[0].Error(), want) {
			t.Errorf("%s: docs %d, problems %v; want %q", path, len(r.Docs), r.Problems, want)
		}
	}
}

func TestReadURLsKeepsOrderAndRefusesPrivate(t *testing.T) {
	srv := site(t)
	urls := []string{srv.URL + "/feed", srv.URL + "/untyped", srv.URL + "/gone"}
	docs, problems := ReadURLs(context.Background(), localFetcher(safehttp.FetchOptions{}), urls)
	var srcs []string
	for _, d := range docs {
		srcs = append(srcs, strings.TrimPrefix(d.Source, srv.URL))
	}
	if strings.Join(srcs, " ") != "/feed#1 /feed#2 /untyped" || len(problems) != 1 {
		t.Errorf("sources %v, problems %v; want the URLs' order and one problem", srcs, problems)
	}
	// Without the local-use option a loopback server is out of reach.
	docs, problems = ReadURLs(context.Background(), safehttp.NewFetcher(safehttp.FetchOptions{}), urls[:1])
	if len(docs) != 0 || len(problems) != 1 || !strings.Contains(problems[0].Error(), "address not allowed") {
		t.Errorf("loopback without AllowPrivate: %d docs, %v", len(docs), problems)
	}
}

func TestFetchURLsCancelled(t *testing.T) {
	srv := site(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, problems := ReadURLs(ctx, localFetcher(safehttp.FetchOptions{}), []string{srv.URL + "/feed", srv.URL + "/plain"})
	if len(problems) != 2 || !strings.Contains(problems[0].Error(), "context canceled") {
		t.Errorf("problems = %v, want both URLs named with the cancellation", problems)
	}
}

func TestSplitInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	list := write("reading.urls", "# the ferry story\nhttps://tide.example/a\n\nnot a url at all\nftp://tide.example/b\nhttps://harbour.example/c\n")
	sniffed := write("links.txt", "https://tide.example/a\nhttps://gazette.example/d\n")
	article := write("article.txt", "Ferry back in Wexley\n\nhttps://tide.example/a was the first to say so.\n")
	empty := write("nothing.urls", "# none yet\n")
	paths, urls, problems := SplitInputs([]string{"https://first.example/x", list, sniffed, article, empty, "-", "story/"})

	if want := []string{article, "-", "story/"}; !cmp.Equal(paths, want) {
		t.Errorf("paths = %v, want %v", paths, want)
	}
	if want := []string{"https://first.example/x", "https://tide.example/a", "https://harbour.example/c", "https://gazette.example/d"}; !cmp.Equal(urls, want) {
		t.Errorf("urls = %v, want %v", urls, want)
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Error())
	}
	want := []string{
		list + `:4: not an http or https URL: "not a url at all"`,
		list + `:5: not an http or https URL: "ftp://tide.example/b"`,
		empty + ": no URLs in the list",
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, errs := Parse(list, []byte("https://tide.example/a\n"), Options{}); len(errs) != 1 || !strings.Contains(errs[0].Error(), "a list of URLs") {
		t.Errorf("Parse of a .urls file = %v, want it named as a list of URLs", errs)
	}
}

// TestFetchURLsTextBound checks that FetchURLs bounds a fetched plain-text
// page and each feed item by its maxText, as Parse does a file's.
func TestFetchURLsTextBound(t *testing.T) {
	long := strings.Repeat("The Lantern Quay ferry sailed at dawn and forty passengers were aboard. ", 30) // 2,190 bytes
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/plain":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			io.WriteString(w, long)
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay</title><item><title>Long</title><description>`+long+`</description></item><item><title>Short</title><description>The quay opened at noon.</description></item></channel></rss>`)
		}
	}))
	t.Cleanup(srv.Close)
	urls := []string{srv.URL + "/plain", srv.URL + "/feed"}
	fetch := func(maxText int64) (docs int, problems []string) {
		FetchURLs(context.Background(), localFetcher(safehttp.FetchOptions{}), urls, maxText, func(r Fetched) {
			docs += len(r.Docs)
			for _, p := range r.Problems {
				problems = append(problems, p.Error())
			}
		})
		return docs, problems
	}
	if docs, problems := fetch(0); docs != 3 || len(problems) != 0 {
		t.Fatalf("default bound: %d documents, problems %q; want 3 and none", docs, problems)
	}
	docs, problems := fetch(1000)
	if docs != 1 || len(problems) != 2 {
		t.Fatalf("maxText 1000: %d documents, problems %q; want the short feed item and two problems", docs, problems)
	}
	for _, p := range problems {
		if !strings.Contains(p, "over the limit of 1,000 bytes") || !strings.Contains(p, srv.URL) {
			t.Errorf("problem %q does not name the URL and the bound", p)
		}
	}
}

// TestFetchURLsNewswireIsNoFeed checks that a newswire file fetched by URL
// gives its records, each named URL#N as a feed's items are, without
// being taken for a feed.
func TestFetchURLsNewswireIsNoFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, trecFile)
	}))
	t.Cleanup(srv.Close)
	var got Fetched
	FetchURLs(context.Background(), localFetcher(safehttp.FetchOptions{}), []string{srv.URL}, 0, func(r Fetched) { got = r })
	if got.Feed || len(got.Docs) != 2 || got.Docs[0].Source != srv.URL+"#1" || len(got.Problems) != 1 {
		t.Errorf("newswire page: feed %v, %d documents, problems %q; want the 2 records with text, the empty one named, no feed",
			got.Feed, len(got.Docs), got.Problems)
	}
}
