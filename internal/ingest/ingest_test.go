package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, input string
		body        []byte
		wantFormats []string
		wantErrs    int
	}{
		{"text", "a.txt", []byte("Headline\n\nBody."), []string{"text"}, 0},
		{"html by extension", "a.html", []byte("<p>Hi</p>"), []string{"html"}, 0},
		{"html by content", "page", []byte("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), []string{"html"}, 0},
		{"jsonl with a bad line", "d.jsonl", []byte(`{"title":"A","text":"one"}` + "\n{bad\n" + `{"html":"<p>two</p>","outlet":"X"}` + "\n"), []string{"text", "html"}, 1},
		{"json array", "d.json", []byte(`[{"text":"one"},{"nope":1}]`), []string{"text"}, 1},
		{"one pretty object", "d.json", []byte("{\n \"text\": \"one\"\n}"), []string{"text"}, 0},
		{"empty", "e.txt", []byte(" \n\t\n"), nil, 1},
		{"binary", "b.bin", []byte("\x7fELF\x00\x00\x01"), nil, 1},
		{"utf16", "u.txt", append([]byte{0xff, 0xfe}, []byte("H\x00i\x00")...), []string{"text"}, 0},
		{"feed", "f.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tide</title><item><title>T</title><link>https://x.example/a</link><description>&lt;p&gt;Body text&lt;/p&gt;</description></item></channel></rss>`), []string{"html"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Parse(tt.input, tt.body, Options{})
			var got []string
			for _, d := range docs {
				got = append(got, d.Format)
			}
			if strings.Join(got, ",") != strings.Join(tt.wantFormats, ",") || len(errs) != tt.wantErrs {
				t.Fatalf("Parse(%s) formats %v errs %v, want %v and %d errors", tt.input, got, errs, tt.wantFormats, tt.wantErrs)
			}
			for _, err := range errs {
				if !strings.HasPrefix(err.Error(), tt.input) {
					t.Errorf("error %q does not name the input %q", err, tt.input)
				}
			}
		})
	}
}

func TestParseJSONLNamesLine(t *testing.T) {
	_, errs := Parse("dump.jsonl", []byte(`{"text":"a"}`+"\n"+`{"text":`+"\n"), Options{})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "dump.jsonl:2: invalid JSON") {
		t.Fatalf("errs = %v, want one error for dump.jsonl:2", errs)
	}
}

func TestParseJSONFields(t *testing.T) {
	docs, errs := Parse("d.jsonl", []byte(`{"id":"x1","url":"https://news.example/a","publisher":"Tide","headline":"H","authors":[{"name":"A B"}],"date":"2026-03-12","language":"de","body":"Text."}`), Options{})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("Parse: %v %v", docs, errs)
	}
	d := docs[0]
	if d.ID != "x1" || d.URL != "https://news.example/a" || d.Outlet != "Tide" || d.Title != "H" || d.Published != "2026-03-12" || len(d.Byline) != 1 || d.Byline[0] != "A B" || d.Language != "de" {
		t.Errorf("fields = %+v", d)
	}
	if string(d.Body) != "Text." || !d.Headless {
		t.Errorf("Body = %q, Headless = %v; want the text alone, marked headless", d.Body, d.Headless)
	}
}

func TestGzip(t *testing.T) {
	docs, errs := Parse("a.txt.gz", gz(t, []byte("Title\n\nBody text.")), Options{})
	if len(errs) != 0 || len(docs) != 1 || docs[0].Format != "text" {
		t.Fatalf("Parse gzip: %v %v", docs, errs)
	}
	bomb := gz(t, bytes.Repeat([]byte("a"), 1<<20))
	_, errs = Parse("bomb.txt.gz", bomb, Options{MaxBytes: 1 << 16})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("gzip bomb: errs = %v, want ErrTooLarge", errs)
	}
}

func TestWindows1252(t *testing.T) {
	docs, errs := Parse("w.txt", []byte("Caf\xe9 owners \x93protest\x94"), Options{})
	if len(errs) != 0 || string(docs[0].Body) != "Café owners “protest”" {
		t.Fatalf("Parse(windows-1252) = %q, %v", docs[0].Body, errs)
	}
}

// TestWindows1252Undefined: the five bytes Windows-1252 leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand for nothing in news text; they
// are dropped, not shown as U+FFFD, whether the charset is guessed or
// declared.
func TestWindows1252Undefined(t *testing.T) {
	in := []byte("Rents rose in Caf\xe9 Row.\x81\x8d She said \x93no\x94.\x8f\x90\x9d")
	want := "Rents rose in Café Row. She said “no”."
	for _, declared := range []string{"", "windows-1252", "iso-8859-1"} {
		out, err := decodeText(in, declared)
		if err != nil || string(out) != want {
			t.Errorf("decodeText(%q) = %q, %v; want %q", declared, out, err, want)
		}
	}
}

func TestReadFolderAndStdin(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "sub", ".hidden"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "b.txt"), []byte("B\n\nbody"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "a.txt"), []byte("A\n\nbody"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", ".hidden", "c.txt"), []byte("C\n\nbody"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	docs, errs := Read(context.Background(), []string{dir, "-", filepath.Join(dir, "missing.txt")}, strings.NewReader("S\n\nstdin body"), Options{})
	var srcs []string
	for _, d := range docs {
		srcs = append(srcs, filepath.Base(d.Source))
	}
	if strings.Join(srcs, ",") != "b.txt,a.txt,stdin" {
		t.Errorf("sources = %v, want b.txt,a.txt,stdin (sorted walk, hidden skipped)", srcs)
	}
	if len(errs) != 2 {
		t.Fatalf("errs = %v, want empty.txt and missing.txt", errs)
	}
	if !strings.Contains(errs[0].Error(), "empty.txt: empty input") || !strings.Contains(errs[1].Error(), "missing.txt: no such file") {
		t.Errorf("errs = %v", errs)
	}
}
