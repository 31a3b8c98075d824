package safehttp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate/internal/text"
)

// FetchOptions tunes a Fetcher. The zero value is the safe, polite default;
// each field says its default.
type FetchOptions struct {
	// Options is the client's address policy, timeout (a whole request,
	// body included: 30s) and redirect bound (5).
	Options
	// UserAgent names us to the servers; "" means UserAgent().
	UserAgent string
	// MaxBytes bounds a body after decompression; 0 means 64 MiB. A larger
	// body is an error, not a truncation.
	MaxBytes int64
	// PerHost bounds the requests in flight to one host (host and port);
	// 0 means 2.
	PerHost int
	// Concurrency bounds the requests in flight in all; 0 means 16.
	Concurrency int
	// Retries is how many more times a request answered 429 or 5xx is
	// tried; 0 means 3, a negative value none.
	Retries int
	// Backoff is the wait before the first retry, doubled before each
	// next one; 0 means 1s. A longer Retry-After from the server wins.
	Backoff time.Duration
	// MaxWait is the longest wait before a retry; a server asking for
	// longer ends the retries at once. 0 means 30s.
	MaxWait time.Duration
	// Now is the clock of FetchedAt and Retry-After dates; nil means
	// time.Now.
	Now func() time.Time
}

// DefaultMaxBytes is a Fetcher's default bound on one body.
const DefaultMaxBytes = 64 << 20

func (o FetchOptions) withDefaults() FetchOptions {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent()
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 16
	}
	switch {
	case o.Retries == 0:
		o.Retries = 3
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxWait <= 0 {
		o.MaxWait = 30 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Fetcher fetches web pages on a user's behalf: safely (through a client
// from NewClient, so no redirect leads to a private address unless
// allowed), within bounds (size, time, redirects) and politely (a named
// User-Agent, a few requests at a time per host, retries with backoff on
// 429 and 5xx answers, honouring Retry-After). One Fetcher is meant to be
// shared by every fetch of a process, so that its per-host limit holds
// across them; it is safe for concurrent use.
type Fetcher struct {
	client *http.Client
	opt    FetchOptions
	all    chan struct{}

	mu    sync.Mutex
	hosts map[string]*hostSlots
}

// NewFetcher returns a Fetcher with opt's defaults filled in.
func NewFetcher(opt FetchOptions) *Fetcher {
	opt = opt.withDefaults()
	return &Fetcher{
		client: NewClient(opt.Options),
		opt:    opt,
		all:    make(chan struct{}, opt.Concurrency),
		hosts:  map[string]*hostSlots{},
	}
}

// PerHost is how many requests the Fetcher sends to one host at once.
func (f *Fetcher) PerHost() int { return f.opt.PerHost }

// MaxBytes is the Fetcher's bound on one body.
func (f *Fetcher) MaxBytes() int64 { return f.opt.MaxBytes }

// Page is one fetched page: where it came from and its bytes as sent.
type Page struct {
	// URL is the address asked for.
	URL string
	// FinalURL is where the redirects ended.
	FinalURL string
	// Redirects lists the redirects followed, in order, from URL.
	Redirects []Hop
	// Status is the final answer's status: 200 to 299.
	Status int
	// ContentType is the final answer's Content-Type header as sent.
	ContentType string
	// Body is the body, decompressed when the server sent it gzipped, in
	// the charset it came in.
	Body []byte
	// FetchedAt is when the final answer arrived.
	FetchedAt time.Time
	// Attempts is how many requests it took (1 without retries).
	Attempts int
}

// Hop is one redirect followed: the URL asked for and its answer's status.
type Hop struct {
	URL    string
	Status int
}

// StatusError is the error for a final answer outside 2xx.
type StatusError struct {
	Status int
	// RetryAfter is the wait the server asked for, 0 when none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// ErrTooLarge is wrapped by the error for a body over the size bound.
var ErrTooLarge = errors.New("body too large")

// Fetch gets rawURL: a GET with the Fetcher's User-Agent, following
// redirects, retried after a 429 or 5xx answer. The error names no URL
// (the caller does): a *StatusError for an answer outside 2xx once retries
// are spent, ErrForbiddenAddress (wrapped) for a refused address, the
// first or any redirect, ErrTooLarge (wrapped) for a body over MaxBytes,
// and a "no answer within" error for a timeout.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("not an http or https URL")
	}
	for attempt := 1; ; attempt++ {
		p, err := f.once(ctx, u)
		if err == nil {
			p.Attempts = attempt
			return p, nil
		}
		var se *StatusError
		if !errors.As(err, &se) || !retryable(se.Status) || attempt > f.opt.Retries {
			return nil, err
		}
		if se.RetryAfter > f.opt.MaxWait {
			return nil, fmt.Errorf("%w; the server asks to wait %s, over the %s we wait", err, se.RetryAfter, f.opt.MaxWait)
		}
		wait := max(min(f.opt.Backoff<<min(attempt-1, 20), f.opt.MaxWait), se.RetryAfter)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w; gave up waiting to retry: %w", err, ctx.Err())
		case <-time.After(wait):
		}
	}
}

func retryable(status int) bool {
	return status == http.StatusTooManyRequests || (status >= 500 && status != http.StatusNotImplemented)
}

// once makes one request, holding a slot of its host and one of the
// Fetcher's for as long as it runs.
func (f *Fetcher) once(ctx context.Context, u *url.URL) (*Page, error) {
	release, err := f.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.clean(u.String(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return nil, &StatusError{Status: resp.StatusCode, RetryAfter: RetryAfter(resp.Header.Get("Retry-After"), f.opt.Now())}
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: the server announces %s", ErrTooLarge, text.OverLimit(resp.ContentLength, f.opt.MaxBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, f.clean(u.String(), err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: over the limit of %s", ErrTooLarge, text.Size(f.opt.MaxBytes))
	}
	return &Page{
		URL:         u.String(),
		FinalURL:    resp.Request.URL.String(),
		Redirects:   hops(resp.Request),
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
		FetchedAt:   f.opt.Now(),
	}, nil
}

// hops lists the redirects that led to final, oldest first, from the
// chain the client keeps in Request.Response.
func hops(final *http.Request) []Hop {
	var out []Hop
	for r := final.Response; r != nil; r = r.Request.Response {
		out = append(out, Hop{URL: r.Request.URL.String(), Status: r.StatusCode})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// clean turns a client error into one a user reads: without the "Get URL"
// the caller adds itself, naming the redirect target when the failure
// happened there, and saying "no answer within" for a timeout.
func (f *Fetcher) clean(asked string, err error) error {
	var timeout interface{ Timeout() bool }
	isTimeout := errors.As(err, &timeout) && timeout.Timeout()
	var ue *url.Error
	if !errors.As(err, &ue) {
		if isTimeout {
			return timeoutError{f.client.Timeout}
		}
		return err
	}
	inner := ue.Err
	if isTimeout {
		inner = timeoutError{f.client.Timeout}
	}
	if ue.URL != asked {
		return fmt.Errorf("redirected to %s: %w", ue.URL, inner)
	}
	return inner
}

// timeoutError is a request that outlived the client's timeout; it is a
// context.DeadlineExceeded.
type timeoutError struct{ after time.Duration }

func (e timeoutError) Error() string   { return fmt.Sprintf("no answer within %s", e.after) }
func (timeoutError) Is(err error) bool { return err == context.DeadlineExceeded }
