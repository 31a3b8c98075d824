package corroborate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Item states in the stream queue. An item moves queued -> claimed ->
// extracted -> done, or ends failed; a claimed item whose lease expires is
// claimable again.
const (
	ItemQueued    = "queued"
	ItemClaimed   = "claimed"
	ItemExtracted = "extracted"
	ItemDone      = "done"
	ItemFailed    = "failed"
)

// StreamItem is one raw document in the stream queue.
type StreamItem struct {
	Seq      int64 // queue order, assigned by the store
	Batch    string
	Doc      Document
	State    string
	Attempts int // how many times it was claimed
	// ArticleID is the extracted article, once there is one.
	ArticleID string
	// Note is why the item failed, or that its article was a duplicate.
	Note string
}

// Enqueued says what became of one document given to Enqueue: its queue
// item, and whether the item is new or the same document was queued before
// (its identity is the document's ID when it has one, else its content).
type Enqueued struct {
	Seq int64
	New bool
}

// Extraction is the outcome of extracting one claimed item: the article, or
// the reason it could not be used (Article nil).
type Extraction struct {
	Seq     int64
	Article *Article
	Reason  string
}

// PendingArticle is an extracted item waiting for its story. Assigned is
// true when its article already belongs to a story of the stream, so that
// the item is a duplicate and must not be clustered again.
type PendingArticle struct {
	Seq      int64
	Article  Article
	Assigned bool
}

// StoryAssignment records why one article joined one story of the stream.
type StoryAssignment struct {
	Seq       int64  // the queue item it came from
	ArticleID string // the article
	StoryID   string // the story joined (or opened, when New)
	New       bool
	Title     string // for a new story: its first title
	// StoryTitle is the story's title after this assignment, the headline
	// of its most central article as the clusterer sees it; the store sets
	// the story's title to it when it is not empty.
	StoryTitle string
	Score      float64
	// Shares are the terms the article shares with the story, as written.
	Shares []string
	// Explanation is the sentence shown to readers: "shares: Sessions, ...".
	Explanation string
	// Merged lists stories folded into StoryID by this assignment: their
	// articles move over and the stories are removed.
	Merged []string
	// Duplicate marks an item whose article was in the stream already:
	// only the item is closed, nothing else is written.
	Duplicate bool
	Worker    string
	Assigned  time.Time // set by the store
	LogSeq    int64     // position in the assignment log, set by the store
}

// StoryMove is a regrouping's move of an article already in a story of the
// stream to another story: a story found to hold two stories is split, an
// article that fits another story better goes there, pieces of one story are
// joined.
type StoryMove struct {
	ArticleID string
	// From is the story the article leaves. The store moves the article
	// from the story its log entry holds it in, which is From unless the
	// mover's picture is out of date.
	From string
	To   string
	// New is true when To is a story opened by this regrouping (a split);
	// Title is then its title; "" means the moved article's.
	New   bool
	Title string
	// ToTitle is To's title after the regrouping (see
	// StoryAssignment.StoryTitle); the store sets it when it is not empty.
	ToTitle string
	// Score is the article's similarity to To.
	Score float64
	// Explanation is why it moved, shown to readers as the reason it is in
	// To: "regrouped: ...".
	Explanation string
}

// ReplayEntry is one entry of the assignment log with what the clusterer
// needs of its article, for a worker that rebuilds its state.
type ReplayEntry struct {
	LogSeq    int64
	ArticleID string
	StoryID   string // the story it belongs to now, merges followed
	Title     string
	Text      string
	Time      time.Time
	Outlet    string // "" when unknown
}

