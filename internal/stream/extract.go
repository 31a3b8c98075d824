package stream

import (
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
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
	xs, err := w.extractAll(ctx, items)
	if err != nil {
		return len(items), err
	}
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

// extractAll extracts the items with app.Load, w.opt.Parallel at a time,
// each to its own result: an item whose document gave no article (or
// panicked the extractor) is failed with the reason, and an article given
// twice is stored twice, for the store to tell the duplicate.
func (w *Worker) extractAll(ctx context.Context, items []corroborate.StreamItem) ([]corroborate.Extraction, error) {
	ins := make([]app.Input, len(items))
	for i, it := range items {
		ins[i] = app.Input{Name: it.Doc.Source, Docs: []corroborate.Document{it.Doc}}
	}
	l, err := app.Load(ctx, ins, app.LoadOptions{Now: w.opt.Now(), Parallel: w.opt.Parallel, KeepRepeats: true})
	if err != nil {
		return nil, err
	}
	xs := make([]corroborate.Extraction, len(items))
	for _, d := range l.Docs {
		x := &xs[d.Input]
		x.Seq = items[d.Input].Seq
		if d.Article < 0 {
			x.Reason = d.Problem
			continue
		}
		x.Article = &l.Articles[d.Article]
	}
	return xs, nil
}

func sourceOf(items []corroborate.StreamItem, seq int64) string {
	for _, it := range items {
		if it.Seq == seq {
			return it.Doc.Source
		}
	}
	return ""
}
