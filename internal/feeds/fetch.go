// Package feeds polls RSS and Atom feeds on a schedule: conditional requests
// (ETag, Last-Modified), backoff on errors, and a state per feed kept in a
// corroborate.FeedStore, so that several pollers share the feeds and a
// restart loses nothing. Every request goes through a safehttp client, which
// refuses loopback, private and link-local addresses unless the operator
// allows them.
package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
	"github.com/corroborate/corroborate/internal/text"
)

// Fetched is the outcome of one conditional request for a feed.
type Fetched struct {
	Status int
	// NotModified is true for a 304: the feed has not changed since the
	// validators sent.
	NotModified  bool
	Docs         []corroborate.Document
	ETag         string
	LastModified string
	// RetryAfter is the wait the server asked for (429, 503), 0 when none.
	RetryAfter time.Duration
	// Problems are items of the feed that could not be used.
	Problems []error
}

// Fetch requests the feed st.URL with c, sending st's validators, and
// parses the items of a 200 answer with ingest.Parse and opt (an item over
// opt.MaxTextBytes is one of the Problems, even when it was the only one).
// An answer other than 200 or 304, a body over opt.MaxBytes, a feed that
// does not parse or a page that is no feed (HTML or plain text; a JSON
// dump or a newswire file is read as its records) is an error; the Fetched
// returned with it still says the status and any Retry-After.
func Fetch(ctx context.Context, c *http.Client, st corroborate.FeedState, opt ingest.Options, now time.Time) (Fetched, error) {
	var f Fetched
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, st.URL, nil)
	if err != nil {
		return f, fmt.Errorf("bad feed URL: %w", err)
	}
	req.Header.Set("User-Agent", "corroborate feed poller (+offline news analysis)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := c.Do(req)
	if err != nil {
		// The caller names the feed: 'URL: connection refused', not
		// 'URL: Get "URL": connection refused'.
		var ue *url.Error
		if errors.As(err, &ue) && ue.URL == st.URL {
			err = ue.Err
		}
		return f, err
	}
	defer resp.Body.Close()
	f.Status = resp.StatusCode
	f.ETag = resp.Header.Get("ETag")
	f.LastModified = resp.Header.Get("Last-Modified")
	switch {
	case resp.StatusCode == http.StatusNotModified:
		f.NotModified = true
		f.ETag, f.LastModified = keep(f.ETag, st.ETag), keep(f.LastModified, st.LastModified)
		return f, nil
	case resp.StatusCode != http.StatusOK:
		f.RetryAfter = safehttp.RetryAfter(resp.Header.Get("Retry-After"), now)
		return f, fmt.Errorf("HTTP %d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opt.MaxBytes+1))
	if err != nil {
		return f, fmt.Errorf("reading the feed: %w", err)
	}
	if int64(len(body)) > opt.MaxBytes {
		return f, fmt.Errorf("feed over the limit of %s", text.Size(opt.MaxBytes))
	}
	docs, problems, format := ingest.ParseAnswer(st.URL, body, resp.Header.Get("Content-Type"), opt)
	switch format {
	case "html", "text":
		// A page (a site's front page, an error page answered with 200)
		// would be stored as an article at every poll.
		kind := "an HTML"
		if format == "text" {
			kind = "a plain-text"
		}
		return f, fmt.Errorf("not a feed: the answer is %s page, not RSS or Atom", kind)
	}
	if len(docs) == 0 && len(problems) > 0 && !ingest.ItemProblems(st.URL, problems) {
		return f, errors.Join(unnamed(st.URL, problems)...)
	}
	for i := range docs {
		if docs[i].URL == "" {
			docs[i].URL = st.URL
		}
	}
	f.Docs, f.Problems = docs, problems
	return f, nil
}

// unnamed drops the feed's name from the problems that name it: the
// caller names the feed ("URL: invalid feed: ...", not "URL: URL: ...").
func unnamed(feed string, problems []error) []error {
	out := make([]error, len(problems))
	for i, p := range problems {
		var ie *ingest.InputError
		if errors.As(p, &ie) && ie.Input == feed {
			p = ie.Err
		}
		out[i] = p
	}
	return out
}

func keep(got, had string) string {
	if got != "" {
		return got
	}
	return had
}