// Assigner is the assignment role: the one holder at a time that may give
// articles their stories, so that one clusterer state sees every article in
// order. Its methods fail with code EConflict once the role is lost; the
// holder must then Close it and acquire it again.
type Assigner interface {
	// Head is the LogSeq of the newest assignment, 0 when none.
	Head(ctx context.Context) (int64, error)
	// Replay returns up to limit log entries after LogSeq after, oldest first.
	Replay(ctx context.Context, after int64, limit int) ([]ReplayEntry, error)
	// Pending returns up to n extracted items, in queue order.
	Pending(ctx context.Context, n int) ([]PendingArticle, error)
	// Commit writes the assignments in one transaction: stories opened,
	// articles linked, merges, log entries, items done, analyses due after
	// analyzeDelay. It returns the assignments with LogSeq set. An item no
	// longer extracted (closed by another holder) is skipped.
	Commit(ctx context.Context, as []StoryAssignment, analyzeDelay time.Duration) ([]StoryAssignment, error)
	// Regroup applies a regrouping in one transaction: the stories opened
	// by the moves are created, each moved article is relinked to its To
	// story and its log entry says why (StoryAssignments of To lists it,
	// Replay gives To), the closed stories and any story the moves left
	// without an article are removed (a redirect to where their articles
	// went is kept, as for merges), and every story that gained or lost
	// articles is due for analysis after analyzeDelay. A closed story that
	// still holds articles is kept. Log positions do not change. In the
	// same transaction it records the log's head (the newest entry the
	// holder has seen) as the place of the regrouping, even when nothing
	// moves: the regrouping changed the holder's clusterer all the same.
	Regroup(ctx context.Context, moves []StoryMove, closed []string, analyzeDelay time.Duration) error
	// Regroups returns the places Regroup recorded after log entry after
	// up to upTo, in log order, a place repeated when several regroupings
	// were made there; and from, the log entry from which regroupings are
	// recorded (a store upgraded from one without the record knows of none
	// made at or before from; 0 when it always recorded them). A worker
	// taking the role over replays the log and regroups at these places,
	// so that it makes the regroupings the holders before it made.
	Regroups(ctx context.Context, after, upTo int64) (at []int64, from int64, err error)
	// Close gives the role up.
	Close() error
}

// StreamCounts counts queue items by state.
type StreamCounts struct {
	Queued, Claimed, Extracted, Done, Failed int
	// Duplicates are done items whose article was in the stream already.
	Duplicates int
	// Stories counts the stories holding the batch's articles now, and
	// NewStories those the batch's articles opened (both 0 for all batches).
	Stories, NewStories int
}

// Add counts n items in state, dup of them duplicates.
func (c *StreamCounts) Add(state string, n, dup int) {
	switch state {
	case ItemQueued:
		c.Queued += n
	case ItemClaimed:
		c.Claimed += n
	case ItemExtracted:
		c.Extracted += n
	case ItemDone:
		c.Done += n
		c.Duplicates += dup
	case ItemFailed:
		c.Failed += n
	}
}

// Open is the number of items not yet done or failed.
func (c StreamCounts) Open() int { return c.Queued + c.Claimed + c.Extracted }

// AnalysisJob is a story whose dossier must be computed again. Version
// identifies the request: a story that changes again gets a new one, so
// that finishing an older version leaves the job due.
type AnalysisJob struct {
	StoryID string
	Version int64
}

// MaxAnalysisAttempts bounds the tries of one analysis job; a story whose
// dossier keeps failing is left to be computed when it is read.
const MaxAnalysisAttempts = 5

// StorySummary is a story with the counts a listing shows. Origins is -1
// until the story's dossier has been computed.
type StorySummary struct {
	StoryInfo
	// Outlets counts the distinct outlets and each article whose outlet is
	// not known as one more, as a dossier's story does; KnownOutlets counts
	// only the known.
	Outlets      int `json:"outlets"`
	KnownOutlets int `json:"known_outlets"`
	Origins      int `json:"origins"`
}

