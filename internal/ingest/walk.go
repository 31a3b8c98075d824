package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/corroborate/corroborate"
)

// WalkChunk is how many records of a JSON Lines dump Walk hands over at once.
const WalkChunk = 500

// Walk reads the inputs named by paths as Read does, but hands them over
// as they are read, so that the caller can store or extract the first while
// the rest are still being read: each is called once per file (and once
// for standard input) with its documents and problems. A JSON Lines dump
// (.jsonl or .ndjson, gzipped or not) is read a line at a time, each line
// bounded by Options.MaxBytes and named "path:LINE", and handed over
// WalkChunk records at a time, so a dump of any size is read in bounded
// memory. An error returned by each stops Walk and is its result; so does
// the end of ctx.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, each func([]corroborate.Document, []error) error) error {
	return walk(ctx, paths, stdin, opt, true, each)
}

// walk is Walk; with dumps false, a dump is read whole like any file.
func walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, dumps bool, each func([]corroborate.Document, []error) error) error {
	stdinRead := false
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if stdinRead {
				continue // standard input can be read once
			}
			stdinRead = true
			body, err := readLimited(stdin, opt.maxBytes())
			if err != nil {
				if err := each(nil, []error{&InputError{"stdin", err}}); err != nil {
					return err
				}
				continue
			}
			if err := each(Parse("stdin", body, opt)); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p)
		if err != nil {
			if err := each(nil, []error{&InputError{p, err}}); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if dumps && isDump(f) {
				err = streamDump(ctx, f, opt, each)
			} else {
				err = each(ReadFile(f, opt))
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// isDump reports a JSON Lines file by its name: .jsonl or .ndjson, with
// .gz or not.
func isDump(path string) bool {
	ext := filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	return ext == ".jsonl" || ext == ".ndjson"
}

// streamDump hands over the records of one JSON Lines file, line by line.
// A bad line is a problem named "path:LINE"; an unreadable file stops only
// itself.
func streamDump(ctx context.Context, path string, opt Options, each func([]corroborate.Document, []error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return each(nil, []error{&InputError{path, cleanPathErr(err)}})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return each(nil, []error{&InputError{path, fmt.Errorf("bad gzip data: %w", err)}})
		}
		defer zr.Close()
		src = zr
	}
	lines := bufio.NewReaderSize(src, 1<<16)
	var (
		chunk    []corroborate.Document
		problems []error
	)
	flush := func() error {
		if len(chunk) == 0 && len(problems) == 0 {
			return nil
		}
		err := each(chunk, problems)
		chunk, problems = nil, nil
		return err
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(lines, opt.maxBytes())
		name := fmt.Sprintf("%s:%d", path, n)
		switch {
		case errors.Is(err, io.EOF) && len(line) == 0:
			return flush()
		case errors.Is(err, ErrTooLarge):
			problems = append(problems, &InputError{name, err})
			continue
		case err != nil && !errors.Is(err, io.EOF):
			problems = append(problems, &InputError{name, cleanPathErr(err)})
			return flush()
		}
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		docs, errs := parseJSON(name, line)
		docs, errs = boundText(docs, errs, opt.maxTextBytes())
		chunk, problems = append(chunk, docs...), append(problems, errs...)
		if len(chunk) >= WalkChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// readLine reads one line without its newline. A line over max bytes is
// read through and refused with ErrTooLarge.
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
			return nil, fmt.Errorf("%w: a line over %d bytes", ErrTooLarge, max)
		case tooLong:
			return nil, err
		}
		return bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r")), err
	}
}
