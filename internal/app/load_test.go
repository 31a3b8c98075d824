package app_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/ingest"
)

// TestLoad gives Load each kind of input at once — text, the same text
// under another name, binary data, a JSON Lines dump with a bad line, a
// document read already — and checks what became of each, in order, the
// same however many documents are extracted at once.
func TestLoad(t *testing.T) {
	jsonl := `{"id": "r1", "outlet": "Fen Gazette", "title": "Lock reopens", "text": "` + strings.Repeat("The Fen lock reopened on Tuesday after repairs, the trust said. ", 3) + `"}` + "\n" +
		`{"id": "r2", "title": oops}` + "\n"
	inputs := []app.Input{
		{Name: "wire.txt", Body: []byte(wire)},
		{Name: "again.txt", Body: []byte(wire)},
		{Name: "blob.bin", Body: []byte("\x00\x01\x02\x03binary")},
		{Name: "dump.jsonl", Body: []byte(jsonl)},
		{Name: "queued", Docs: []corroborate.Document{{Source: "queued/7", Format: "text", Body: []byte(nameArticle(7))}}},
		{Name: "empty.txt", Body: []byte("  \n")},
	}
	var runs []app.Loaded
	for _, par := range []int{1, 4} {
		l, err := app.Load(t.Context(), inputs, app.LoadOptions{Parallel: par})
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, l)
	}
	l := runs[0]
	if diff := cmp.Diff(runs[0], runs[1]); diff != "" {
		t.Errorf("Load with 1 and 4 at once differ (-1 +4):\n%s", diff)
	}
	if len(l.Articles) != 3 {
		t.Fatalf("Load made %d articles, want 3 (wire, the JSONL record, the queued document): %+v", len(l.Articles), l.Docs)
	}
	if got := l.Duplicates(); !cmp.Equal(got, []string{"again.txt"}) {
		t.Errorf("Duplicates = %q, want again.txt", got)
	}
	var skipped []string
	for _, p := range l.Skipped() {
		skipped = append(skipped, p.Input)
		if p.Reason == "" {
			t.Errorf("%s skipped without a reason", p.Input)
		}
	}
	if want := []string{"blob.bin", "dump.jsonl:2", "empty.txt"}; !cmp.Equal(skipped, want) {
		t.Errorf("Skipped = %q, want %q", skipped, want)
	}
	for _, d := range l.Docs {
		if d.Article >= 0 && l.Articles[d.Article].Source != d.Source && !d.Duplicate {
			t.Errorf("document %s points at the article of %s", d.Source, l.Articles[d.Article].Source)
		}
	}
	if d := l.Docs[1]; !d.Duplicate || d.Article != 0 || d.Input != 1 {
		t.Errorf("Docs[1] = %+v, want again.txt a duplicate of article 0", d)
	}
	if src := l.Articles[2].Source; src != "queued/7" {
		t.Errorf("third article from %q, want queued/7", src)
	}
}

// TestLoadBatchBound checks that the batch bound counts the text of
// documents given already as well as uploads: past it, inputs are skipped
// with a reason naming the bound.
func TestLoadBatchBound(t *testing.T) {
	doc := func(i int) corroborate.Document {
		return corroborate.Document{Source: "d" + string(rune('0'+i)), Format: "text", Body: []byte(nameArticle(i))}
	}
	size := int64(len(nameArticle(1)))
	l, err := app.Load(t.Context(), []app.Input{{Name: "a", Docs: []corroborate.Document{doc(1), doc(2)}}, {Name: "b", Body: []byte(nameArticle(3))}},
		app.LoadOptions{MaxBytes: size + 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Articles) != 2 {
		t.Errorf("%d articles within a bound of two documents, want 2", len(l.Articles))
	}
	if sk := l.Skipped(); len(sk) != 1 || sk[0].Input != "b" || !strings.Contains(sk[0].Reason, "after decompression") {
		t.Errorf("Skipped = %+v, want b skipped for the batch bound", sk)
	}
}

// TestLoadCancelled checks that Load stops when its context ends.
func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := app.Load(ctx, []app.Input{{Name: "w.txt", Body: []byte(wire)}}, app.LoadOptions{}); err == nil {
		t.Error("Load with an ended context: no error")
	}
}

