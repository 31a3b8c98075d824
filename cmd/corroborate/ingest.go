package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/feeds"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
	"github.com/corroborate/corroborate/internal/stream"
)

func init() {
	commands["ingest"] = command{
		summary: "store articles and group them into stories: files, folders, JSONL dumps, feed lists",
		run:     runIngest,
	}
}

// ingestRun is one ingest command: its store, batch and what it counted.
type ingestRun struct {
	e       *env
	store   corroborate.StreamStore
	batch   string
	id      string
	quiet   bool
	read    int // documents read from files
	queued  int // new to the queue
	already int // queued by an earlier run
	skipped []string
}

func runIngest(ctx context.Context, args []string, e *env) error {
	fs := e.flags("ingest",
		"usage: corroborate ingest [flags] INPUT...",
		"",
		"Stores articles from files, folders, .gz files, JSON/JSONL dumps, RSS/Atom files, http(s)",
		"URLs and files of URLs (*.urls, or a .txt that is mostly URLs), and groups them into stories",
		"as they come, keeping why each article joined its story. A URL that answers with an RSS or",
		"Atom feed is a feed: its items are stored and it is polled from then on (on a schedule with",
		"--poll, or by workers and serve); --feeds names a file of feed URLs. Ingest is idempotent: an",
		"article already stored is not stored again. Inputs that cannot be used are named on stderr",
		"with the reason (a URL with its HTTP status), the rest are stored, and the exit status is",
		"then 3. With --poll, a feed item that cannot be used is named once, not at every poll, and",
		"a failing feed once per failure.",
		"",
		"flags:")
	db := fs.String("db", "corroborate.db", "database: a SQLite file (created on first use) or a postgres:// URL")
	feedFile := fs.String("feeds", "", "a file of feed URLs, one per line, polled as feeds whatever they answer (a poll answered with a page, not a feed, fails)")
	poll := fs.Bool("poll", false, "keep polling the feeds and processing until interrupted")
	interval := fs.Duration("interval", 15*time.Minute, "with --poll: time between two polls of a feed (at least 1s)")
	queueOnly := fs.Bool("queue-only", false, "only queue the documents; 'corroborate worker' processes them")
	analyze := fs.Bool("analyze", true, "compute the dossiers of the stories that gained articles")
	quiet := fs.Bool("quiet", false, "do not list skipped inputs on stderr")
	fetch := addFetchFlags(fs)
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() == 0 && *feedFile == "" {
		fs.Usage()
		return usageError{"ingest: no inputs named"}
	}
	if *interval < minInterval {
		// a typo must not turn the poller on a news site's server
		return usageError{fmt.Sprintf("ingest: --interval %s: a feed is polled at most once every %s", *interval, minInterval)}
	}
	r := &ingestRun{e: e, batch: newBatchID(), id: "ingest-" + defaultWorkerID(), quiet: *quiet}
	files, urls, problems := ingest.SplitInputs(fs.Args())
	var feedURLs []string
	if *feedFile != "" {
		var errs []error
		feedURLs, errs = ingest.ReadURLList(*feedFile)
		problems = append(problems, errs...)
	}
	if *poll && len(feedURLs) == 0 && len(urls) == 0 {
		return usageError{"ingest: --poll needs feeds (--feeds FILE, feed URLs or a list of them)"}
	}
	store, where, err := openStreamStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer store.Close()
	r.store = store
	for _, p := range problems {
		r.skip(p.Error())
	}
	start := time.Now()

	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	opt := stream.Options{ID: r.id, Poll: 50 * time.Millisecond, Log: log}
	if *poll && *analyze {
		opt.Analyze, opt.AnalyzeDelay = analyzer(store, log), 30*time.Second
	}
	// The worker starts at once: documents are extracted while the rest of
	// a large dump is still being read.
	wctx, stopWorker := context.WithCancel(ctx)
	workerDone := make(chan struct{})
	if *queueOnly {
		close(workerDone)
	} else {
		go func() { stream.NewWorker(store, opt).Run(wctx); close(workerDone) }()
	}
	defer func() { stopWorker(); <-workerDone }()

	if err := r.readInputs(ctx, files, fetch.ingestOptions()); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	fmt.Fprintf(e.stdout, "ingest: %d document(s) read, %d queued, %d already ingested (database %s)\n",
		r.read, r.queued, r.already, where)
	maxText := fetch.ingestOptions().MaxTextBytes
	// Due feeds are looked for every 10s, or every interval when shorter,
	// so that a short --interval is kept.
	poller := feeds.NewPoller(store, r.sink(), feeds.Options{ID: r.id, Interval: *interval, Every: min(*interval, 10*time.Second),
		AllowPrivate: *fetch.allowPrivate, MaxTextBytes: maxText, Log: log,
		Problem: func(err error) { r.skip(problemText(err)) }})
	found, err := r.fetchURLs(ctx, fetch.fetcher(), urls, maxText, poller, *interval)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if err := r.fetchFeeds(ctx, poller, feedURLs); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	feedURLs = append(feedURLs, found...)
	switch {
	case *queueOnly:
		return r.finish(ctx, nil)
	case *poll && len(feedURLs) == 0:
		return fmt.Errorf("ingest: --poll: none of the inputs is a feed")
	case *poll:
		fmt.Fprintf(e.stderr, "corroborate: polling %d feed(s) every %s; interrupt to stop\n", len(feedURLs), *interval)
		poller.Run(ctx)
		return r.finish(context.WithoutCancel(ctx), &start)
	}
	if err := r.wait(ctx); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	stopWorker()
	<-workerDone
	if *analyze {
		opt.Analyze = analyzer(store, log)
		n, err := stream.NewWorker(store, opt).DrainAnalysis(ctx)
		if err != nil {
			return fmt.Errorf("ingest: analysing stories: %w", err)
		}
		fmt.Fprintf(e.stdout, "analysed: %d stor%s\n", n, plural(n, "y", "ies"))
	}
	return r.finish(ctx, &start)
}

