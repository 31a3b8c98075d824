package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"path"
	"strings"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// Fetched is what one URL of FetchURLs gave.
type Fetched struct {
	// Index is the URL's place in the list given to FetchURLs.
	Index int
	// URL is the URL as given.
	URL string
	// Docs are the documents read from the page: one for an HTML or text
	// page, one per item for a feed, one per record for JSON or a
	// newswire file. Each has the URL as given for Source (a feed item or
	// newswire record "URL#N"), the final URL for URL (a feed item keeps
	// its own link) and the fetch's metadata in Fetch.
	Docs []corroborate.Document
	// Feed is true when the page was an RSS or Atom feed, even one all of
	// whose items were skipped; false for a newswire file or a JSON dump,
	// whose records are a batch of articles, not a feed to poll.
	Feed bool
	// Fetch is the fetch's metadata, nil when the URL was not fetched or
	// its content type was refused.
	Fetch *corroborate.Fetch
	// Problems name what could not be used, each an *InputError whose
	// Input is the URL as given ("https://x.example/a: HTTP 404 Not
	// Found"), or "URL#N" for a feed item. With no Docs, the URL gave
	// nothing.
	Problems []error
}

// FetchURLs fetches urls with f and reads each page as Parse reads a file,
// its Content-Type deciding the format (the URL's path, then the content,
// when the type says nothing precise). It calls each with every URL's
// outcome as soon as it is known, in the order the fetches end and from
// one goroutine at a time, so the caller can extract and store a page
// while the others are still being fetched. Hosts are fetched side by
// side, each with at most f.PerHost() requests at once and all within the
// Fetcher's overall limit, so a batch takes about as long as its slowest
// host rather than the sum of its pages. A URL that fails is reported in
// its Fetched's Problems, and the others go on. FetchURLs returns once
// each has been called for every URL; when ctx ends first, the URLs not
// fetched by then are reported with ctx's error. maxText bounds the text
// of a plain-text page, a JSON record or a feed item as
// Options.MaxTextBytes does for a file (0 for DefaultMaxTextBytes); the
// page itself is bounded by f.MaxBytes().
func FetchURLs(ctx context.Context, f *safehttp.Fetcher, urls []string, maxText int64, each func(Fetched)) {
	out := make(chan Fetched, len(urls))
	var wg sync.WaitGroup
	for _, queue := range byHost(urls) {
		next := make(chan int, len(queue))
		for _, i := range queue {
			next <- i
		}
		close(next)
		for range min(f.PerHost(), len(queue)) {
			wg.Go(func() {
				for i := range next {
					out <- fetchOne(ctx, f, i, urls[i], maxText)
				}
			})
		}
	}
	go func() { wg.Wait(); close(out) }()
	for r := range out {
		each(r)
	}
}

// ReadURLs fetches urls as FetchURLs does, each text bounded by
// DefaultMaxTextBytes, and returns their documents in the order of urls,
// with every problem: the form a request handler that adds articles by URL
// wants.
func ReadURLs(ctx context.Context, f *safehttp.Fetcher, urls []string) ([]corroborate.Document, []error) {
	all := make([]Fetched, len(urls))
	FetchURLs(ctx, f, urls, 0, func(r Fetched) { all[r.Index] = r })
	var docs []corroborate.Document
	var problems []error
	for _, r := range all {
		docs, problems = append(docs, r.Docs...), append(problems, r.Problems...)
	}
	return docs, problems
}

