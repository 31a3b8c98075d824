package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/feeds"
	"github.com/corroborate/corroborate/internal/stream"
)

func init() {
	commands["worker"] = command{
		summary: "process the ingest queue of a shared store; run several against one PostgreSQL",
		run:     runWorker,
	}
}

func runWorker(ctx context.Context, args []string, e *env) error {
	fs := e.flags("worker",
		"usage: corroborate worker [flags]",
		"",
		"Takes documents from the store's queue (filled by 'corroborate ingest --queue-only', the",
		"API or polled feeds), extracts them, groups them into stories and analyses the stories,",
		"until interrupted. Any number of workers may share one PostgreSQL: each piece of work is",
		"claimed by one of them, and work held by a worker that dies is taken over when its lease",
		"expires. See docs/streams.md.",
		"",
		"flags:")
	db := fs.String("db", "corroborate.db", "database: a SQLite file or a postgres:// URL shared by the workers")
	id := fs.String("id", defaultWorkerID(), "this worker's name in leases and logs")
	batch := fs.Int("batch", 32, "documents claimed at a time")
	lease := fs.Duration("lease", 2*time.Minute, "how long a claim lasts before other workers may take the work again")
	parallel := fs.Int("parallel", 0, "documents extracted at once (default: the number of CPUs)")
	feedList := fs.String("feeds", "", "a file of feed URLs (one per line) to add to the polled feeds")
	pollFeeds := fs.Bool("poll-feeds", true, "poll the store's feeds when they are due (shared with the other workers)")
	interval := fs.Duration("interval", 15*time.Minute, "time between two polls of a feed")
	allowPrivate := fs.Bool("allow-private", false, "let feed requests reach loopback and private addresses")
	analyze := fs.Bool("analyze", true, "compute the dossiers of stories that gained articles")
	analyzeDelay := fs.Duration("analyze-delay", 30*time.Second, "how long a changed story waits before its analysis")
	regroupEvery := fs.Int("regroup-every", 2000, "regroup the latest articles after this many assignments (and when the queue drains); negative: never")
	verbose := fs.Bool("v", false, "log every step, not only problems and the role changes")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("worker: unexpected argument %q", fs.Arg(0))}
	}
	if *batch <= 0 || *lease <= 0 || *interval <= 0 {
		return usageError{"worker: --batch, --lease and --interval must be positive"}
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	level := slog.LevelInfo
	if !*verbose {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	store, where, err := openStreamStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	defer store.Close()
	if *feedList != "" {
		urls, err := readFeedList(*feedList)
		if err != nil {
			return fmt.Errorf("worker: %w", err)
		}
		if err := store.AddFeeds(ctx, urls); err != nil {
			return fmt.Errorf("worker: %w", err)
		}
	}
	opt := stream.Options{ID: *id, Batch: *batch, Lease: *lease, Parallel: *parallel,
		AnalyzeDelay: *analyzeDelay, RegroupEvery: *regroupEvery, Log: log}
	if *analyze {
		opt.Analyze = analyzer(store, log)
	}
	w := stream.NewWorker(store, opt)
	if *pollFeeds {
		p := feeds.NewPoller(store, enqueueSink(store, "feeds"), feeds.Options{ID: *id, Interval: *interval,
			AllowPrivate: *allowPrivate, Log: log})
		go p.Run(ctx)
	}
	fmt.Fprintf(e.stderr, "corroborate: worker %s on %s; interrupt to stop\n", *id, where)
	start := time.Now()
	w.Run(ctx)
	st := w.Stats()
	fmt.Fprintf(e.stderr, "corroborate: worker %s stopped after %s: %d extracted, %d skipped, %d assigned (%d new stories, %d merges, %d moved by regrouping), %d duplicates, %d analysed\n",
		*id, time.Since(start).Round(time.Second), st.Extracted, st.Failed, st.Assigned, st.Stories, st.Merges,
		st.Moved, st.Duplicates, st.Analysed)
	return nil
}

// startStream runs a stream worker and a feed poller on store in the
// background until ctx ends, so that a long-running command (serve) groups
// queued articles and polled feeds into stories as they come; a analyses
// the stories, within its limits. It does nothing and returns false for a
// store that cannot hold a stream.
func startStream(ctx context.Context, store corroborate.Store, a *app.App, log *slog.Logger) bool {
	ss, ok := store.(corroborate.StreamStore)
	if !ok {
		return false
	}
	id := "serve-" + defaultWorkerID()
	w := stream.NewWorker(ss, stream.Options{ID: id, Analyze: analyzeWith(a), AnalyzeDelay: 30 * time.Second, Log: log})
	go w.Run(ctx)
	go feeds.NewPoller(ss, enqueueSink(ss, "feeds"), feeds.Options{ID: id, Log: log}).Run(ctx)
	return true
}

func defaultWorkerID() string {
	host, err := os.Hostname()
	if err != nil {
		host = "worker"
	}
	return fmt.Sprintf("%s:%d", host, os.Getpid())
}

// openStreamStore opens the store named by db (see openStore) as the
// stream needs it.
func openStreamStore(ctx context.Context, db string) (corroborate.StreamStore, string, error) {
	s, where, err := openStore(ctx, db)
	if err != nil {
		return nil, "", err
	}
	ss, ok := s.(corroborate.StreamStore)
	if !ok {
		s.Close()
		return nil, "", fmt.Errorf("the %s store cannot hold a stream", where)
	}
	return ss, where, nil
}

// analyzer computes a story's dossier as the server does, so that the
// server finds it current.
func analyzer(store corroborate.Store, log *slog.Logger) func(context.Context, string) error {
	return analyzeWith(app.New(store, app.Options{Log: log}))
}

// analyzeWith computes a story's dossier with a, within its limits.
func analyzeWith(a *app.App) func(context.Context, string) error {
	return func(ctx context.Context, id string) error {
		_, err := a.Dossier(ctx, id)
		return err
	}
}

// enqueueSink queues the items of polled feeds under batch.
func enqueueSink(store corroborate.StreamStore, batch string) feeds.Sink {
	return func(ctx context.Context, docs []corroborate.Document) (int, error) {
		enq, err := store.Enqueue(ctx, batch, docs)
		n := 0
		for _, q := range enq {
			if q.New {
				n++
			}
		}
		return n, err
	}
}
