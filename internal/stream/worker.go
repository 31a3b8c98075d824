package stream

import (
	"context"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// Options tunes a Worker. The zero value is ready to use; each field says
// its default.
type Options struct {
	// ID names the worker in leases and logs; default "worker".
	ID string
	// Batch is how many queued documents are claimed at a time; default 32.
	Batch int
	// Lease is how long a claim lasts before other workers may take the
	// work again; it must exceed the time one batch takes. Default 2m.
	Lease time.Duration
	// MaxAttempts is how many claims a document gets before it is failed:
	// a document that kills its worker each time stops there. Default 5.
	MaxAttempts int
	// Parallel is how many documents are extracted at once; default
	// GOMAXPROCS.
	Parallel int
	// Poll is how long an idle loop waits before looking again; default 1s.
	Poll time.Duration
	// Now is the clock that anchors year-less dates in extraction; nil
	// means time.Now.
	Now func() time.Time
	// Cluster tunes the clusterer; every worker of one store must use the
	// same options.
	Cluster cluster.Options
	// AssignBatch is how many articles one assignment commit takes;
	// default 256.
	AssignBatch int
	// Replay is how many of the latest assignments rebuild the clusterer
	// when a worker takes the role; default 20,000. Stories older than the
	// clusterer's window are evicted during the replay anyway.
	Replay int
	// RegroupEvery is how many committed articles may pass between two
	// regroupings of the latest articles (cluster.Clusterer.Regroup, over
	// Cluster.Recent of them); the assigner also regroups when it finds no
	// extracted article waiting and when it stops (Flush), so that a
	// finished ingest ends regrouped. Default 2,000, as many as the
	// clusterer keeps recent; negative disables regrouping.
	RegroupEvery int
	// Analyze computes and stores a story's dossier; nil means this worker
	// does no analysis (stories are then analysed when read).
	Analyze func(ctx context.Context, storyID string) error
	// AnalyzeDelay is how long a changed story waits before its analysis,
	// so that a story gaining many articles is analysed once; default 0.
	AnalyzeDelay time.Duration
	// Log receives progress and problems; nil discards them.
	Log *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.ID == "" {
		o.ID = "worker"
	}
	if o.Batch <= 0 {
		o.Batch = 32
	}
	if o.Lease <= 0 {
		o.Lease = 2 * time.Minute
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.Parallel <= 0 {
		o.Parallel = runtime.GOMAXPROCS(0)
	}
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.AssignBatch <= 0 {
		o.AssignBatch = 256
	}
	if o.Replay <= 0 {
		o.Replay = 20_000
	}
	if o.RegroupEvery == 0 {
		o.RegroupEvery = 2000
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// Stats counts what a worker has done since it started.
type Stats struct {
	Extracted, Failed, Assigned, Duplicates, Stories, Merges, Analysed int64
	// Moved counts articles moved to another story by regroupings.
	Moved int64
}

// Worker runs the pipeline over a StreamStore. Run it once; it is safe to
// read Stats meanwhile.
type Worker struct {
	store corroborate.StreamStore
	opt   Options
	log   *slog.Logger
	as    assignState
	stats struct {
		extracted, failed, assigned, duplicates, stories, merges, analysed, moved atomic.Int64
	}
	wakeAssign, wakeAnalyze chan struct{}
}

// NewWorker returns a worker over store.
func NewWorker(store corroborate.StreamStore, opt Options) *Worker {
	opt = opt.withDefaults()
	return &Worker{
		store:       store,
		opt:         opt,
		log:         opt.Log.With("worker", opt.ID),
		wakeAssign:  make(chan struct{}, 1),
		wakeAnalyze: make(chan struct{}, 1),
	}
}

// Stats returns the counts so far.
func (w *Worker) Stats() Stats {
	s := &w.stats
	return Stats{Extracted: s.extracted.Load(), Failed: s.failed.Load(), Assigned: s.assigned.Load(),
		Duplicates: s.duplicates.Load(), Stories: s.stories.Load(), Merges: s.merges.Load(), Analysed: s.analysed.Load(),
		Moved: s.moved.Load()}
}

// Run extracts, assigns and analyses until ctx is done, then gives up the
// assignment role if it held it. Errors of the store are logged and retried
// after Options.Poll; Run returns nil when ctx ends.
func (w *Worker) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	loop := func(step func(context.Context) (int, error), wake <-chan struct{}, after chan<- struct{}) {
		defer wg.Done()
		for ctx.Err() == nil {
			n, err := step(ctx)
			if err != nil && ctx.Err() == nil {
				w.log.Warn("stream step failed", "err", err)
			}
			if n > 0 && after != nil {
				notify(after)
			}
			if n > 0 && err == nil {
				continue
			}
			select {
			case <-ctx.Done():
			case <-wake:
			case <-time.After(w.opt.Poll):
			}
		}
	}
	wg.Add(3)
	go loop(w.ExtractStep, nil, w.wakeAssign)
	go loop(w.AssignStep, w.wakeAssign, w.wakeAnalyze)
	go loop(w.AnalyzeStep, w.wakeAnalyze, nil)
	wg.Wait()
	if err := w.Flush(ctx); err != nil {
		w.log.Warn("regrouping on stop failed", "err", err)
	}
	w.as.release(w.log)
	return nil
}

func notify(c chan<- struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// Close gives up the assignment role, for callers that used the steps
// without Run.
func (w *Worker) Close() { w.as.release(w.log) }
