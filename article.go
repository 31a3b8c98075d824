package corroborate

import "time"

// Document is one raw input before extraction: the bytes as read and what the
// input itself said about them (JSONL fields, a feed item's metadata).
type Document struct {
	// Source is the path or URL as given by the user, with a line suffix
	// ("dump.jsonl:12") for documents read from a multi-record file.
	Source string
	// Format is "text" or "html" once ingest has decided it.
	Format string
	// Headless marks a text body with no headline line of its own (a JSON
	// record's or feed item's text): extraction then reads no title from it.
	Headless bool
	// Body is the document's content: plain text or HTML.
	Body []byte
	// Fields given by a structured input; empty when unknown.
	ID        string
	URL       string
	Outlet    string
	Title     string
	Byline    []string
	Published string
	// Language is the ISO 639-1 code a structured input gives for its
	// text ("it", "en-GB"); it wins over the detected language.
	Language string
	// Fetch says how the document was fetched from the web; nil for a
	// file, standard input or a structured record.
	Fetch *Fetch
}

// Article is one cleaned report: the text the rest of the pipeline reads.
type Article struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Outlet    *string  `json:"outlet"`
	Title     string   `json:"title"`
	Byline    []string `json:"byline"`
	Published *string  `json:"published"`
	// Modified is when the page says it was last changed, kept apart from
	// Published; nil when unknown. Not part of contract version 1.
	Modified  *string  `json:"modified,omitempty"`
	Language  string   `json:"language"`
	Text      string   `json:"text"`
	Removed   []string `json:"removed"`
	Sentences []Span   `json:"sentences"`
	Credits   []Credit `json:"credits"`
	// Originality is the share of the text found in no other article of the
	// story, from 0 to 1.
	Originality float64 `json:"originality"`
	// Dateline is the place line that opens the text ("ALBUQUERQUE, N.M."),
	// when there is one. Not part of contract version 1.
	Dateline string `json:"dateline,omitempty"`
	// URL is the article's address when its input gave one (a JSONL
	// record's url, a feed item's link, the address fetched), as given.
	// Not part of contract version 1.
	URL string `json:"url,omitempty"`
	// InputID is the id the input gave the article (a JSONL record's id),
	// as given; ID is derived from it. Not part of contract version 1.
	InputID string `json:"input_id,omitempty"`
	// Fetch says how the article was fetched from the web: the URL asked
	// for, where its redirects ended, the HTTP status and when. Absent for
	// an article read from a file. Not part of contract version 1.
	Fetch *Fetch `json:"fetch,omitempty"`
	// OffTopic marks an article that shares little of its vocabulary with
	// the story's other articles: probably another story put among them
	// (or page furniture with no story of its own). It is never set in a
	// story of fewer than three articles. Not part of contract version 1.
	OffTopic bool `json:"off_topic,omitempty"`
	// OffTopicReason says, when OffTopic, how little the article shares,
	// in words and figures. Not part of contract version 1.
	OffTopicReason string `json:"off_topic_reason,omitempty"`
	// Time is Published parsed, zero when unknown.
	Time time.Time `json:"-"`
}

// Span is a half-open byte range [Start, End) into an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Credit is an explicit attribution of text to an outlet.
type Credit struct {
	Outlet string `json:"outlet"`
	Cue    string `json:"cue"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// StrPtr returns a pointer to s, or nil when s is empty.
func StrPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Fetch records how a page was fetched from the web, so a reader can see
// where an article's text came from and when.
type Fetch struct {
	// URL is the address as the user gave it.
	URL string `json:"url"`
	// FinalURL is the page read: where the redirects, if any, ended.
	FinalURL string `json:"final_url"`
	// Redirects lists each redirect followed, in order, starting with URL.
	Redirects []Redirect `json:"redirects,omitempty"`
	// Status is the HTTP status of the final answer.
	Status int `json:"status"`
	// ContentType is the final answer's Content-Type header as sent,
	// charset included; the body is kept in the bytes it came in.
	ContentType string `json:"content_type,omitempty"`
	// FetchedAt is when the final answer arrived.
	FetchedAt time.Time `json:"fetched_at"`
}

// Redirect is one redirect followed: the URL asked for and the status of
// its answer (301, 302, 303, 307 or 308).
type Redirect struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
}