// TestLoadSeq gives LoadSeq the inputs of a batch in reverse order, one of
// them a fetch that failed with a page of its own, and checks the result is
// Load's for them in index order; with KeepRepeats, the repeat keeps its own
// article; progress is told once per input.
func TestLoadSeq(t *testing.T) {
	inputs := []app.Input{
		{Name: "wire.txt", Body: []byte(wire)},
		{Name: "https://news.example/gone", Problems: []error{errors.New("HTTP 404 Not Found")}},
		{Name: "https://news.example/feed", Docs: []corroborate.Document{{Source: "https://news.example/feed#1", Format: "text", Body: []byte(nameArticle(2))}},
			Problems: []error{errors.New("item 2: no text")}},
		{Name: "again.txt", Body: []byte(wire)},
	}
	want, err := app.Load(t.Context(), inputs, app.LoadOptions{Parallel: 2})
	if err != nil {
		t.Fatal(err)
	}
	progress := 0
	got, err := app.LoadSeq(t.Context(), len(inputs), func(yield func(int, app.Input) bool) {
		for i := len(inputs) - 1; i >= 0; i-- {
			if !yield(i, inputs[i]) {
				return
			}
		}
	}, app.LoadOptions{Parallel: 2, Progress: func() { progress++ }})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadSeq in reverse differs from Load (-Load +LoadSeq):\n%s", diff)
	}
	if progress != len(inputs) {
		t.Errorf("progress told %d times, want once per input (%d)", progress, len(inputs))
	}
	var skipped []string
	for _, p := range got.Skipped() {
		skipped = append(skipped, p.Input+": "+p.Reason)
	}
	if w := []string{"https://news.example/gone: HTTP 404 Not Found", "https://news.example/feed: item 2: no text"}; !cmp.Equal(skipped, w) {
		t.Errorf("Skipped = %q, want %q", skipped, w)
	}
	if len(got.Articles) != 2 || !cmp.Equal(got.Duplicates(), []string{"again.txt"}) {
		t.Errorf("%d articles, duplicates %q; want 2 and again.txt", len(got.Articles), got.Duplicates())
	}
	keep, err := app.Load(t.Context(), inputs, app.LoadOptions{KeepRepeats: true})
	if err != nil {
		t.Fatal(err)
	}
	last := keep.Docs[len(keep.Docs)-1]
	if len(keep.Articles) != 3 || !last.Duplicate || keep.Articles[last.Article].Source != "again.txt" {
		t.Errorf("KeepRepeats: %d articles, last %+v; want 3, again.txt a duplicate with its own article", len(keep.Articles), last)
	}
}

// TestLoadPageTextBound: the bound on one article's text holds for an HTML
// page as for a plain text.
func TestLoadPageTextBound(t *testing.T) {
	page := "<html><head><title>Quay works</title></head><body><article>" +
		strings.Repeat("<p>The quay at Oskel will close for repairs from May, the harbour board said on Monday.</p>", 40) +
		"</article></body></html>"
	in := []app.Input{{Name: "quay.html", Body: []byte(page)}}
	l, err := app.Load(t.Context(), in, app.LoadOptions{})
	if err != nil || len(l.Articles) != 1 {
		t.Fatalf("default bound: %d articles, error %v; want the page", len(l.Articles), err)
	}
	l, err = app.Load(t.Context(), in, app.LoadOptions{Ingest: ingest.Options{MaxTextBytes: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	if sk := l.Skipped(); len(l.Articles) != 0 || len(sk) != 1 || !strings.Contains(sk[0].Reason, "too long") {
		t.Errorf("bound of 1000 bytes: %d articles, skipped %+v; want the page skipped as too long", len(l.Articles), sk)
	}
}
