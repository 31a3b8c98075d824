package stream

import (
	"context"
	"fmt"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
)

// ExtractStep claims up to Options.Batch queued documents, extracts them
// in parallel and stores the articles. It returns how many it claimed. A
// document that cannot be extracted (or panics the extractor) is failed
// with the reason; it never stops the batch.
func (w *Worker) ExtractStep(ctx context.Context) (int, error) {
	items, err := w.store.Claim(ctx, w.opt.ID, w.opt.Batch, w.opt.Lease, w.opt.MaxAttempts)
	if err != nil || len(items) == 0 {
		return 0, err
	}
	xs := make([]corroborate.Extraction, len(items))
	xo := extract.Options{Now: w.opt.Now()}
	var (
		wg   sync.WaitGroup
		next = make(chan int)
	)
	for range min(w.opt.Parallel, len(items)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				xs[i] = extractOne(items[i], xo)
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	n, err := w.store.Extracted(ctx, w.opt.ID, xs)
	if err != nil && ctx.Err() == nil {
		// One article the store refuses must not fail its batch-mates:
		// store them one by one, failing those that cannot be stored.
		w.log.Warn("storing a batch failed; storing one by one", "err", err)
		n, err = w.storeEach(ctx, xs)
	}
	if err != nil {
		return len(items), err
	}
	if n < len(items) {
		w.log.Info("leases lost before extraction was stored; others have those items", "lost", len(items)-n)
	}
	for _, x := range xs {
		if x.Article == nil {
			w.stats.failed.Add(1)
			w.log.Info("document skipped", "source", sourceOf(items, x.Seq), "reason", x.Reason)
		} else {
			w.stats.extracted.Add(1)
		}
	}
	return len(items), nil
}

// storeEach stores extractions one at a time; an article the store refuses
// fails its item with the reason.
func (w *Worker) storeEach(ctx context.Context, xs []corroborate.Extraction) (int, error) {
	total := 0
	for i, x := range xs {
		n, err := w.store.Extracted(ctx, w.opt.ID, []corroborate.Extraction{x})
		if err != nil && x.Article != nil && ctx.Err() == nil {
			xs[i] = corroborate.Extraction{Seq: x.Seq, Reason: "the store refused the article: " + err.Error()}
			n, err = w.store.Extracted(ctx, w.opt.ID, xs[i:i+1])
		}
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// extractOne extracts one item, turning a panic into a failure.
func extractOne(it corroborate.StreamItem, xo extract.Options) (x corroborate.Extraction) {
	x.Seq = it.Seq
	defer func() {
		if r := recover(); r != nil {
			x = corroborate.Extraction{Seq: it.Seq, Reason: fmt.Sprintf("extraction failed: %v", r)}
		}
	}()
	a, err := extract.Extract(it.Doc, xo)
	if err != nil {
		x.Reason = err.Error()
		return x
	}
	x.Article = &a
	return x
}

func sourceOf(items []corroborate.StreamItem, seq int64) string {
	for _, it := range items {
		if it.Seq == seq {
			return it.Doc.Source
		}
	}
	return ""
}