// StreamStore is what the stream pipeline needs of a store, besides Store:
// a work queue claimed under leases, the assignment role and log, analysis
// jobs, and listings. Leases are measured on the store's clock, so workers on
// several machines agree on expiry.
type StreamStore interface {
	Store
	FeedStore
	// Enqueue adds documents to the queue under batch, in order. A document
	// queued before (same identity) is not queued again.
	Enqueue(ctx context.Context, batch string, docs []Document) ([]Enqueued, error)
	// Claim leases up to n items to owner for lease: queued ones, and
	// claimed ones whose lease expired, oldest first. Claiming grows
	// Attempts; an item claimed maxAttempts times already is failed instead.
	Claim(ctx context.Context, owner string, n int, lease time.Duration, maxAttempts int) ([]StreamItem, error)
	// Extracted stores the articles and closes failed items, for the items
	// owner still holds; it returns how many it applied. Others are ignored:
	// their lease was lost and another worker has them.
	Extracted(ctx context.Context, owner string, xs []Extraction) (int, error)
	// AcquireAssigner takes the assignment role for owner; an error with
	// code EConflict when another holder has it.
	AcquireAssigner(ctx context.Context, owner string) (Assigner, error)
	// StreamCounts counts the items of batch, or of all batches for "".
	StreamCounts(ctx context.Context, batch string) (StreamCounts, error)
	// StreamItems lists up to limit items of batch in a state, in order.
	StreamItems(ctx context.Context, batch, state string, limit int) ([]StreamItem, error)
	// StoryAssignments returns why each article of the story joined it, in
	// log order.
	StoryAssignments(ctx context.Context, storyID string) ([]StoryAssignment, error)
	// StorySummaries lists stories updated at or after since, newest first.
	StorySummaries(ctx context.Context, since time.Time, p Page) ([]StorySummary, error)
	// ClaimAnalysis leases up to n due analysis jobs to owner.
	ClaimAnalysis(ctx context.Context, owner string, n int, lease time.Duration) ([]AnalysisJob, error)
	// AnalysisDone closes job when failure is "", unless the story changed
	// since (then it stays due); with a failure it is due again after retry,
	// and dropped after MaxAnalysisAttempts.
	AnalysisDone(ctx context.Context, owner string, job AnalysisJob, failure string, retry time.Duration) error
}

// FeedState is what is known of one polled feed: what the next conditional
// request sends, when it is due, and how the last polls went.
type FeedState struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	NextPoll     time.Time `json:"next_poll"`
	LastPoll     time.Time `json:"last_poll"`
	LastSuccess  time.Time `json:"last_success"`
	// Failures counts polls failed in a row; it sets the backoff.
	Failures   int    `json:"failures"`
	LastStatus int    `json:"last_status"` // HTTP status of the last poll, 0 when none came
	LastError  string `json:"last_error,omitempty"`
	// Items is how many items the last successful fetch held; Added how
	// many of them were new to the queue.
	Items int `json:"items"`
	Added int `json:"added"`
}

// FeedStore keeps the polled feeds and their state, so that several
// pollers share the work: each due feed is claimed by one of them.
type FeedStore interface {
	// AddFeeds registers feeds (by URL) to poll, due at once; known ones are
	// kept as they are.
	AddFeeds(ctx context.Context, urls []string) error
	// ClaimFeeds leases up to n feeds due at the store's now to owner.
	ClaimFeeds(ctx context.Context, owner string, n int, lease time.Duration) ([]FeedState, error)
	// PutFeedState saves a feed's state after a poll and releases owner's lease.
	PutFeedState(ctx context.Context, owner string, st FeedState) error
	// FeedStates lists every feed, by URL.
	FeedStates(ctx context.Context) ([]FeedState, error)
}

// DocumentKey is a document's identity in the stream queue: its own ID when
// it has one (a feed item's GUID, a dump's id field), else its format and
// body. Extraction derives the article ID the same way, so one key gives one
// article.
func DocumentKey(d Document) string {
	h := sha256.New()
	if d.ID != "" {
		h.Write([]byte("id\x00" + d.ID))
	} else {
		h.Write([]byte(d.Format + "\x00"))
		h.Write(d.Body)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
