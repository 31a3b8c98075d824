package app

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Input is one named input to Load: the bytes of a file, an upload or a
// pasted text (Body, split into documents by ingest.Parse: gzip, JSON
// Lines, feeds, HTML, text), or documents already read (Docs: a queued
// item, the files the CLI read, a fetched page). Problems are what went
// wrong with the input before Load saw it (a URL that did not answer, a
// feed item without text): each is listed among the batch's skipped
// documents, before the input's documents. Name names the input in
// problems.
type Input struct {
	Name     string
	Body     []byte
	Docs     []corroborate.Document
	Problems []error
}

// LoadOptions tunes Load. The zero value is ready to use.
type LoadOptions struct {
	// Ingest bounds one input after decompression (ingest.DefaultMaxBytes
	// when 0); its MaxTextBytes bounds an HTML page's text as it does a
	// plain text's.
	Ingest ingest.Options
	// MaxBytes bounds the text of the whole batch after decompression, so
	// that a batch of small gzip inputs cannot unpack to gigabytes; 0 means
	// no bound beyond the one per input. Documents past it are skipped with
	// a problem saying so; the inputs that fit, before and after, are loaded.
	// With LoadSeq, the inputs count against it in the order they arrive.
	MaxBytes int64
	// Now anchors year-less dates in extraction; zero means time.Now().
	Now time.Time
	// Parallel is how many documents are extracted at once; 0 means 1.
	Parallel int
	// KeepRepeats keeps the article of every document in Articles, even
	// one an earlier document gave (Duplicate still says so), for a
	// caller whose store decides what is a duplicate.
	KeepRepeats bool
	// Progress, when set, is called once per input when all its documents
	// are extracted (or it gave none), from one goroutine at a time.
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
	// batch; Article is that one (its own copy with KeepRepeats).
	Duplicate bool
	// Problem says why the document was skipped.
	Problem string
}

// Problem is an input, or a record of one, that could not be used.
type Problem = corroborate.SkippedInput

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
	return LoadSeq(ctx, len(inputs), func(yield func(int, Input) bool) {
		for i, in := range inputs {
			if !yield(i, in) {
				return
			}
		}
	}, opt)
}

// LoadSeq is Load for n inputs that arrive over time, in any order: inputs
// yields each index in [0, n) once with its input (a page as its fetch
// ends). Each input's documents are extracted as soon as it arrives, while
// the next ones are awaited; the result is as Load's for the inputs in
// index order, so it does not depend on the order of arrival. An index
// never yielded gives nothing.
func LoadSeq(ctx context.Context, n int, inputs iter.Seq2[int, Input], opt LoadOptions) (Loaded, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	b := &batch{opt: opt, xo: extract.Options{Now: opt.Now, MaxTextBytes: opt.Ingest.MaxTextBytes}, slots: make([]slot, n), left: opt.MaxBytes}
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range max(1, opt.Parallel) {
		wg.Go(func() {
			for j := range jobs {
				s := &b.slots[j.input]
				s.arts[j.doc], s.fails[j.doc] = extractOne(s.docs[j.doc], b.xo)
				b.done(s)
			}
		})
	}
	var err error
	for i, in := range inputs {
		if err = ctx.Err(); err != nil {
			break
		}
		if i < 0 || i >= n || b.slots[i].arrived {
			continue
		}
		s := &b.slots[i]
		b.split(i, in, s)
		if len(s.docs) == 0 {
			b.done(nil)
		}
		for d := range s.docs {
			if err = ctx.Err(); err != nil {
				break
			}
			jobs <- job{i, d}
		}
		if err != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return Loaded{}, err
	}
	return b.assemble(), nil
}

// batch is one LoadSeq: what each input gave, and the batch's bound.
type batch struct {
	opt   LoadOptions
	xo    extract.Options
	slots []slot
	left  int64 // bytes left under opt.MaxBytes
	mu    sync.Mutex
}

