package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// wireFile is a fictional newswire file of two <DOC> records.
const wireFile = `<DOC>
<DOCNO> QTW20310304.0001 </DOCNO>
<HEADLINE> Ferry crews strike in Port Calder </HEADLINE>
<TEXT>
<P> PORT CALDER (QTW) _ Ferry crews in Port Calder walked out on Tuesday, halting every crossing to Marrow Isle, the crews' union said. </P>
</TEXT>
</DOC>
<DOC>
<DOCNO> QTW20310305.0002 </DOCNO>
<HEADLINE> Marrow Isle shops run short of bread </HEADLINE>
<TEXT>
<P> MARROW ISLE (QTW) _ Shops on Marrow Isle ran short of bread on Wednesday as the ferry strike went on, shopkeepers said. </P>
</TEXT>
</DOC>
`

// TestIngestNewswireURL checks that a newswire file fetched by URL yields
// its records as the same file read from disk does, and as a JSON Lines
// dump fetched by URL does: a batch of articles, not a feed to poll.
func TestIngestNewswireURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/wire":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte(wireFile))
		case "/wire.sgml":
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write([]byte(wireFile))
		case "/dump.jsonl":
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.Write([]byte(`{"title":"Dock strike ends","text":"Dock workers in Port Calder ended a four-day strike on Friday, the union said."}` + "\n" +
				`{"title":"Docks reopen","text":"The Port Calder docks reopened on Saturday after the strike, officials said."}` + "\n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	local := filepath.Join(dir, "wire.txt")
	os.WriteFile(local, []byte(wireFile), 0o644)

	out, stderr, err := runCLI(t, "", "ingest", "--db", filepath.Join(dir, "local.db"), local)
	if err != nil || !strings.Contains(out, "2 document(s) read") || !strings.Contains(out, "stored: 2 article(s)") {
		t.Fatalf("ingest of the file: %v; want its 2 records stored\nstdout:\n%s\nstderr:\n%s", err, out, stderr)
	}
	for _, path := range []string{"/wire", "/wire.sgml", "/dump.jsonl"} {
		db := filepath.Join(dir, strings.Trim(path, "/")+".db")
		out, stderr, err := runCLI(t, "", "ingest", "--db", db, "--allow-private", srv.URL+path)
		if err != nil || !strings.Contains(out, "fetched: 1 of 1 URL(s), 1 page(s) and 0 feed(s), 2 document(s): 2 queued") ||
			!strings.Contains(out, "stored: 2 article(s)") || strings.Contains(out, "feed "+srv.URL) {
			t.Errorf("ingest %s: %v; want 2 articles from a page, no feed\nstdout:\n%s\nstderr:\n%s", path, err, out, stderr)
		}
		if out, _, err := runCLI(t, "", "stories", "--db", db, "--feeds"); err != nil || strings.Contains(out, srv.URL) {
			t.Errorf("stories --feeds after ingest %s: %v; want no feed registered:\n%s", path, err, out)
		}
	}
}

// TestIngestPollNamesEachProblemOnce runs ingest --poll against a local
// server whose feeds answer 200 at every poll, and counts the messages: an
// item over --max-article-bytes is named once, not at every poll, nor again
// when a new item moves it down the feed; again when its text changes; an
// item of a feed given by URL, named when the URL was fetched, is not
// named again by the polls; a feed that stops answering is named.
func TestIngestPollNamesEachProblemOnce(t *testing.T) {
	item := func(guid, text string) string {
		return `<item><title>` + guid + `</title><guid>` + guid + `</guid><description>` + text + `</description></item>`
	}
	feed := func(items ...string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>Brackwater Courier</title>` + strings.Join(items, "") + `</channel></rss>`
	}
	long := item("bc-1", strings.Repeat("Brackwater council closed the old tram depot on Monday after a roof collapsed. ", 8))
	longer := item("bc-1", strings.Repeat("Brackwater council closed the old tram depot on Monday after a roof collapsed. ", 9))
	short := item("bc-2", "The Brackwater tram depot will stay shut until the roof is rebuilt, the council said on Tuesday.")
	other := item("bc-3", "Trams in Brackwater ran to a reduced timetable on Wednesday while the depot stayed shut, the operator said.")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	polls := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		polls[r.URL.Path]++
		n := polls[r.URL.Path]
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		switch {
		case r.URL.Path == "/down" && n > 1:
			http.Error(w, "scripted failure", http.StatusServiceUnavailable)
		case r.URL.Path == "/feed" && n >= 4:
			fmt.Fprint(w, feed(other, longer, short))
			if n == 6 {
				cancel()
			}
		case r.URL.Path == "/feed" && n >= 2:
			fmt.Fprint(w, feed(other, long, short))
		default:
			fmt.Fprint(w, feed(long, short))
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	os.WriteFile(list, []byte(srv.URL+"/feed\n"+srv.URL+"/down\n"), 0o644)

	var out, stderr bytes.Buffer
	go func() { time.Sleep(60 * time.Second); cancel() }() // a safety net: the feed is polled every second
	err := Run(ctx, []string{"ingest", "--db", filepath.Join(dir, "c.db"), "--allow-private", "--max-article-bytes", "500",
		"--feeds", list, "--poll", "--interval", "1s", srv.URL + "/byurl"}, strings.NewReader(""), &out, &stderr)
	mu.Lock()
	if polls["/feed"] < 6 || polls["/byurl"] < 3 {
		t.Errorf("ingest --poll: %v; polls %v, want 6 of /feed and several of /byurl", err, polls)
	}
	mu.Unlock()
	for _, c := range []struct {
		says string
		want int
	}{
		{srv.URL + "/feed#1: article text too long: 631 bytes", 1},
		{srv.URL + "/feed#2: article text too long: 710 bytes", 1},
		{"/feed#2: article text too long: 631 bytes", 0}, // moved down, the same item
		{srv.URL + "/byurl#1: article text too long", 1},
		{srv.URL + "/down: HTTP 503 Service Unavailable", 1},
	} {
		if got := strings.Count(stderr.String(), "skipped "+c.says); got != c.want {
			t.Errorf("stderr names %q %d times, want %d:\n%s", c.says, got, c.want, stderr.String())
		}
	}
}

// TestIngestBadURLs fetches, beside a good page, each bad answer a URL can
// give, and checks that stderr names each URL with what is wrong, once, and
// that the rest of the batch is stored.
func TestIngestBadURLs(t *testing.T) {
	pages := map[string]struct {
		status      int
		ctype, body string
	}{
		"/good":    {200, "text/plain", "Brackwater depot reopens\n\nThe Brackwater tram depot reopened on Monday after its roof was rebuilt, the council said."},
		"/gone":    {404, "text/plain", "404 page not found"},
		"/removed": {410, "text/html", "<html><head><title>410 Gone</title></head><body><h1>Gone</h1></body></html>"},
		"/soft":    {200, "text/html", "<!DOCTYPE html><html><head><title>Page not found | Brackwater Courier</title></head><body><h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>"},
		"/latin":   {200, "text/plain; charset=utf-8", "Caf\xe9 owners protest\n\nOwners of the Caf\xe9 Marl in Brackwater said on Monday the new rent was too high."},
		"/empty":   {200, "text/plain", ""},
		"/huge":    {200, "text/plain", strings.Repeat("The depot stayed shut. ", 10000)},
		"/feed": {200, "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Brackwater Courier</title>` +
			`<item><title>Trams run late</title><guid>bc-7</guid><description>Trams in Brackwater ran late on Tuesday while the depot was shut, the operator said.</description></item>` +
			`<item><title>Depot photos</title><guid>bc-8</guid></item></channel></rss>`},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", p.ctype)
		w.WriteHeader(p.status)
		w.Write([]byte(p.body))
	}))
	defer srv.Close()
	args := []string{"ingest", "--db", filepath.Join(t.TempDir(), "c.db"), "--allow-private", "--max-bytes", "100000"}
	for _, p := range []string{"/good", "/gone", "/removed", "/soft", "/latin", "/empty", "/huge", "/feed"} {
		args = append(args, srv.URL+p)
	}
	out, stderr, err := runCLI(t, "", args...)
	if !strings.Contains(out, "stored: 3 article(s)") {
		t.Errorf("ingest: %v; want the good page, the Windows-1252 page and the feed's good item stored\nstdout:\n%s\nstderr:\n%s", err, out, stderr)
	}
	for _, want := range []string{
		"/gone: HTTP 404 Not Found",
		"/removed: HTTP 410 Gone",
		`/soft: an error page ("Page not found | Brackwater Courier"), not an article, though answered with HTTP 200`,
		"/empty: empty input",
		"/huge: body too large",
		`/feed#2: feed item "Depot photos" has no content`,
	} {
		if n := strings.Count(stderr, "skipped "+srv.URL+want); n != 1 {
			t.Errorf("stderr names %q %d times, want once:\n%s", want, n, stderr)
		}
	}
	if n := strings.Count(stderr, "skipped "); n != 6 {
		t.Errorf("stderr names %d inputs, want 6:\n%s", n, stderr)
	}
}

// TestIngestIntervalFloor: an --interval under a second, zero or negative
// is a usage error, not a poller that floods a feed's server (or one that
// polls every 15 minutes while saying 'every 0s').
func TestIngestIntervalFloor(t *testing.T) {
	for _, iv := range []string{"1ns", "10ms", "0s", "-5s"} {
		_, stderr, err := runCLI(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "c.db"), "--poll", "--interval", iv, "https://example.invalid/feed.rss")
		var u usageError
		if !errors.As(err, &u) || !strings.Contains(err.Error(), "at most once every 1s") {
			t.Errorf("ingest --interval %s: %v (stderr %q), want a usage error naming the floor", iv, err, stderr)
		}
	}
}
