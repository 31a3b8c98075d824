package stream

import (
	"context"
	"fmt"
	"time"
)

// analysisRetry is how long a story whose analysis failed waits for the
// next try.
const analysisRetry = time.Minute

// AnalyzeStep claims one due analysis job and runs Options.Analyze on it.
// It returns how many jobs it ran; 0 when there is no Analyze function or
// no job is due. A failed or panicking analysis is retried later.
func (w *Worker) AnalyzeStep(ctx context.Context) (int, error) {
	if w.opt.Analyze == nil {
		return 0, nil
	}
	jobs, err := w.store.ClaimAnalysis(ctx, w.opt.ID, 1, w.opt.Lease)
	if err != nil || len(jobs) == 0 {
		return 0, err
	}
	for _, j := range jobs {
		failure := ""
		if err := w.analyze(ctx, j.StoryID); err != nil {
			failure = err.Error()
			w.log.Warn("story analysis failed", "story", j.StoryID, "err", err)
		} else {
			w.stats.analysed.Add(1)
		}
		if ctx.Err() != nil {
			return len(jobs), nil // the lease expires and another worker takes the job
		}
		if err := w.store.AnalysisDone(ctx, w.opt.ID, j, failure, analysisRetry); err != nil {
			return len(jobs), err
		}
	}
	return len(jobs), nil
}

func (w *Worker) analyze(ctx context.Context, story string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analysis panicked: %v", r)
		}
	}()
	return w.opt.Analyze(ctx, story)
}

// DrainAnalysis runs the analysis jobs due now until none is left, and
// returns how many it ran.
func (w *Worker) DrainAnalysis(ctx context.Context) (int, error) {
	total := 0
	for {
		n, err := w.AnalyzeStep(ctx)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}
