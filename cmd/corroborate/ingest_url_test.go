package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
