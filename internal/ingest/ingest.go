// Package ingest reads the inputs a user names — files, folders, standard
// input, gzip-compressed files, JSON Lines dumps, RSS/Atom feeds, web pages
// by URL and files of URLs — and turns them into raw documents for
// extraction. It never stops at a bad input: each problem is returned as an
// error naming the input, and the rest of the batch goes through. URLs are
// fetched only through a safehttp.Fetcher (FetchURLs, ReadURLs); the rest of
// the package makes no request.
package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// DefaultMaxBytes bounds one input, after decompression: 64 MiB.
const DefaultMaxBytes = 64 << 20

// DefaultMaxTextBytes bounds the text of one article: 1 MiB (see
// text.DefaultMaxArticleBytes).
const DefaultMaxTextBytes = text.DefaultMaxArticleBytes

// Options tunes ingest. The zero value is ready to use.
type Options struct {
	// MaxBytes bounds the size of one input after decompression; 0 means
	// DefaultMaxBytes. Larger inputs are refused, not truncated; a file
	// whose size says so is refused before it is read.
	MaxBytes int64
	// MaxTextBytes bounds the text of one plain-text document: a text
	// file, a record's text in a JSON or JSON Lines input, a newswire
	// record, a feed item's text; 0 means DefaultMaxTextBytes. A longer text
	// is refused with ErrTextTooLong, not cut: an analysis of its first
	// part would pass for one of the whole. HTML pages are bounded by
	// extraction instead.
	MaxTextBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxTextBytes() int64 {
	if o.MaxTextBytes <= 0 {
		return DefaultMaxTextBytes
	}
	return o.MaxTextBytes
}

// InputError is a problem with one input; Input names it as the user gave
// it (with ":N" for a line of a JSON Lines file).
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ErrTooLarge is wrapped by the error for an input over Options.MaxBytes.
var ErrTooLarge = errors.New("input too large")

// ErrTextTooLong is wrapped by the error for a document whose text is over
// Options.MaxTextBytes.
var ErrTextTooLong = errors.New("article text too long")

// Read reads every input named by paths: files, folders (recursively, in
// name order, hidden entries skipped) and "-" for stdin (read once, however
// often it is named). It returns the
// documents read and one error per input or record skipped.
func Read(ctx context.Context, paths []string, stdin io.Reader, opt Options) ([]corroborate.Document, []error) {
	var docs []corroborate.Document
	var problems []error
	err := walk(ctx, paths, stdin, opt, false, func(d []corroborate.Document, errs []error) error {
		docs, problems = append(docs, d...), append(problems, errs...)
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return docs, problems
}

// expand lists the files under p, or p itself when it is a file.
func expand(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, cleanPathErr(err)
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, cleanPathErr(err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, errors.New("folder holds no files")
	}
	return files, nil
}

// cleanPathErr drops the path from an *fs.PathError: the caller names it.
func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads one file, decompressing .gz, and parses it.
func ReadFile(path string, opt Options) ([]corroborate.Document, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{&InputError{path, cleanPathErr(err)}}
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	if size > opt.maxBytes() {
		// Refused unread: its bytes are bounded as read, a gzip file's
		// too, so it would be refused after reading the bound's worth.
		return nil, []error{&InputError{path, tooLarge(size, opt.maxBytes())}}
	}
	body, err := readSized(f, size, opt.maxBytes())
	if err != nil {
		return nil, []error{&InputError{path, err}}
	}
	return Parse(path, body, opt)
}

// readLimited reads r whole, refusing more than max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) { return readSized(r, -1, max) }

// readSized is readLimited for a reader of size bytes (-1 when unknown),
// read into one buffer of that size rather than one grown as it fills.
func readSized(r io.Reader, size, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if size >= 0 && size <= max {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, max+1)); err != nil {
		return nil, cleanPathErr(err)
	}
	if int64(buf.Len()) > max {
		return nil, tooLarge(-1, max)
	}
	return buf.Bytes(), nil
}

// Parse splits one named input into documents, by its name's extension
// and then by its content. A gzip stream (by magic bytes) is decompressed
// first, bounded by Options.MaxBytes.
func Parse(name string, body []byte, opt Options) ([]corroborate.Document, []error) {
	docs, errs, _ := ParseFormat(name, body, opt)
	return docs, errs
}

// ParseFormat is Parse that also says what it read body as: "feed" (RSS or
// Atom), "json", "trec" (newswire records), "html", "text", "binary" or
// "urls"; "" when body was refused before its format was known (empty,
// bad gzip data).
func ParseFormat(name string, body []byte, opt Options) ([]corroborate.Document, []error, string) {
	return parse(name, strings.ToLower(name), "", "", body, opt)
}

// ParseAnswer is ParseFormat for the body of a feed's HTTP answer: a
// Content-Type that names a feed or JSON ("application/rss+xml") wins over
// the guess from the name and the content, which can take a feed whose
// "<rss" comes late, or whose URL ends in .html, for a page; its charset is
// read too. Other types are left to the guess: servers send feeds as
// text/plain or text/html often enough. A type no format reads (an image)
// is refused.
func ParseAnswer(name string, body []byte, contentType string, opt Options) ([]corroborate.Document, []error, string) {
	format, charset, err := formatOf(contentType)
	if err != nil {
		return nil, []error{&InputError{name, err}}, ""
	}
	if format != "feed" && format != "json" {
		format = ""
	}
	return parse(name, strings.ToLower(name), format, charset, body, opt)
}

// parse reads body as parseBody does, then refuses each plain-text
// document over Options.MaxTextBytes (boundText).
func parse(name, base, format, charset string, body []byte, opt Options) ([]corroborate.Document, []error, string) {
	docs, errs, read := parseBody(name, base, format, charset, body, opt)
	docs, errs = boundText(docs, errs, opt.maxTextBytes())
	return docs, errs, read
}

// parseBody reads body as format: "html", "text", "json", "feed", or "" for
// the format base's extension, then the content, says. charset is the one
// declared for the body outside it (an HTTP header), "" when none. It
// returns the format it read body as, as ParseFormat says.
func parseBody(name, base, format, charset string, body []byte, opt Options) (docs []corroborate.Document, errs []error, read string) {
	if isGzip(body) {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, []error{&InputError{name, fmt.Errorf("bad gzip data: %w", err)}}, ""
		}
		plain, err := readLimited(zr, opt.maxBytes())
		if err != nil {
			return nil, []error{&InputError{name, fmt.Errorf("gzip: %w", err)}}, ""
		}
		body = plain
		base = strings.TrimSuffix(base, ".gz")
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, []error{&InputError{name, errors.New("empty input")}}, ""
	}
	switch {
	case format == "":
		format = detectFormat(base, body)
	case isBinary(body):
		format = "binary"
	}
	switch format {
	case "json":
		docs, errs = parseJSON(name, body)
	case "feed":
		docs, errs = parseFeed(name, body)
	case "binary":
		errs = []error{&InputError{name, errors.New("binary data, not text, HTML, JSON or a feed")}}
	case "urls":
		errs = []error{&InputError{name, errors.New("a list of URLs: name it as an input of its own to fetch them")}}
	case "html":
		docs = []corroborate.Document{{Source: name, Format: "html", Body: body}}
	default:
		text, err := decodeText(body, charset)
		if err != nil {
			return nil, []error{&InputError{name, err}}, "text"
		}
		if isTREC(text) {
			docs, errs = parseTREC(name, text)
			return docs, errs, "trec"
		}
		return []corroborate.Document{{Source: name, Format: "text", Body: text}}, nil, "text"
	}
	return docs, errs, format
}

func isGzip(b []byte) bool { return len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b }
