package feeds

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// Options tunes a Poller. The zero value is ready to use; each field says
// its default.
type Options struct {
	// ID names the poller in the feeds' leases; default "poller".
	ID string
	// Client makes the requests; nil means a safehttp client, which
	// refuses private addresses unless AllowPrivate is set. A client given
	// here should come from safehttp.NewClient too.
	Client       *http.Client
	AllowPrivate bool
	// Interval is the time between two polls of a healthy feed; default 15m.
	Interval time.Duration
	// MinBackoff is the wait after a first failure, doubled with each
	// failure in a row up to MaxBackoff; defaults 1m and 6h. A server's
	// Retry-After is honoured when it asks for longer.
	MinBackoff, MaxBackoff time.Duration
	// MaxBytes bounds one feed document; default 16 MiB.
	MaxBytes int64
	// MaxTextBytes bounds the text of one item; 0 means
	// ingest.DefaultMaxTextBytes. A longer item is skipped, not cut.
	MaxTextBytes int64
	// Problem, when set, is told of each item of a polled feed that could
	// not be used, an *ingest.InputError naming it URL#N ("too long",
	// say), and of each poll that failed, one naming the feed (an HTTP
	// status, a feed that does not parse); the Log has only their count.
	// Each is told once: an item is told again only when its problem
	// changes (its size, say) or after a poll that did not find it, a
	// failure only when the feed fails otherwise or after it recovered,
	// so that a long-running poller does not repeat the same complaint at
	// every poll.
	Problem func(error)
	// Every is how often Run looks for due feeds; default 10s.
	Every time.Duration
	// Batch is how many due feeds are claimed at a time; default 8.
	Batch int
	// Lease bounds the time one poll may keep a feed from other pollers;
	// default 2m.
	Lease time.Duration
	// Now is the clock for schedules; nil means time.Now.
	Now func() time.Time
	// Log receives one line per poll; nil discards them.
	Log *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.ID == "" {
		o.ID = "poller"
	}
	if o.Client == nil {
		o.Client = safehttp.NewClient(safehttp.Options{AllowPrivate: o.AllowPrivate})
	}
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Interval, 15*time.Minute)
	def(&o.MinBackoff, time.Minute)
	def(&o.MaxBackoff, 6*time.Hour)
	def(&o.Every, 10*time.Second)
	def(&o.Lease, 2*time.Minute)
	if o.MaxBytes <= 0 {
		o.MaxBytes = 16 << 20
	}
	if o.Batch <= 0 {
		o.Batch = 8
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// Sink takes the documents of one fetched feed (to enqueue them) and says
// how many were new.
type Sink func(ctx context.Context, docs []corroborate.Document) (int, error)

// Poller polls the feeds of a FeedStore when they are due and hands their
// items to a Sink. Several pollers may share one store: each due feed is
// claimed by one of them.
type Poller struct {
	store corroborate.FeedStore
	sink  Sink
	opt   Options
	told  told
}

// NewPoller returns a poller over the feeds of store.
func NewPoller(store corroborate.FeedStore, sink Sink, opt Options) *Poller {
	return &Poller{store: store, sink: sink, opt: opt.withDefaults(), told: newTold()}
}

// Told records the problems of the items of feed url as told already, as
// Poll records those it tells Options.Problem: a caller that fetched the
// feed itself and named them calls it so that the next poll does not name
// them again.
func (p *Poller) Told(url string, problems []error) { p.told.items(url, problems) }

// Run polls due feeds until ctx is done, then returns nil. A server can run
// it beside its listener: go poller.Run(ctx).
func (p *Poller) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		n, err := p.PollDue(ctx)
		if err != nil && ctx.Err() == nil {
			p.opt.Log.Warn("feed polling failed", "err", err)
		}
		if n > 0 && err == nil {
			continue // more may be due
		}
		select {
		case <-ctx.Done():
		case <-time.After(p.opt.Every):
		}
	}
	return nil
}

// PollDue claims the feeds due now (up to Options.Batch), polls them and
// saves their state. It returns how many it polled.
func (p *Poller) PollDue(ctx context.Context) (int, error) {
	due, err := p.store.ClaimFeeds(ctx, p.opt.ID, p.opt.Batch, p.opt.Lease)
	if err != nil || len(due) == 0 {
		return 0, err
	}
	for _, st := range due {
		st = p.Poll(ctx, st)
		if ctx.Err() != nil {
			return len(due), nil // the lease runs out; the feed is polled again
		}
		if err := p.store.PutFeedState(ctx, p.opt.ID, st); err != nil {
			return len(due), err
		}
	}
	return len(due), nil
}

// Poll fetches one feed, gives its items to the sink and returns the feed's
// new state: validators, schedule and status. It does not save the state.
func (p *Poller) Poll(ctx context.Context, st corroborate.FeedState) corroborate.FeedState {
	now := p.opt.Now()
	pctx, cancel := context.WithTimeout(ctx, p.opt.Lease)
	defer cancel()
	f, err := Fetch(pctx, p.opt.Client, st, ingest.Options{MaxBytes: p.opt.MaxBytes, MaxTextBytes: p.opt.MaxTextBytes}, now)
	st.LastPoll, st.LastStatus = now, f.Status
	if err == nil && !f.NotModified {
		st.Items = len(f.Docs)
		st.Added, err = p.sink(pctx, f.Docs)
		p.tell(p.told.items(st.URL, f.Problems))
	}
	if err != nil {
		// A poll cut short by the caller (ingest --poll interrupted) is
		// no failure of the feed's to tell.
		if ctx.Err() == nil && p.told.failure(st.URL, err) {
			p.tell([]error{&ingest.InputError{Input: st.URL, Err: err}})
		}
		st.Failures++
		st.LastError = err.Error()
		st.NextPoll = now.Add(max(p.backoff(st.Failures), f.RetryAfter))
		p.opt.Log.Info("feed poll failed", "url", st.URL, "failures", st.Failures, "err", err, "next", st.NextPoll)
		return st
	}
	p.told.recovered(st.URL)
	if f.NotModified {
		st.Added = 0
	}
	st.ETag, st.LastModified = f.ETag, f.LastModified
	st.Failures, st.LastError = 0, ""
	st.LastSuccess = now
	st.NextPoll = now.Add(p.opt.Interval)
	p.opt.Log.Info("feed polled", "url", st.URL, "status", f.Status, "items", st.Items, "added", st.Added,
		"problems", len(f.Problems))
	return st
}

func (p *Poller) tell(problems []error) {
	if p.opt.Problem == nil {
		return
	}
	for _, e := range problems {
		p.opt.Problem(e)
	}
}

// backoff is the wait after n failures in a row.
func (p *Poller) backoff(n int) time.Duration {
	d := p.opt.MinBackoff
	for i := 1; i < n && d < p.opt.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, p.opt.MaxBackoff)
}
