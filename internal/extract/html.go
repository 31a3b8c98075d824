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
	"github.com/corroborate/corroborate/internal/text"
)

// fromHTML extracts the main text and metadata of an HTML page.
//
// go-trafilatura finds the main content; our own work is what follows:
// the page's metadata read from its JSON-LD, meta tags, microdata and
// bylines (readPageMetadata), paragraphs kept from its tree (not its
// flattened text), paragraphs it dropped when a page splits its article in several
// containers recovered with go-readability's view of the page, and what it
// leaves that is not the article removed and listed in Removed (headline and
// deck repeated at the top, bylines, date lines, lists of other stories,
// prompts to subscribe, share, follow or comment; see cleanBlocks).
//
// Text holds the paragraphs separated by "\n\n", without the title. Outlet
// is what the page names as its publisher or site (see pageOutlet), else
// its URL's site, else a wire service's dateline or sign-off, or nil. The
// page may be in any charset (see decodeHTML). A page with no text is ErrEmpty; a page too
// large, or one that makes a parser panic, is an error naming the problem:
// fromHTML never panics.
func fromHTML(doc corroborate.Document, opt Options) (a corroborate.Article, err error) {
	cfg := htmlConfig{cleanup: true, recovery: true, metadata: true, maxText: opt.MaxTextBytes}
	if doc.Fetch != nil {
		cfg.contentType = doc.Fetch.ContentType
	}
	return extractHTML(doc.Body, doc.URL, cfg)
}

// htmlConfig selects our steps on top of go-trafilatura, so that tests and
// benchmarks can measure each.
type htmlConfig struct {
	cleanup  bool // remove chrome blocks (cleanBlocks)
	recovery bool // recover dropped paragraphs (recoverBlocks)
	metadata bool // read the page's own metadata (readPageMetadata); else trafilatura's passes through
	// contentType is the Content-Type header the page was served with,
	// whose charset decodeHTML honours; "" for a page read from a file.
	contentType string
	// maxText bounds the page's text (pageBounds); 0 means
	// text.DefaultMaxArticleBytes.
	maxText int64
}

// extractHTML is fromHTML with its steps selectable.
func extractHTML(body []byte, rawURL string, cfg htmlConfig) (a corroborate.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = corroborate.Article{}, fmt.Errorf("html: page could not be parsed (extractor panicked: %v)", r)
		}
	}()
	if len(body) > maxHTMLBytes {
		return a, fmt.Errorf("html: page too large: %s for one page", text.OverLimit(int64(len(body)), maxHTMLBytes))
	}
	src, _, err := decodeHTML(body, cfg.contentType)
	if err != nil {
		return a, fmt.Errorf("html: %w", err)
	}
	if strings.TrimSpace(src) == "" {
		return a, ErrEmpty
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return a, parseError(err)
	}
	if err := pageBounds(root, cfg.maxText); err != nil {
		return a, err
	}
	res, err := runTrafilatura(root, rawURL, cfg.metadata)
	if err != nil {
		return a, err
	}
	a = articleFromResult(res, root, rawURL, cfg)
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrEmpty
	}
	return a, nil
}

// runTrafilatura extracts root's main content; its date search is left to
// pageDates when ownDates is set. FavorRecall: our cleaning
// takes out more of what that adds than trafilatura's precision mode does,
// and keeps more of the article. rawURL, when it parses, helps trafilatura
// resolve the site.
func runTrafilatura(root *html.Node, rawURL string, ownDates bool) (*trafilatura.ExtractResult, error) {
	opts := trafilatura.Options{
		Focus:           trafilatura.FavorRecall,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if ownDates {
		opts.HtmlDateMode = trafilatura.Disabled // pageDates searches once, structured data first
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
// recovered and cleaned as cfg says, and the page's metadata read by
// readPageMetadata.
func articleFromResult(res *trafilatura.ExtractResult, root *html.Node, rawURL string, cfg htmlConfig) corroborate.Article {
	md := res.Metadata
	h1s := headings(root, 3)
	var a corroborate.Article
	pm := readPageMetadata(root, rawURL, md, h1s, cfg.metadata)
	a.Title, a.Byline = pm.title, pm.byline
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
		if cfg.cleanup {
			// a quote chip or a glued credit inside a paragraph, as on
			// the text path
			var furniture []string
			parts[i], furniture = dropInlineFurniture(b.text)
			a.Removed = append(a.Removed, furniture...)
		}
	}
	a.Text = strings.Join(parts, "\n\n")
	var wire string
	a.Dateline, wire, _ = parseDateline(a.Text)
	if pm.outlet == "" {
		pm.outlet = outletFromText(wire, a.Text)
	}
	if pm.outlet != "" {
		a.Outlet = &pm.outlet
	}
	if a.Byline == nil {
		a.Byline = signoffByline(a.Text)
	}
	if !pm.published.IsZero() {
		a.Time = pm.published
		a.Published = corroborate.StrPtr(formatHTMLDate(pm.published))
	}
	if !pm.modified.IsZero() {
		a.Modified = corroborate.StrPtr(formatHTMLDate(pm.modified))
	}
	a.Language = pageLanguage(a.Text, md.Language, pm.lang)
	return a
}

// pageMetaOf gathers what cleaning compares blocks with: the headline
// candidates (trafilatura's title, the one chosen and the page's <h1>s),
// the authors and the texts of the page's links.
func pageMetaOf(a corroborate.Article, title string, h1s []string, root *html.Node) pageMeta {
	m := pageMeta{authors: a.Byline, links: linkTexts(root)}
	for _, t := range append([]string{title, a.Title}, h1s...) {
		if w := lowerWords(t); len(w) > 0 {
			m.titles = append(m.titles, w)
		}
	}
	return m
}

// formatHTMLDate writes a date without a clock as YYYY-MM-DD, else RFC 3339.
func formatHTMLDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
