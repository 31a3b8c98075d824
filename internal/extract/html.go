package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/corroborate/corroborate"
)

// maxHTMLBytes bounds the page size extraction accepts; larger pages are
// rejected rather than parsed (a DOM costs tens of times its source size).
const maxHTMLBytes = 16 << 20

// fromHTML extracts the main text and metadata of an HTML page.
//
// go-trafilatura finds the main content and reads the metadata; our own work
// is what follows: paragraphs kept from its tree (not its flattened text),
// paragraphs it dropped when a page splits its article in several
// containers recovered with go-readability's view of the page, and what it
// leaves that is not the article removed and listed in Removed (headline and
// deck repeated at the top, bylines, date lines, lists of other stories,
// prompts to subscribe, share, follow or comment; see cleanBlocks).
//
// Text holds the paragraphs separated by "\n\n", without the title. Outlet
// is the site name from the page's metadata, or nil. The page may be in any
// charset (see decodeHTML). A page with no text is ErrEmpty; a page too
// large, or one that makes a parser panic, is an error naming the problem:
// fromHTML never panics.
func fromHTML(doc corroborate.Document, opt Options) (a corroborate.Article, err error) {
	return extractHTML(doc.Body, doc.URL, htmlConfig{cleanup: true, recovery: true})
}

// htmlConfig selects our steps on top of go-trafilatura, so that tests and
// benchmarks can measure each.
type htmlConfig struct {
	cleanup  bool // remove chrome blocks (cleanBlocks)
	recovery bool // recover dropped paragraphs (recoverBlocks)
}

// extractHTML is fromHTML with its steps selectable.
func extractHTML(body []byte, rawURL string, cfg htmlConfig) (a corroborate.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = corroborate.Article{}, fmt.Errorf("html: page could not be parsed (extractor panicked: %v)", r)
		}
	}()
	if len(body) > maxHTMLBytes {
		return a, fmt.Errorf("html: page too large: %d bytes (limit %d)", len(body), maxHTMLBytes)
	}
	src, _, err := decodeHTML(body)
	if err != nil {
		return a, fmt.Errorf("html: %w", err)
	}
	if strings.TrimSpace(src) == "" {
		return a, ErrEmpty
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return a, fmt.Errorf("html: parse: %w", err)
	}
	res, err := runTrafilatura(root, rawURL)
	if err != nil {
		return a, err
	}
	a = articleFromResult(res, root, cfg)
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrEmpty
	}
	return a, nil
}

// runTrafilatura extracts root's main content. FavorRecall: our cleaning
// takes out more of what that adds than trafilatura's precision mode does,
// and keeps more of the article. rawURL, when it parses, helps trafilatura
// resolve the site.
func runTrafilatura(root *html.Node, rawURL string) (*trafilatura.ExtractResult, error) {
	opts := trafilatura.Options{
		Focus:           trafilatura.FavorRecall,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		if strings.Contains(err.Error(), "not long enough") {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("html: %w", err)
	}
	if res == nil || res.ContentNode == nil {
		return nil, errors.New("html: no main content found")
	}
	return res, nil
}

// articleFromResult turns trafilatura's result into an Article: paragraphs,
// recovered and cleaned as cfg says, and the metadata it read.
func articleFromResult(res *trafilatura.ExtractResult, root *html.Node, cfg htmlConfig) corroborate.Article {
	md := res.Metadata
	a := corroborate.Article{
		Byline:   splitAuthors(md.Author),
		Outlet:   corroborate.StrPtr(strings.TrimSpace(md.Sitename)),
		Language: normLanguage(md.Language),
	}
	h1s := headings(root, 3)
	a.Title = pickTitle(strings.TrimSpace(md.Title), h1s)
	if !md.Date.IsZero() {
		a.Time = md.Date
		a.Published = corroborate.StrPtr(formatHTMLDate(md.Date))
	}
	blocks := textBlocks(res.ContentNode)
	if cfg.recovery {
		blocks = recoverBlocks(root, blocks)
	}
	if cfg.cleanup {
		var removed []removal
		blocks, removed = cleanBlocks(blocks, pageMetaOf(a, md.Title, h1s, root))
		for _, r := range removed {
			switch r.kind {
			case "title", "byline", "date":
				// metadata, as the text path treats them: not listed as chrome
			default:
				a.Removed = append(a.Removed, r.text)
			}
		}
	}
	parts := make([]string, len(blocks))
	for i, b := range blocks {
		parts[i] = b.text
	}
	a.Text = strings.Join(parts, "\n\n")
	a.Dateline, _, _ = parseDateline(a.Text)
	return a
}

// pageMetaOf gathers what cleaning compares blocks with: the headline
// candidates (the metadata title and the page's <h1>s), the authors and the
// texts of the page's links.
func pageMetaOf(a corroborate.Article, title string, h1s []string, root *html.Node) pageMeta {
	m := pageMeta{authors: a.Byline, links: linkTexts(root)}
	for _, t := range append([]string{title}, h1s...) {
		if w := lowerWords(t); len(w) > 0 {
			m.titles = append(m.titles, w)
		}
	}
	return m
}

// pickTitle prefers the page's <h1> when the metadata title holds it with
// more around it ("Headline | Site"), else the metadata title.
func pickTitle(meta string, h1s []string) string {
	mw := lowerWords(meta)
	for _, h := range h1s {
		hw := lowerWords(h)
		if len(hw) >= 3 && len(hw) < len(mw) && containsRun(mw, hw) {
			return h
		}
	}
	if meta == "" && len(h1s) > 0 {
		return h1s[0]
	}
	return meta
}

// splitAuthors splits trafilatura's "A; B" author string into names.
func splitAuthors(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// normLanguage keeps a two-letter ISO 639-1 code ("en" from "en-US").
func normLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	return s
}

// formatHTMLDate writes a date without a clock as YYYY-MM-DD, else RFC 3339.
func formatHTMLDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
