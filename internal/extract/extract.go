// Package extract turns a raw document into an Article: clean text without
// site chrome, and the metadata a reader needs (title, outlet, byline,
// publication date, language).
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// Options tunes extraction. The zero value is ready to use.
type Options struct {
	// Now anchors relative and year-less dates; zero means dates without a
	// year are left unknown.
	Now time.Time
	// MaxTextBytes bounds the text of an HTML page, outside its scripts and
	// styles; 0 means text.DefaultMaxArticleBytes. A page with more is an
	// error saying so, not extracted. (ingest bounds plain texts.)
	MaxTextBytes int64
}

// ErrEmpty is returned for a document with no text left after cleaning.
var ErrEmpty = errors.New("no article text found")

// Extract cleans doc and reads its metadata. Fields given by the document
// itself (a JSONL record's outlet, title or language) win over what is read
// from the text. The text is split into sentences by the rules of its
// language. The Article's ID is derived from its content, so the same input
// always gets the same ID.
func Extract(doc corroborate.Document, opt Options) (corroborate.Article, error) {
	var (
		a   corroborate.Article
		err error
	)
	switch doc.Format {
	case "html":
		a, err = fromHTML(doc, opt)
	default:
		var body string
		if body, err = textBody(doc.Body); err != nil {
			return a, err
		}
		a = fromText(body, doc.Headless, opt)
	}
	if err != nil {
		return a, err
	}
	a.Source = doc.Source
	a.Fetch = doc.Fetch
	applyDocFields(&a, doc)
	a.Text = strings.TrimSpace(a.Text)
	if a.Text == "" {
		return a, emptyError(a.Removed)
	}
	a.ID = articleID(doc, a.Text)
	if l := normLanguage(doc.Language); l != "" {
		a.Language = l
	} else if a.Language == "" {
		a.Language = detectLanguage(a.Text, "")
	}
	a.Sentences = text.SentencesIn(a.Text, a.Language)
	if a.Published == nil {
		// A text that gives no date may be dated by its address, as
		// many sites date theirs ("/2026/03/14/ferry-returns"); a page's
		// own search reads its URL already.
		if t, ok := urlDate(doc.URL, opt.Now); ok {
			a.Published = corroborate.StrPtr(formatDate(t))
		}
	}
	if a.Published != nil && a.Time.IsZero() {
		a.Time, _ = parseISO(*a.Published)
	}
	if a.Outlet == nil {
		// The site an address names wins over what the text says of
		// itself: a copy keeps the original's closing line and its "did
		// not return X's calls".
		if o := firstNonEmpty(urlOutlet(firstNonEmpty(doc.URL, doc.Source)), originOutlet(a.Text), noReplyOutlet(a.Text), promoOutlet(a.Removed)); o != "" {
			a.Outlet = &o
		}
	}
	return a, nil
}

func applyDocFields(a *corroborate.Article, doc corroborate.Document) {
	a.URL, a.InputID = doc.URL, doc.ID
	if doc.Title != "" {
		a.Title = strings.TrimSpace(doc.Title)
	}
	if o := outlets.GivenName(doc.Outlet); o != "" {
		// "NPR (Online News)", as lists of outlets label the medium: "NPR".
		a.Outlet = corroborate.StrPtr(o)
	}
	if len(doc.Byline) > 0 {
		a.Byline = doc.Byline
	}
	if doc.Published != "" {
		if t, ok := parseAnyDate(doc.Published, time.Time{}); ok {
			a.Time = t
			a.Published = corroborate.StrPtr(formatDate(t))
		}
	}
}

// articleID is a short content hash: the document's own id when it has one,
// else the text's.
func articleID(doc corroborate.Document, text string) string {
	h := sha256.New()
	if doc.ID != "" {
		h.Write([]byte("id\x00" + doc.ID))
	} else {
		h.Write([]byte(text))
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// emptyError is ErrEmpty, saying so when every line of the document was
// site chrome (a platform's prompt, a web archive's notice) and quoting the
// first, so that a reader sees why the input gave no article.
func emptyError(removed []string) error {
	if len(removed) == 0 {
		return ErrEmpty
	}
	first := removed[0]
	if r := []rune(first); len(r) > 60 {
		first = string(r[:60]) + "…"
	}
	return fmt.Errorf("%w: its %d lines are all site chrome, such as %q", ErrEmpty, len(removed), first)
}
