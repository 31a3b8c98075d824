package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Input is one named input to Load: the bytes of a file, an upload or a
// pasted text (Body, split into documents by ingest.Parse: gzip, JSON
// Lines, feeds, HTML, text), or documents already read (Docs: a queued
// item, the files the CLI read). Name names the input in problems.
type Input struct {
	Name string
	Body []byte
	Docs []corroborate.Document
}

// LoadOptions tunes Load. The zero value is ready to use.
type LoadOptions struct {
	// Ingest bounds one input after decompression (ingest.DefaultMaxBytes
	// when 0).
	Ingest ingest.Options
	// MaxBytes bounds the text of the whole batch after decompression, so
	// that a batch of small gzip inputs cannot unpack to gigabytes; 0 means
	// no bound beyond the one per input. Documents past it are skipped with
	// a problem saying so; the inputs that fit, before and after, are loaded.
	MaxBytes int64
	// Now anchors year-less dates in extraction; zero means time.Now().
	Now time.Time
	// Parallel is how many documents are extracted at once; 0 means 1.
	Parallel int
	// Progress, when set, is called once per document extracted, from one
	// goroutine at a time.
	Progress func()
}

// Loaded is what Load made of a batch.
type Loaded struct {
	// Articles holds each distinct article once, in the order of the
	// documents that first gave it.
	Articles []corroborate.Article
	// Docs says what became of each document, in input order; an input that
	// gave no document at all (unreadable, empty, over a bound) has one
	// entry with its Problem.
	Docs []DocResult
}

// DocResult is what became of one document.
type DocResult struct {
	// Input is the index of the Input the document came from.
	Input int
	// Source names the document: its source ("dump.jsonl:3") or the input's
	// name.
	Source string
	// Article is the index in Loaded.Articles of the document's article,
	// -1 when it was skipped.
	Article int
	// Duplicate says the article was given by an earlier document of the
	// batch; Article is that one.
	Duplicate bool
	// Problem says why the document was skipped.
	Problem string
}

// Problem is an input, or a record of one, that could not be used.
type Problem struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// Skipped lists the documents and inputs that gave no article, in order.
func (l Loaded) Skipped() []Problem {
	ps := []Problem{}
	for _, d := range l.Docs {
		if d.Article < 0 {
			ps = append(ps, Problem{Input: d.Source, Reason: d.Problem})
		}
	}
	return ps
}

// Duplicates lists the sources of the documents whose article an earlier
// document of the batch gave.
func (l Loaded) Duplicates() []string {
	ds := []string{}
	for _, d := range l.Docs {
		if d.Duplicate {
			ds = append(ds, d.Source)
		}
	}
	return ds
}

// Load turns inputs into articles: it splits each input into documents,
// extracts each document's article and keeps each article once. It is the
// one place that holds the safety of the batch: a bad input or document, or
// one that panics the parser or the extractor, is a problem naming it and
// never stops the rest; the batch's text is bounded by MaxBytes; the same
// article twice is kept once. The error is non-nil only when ctx ends first.
func Load(ctx context.Context, inputs []Input, opt LoadOptions) (Loaded, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	docs, res := split(inputs, opt)
	arts, fails, err := extractAll(ctx, docs, opt)
	if err != nil {
		return Loaded{}, err
	}
	var out Loaded
	first := map[string]int{}
	di := 0
	for i := range res {
		r := &res[i]
		if r.Article < 0 && r.Problem != "" {
			continue // the input gave no document
		}
		n := di
		di++
		if fails[n] != "" {
			r.Article, r.Problem = -1, fails[n]
			continue
		}
		if k, dup := first[arts[n].ID]; dup {
			r.Article, r.Duplicate = k, true
			continue
		}
		first[arts[n].ID] = len(out.Articles)
		r.Article = len(out.Articles)
		out.Articles = append(out.Articles, arts[n])
	}
	out.Docs = res
	return out, nil
}

// split parses the inputs into documents within the batch's bound. It
// returns the documents and one result per document or failed input, in
// order; a result for a document has Article 0 and no Problem until
// extraction decides.
func split(inputs []Input, opt LoadOptions) ([]corroborate.Document, []DocResult) {
	var (
		docs []corroborate.Document
		res  []DocResult
	)
	per := opt.Ingest.MaxBytes
	if per <= 0 {
		per = ingest.DefaultMaxBytes
	}
	left, bounded := opt.MaxBytes, opt.MaxBytes > 0
	overBatch := fmt.Sprintf("the request's inputs are over %d MiB after decompression", opt.MaxBytes>>20)
	fail := func(in int, name, reason string) {
		res = append(res, DocResult{Input: in, Source: name, Article: -1, Problem: reason})
	}
	for i, in := range inputs {
		if bounded && left <= 0 {
			fail(i, in.Name, overBatch)
			continue
		}
		got := in.Docs
		if in.Body != nil || in.Docs == nil {
			iopt := opt.Ingest
			iopt.MaxBytes = per
			if bounded {
				iopt.MaxBytes = min(per, left)
			}
			var errs []error
			got, errs = parse(in.Name, in.Body, iopt)
			for _, err := range errs {
				p := problem(in.Name, err)
				if errors.Is(err, ingest.ErrTooLarge) && iopt.MaxBytes < per {
					p.Reason = overBatch
				}
				fail(i, p.Input, p.Reason)
			}
		}
		for _, d := range got {
			if bounded && left <= 0 {
				fail(i, d.Source, overBatch)
				continue
			}
			left -= int64(len(d.Body))
			docs = append(docs, d)
			res = append(res, DocResult{Input: i, Source: d.Source})
		}
	}
	return docs, res
}

// parse is ingest.Parse with a panic turned into a problem.
func parse(name string, body []byte, opt ingest.Options) (docs []corroborate.Document, errs []error) {
	defer func() {
		if r := recover(); r != nil {
			docs, errs = nil, []error{&ingest.InputError{Input: name, Err: fmt.Errorf("reading failed: %v", r)}}
		}
	}()
	return ingest.Parse(name, body, opt)
}

func problem(name string, err error) Problem {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return Problem{Input: ie.Input, Reason: ie.Err.Error()}
	}
	return Problem{Input: name, Reason: err.Error()}
}

// extractAll extracts docs, opt.Parallel at a time; fails[i] is the reason
// docs[i] gave no article.
func extractAll(ctx context.Context, docs []corroborate.Document, opt LoadOptions) ([]corroborate.Article, []string, error) {
	arts := make([]corroborate.Article, len(docs))
	fails := make([]string, len(docs))
	xo := extract.Options{Now: opt.Now}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next = make(chan int)
	)
	for range max(1, min(opt.Parallel, len(docs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				arts[i], fails[i] = extractOne(docs[i], xo)
				if opt.Progress != nil {
					mu.Lock()
					opt.Progress()
					mu.Unlock()
				}
			}
		}()
	}
	var err error
	for i := range docs {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return arts, fails, err
}

// extractOne extracts one document, turning an error or a panic into the
// reason it gave no article.
func extractOne(doc corroborate.Document, xo extract.Options) (a corroborate.Article, reason string) {
	defer func() {
		if r := recover(); r != nil {
			a, reason = corroborate.Article{}, fmt.Sprintf("extraction failed: %v", r)
		}
	}()
	a, err := extract.Extract(doc, xo)
	if err != nil {
		return corroborate.Article{}, err.Error()
	}
	return a, ""
}