// slot is what one input gave: its problems, then its documents with their
// articles or the reasons they gave none.
type slot struct {
	arrived  bool
	problems []Problem
	docs     []corroborate.Document
	arts     []corroborate.Article
	fails    []string
	pending  int // documents not yet extracted
}

type job struct{ input, doc int }

// done counts one document of s extracted (none for an input with no
// documents) and reports the input's progress once all are.
func (b *batch) done(s *slot) {
	if b.opt.Progress == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if s != nil {
		if s.pending--; s.pending > 0 {
			return
		}
	}
	b.opt.Progress()
}

// split parses input i into its slot's documents within the batch's bound.
func (b *batch) split(i int, in Input, s *slot) {
	s.arrived = true
	for _, err := range in.Problems {
		s.problems = append(s.problems, ProblemOf(in.Name, err))
	}
	per := b.opt.Ingest.MaxBytes
	if per <= 0 {
		per = ingest.DefaultMaxBytes
	}
	bounded := b.opt.MaxBytes > 0
	overBatch := fmt.Sprintf("the request's inputs are over %d MiB after decompression", b.opt.MaxBytes>>20)
	fail := func(name, reason string) { s.problems = append(s.problems, Problem{Input: name, Reason: reason}) }
	parse := in.Body != nil || (in.Docs == nil && in.Problems == nil)
	if bounded && b.left <= 0 && (parse || len(in.Docs) > 0) {
		fail(in.Name, overBatch)
		return
	}
	got := in.Docs
	if parse {
		iopt := b.opt.Ingest
		iopt.MaxBytes = per
		if bounded {
			iopt.MaxBytes = min(per, b.left)
		}
		var errs []error
		got, errs = parseGuarded(in.Name, in.Body, iopt)
		for _, err := range errs {
			p := ProblemOf(in.Name, err)
			if errors.Is(err, ingest.ErrTooLarge) && iopt.MaxBytes < per {
				p.Reason = overBatch
			}
			fail(p.Input, p.Reason)
		}
	}
	for _, d := range got {
		if bounded && b.left <= 0 {
			fail(d.Source, overBatch)
			continue
		}
		b.left -= int64(len(d.Body))
		s.docs = append(s.docs, d)
	}
	s.arts = make([]corroborate.Article, len(s.docs))
	s.fails = make([]string, len(s.docs))
	s.pending = len(s.docs)
}

// assemble lays the slots out in input order, each input's problems before
// its documents, and keeps each article once (every one with KeepRepeats).
func (b *batch) assemble() Loaded {
	var out Loaded
	first := map[string]int{}
	for i := range b.slots {
		s := &b.slots[i]
		for _, p := range s.problems {
			out.Docs = append(out.Docs, DocResult{Input: i, Source: p.Input, Article: -1, Problem: p.Reason})
		}
		for d, doc := range s.docs {
			r := DocResult{Input: i, Source: doc.Source}
			k, dup := first[s.arts[d].ID]
			switch {
			case s.fails[d] != "":
				r.Article, r.Problem = -1, s.fails[d]
			case dup && !b.opt.KeepRepeats:
				r.Article, r.Duplicate = k, true
			default:
				if !dup {
					first[s.arts[d].ID] = len(out.Articles)
				}
				r.Article, r.Duplicate = len(out.Articles), dup
				out.Articles = append(out.Articles, s.arts[d])
			}
			out.Docs = append(out.Docs, r)
		}
	}
	return out
}

// parseGuarded is ingest.Parse with a panic turned into a problem.
func parseGuarded(name string, body []byte, opt ingest.Options) (docs []corroborate.Document, errs []error) {
	defer func() {
		if r := recover(); r != nil {
			docs, errs = nil, []error{&ingest.InputError{Input: name, Err: fmt.Errorf("reading failed: %v", r)}}
		}
	}()
	return ingest.Parse(name, body, opt)
}

// ProblemOf names what err says went wrong with an input: the input an
// ingest.InputError names, else name.
func ProblemOf(name string, err error) Problem {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return Problem{Input: ie.Input, Reason: ie.Err.Error()}
	}
	return Problem{Input: name, Reason: err.Error()}
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
