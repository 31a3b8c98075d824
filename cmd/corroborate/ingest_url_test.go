package main

import (
	"bytes"
	"context"
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
	go func() { time.Sleep(30 * time.Second); cancel() }() // a safety net: the feed is polled every 100ms
	err := Run(ctx, []string{"ingest", "--db", filepath.Join(dir, "c.db"), "--allow-private", "--max-article-bytes", "500",
		"--feeds", list, "--poll", "--interval", "100ms", srv.URL + "/byurl"}, strings.NewReader(""), &out, &stderr)
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