// wait returns when every item of the batch is done or failed, with a
// progress bar on a terminal.
func (r *ingestRun) wait(ctx context.Context) error {
	bar := newProgress(r.e.stderr, r.queued, "ingesting")
	defer bar.done()
	shown := 0
	for {
		c, err := r.store.StreamCounts(ctx, r.batch)
		if err != nil {
			return err
		}
		for ; shown < c.Done+c.Failed; shown++ {
			bar.add()
		}
		if c.Open() == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// finish prints what the batch became and the inputs skipped, and returns
// errPartial when any were.
func (r *ingestRun) finish(ctx context.Context, start *time.Time) error {
	c, err := r.store.StreamCounts(ctx, r.batch)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	failed, err := r.store.StreamItems(ctx, r.batch, corroborate.ItemFailed, 1000)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	for _, it := range failed {
		r.skip(it.Doc.Source + ": " + it.Note)
	}
	if c.Failed > len(failed) {
		r.skip(fmt.Sprintf("and %d more failed document(s)", c.Failed-len(failed)))
	}
	if start == nil {
		fmt.Fprintf(r.e.stdout, "queued: %d document(s) wait for a worker\n", c.Open())
	} else {
		stored := c.Done - c.Duplicates
		el := time.Since(*start)
		fmt.Fprintf(r.e.stdout, "stored: %d article(s) in %d stor%s (%d new), %d duplicate(s), %d skipped, in %s (%.0f documents/s)\n",
			stored, c.Stories, plural(c.Stories, "y", "ies"), c.NewStories, c.Duplicates, len(r.skipped),
			el.Round(time.Millisecond), float64(c.Done+c.Failed)/max(el.Seconds(), 1e-3))
	}
	switch {
	case len(r.skipped) > 0 && c.Done == 0 && c.Open() == 0 && r.already == 0:
		return fmt.Errorf("ingest: no document could be used from %d input(s)", len(r.skipped))
	case len(r.skipped) > 0:
		return fmt.Errorf("ingest: %d input(s) skipped: %w", len(r.skipped), errPartial)
	}
	return nil
}

func (r *ingestRun) skip(msg string) {
	r.skipped = append(r.skipped, msg)
	if !r.quiet {
		fmt.Fprintf(r.e.stderr, "skipped %s\n", msg)
	}
}

func (r *ingestRun) enqueue(ctx context.Context, docs []corroborate.Document) error {
	enq, err := r.store.Enqueue(ctx, r.batch, docs)
	if err != nil && ctx.Err() == nil && len(docs) > 1 {
		// One document the store refuses must not stop the others; many
		// refused in a row mean the store itself is failing.
		refused := 0
		for _, d := range docs {
			err := r.enqueue(ctx, []corroborate.Document{d})
			if err == nil {
				refused = 0
				continue
			}
			if refused++; refused == 10 {
				return err
			}
			r.skip(d.Source + ": the store refused it: " + err.Error())
		}
		return nil
	}
	for _, q := range enq {
		if q.New {
			r.queued++
		} else {
			r.already++
		}
	}
	return err
}

func (r *ingestRun) sink() feeds.Sink {
	return func(ctx context.Context, docs []corroborate.Document) (int, error) {
		before := r.queued
		err := r.enqueue(ctx, docs)
		return r.queued - before, err
	}
}

// fetchFeeds registers the feeds and fetches each once, now; the poller
// names the feeds that fail and the items that cannot be used.
func (r *ingestRun) fetchFeeds(ctx context.Context, p *feeds.Poller, urls []string) error {
	if len(urls) == 0 {
		return nil
	}
	if err := r.store.AddFeeds(ctx, urls); err != nil {
		return err
	}
	states, err := r.store.FeedStates(ctx)
	if err != nil {
		return err
	}
	known := map[string]corroborate.FeedState{}
	for _, st := range states {
		known[st.URL] = st
	}
	for _, u := range urls {
		st := known[u]
		st.URL = u
		st = p.Poll(ctx, st)
		if err := r.store.PutFeedState(ctx, r.id, st); err != nil {
			return err
		}
		switch {
		case st.LastPoll != st.LastSuccess:
			// the poller's Problem named it
		case st.LastStatus == 304:
			fmt.Fprintf(r.e.stdout, "feed %s: not modified since the last fetch\n", u)
		default:
			fmt.Fprintf(r.e.stdout, "feed %s: %d item(s), %d new\n", u, st.Items, st.Added)
		}
	}
	return nil
}

// newBatchID names one ingest run: its time and a random suffix.
func newBatchID() string {
	b := make([]byte, 4)
	rand.Read(b)
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// fetchURLs fetches the URLs named as inputs and queues their documents as
// each page arrives, each text bounded by maxText (ingest.FetchURLs). A URL
// that answers with a feed is registered as one, even when all its items
// were skipped, its state saved as a poll's would be, its skipped items
// told to p (named now, not again at p's polls), and returned among the
// feeds found.
func (r *ingestRun) fetchURLs(ctx context.Context, f *safehttp.Fetcher, urls []string, maxText int64, p *feeds.Poller, interval time.Duration) ([]string, error) {
	if len(urls) == 0 {
		return nil, nil
	}
	var found []string
	var failed error
	pages, docs := 0, 0
	queued, already := r.queued, r.already
	fctx, stop := context.WithCancel(ctx) // a failing store stops the fetching
	defer stop()
	ingest.FetchURLs(fctx, f, urls, maxText, func(res ingest.Fetched) {
		for _, p := range res.Problems {
			r.skip(problemText(p))
		}
		if failed != nil || (len(res.Docs) == 0 && !res.Feed) {
			return // a feed all of whose items were skipped is polled still
		}
		before := r.queued
		if len(res.Docs) > 0 {
			if failed = r.enqueue(ctx, res.Docs); failed != nil {
				stop()
				return
			}
		}
		docs += len(res.Docs)
		if !res.Feed {
			pages++
			return
		}
		found = append(found, res.URL)
		p.Told(res.URL, res.Problems)
		failed = r.registerFeed(ctx, res, r.queued-before, interval)
		if failed != nil {
			stop()
		}
	})
	if failed != nil {
		return found, failed
	}
	fmt.Fprintf(r.e.stdout, "fetched: %d of %d URL(s), %d page(s) and %d feed(s), %d document(s): %d queued, %d already ingested\n",
		pages+len(found), len(urls), pages, len(found), docs, r.queued-queued, r.already-already)
	return found, nil
}

// registerFeed adds a URL found to be a feed to the polled feeds, with the
// state of the fetch just made, so that the next poll is due an interval
// from now.
func (r *ingestRun) registerFeed(ctx context.Context, res ingest.Fetched, added int, interval time.Duration) error {
	if err := r.store.AddFeeds(ctx, []string{res.URL}); err != nil {
		return err
	}
	at := res.Fetch.FetchedAt
	st := corroborate.FeedState{URL: res.URL, LastPoll: at, LastSuccess: at, NextPoll: at.Add(interval),
		LastStatus: res.Fetch.Status, Items: len(res.Docs), Added: added}
	if err := r.store.PutFeedState(ctx, r.id, st); err != nil {
		return err
	}
	fmt.Fprintf(r.e.stdout, "feed %s: %d item(s), %d new\n", res.URL, len(res.Docs), added)
	return nil
}

// minInterval is the shortest --interval: a poll a second is already more
// than a feed changes.
const minInterval = time.Second
