package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/storetest"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// writeDump writes the generated stories as a gzipped JSONL dump with one
// malformed line, and returns its path.
func writeDump(t *testing.T, dir string, seed uint64, stories, per int) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for i, d := range streamtest.Stories(seed, stories, per) {
		if i == 2 {
			zw.Write([]byte("{\"title\": \"a line cut short\n"))
		}
		b, _ := json.Marshal(map[string]string{"source": d.Source, "title": d.Title, "outlet": d.Outlet,
			"published": d.Published, "text": string(d.Body)})
		zw.Write(append(b, '\n'))
	}
	zw.Close()
	p := filepath.Join(dir, "dump.jsonl.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fictionalFeed serves one RSS item of a fictional story.
func fictionalFeed() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tillsby Tribune</title>
<item><title>Orchard frost in Tillsby</title><guid>tt-77</guid>
<description>Growers in Tillsby counted losses on Thursday after a late frost hit the pear orchards, the Tillsby Orchard Growers Union said. About 60 farms are affected.</description></item>
</channel></rss>`))
	}))
}

func TestIngestAndStories(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	dump := writeDump(t, dir, 11, 3, 3)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	feed := fictionalFeed()
	defer feed.Close()
	list := filepath.Join(dir, "feeds.txt")
	os.WriteFile(list, []byte("# fictional feeds\n"+feed.URL+"/rss\n"), 0o644)

	out, stderr, err := runCLI(t, "", "ingest", "--db", db, "--allow-private", dump, empty, list)
	if !errors.Is(err, errPartial) {
		t.Fatalf("ingest: err = %v, want partial (two bad inputs)\nstderr:\n%s", err, stderr)
	}
	for _, want := range []string{"dump.jsonl.gz:3: ", "empty.txt: empty input"} {
		if !strings.Contains(stderr, "skipped "+want) && !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{
		"ingest: 9 document(s) read, 9 queued, 0 already ingested",
		"feed " + feed.URL + "/rss: 1 item(s), 1 new",
		"analysed: 4 stories",
		"stored: 10 article(s) in 4 stories (4 new), 0 duplicate(s), 2 skipped",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCLI(t, "", "stories", "--db", db, "--since", "1h")
	if err != nil {
		t.Fatalf("stories: %v", err)
	}
	rows := regexp.MustCompile(`(?m)^\S+ \S+\s+(\d+)\s+(\d+)\s+(\d+|-)\s+(st[0-9a-f]+)\s`).FindAllStringSubmatch(out, -1)
	if len(rows) != 4 {
		t.Fatalf("stories listed %d rows, want 4:\n%s", len(rows), out)
	}
	var three string
	for _, r := range rows {
		if r[3] == "-" {
			t.Errorf("story %s has no origins count: it was not analysed\n%s", r[4], out)
		}
		if r[1] == "3" {
			three = r[4]
		}
	}
	out, _, err = runCLI(t, "", "stories", "--db", db, three)
	if err != nil {
		t.Fatalf("stories %s: %v", three, err)
	}
	if n := strings.Count(out, "new story"); n != 1 || strings.Count(out, "shares: ") != 2 {
		t.Errorf("story %s: want one 'new story' and two 'shares:' lines:\n%s", three, out)
	}

	// Idempotent: the same inputs again queue nothing.
	out, _, err = runCLI(t, "", "ingest", "--db", db, "--allow-private", "--quiet", dump)
	if !errors.Is(err, errPartial) || !strings.Contains(out, "0 queued, 9 already ingested") {
		t.Errorf("ingest again: %v\n%s", err, out)
	}
}

func TestIngestRefusesPrivateFeeds(t *testing.T) {
	dir := t.TempDir()
	feed := fictionalFeed()
	defer feed.Close()
	out, stderr, err := runCLI(t, "", "ingest", "--db", filepath.Join(dir, "c.db"), feed.URL+"/rss")
	if err == nil || errors.Is(err, errPartial) || !strings.Contains(stderr, "address not allowed") || !strings.Contains(stderr, "--allow-private fetches it") {
		t.Errorf("ingest of a loopback feed only: err %v, want a failure naming the flag; stderr:\n%s", err, stderr)
	}
	if !strings.Contains(out, "stored: 0 article(s)") {
		t.Errorf("stdout:\n%s", out)
	}
}

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--poll", "x.jsonl"},
		{"stories", "--format", "xml"},
		{"worker", "extra"},
	} {
		if _, _, err := runCLI(t, "", args...); !errors.As(err, new(usageError)) {
			t.Errorf("%q: err = %v, want a usage error", args, err)
		}
	}
}

func TestIngestStreamsDumps(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i, d := range streamtest.Stories(31, 2, 2) {
		if i == 1 {
			b.WriteString("\n{\"title\": \"padding\", \"text\": \"" + strings.Repeat("z", 5000) + "\"}\n")
		}
		line, _ := json.Marshal(map[string]string{"title": d.Title, "text": string(d.Body)})
		b.Write(append(line, '\n'))
	}
	dump := filepath.Join(dir, "plain.ndjson")
	os.WriteFile(dump, []byte(b.String()), 0o644)
	out, stderr, err := runCLI(t, "", "ingest", "--db", filepath.Join(dir, "c.db"), "--max-bytes", "4096", dump)
	if !errors.Is(err, errPartial) || !strings.Contains(stderr, "plain.ndjson:3: input too large") {
		t.Errorf("ingest of a dump with a long line: %v\nstderr:\n%s", err, stderr)
	}
	if !strings.Contains(out, "ingest: 4 document(s) read, 4 queued") || !strings.Contains(out, "stored: 4 article(s) in 2 stories") {
		t.Errorf("stdout:\n%s", out)
	}
}

// TestIngestNULBytes: JSON can smuggle NUL bytes, which PostgreSQL text
// refuses; such a record is skipped with the reason, the others stored.
func TestIngestNULBytes(t *testing.T) {
	for _, db := range []struct{ name, url string }{{"sqlite", ""}, {"postgres", "pg"}} {
		t.Run(db.name, func(t *testing.T) {
			dir := t.TempDir()
			u := filepath.Join(dir, "c.db")
			if db.url != "" {
				u = storetest.PostgresURL(t)
			}
			dump := filepath.Join(dir, "nul.jsonl")
			os.WriteFile(dump, []byte(`{"source": "a\u0000b", "title": "Ferry \u0000 halted", "text": "The Quillhaven ferry halted on Tuesday \u0000 after an engine fault, officials said."}`+"\n"+
				`{"title": "Library shut", "text": "The Saltrey library shut on Monday after a flooded basement, its director said."}`+"\n"), 0o644)
			out, stderr, err := runCLI(t, "", "ingest", "--db", u, "--analyze=false", dump)
			if db.name == "sqlite" && err != nil {
				t.Errorf("sqlite: %v\n%s", err, stderr)
			}
			if db.name == "postgres" && (!errors.Is(err, errPartial) || !strings.Contains(stderr, "0x00")) {
				t.Errorf("postgres: err %v, want the NUL record skipped with the reason\nstderr:\n%s", err, stderr)
			}
			if !strings.Contains(out, "ingest: 2 document(s) read, 2 queued") {
				t.Errorf("stdout:\n%s", out)
			}
		})
	}
}

// TestIngestURLs stores pages given as URLs and in a file of URLs; a URL
// that answers with a feed becomes a polled feed; failures are named.
func TestIngestURLs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	site := newsroom(t)
	feed := fictionalFeed()
	defer feed.Close()
	list := filepath.Join(dir, "morning.urls")
	os.WriteFile(list, []byte(site.URL+"/gazette/a1\n"+feed.URL+"/rss\nwww.no-scheme.example/x\n"), 0o644)

	out, stderr, err := runCLI(t, "", "ingest", "--db", db, "--allow-private", site.URL+"/s/1", list, site.URL+"/gone")
	if !errors.Is(err, errPartial) {
		t.Fatalf("ingest: err = %v, want partial\nstderr:\n%s", err, stderr)
	}
	for _, want := range []string{list + `:3: not an http or https URL: "www.no-scheme.example/x"`, site.URL + "/gone: HTTP 404 Not Found"} {
		if !strings.Contains(stderr, "skipped "+want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{
		"feed " + feed.URL + "/rss: 1 item(s), 1 new",
		"fetched: 3 of 4 URL(s), 2 page(s) and 1 feed(s), 3 document(s): 3 queued, 0 already ingested",
		"stored: 3 article(s)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runCLI(t, "", "stories", "--db", db, "--feeds")
	if err != nil || !strings.Contains(out, feed.URL+"/rss") {
		t.Errorf("stories --feeds: %v; want the feed found among the URLs registered:\n%s", err, out)
	}
	// Idempotent: a page fetched again, here without the redirect, is the
	// same article.
	out, _, err = runCLI(t, "", "ingest", "--db", db, "--allow-private", site.URL+"/tide/ferry")
	if err != nil || !strings.Contains(out, "fetched: 1 of 1 URL(s), 1 page(s) and 0 feed(s), 1 document(s): 0 queued, 1 already ingested") {
		t.Errorf("ingest again: %v\n%s", err, out)
	}
}

// TestIngestMaxArticleBytesFeeds checks that --max-article-bytes bounds the
// items of a feed named with --feeds as it does those of a feed URL, and
// that a feed URL all of whose items are over it is registered still.
func TestIngestMaxArticleBytesFeeds(t *testing.T) {
	long := strings.Repeat("Growers in Tillsby counted losses after a late frost hit the pear orchards. ", 12)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		short := ""
		if r.URL.Path == "/mixed" {
			short = `<item><title>Frost ends</title><guid>tt-2</guid><description>The frost in Tillsby ended on Friday, the Tillsby Orchard Growers Union said.</description></item>`
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Tillsby Tribune</title><item><title>Orchard frost</title><guid>tt-1</guid><description>%s</description></item>%s</channel></rss>`, long, short)
	}))
	defer srv.Close()
	dir := t.TempDir()

	db := filepath.Join(dir, "long.db")
	out, stderr, err := runCLI(t, "", "ingest", "--db", db, "--allow-private", "--max-article-bytes", "500", srv.URL+"/long")
	if !strings.Contains(stderr, srv.URL+"/long#1") || !strings.Contains(stderr, "over the limit of 500 bytes") {
		t.Errorf("ingest of a feed of one long item: err %v; stderr does not name the item and the bound:\n%s", err, stderr)
	}
	if !strings.Contains(out, "0 page(s) and 1 feed(s)") {
		t.Errorf("a feed all of whose items were skipped is not counted as a feed:\n%s", out)
	}
	if out, _, err := runCLI(t, "", "stories", "--db", db, "--feeds"); err != nil || !strings.Contains(out, srv.URL+"/long") {
		t.Errorf("stories --feeds: %v; want the feed registered:\n%s", err, out)
	}

	list := filepath.Join(dir, "feeds.txt")
	os.WriteFile(list, []byte(srv.URL+"/mixed\n"), 0o644)
	out, stderr, _ = runCLI(t, "", "ingest", "--db", filepath.Join(dir, "mixed.db"), "--allow-private", "--max-article-bytes", "500", "--feeds", list)
	if !strings.Contains(out, "feed "+srv.URL+"/mixed: 1 item(s), 1 new") || !strings.Contains(stderr, srv.URL+"/mixed#1") {
		t.Errorf("ingest --feeds with --max-article-bytes 500: want the short item stored and the long one named\nstdout:\n%s\nstderr:\n%s", out, stderr)
	}
}
