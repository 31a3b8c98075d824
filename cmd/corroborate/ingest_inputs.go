package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/ingest"
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

// splitInputs separates feed URLs (given as arguments, in --feeds, or in a
// text file of URLs only) from the files to read.
func (r *ingestRun) splitInputs(args []string, feedFile string) (files, urls []string) {
	if feedFile != "" {
		us, err := readFeedList(feedFile)
		if err != nil {
			r.skip(feedFile + ": " + err.Error())
		}
		urls = append(urls, us...)
	}
	for _, a := range args {
		if isFeedURL(a) {
			urls = append(urls, a)
			continue
		}
		if us, ok := sniffFeedList(a); ok {
			urls = append(urls, us...)
			continue
		}
		files = append(files, a)
	}
	return files, urls
}

// readFeedList reads a file of feed URLs: one a line; blank lines and lines
// starting with # are ignored.
func readFeedList(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var urls, bad []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case isFeedURL(line):
			urls = append(urls, line)
		default:
			bad = append(bad, line)
		}
	}
	if len(bad) > 0 {
		return urls, fmt.Errorf("not feed URLs: %q", bad)
	}
	if len(urls) == 0 {
		return nil, errors.New("no feed URLs in the file")
	}
	return urls, nil
}

// sniffFeedList reads path as a feed list when it is a small .txt (or
// extension-less) file whose every line is a URL or a comment.
func sniffFeedList(path string) ([]string, bool) {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".txt" && ext != ".list" && ext != "" {
		return nil, false
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > 1<<20 {
		return nil, false
	}
	urls, err := readFeedList(path)
	return urls, err == nil
}

func isFeedURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t")
}
