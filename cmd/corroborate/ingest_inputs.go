package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// enqueueChunk is how many documents of a streamed dump are queued at once.
const enqueueChunk = 500

// readInputs reads the files and queues their documents. JSON Lines dumps
// (.jsonl, .ndjson, gzipped or not) are streamed a line at a time, so that
// a dump of any size is read in bounded memory, each line bounded by
// opt.MaxBytes; everything else is read whole by ingest.Read.
func (r *ingestRun) readInputs(ctx context.Context, files []string, opt ingest.Options) error {
	var whole []string
	for _, f := range files {
		if !isDump(f) {
			whole = append(whole, f)
			continue
		}
		if err := r.streamDump(ctx, f, opt); err != nil {
			return err
		}
	}
	if len(whole) == 0 {
		return nil
	}
	docs, problems := ingest.Read(ctx, whole, r.e.stdin, opt)
	for _, p := range problems {
		r.skip(p.Error())
	}
	r.read += len(docs)
	return r.enqueue(ctx, docs)
}

func isDump(path string) bool {
	base := strings.TrimSuffix(strings.ToLower(path), ".gz")
	ext := filepath.Ext(base)
	if ext != ".jsonl" && ext != ".ndjson" {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// streamDump queues the records of one JSON Lines file, line by line. A bad
// line is skipped and named "path:LINE"; an unreadable file stops only
// itself.
func (r *ingestRun) streamDump(ctx context.Context, path string, opt ingest.Options) error {
	f, err := os.Open(path)
	if err != nil {
		r.skip(path + ": " + err.Error())
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.skip(path + ": bad gzip data: " + err.Error())
			return nil
		}
		defer zr.Close()
		src = zr
	}
	max := opt.MaxBytes
	if max <= 0 {
		max = ingest.DefaultMaxBytes
	}
	lines := bufio.NewReaderSize(src, 1<<16)
	var chunk []corroborate.Document
	flush := func() error {
		err := r.enqueue(ctx, chunk)
		chunk = chunk[:0]
		return err
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(lines, max)
		name := fmt.Sprintf("%s:%d", path, n)
		switch {
		case errors.Is(err, io.EOF) && len(line) == 0:
			return flush()
		case errors.Is(err, ingest.ErrTooLarge):
			r.skip(name + ": " + err.Error())
			continue
		case err != nil && !errors.Is(err, io.EOF):
			r.skip(name + ": " + err.Error())
			return flush()
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		docs, problems := ingest.Parse(name, line, opt)
		for _, p := range problems {
			r.skip(p.Error())
		}
		r.read += len(docs)
		chunk = append(chunk, docs...)
		if len(chunk) >= enqueueChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// readLine reads one line without its newline. A line over max bytes is
// read through and refused with ingest.ErrTooLarge.
func readLine(r *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		part, err := r.ReadSlice('\n')
		if !tooLong && int64(len(line)+len(part)) > max+1 {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, part...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case tooLong && (err == nil || errors.Is(err, io.EOF)):
			return nil, fmt.Errorf("%w: a line over %d bytes", ingest.ErrTooLarge, max)
		case tooLong:
			return nil, err
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// fetchFlags are the flags of reading inputs and fetching URLs, shared by
// the commands that take them.
type fetchFlags struct {
	maxBytes     *int64
	allowPrivate *bool
	timeout      *time.Duration
}

func addFetchFlags(fs *flag.FlagSet) *fetchFlags {
	return &fetchFlags{
		maxBytes:     fs.Int64("max-bytes", ingest.DefaultMaxBytes, "largest input or fetched page accepted, in bytes after decompression"),
		allowPrivate: fs.Bool("allow-private", false, "let URL and feed requests reach loopback, private and link-local addresses (for local use)"),
		timeout:      fs.Duration("timeout", 30*time.Second, "longest wait for one URL's answer, body included"),
	}
}

func (f *fetchFlags) ingestOptions() ingest.Options { return ingest.Options{MaxBytes: *f.maxBytes} }

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
