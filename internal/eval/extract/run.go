package extract

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
)

// Extractor returns the main text of one page. An error counts as an empty
// prediction.
type Extractor func(p Page) (string, error)

// PageResult is how one page fared.
type PageResult struct {
	ID    string
	URL   string
	Pred  string
	Err   error
	Score Score
}

// Result is a whole run: the pages in input order and the benchmark means.
type Result struct {
	Pages                 []PageResult
	F1, Precision, Recall float64
}

// Options tunes Run.
type Options struct {
	// Workers is the number of pages extracted at once; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each page with the number done.
	Progress func(done, total int)
}

// Run extracts every page with ex and scores it. A panic inside ex is
// recovered and recorded as that page's error. Run stops early, returning
// ctx's error, when ctx is cancelled.
func Run(ctx context.Context, pages []Page, ex Extractor, opt Options) (Result, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	res := Result{Pages: make([]PageResult, len(pages))}
	var (
		next, done atomic.Int64
		wg         sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(pages) {
					return
				}
				res.Pages[i] = runOne(pages[i], ex)
				if n := int(done.Add(1)); opt.Progress != nil {
					opt.Progress(n, len(pages))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	scores := make([]Score, len(res.Pages))
	for i, p := range res.Pages {
		scores[i] = p.Score
	}
	res.F1, res.Precision, res.Recall = Means(scores)
	return res, nil
}

func runOne(p Page, ex Extractor) (pr PageResult) {
	pr = PageResult{ID: p.ID, URL: p.URL}
	defer func() {
		if r := recover(); r != nil {
			pr.Pred, pr.Err = "", fmt.Errorf("panic: %v", r)
		}
		pr.Score = Match(p.Truth, pr.Pred)
	}()
	pr.Pred, pr.Err = ex(p)
	if pr.Err != nil {
		pr.Pred = ""
	}
	return pr
}

// Write prints the run: with verbose, one line per page first; then the
// summary line `extract: f1=… precision=… recall=… pages=N`, always last.
func Write(w io.Writer, res Result, verbose bool) error {
	if verbose {
		for _, p := range res.Pages {
			if _, err := fmt.Fprintln(w, pageLine(p)); err != nil {
				return err
			}
		}
	}
	_, err := fmt.Fprintf(w, "extract: f1=%.3f precision=%.3f recall=%.3f pages=%d\n",
		res.F1, res.Precision, res.Recall, len(res.Pages))
	return err
}

func pageLine(p PageResult) string {
	prec, okP := p.Score.Precision()
	rec, okR := p.Score.Recall()
	ps, rs := "-", "-"
	if okP {
		ps = fmt.Sprintf("%.3f", prec)
	}
	if okR {
		rs = fmt.Sprintf("%.3f", rec)
	}
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	line := fmt.Sprintf("page %s f1=%.3f precision=%s recall=%s url=%s", p.ID, f1, ps, rs, p.URL)
	if p.Err != nil {
		line += fmt.Sprintf(" error=%q", p.Err.Error())
	}
	return line
}
