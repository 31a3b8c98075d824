package main

import (
	"context"
	"errors"
	"flag"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// readInputs reads the files with ingest.Walk and queues their documents
// as each file, or each chunk of a JSON Lines dump, is read: a dump of any
// size is read in bounded memory, each line bounded by opt.MaxBytes.
func (r *ingestRun) readInputs(ctx context.Context, files []string, opt ingest.Options) error {
	return ingest.Walk(ctx, files, r.e.stdin, opt, func(docs []corroborate.Document, problems []error) error {
		for _, p := range problems {
			r.skip(p.Error())
		}
		if len(docs) == 0 {
			return nil
		}
		r.read += len(docs)
		return r.enqueue(ctx, docs)
	})
}

// fetchFlags are the flags of reading inputs and fetching URLs, shared by
// the commands that take them.
type fetchFlags struct {
	maxBytes     *int64
	maxText      *int64
	allowPrivate *bool
	timeout      *time.Duration
}

func addFetchFlags(fs *flag.FlagSet) *fetchFlags {
	return &fetchFlags{
		maxBytes:     fs.Int64("max-bytes", ingest.DefaultMaxBytes, "largest input or fetched page accepted, in bytes after decompression"),
		maxText:      fs.Int64("max-article-bytes", ingest.DefaultMaxTextBytes, "longest text of one article read from a file or fetched by URL (a plain-text file or page, a JSON record's or a feed item's text; with dossier, an HTML page's text too), in bytes; longer ones are skipped, not cut; the feeds that worker and serve poll keep the default"),
		allowPrivate: fs.Bool("allow-private", false, "let URL and feed requests reach loopback, private and link-local addresses (for local use)"),
		timeout:      fs.Duration("timeout", 30*time.Second, "longest wait for one URL's answer, body included"),
	}
}

func (f *fetchFlags) ingestOptions() ingest.Options {
	return ingest.Options{MaxBytes: *f.maxBytes, MaxTextBytes: *f.maxText}
}

// fetcher makes the Fetcher of one run: polite and bounded as safehttp's
// defaults are, with the flags' address policy, timeout and size bound.
func (f *fetchFlags) fetcher() *safehttp.Fetcher {
	return safehttp.NewFetcher(safehttp.FetchOptions{
		Options:  safehttp.Options{AllowPrivate: *f.allowPrivate, Timeout: *f.timeout},
		MaxBytes: *f.maxBytes,
	})
}

// readFeedList reads a file of feed URLs as ingest.ReadURLList does; any
// line that is not a URL makes it an error naming each such line.
func readFeedList(path string) ([]string, error) {
	urls, problems := ingest.ReadURLList(path)
	return urls, errors.Join(problems...)
}
