package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("y", 40)
	in := "short\n\n" + long + "\nlast-without-newline"
	r := bufio.NewReaderSize(strings.NewReader(in), 16) // smaller than a line: lines span buffers
	var got []string
	for {
		line, err := readLine(r, 20)
		switch {
		case errors.Is(err, ErrTooLarge):
			got = append(got, "<too large>")
			continue
		case err != nil && !errors.Is(err, io.EOF):
			t.Fatalf("readLine: %v", err)
		}
		if errors.Is(err, io.EOF) && len(line) == 0 {
			break
		}
		got = append(got, string(line))
		if errors.Is(err, io.EOF) {
			break
		}
	}
	want := []string{"short", "", "<too large>", "last-without-newline"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

// TestWalk: a gzipped dump of more than a chunk of records is handed over
// in chunks, its bad and over-long lines named by line, and the other
// files one call each, with the documents Read gives for them.
func TestWalk(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	n := WalkChunk + 20
	for i := 1; i <= n; i++ {
		switch i {
		case 3:
			b.WriteString("{\"title\": oops}\n")
		case 7:
			fmt.Fprintf(&b, "{\"text\": %q}\n", strings.Repeat("long words ", 200))
		default:
			fmt.Fprintf(&b, "{\"id\": \"r%d\", \"text\": \"The Orrin mill reopened, record %d says.\"}\n", i, i)
		}
	}
	dump := filepath.Join(dir, "dump.jsonl.gz")
	os.WriteFile(dump, gz(t, []byte(b.String())), 0o644)
	page := filepath.Join(dir, "page.txt")
	os.WriteFile(page, []byte("The Orrin mill reopened on Monday."), 0o644)
	opt := Options{MaxBytes: 1000}

	var calls, docs int
	var problems []string
	err := Walk(context.Background(), []string{dump, page, filepath.Join(dir, "missing.txt")}, nil, opt,
		func(d []corroborate.Document, errs []error) error {
			calls++
			docs += len(d)
			for _, e := range errs {
				problems = append(problems, e.Error())
			}
			if len(d) > WalkChunk {
				t.Errorf("a call with %d documents, over WalkChunk", len(d))
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if docs != n-2+1 {
		t.Errorf("Walk gave %d documents, want %d", docs, n-2+1)
	}
	if calls != 4 { // the dump in two chunks, the page, the missing file
		t.Errorf("Walk called back %d times, want 4", calls)
	}
	want := []string{dump + ":3", dump + ":7: input too large", filepath.Join(dir, "missing.txt")}
	if len(problems) != len(want) {
		t.Fatalf("problems = %q, want ones naming %q", problems, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(problems[i], w) {
			t.Errorf("problem %d = %q, want it to start %q", i, problems[i], w)
		}
	}

	// What each file gives is what Read gives, but for the dump's names.
	stop := errors.New("stop")
	if err := Walk(context.Background(), []string{page, dump}, nil, opt, func([]corroborate.Document, []error) error { return stop }); err != stop {
		t.Errorf("Walk returned %v, want the callback's error", err)
	}
	rd, _ := Read(context.Background(), []string{page}, nil, opt)
	var wd []corroborate.Document
	Walk(context.Background(), []string{page}, nil, opt, func(d []corroborate.Document, _ []error) error { wd = append(wd, d...); return nil })
	if diff := cmp.Diff(rd, wd); diff != "" {
		t.Errorf("Read and Walk differ on a file (-Read +Walk):\n%s", diff)
	}
}
