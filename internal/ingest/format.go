package ingest

import (
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// detectFormat names the format of body: "text", "html", "json", "feed" or
// "binary". The extension of name decides first; content decides otherwise.
func detectFormat(name string, body []byte) string {
	if isBinary(body) {
		return "binary"
	}
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".json", ".jsonl", ".ndjson":
		return "json"
	case ".rss", ".atom":
		return "feed"
	case ".txt", ".text", ".md":
		return "text"
	case ".urls":
		return "urls"
	}
	return sniff(body)
}

func sniff(body []byte) string {
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 1024)]))
	switch {
	case len(head) == 0:
		return "text"
	case head[0] == '{' || head[0] == '[':
		return "json"
	case isTREC(body):
		return "text" // newswire SGML, read by the text branch"
	case bytes.HasPrefix(head, []byte("<?xml")) && (bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf"))):
		return "feed"
	case bytes.HasPrefix(head, []byte("<rss")) || bytes.HasPrefix(head, []byte("<feed")):
		return "feed"
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head")) || bytes.HasPrefix(head, []byte("<?xml")):
		return "html"
	}
	return "text"
}

// isBinary reports data that is not text in any encoding we read: NUL bytes
// (outside UTF-16) or many control characters.
func isBinary(b []byte) bool {
	if hasUTF16BOM(b) {
		return false
	}
	sample := b[:min(len(b), 8192)]
	ctrl := 0
	for _, c := range sample {
		if c == 0 {
			return true
		}
		if text.ControlByte(c) {
			ctrl++
		}
	}
	return len(sample) > 0 && ctrl*text.BinaryShare > len(sample)
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff))
}

// decodeText returns body as UTF-8: UTF-16 with a byte-order mark is
// decoded; bytes that are not valid UTF-8 are read in the charset declared
// for them (an HTTP header's), else as Windows-1252, the usual legacy
// encoding of Western news text.
func decodeText(body []byte, declared string) ([]byte, error) {
	if hasUTF16BOM(body) {
		if len(body)%2 != 0 {
			return nil, errors.New("UTF-16 text with an odd number of bytes")
		}
		big := body[0] == 0xfe
		u := make([]uint16, 0, len(body)/2-1)
		for i := 2; i+1 < len(body); i += 2 {
			if big {
				u = append(u, uint16(body[i])<<8|uint16(body[i+1]))
			} else {
				u = append(u, uint16(body[i+1])<<8|uint16(body[i]))
			}
		}
		return []byte(string(utf16.Decode(u))), nil
	}
	if utf8.Valid(body) {
		return body, nil
	}
	if enc, name := charset.Lookup(declared); enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
		if name == "windows-1252" {
			body = dropUndefined1252(body)
		}
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			return out, nil
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(dropUndefined1252(body))
	if err != nil {
		return nil, errors.New("text is neither UTF-8 nor Windows-1252")
	}
	return out, nil
}

// dropUndefined1252 leaves out the bytes Windows-1252 gives no character
// (0x81, 0x8D, 0x8F, 0x90, 0x9D), which its decoder would turn into
// U+FFFD: in legacy news text they are stray control codes, not words.
func dropUndefined1252(b []byte) []byte {
	if !slices.ContainsFunc(b, undefined1252) {
		return b
	}
	return slices.DeleteFunc(slices.Clone(b), undefined1252)
}

func undefined1252(c byte) bool {
	return c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d
}
