package extract

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// charsetScan is how far into a page a <meta charset> is looked for. The
// HTML standard says 1024 bytes; real pages put theirs later.
const charsetScan = 64 << 10

var reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTML returns body as NFC-normalised UTF-8 with soft hyphens removed,
// and the name of the charset it was read in. The order: a byte-order mark;
// valid UTF-8 as is (a page in a legacy charset is almost never valid UTF-8
// once it holds a non-ASCII byte, and a declared charset is often wrong); the
// charset of contentType, the HTTP Content-Type header the page came with
// ("text/html; charset=iso-8859-2"), which the HTML standard puts before the
// page's own, unless it claims UTF-8 for a page that is not; a charset
// declared in a <meta> tag; else windows-1252, as browsers do.
func decodeHTML(body []byte, contentType string) (string, string, error) {
	enc, name := sniffCharset(body, contentType)
	s := body
	if enc != nil {
		out, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			return "", name, fmt.Errorf("decode %s: %w", name, err)
		}
		s = out
	}
	text := string(s)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\u00AD", "")
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return text, name, nil
}

// sniffCharset picks body's encoding; nil means UTF-8 already.
func sniffCharset(body []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if utf8.Valid(body) {
		return nil, "utf-8"
	}
	// A server's "charset=utf-8" on a page that is not UTF-8 is a server
	// default, not the author's choice: the page's own label and the
	// fallback come next. The page's own "utf-8" is taken at its word.
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if enc, name := charset.Lookup(params["charset"]); enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
			return enc, name
		}
	}
	head := body[:min(len(body), charsetScan)]
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil && !strings.HasPrefix(name, "utf-16") {
			if name == "utf-8" {
				return nil, name // invalid bytes become U+FFFD
			}
			return enc, name
		}
	}
	enc, name := charset.Lookup("windows-1252")
	return enc, name
}