// byHost groups the indexes of urls by host (and port), hosts in the order
// they first appear.
func byHost(urls []string) [][]int {
	at := map[string]int{}
	var groups [][]int
	for i, u := range urls {
		h := u
		if p, err := url.Parse(u); err == nil {
			h = strings.ToLower(p.Host)
		}
		g, ok := at[h]
		if !ok {
			g = len(groups)
			at[h] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// fetchOne fetches one URL and reads its page, each text bounded by
// maxText (FetchURLs).
func fetchOne(ctx context.Context, f *safehttp.Fetcher, i int, raw string, maxText int64) Fetched {
	r := Fetched{Index: i, URL: raw}
	if err := ctx.Err(); err != nil {
		r.Problems = []error{&InputError{raw, err}}
		return r
	}
	p, err := f.Fetch(ctx, raw)
	if err != nil {
		r.Problems = []error{&InputError{raw, err}}
		return r
	}
	format, charset, err := formatOf(p.ContentType)
	if err != nil {
		r.Problems = []error{&InputError{raw, err}}
		return r
	}
	base := raw
	if u, err := url.Parse(p.FinalURL); err == nil {
		base = strings.ToLower(path.Base(u.Path))
	}
	docs, problems, read := parse(raw, base, format, charset, p.Body, Options{MaxBytes: f.MaxBytes(), MaxTextBytes: maxText})
	if read == "html" && len(docs) == 1 {
		if title := errorPageTitle(docs[0].Body); title != "" {
			docs, problems = nil, []error{&InputError{raw, fmt.Errorf("an error page (%q), not an article, though answered with HTTP %d", title, p.Status)}}
		}
	}
	meta := fetchMeta(p)
	r.Fetch = meta
	for k := range docs {
		d := &docs[k]
		d.Fetch = meta
		if d.URL == "" {
			d.URL = meta.FinalURL
		}
		if len(docs) == 1 && d.ID == "" && (d.Format == "html" || d.Format == "text") && d.Source == raw {
			d.ID = pageID(meta.FinalURL) // the same page, however reached, is one article
		}
	}
	r.Docs, r.Problems = docs, problems
	// A feed all of whose items were skipped (over the text bound, say) is
	// a feed still; one that did not parse is not. Newswire records are
	// named raw#N as a feed's items are, but a newswire file is a batch
	// of articles, like a JSON Lines dump: it is not polled.
	r.Feed = read == "feed" && (len(docs) > 0 || ItemProblems(raw, problems))
	return r
}

// ItemProblems reports whether there are problems and each is about one
// item read from the input named name (an *InputError naming it name#N, as
// a feed's items are named), not about the input itself: a feed all of
// whose items were skipped was read all the same.
func ItemProblems(name string, problems []error) bool {
	for _, p := range problems {
		var ie *InputError
		if !errors.As(p, &ie) || !strings.HasPrefix(ie.Input, name+"#") {
			return false
		}
	}
	return len(problems) > 0
}

// formatOf maps a Content-Type to the format parse reads ("" lets the
// URL's path and the content decide) and the charset it declares. Types
// that hold no article (images, PDF, video, archives) are refused.
func formatOf(contentType string) (format, charset string, err error) {
	if strings.TrimSpace(contentType) == "" {
		return "", "", nil
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", "", nil // a malformed header says nothing; the content will
	}
	charset = params["charset"]
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html", charset, nil
	case "text/plain", "text/markdown":
		return "text", charset, nil
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return "feed", charset, nil
	case "application/json", "application/x-ndjson", "application/jsonl", "application/jsonlines":
		return "json", charset, nil
	case "application/octet-stream", "binary/octet-stream", "application/gzip", "application/x-gzip",
		"text/xml", "application/xml":
		return "", charset, nil
	}
	if strings.HasPrefix(mt, "text/") {
		return "", charset, nil
	}
	return "", "", fmt.Errorf("unsupported content type %s: not HTML, text, JSON or a feed", mt)
}

// fetchMeta is the root package's record of a fetch.
func fetchMeta(p *safehttp.Page) *corroborate.Fetch {
	m := &corroborate.Fetch{URL: p.URL, FinalURL: p.FinalURL, Status: p.Status,
		ContentType: p.ContentType, FetchedAt: p.FetchedAt.UTC()}
	for _, h := range p.Redirects {
		m.Redirects = append(m.Redirects, corroborate.Redirect{URL: h.URL, Status: h.Status})
	}
	return m
}

// pageID is a page's identity: its final URL without the fragment.
func pageID(final string) string {
	if i := strings.IndexByte(final, '#'); i >= 0 {
		return final[:i]
	}
	return final
}
