package corroborate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Error codes: the kinds of failure a user can be told about. One table in
// internal/api maps each to an HTTP status; everything else is EInternal.
const (
	EInvalid      = "invalid"      // the request or an input is malformed
	EUnauthorized = "unauthorized" // a write without a valid token
	EForbidden    = "forbidden"    // refused whatever the credentials (cross-site, non-loopback)
	ENotFound     = "not_found"    // no such story, article or endpoint
	EConflict     = "conflict"     // the thing exists already
	ETooLarge     = "too_large"    // the request body is over its limit
	EUnsupported  = "unsupported"  // a content type the endpoint does not take
	EMethod       = "method"       // the path exists, the method does not
	ETimeout      = "timeout"      // the request ran out of time
	EInternal     = "internal"     // anything else; details go to the log only
	EUnavailable  = "unavailable"  // the store cannot be reached
)

// Error is a failure with a code and a message fit for users. Err keeps the
// underlying cause for logs; it is never shown to users.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Is matches another *Error by code, so that errors.Is(err, ErrNotFound)
// holds for every not-found error whatever its message.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Sentinels for errors.Is; compare by code.
var (
	ErrNotFound = &Error{Code: ENotFound, Message: "not found"}
	ErrConflict = &Error{Code: EConflict, Message: "already exists"}
	ErrInvalid  = &Error{Code: EInvalid, Message: "invalid"}
)

// Errorf returns an *Error with code and a formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for nil
// and EInternal for an error without one.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user message of the first *Error in err's chain,
// or a generic message for errors that may carry internal detail.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != EInternal {
		return e.Message
	}
	return "internal error"
}

// StoryInfo is what a store keeps about a story besides its articles and
// dossier. Revision grows by one each time the story gains articles; a
// stored dossier is current when it was computed for the same revision.
type StoryInfo struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Articles int       `json:"articles"`
	Revision int       `json:"revision"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
}

// Analysis is a dossier as stored for one revision of a story. Stages names
// the analysis stages that produced it (a dossier computed before a new stage
// existed is stale). Dossier is the contract's JSON.
type Analysis struct {
	StoryID  string
	Revision int
	Stages   string
	Title    string // the dossier's story title, copied to the story
	Dossier  []byte
	Computed time.Time
}

// SearchQuery is a full-text search over stored articles. Text is free text:
// its words are all required (stores strip any query syntax). Limit 0 means 20.
type SearchQuery struct {
	Text   string
	Limit  int
	Offset int
}

// MaxSearchTerms bounds the words of one search; later words are ignored.
const MaxSearchTerms = 16

// SearchTerms splits a free-text query into the words a store searches for:
// runs of letters and digits, lowercased, at most MaxSearchTerms of them.
// Everything else, including any query syntax, is a separator.
func SearchTerms(q string) []string {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > MaxSearchTerms {
		words = words[:MaxSearchTerms]
	}
	return words
}

// Highlight markers: stores wrap matched words of a snippet in MarkStart and
// MarkEnd, and SplitHighlights turns them into spans.
const (
	MarkStart = "\x01"
	MarkEnd   = "\x02"
)

// SplitHighlights removes the highlight markers from a marked snippet and
// returns the plain text with the byte ranges that were marked. An
// unbalanced marker is dropped.
func SplitHighlights(marked string) (string, []Span) {
	var (
		b     strings.Builder
		spans = []Span{}
		open  = -1
	)
	for i := 0; i < len(marked); i++ {
		switch c := marked[i]; c {
		case MarkStart[0]:
			open = b.Len()
		case MarkEnd[0]:
			if open >= 0 && b.Len() > open {
				spans = append(spans, Span{Start: open, End: b.Len()})
			}
			open = -1
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), spans
}

// SearchHit is one article matching a search. Snippet is an excerpt of the
// article's text with the matched words at the byte ranges in Highlights.
type SearchHit struct {
	Article    ArticleRef `json:"article"`
	Stories    []string   `json:"stories"`
	Snippet    string     `json:"snippet"`
	Highlights []Span     `json:"highlights"`
}

// ArticleRef is an article's metadata without its text.
type ArticleRef struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Outlet    *string `json:"outlet"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
}

// Page selects a slice of a listing. Limit 0 means 50.
type Page struct {
	Limit  int
	Offset int
}

// Store persists articles, stories and their dossiers. Implementations are
// safe for concurrent use. Errors carry codes: ENotFound for a missing story
// or article, EConflict for an existing story id, EInvalid for bad input.
type Store interface {
	// CreateStory creates story id holding arts, in one transaction. Articles
	// already stored (same ID) are not stored again, only linked.
	CreateStory(ctx context.Context, id string, arts []Article) (StoryInfo, error)
	// AddArticles links arts to story id, storing the new ones, in one
	// transaction, and returns the story and the IDs of the articles the story
	// did not hold before. Revision grows only when that list is not empty.
	AddArticles(ctx context.Context, id string, arts []Article) (StoryInfo, []string, error)
	// Story returns one story.
	Story(ctx context.Context, id string) (StoryInfo, error)
	// Stories lists stories, the most recently updated first.
	Stories(ctx context.Context, p Page) ([]StoryInfo, error)
	// StoryArticles returns a story's articles in the order they were added.
	StoryArticles(ctx context.Context, id string) ([]Article, error)
	// Article returns one stored article and the IDs of the stories holding it.
	Article(ctx context.Context, id string) (Article, []string, error)
	// PutAnalysis stores a story's dossier unless one for a later revision is
	// stored already, and sets the story's title.
	PutAnalysis(ctx context.Context, a Analysis) error
	// Analysis returns the stored dossier of a story; ENotFound when none.
	Analysis(ctx context.Context, storyID string) (Analysis, error)
	// AddSkipped records inputs given for story id that gave no article,
	// after those recorded before; one recorded before with the same reason
	// is not recorded again. ENotFound for a missing story.
	AddSkipped(ctx context.Context, id string, skipped []SkippedInput) error
	// Skipped returns the inputs recorded for story id by AddSkipped, in the
	// order recorded: what its dossier names as skipped.
	Skipped(ctx context.Context, id string) ([]SkippedInput, error)
	// Search finds articles by their words, best first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Close releases the store's connections.
	Close() error
}
