package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// longText is a plain article text of about n bytes.
func longText(n int) string {
	return "Lantern Quay\n\n" + strings.Repeat("The Lantern Quay ferry sailed at dawn with Captain Orlo Vesk. ", n/62+1)
}

func TestTextOverLimitRefused(t *testing.T) {
	opt := Options{MaxTextBytes: 500}
	long, short := longText(2000), "Quay reopens\n\nThe Lantern Quay reopened on Monday, Captain Orlo Vesk said."
	rec := func(id, text string) string {
		return `{"id":"` + id + `","text":"` + strings.ReplaceAll(text, "\n", `\n`) + `"}`
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Wire</title>` +
		`<item><title>Short</title><description>` + short + `</description></item>` +
		`<item><title>Long</title><description>` + long + `</description></item></channel></rss>`
	tests := []struct {
		name, input, body string
		wantKept          int
		wantRefused       string // the source named by the refusal
	}{
		{"text file", "quay.txt", long, 0, "quay.txt"},
		{"text file under the limit", "quay.txt", short, 1, ""},
		{"jsonl record", "dump.jsonl", rec("a", short) + "\n" + rec("b", long) + "\n" + rec("c", short) + "\n", 2, "dump.jsonl:2"},
		{"json array record", "dump.json", "[" + rec("a", long) + "," + rec("b", short) + "]", 1, "dump.json[0]"},
		{"feed item", "wire.rss", feed, 1, "wire.rss#2"},
		{"newswire record", "wire.sgml", "<DOC>\n<DOCNO> QW-1 </DOCNO>\n<TEXT>\n" + long + "\n</TEXT>\n</DOC>\n", 0, "wire.sgml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Parse(tt.input, []byte(tt.body), opt)
			if len(docs) != tt.wantKept {
				t.Fatalf("Parse(%s) kept %d documents (errors %v), want %d", tt.input, len(docs), errs, tt.wantKept)
			}
			if tt.wantRefused == "" {
				if len(errs) > 0 {
					t.Fatalf("Parse(%s) errors %v, want none", tt.input, errs)
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], ErrTextTooLong) {
				t.Fatalf("Parse(%s) errors %v, want one ErrTextTooLong", tt.input, errs)
			}
			msg := errs[0].Error()
			if !strings.HasPrefix(msg, tt.wantRefused+": article text too long: ") || !strings.Contains(msg, "over the limit of 500 bytes") {
				t.Errorf("error %q does not name %s, its size and the limit", msg, tt.wantRefused)
			}
		})
	}
}

func TestTextLimitDefault(t *testing.T) {
	if docs, errs := Parse("quay.txt", []byte(longText(DefaultMaxTextBytes-100)), Options{}); len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("a text just under the default limit: %d documents, errors %v", len(docs), errs)
	}
	_, errs := Parse("quay.txt", []byte(longText(DefaultMaxTextBytes+100)), Options{})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTextTooLong) {
		t.Fatalf("a text over the default limit: errors %v, want ErrTextTooLong", errs)
	}
}

func TestWalkDumpRefusesLongRecord(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.jsonl")
	body := `{"text":"The quay reopened."}` + "\n" + `{"text":"` + strings.Repeat("Ferries sailed. ", 100) + `"}` + "\n" + `{"text":"The quay closed."}` + "\n"
	if err := os.WriteFile(dump, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var docs []corroborate.Document
	var errs []error
	err := Walk(context.Background(), []string{dump}, nil, Options{MaxTextBytes: 200}, func(d []corroborate.Document, e []error) error {
		docs, errs = append(docs, d...), append(errs, e...)
		return nil
	})
	if err != nil || len(docs) != 2 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), dump+":2: article text too long") {
		t.Fatalf("Walk: %d documents, errors %v (%v); want 2 and %s:2 refused", len(docs), errs, err, dump)
	}
}

func TestReadFileOverLimitRefusedUnread(t *testing.T) {
	// A gzip file larger than the bound is refused by its size too, its
	// compressed bytes counting against the bound as they are read.
	for _, name := range []string{"big.txt", "big.txt.gz"} {
		big := filepath.Join(t.TempDir(), name)
		f, err := os.Create(big)
		if err != nil {
			t.Fatal(err)
		}
		// Sparse: 1 GiB on the file system's word, no disk.
		if err := f.Truncate(1 << 30); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, errs := ReadFile(big, Options{})
		want := big + ": input too large: 1024 MiB, over the limit of 64 MiB"
		if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || errs[0].Error() != want {
			t.Fatalf("ReadFile(1 GiB %s) = %v, want %q", name, errs, want)
		}
	}
}
