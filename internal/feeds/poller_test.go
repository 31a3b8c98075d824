package feeds_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/feeds"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// rss is a fictional two-item feed.
const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Weekly</title>
<item><title>Ferry halted in Quillhaven</title><guid>hw-1</guid><pubDate>Tue, 04 Mar 2031 08:00:00 GMT</pubDate>
<description>The Quillhaven Harbour Authority halted the evening ferry on Tuesday after a fault in the engine cooling, officials said.</description></item>
<item><title>Library shut in Saltrey</title><guid>hw-2</guid><pubDate>Tue, 04 Mar 2031 09:00:00 GMT</pubDate>
<description>The Saltrey Library Trust shut the central library after a flooded basement archive, its director said.</description></item>
</channel></rss>`

// feedServer serves rss with an ETag and a Last-Modified date, answering
// 304 to a request that sends them back; script gives the status of the
// next answers before it serves normally.
type feedServer struct {
	mu       sync.Mutex
	script   []int
	requests []http.Header
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests = append(f.requests, r.Header.Clone())
	status := 0
	if len(f.script) > 0 {
		status, f.script = f.script[0], f.script[1:]
	}
	f.mu.Unlock()
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "7200")
	}
	if status != 0 {
		http.Error(w, "scripted failure", status)
		return
	}
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"v1"`)
	w.Header().Set("Last-Modified", "Tue, 04 Mar 2031 09:30:00 GMT")
	w.Write([]byte(rss))
}

// sink collects the documents handed over.
type sink struct{ docs []corroborate.Document }

func (s *sink) add(_ context.Context, docs []corroborate.Document) (int, error) {
	s.docs = append(s.docs, docs...)
	return len(docs), nil
}

func TestPollConditionalAndBackoff(t *testing.T) {
	srv := &feedServer{}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	now := time.Date(2031, 3, 4, 10, 0, 0, 0, time.UTC)
	var got sink
	p := feeds.NewPoller(nil, got.add, feeds.Options{AllowPrivate: true, Now: func() time.Time { return now },
		Interval: 15 * time.Minute, MinBackoff: time.Minute, MaxBackoff: time.Hour})

	st := p.Poll(t.Context(), corroborate.FeedState{URL: ts.URL})
	if st.LastError != "" || st.Items != 2 || st.Added != 2 || len(got.docs) != 2 {
		t.Fatalf("first poll: state %+v, %d documents; want 2 items handed over", st, len(got.docs))
	}
	if d := got.docs[0]; d.ID != "hw-1" || d.Outlet != "Harbour Weekly" || !strings.Contains(string(d.Body), "Quillhaven") {
		t.Errorf("first document = %+v, want item hw-1 of Harbour Weekly", d)
	}
	if st.ETag != `"v1"` || st.LastModified == "" || !st.NextPoll.Equal(now.Add(15*time.Minute)) {
		t.Errorf("after 200: ETag %q, Last-Modified %q, next %v", st.ETag, st.LastModified, st.NextPoll)
	}

	st = p.Poll(t.Context(), st)
	if h := srv.requests[1]; h.Get("If-None-Match") != `"v1"` || h.Get("If-Modified-Since") == "" {
		t.Errorf("second request sent If-None-Match %q, If-Modified-Since %q; want the validators", h.Get("If-None-Match"), h.Get("If-Modified-Since"))
	}
	if st.LastStatus != http.StatusNotModified || st.Added != 0 || len(got.docs) != 2 || st.ETag != `"v1"` {
		t.Errorf("after 304: state %+v, %d documents; want nothing new, validators kept", st, len(got.docs))
	}

	srv.script = []int{500, 500, 500, 503}
	for i, want := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 2 * time.Hour} {
		st = p.Poll(t.Context(), st)
		if st.Failures != i+1 || st.LastError == "" || !st.NextPoll.Equal(now.Add(want)) {
			t.Errorf("failure %d: failures %d, error %q, next poll in %v; want next in %v",
				i+1, st.Failures, st.LastError, st.NextPoll.Sub(now), want)
		}
	}
	st = p.Poll(t.Context(), st)
	if st.Failures != 0 || st.LastError != "" || st.LastSuccess != now {
		t.Errorf("after recovering: %+v, want failures reset", st)
	}
}

func TestPollRefusesPrivateAddresses(t *testing.T) {
	ts := httptest.NewServer(&feedServer{})
	defer ts.Close()
	var got sink
	p := feeds.NewPoller(nil, got.add, feeds.Options{}) // the safe default
	st := p.Poll(t.Context(), corroborate.FeedState{URL: ts.URL})
	if st.Failures != 1 || !strings.Contains(st.LastError, "not allowed") || len(got.docs) != 0 {
		t.Errorf("poll of a loopback feed: failures %d, error %q, %d documents; want it refused",
			st.Failures, st.LastError, len(got.docs))
	}
}

func TestPollDueSharesFeeds(t *testing.T) {
	ctx := t.Context()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "feeds.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	defer s.Close()
	ts := httptest.NewServer(&feedServer{})
	defer ts.Close()
	if err := s.AddFeeds(ctx, []string{ts.URL + "/a", ts.URL + "/b"}); err != nil {
		t.Fatalf("AddFeeds: %v", err)
	}
	var got sink
	a := feeds.NewPoller(s, got.add, feeds.Options{ID: "A", AllowPrivate: true, Batch: 1})
	b := feeds.NewPoller(s, got.add, feeds.Options{ID: "B", AllowPrivate: true})
	for i, p := range []*feeds.Poller{a, b, a} {
		want := []int{1, 1, 0}[i]
		if n, err := p.PollDue(ctx); err != nil || n != want {
			t.Errorf("PollDue #%d = %d, %v; want %d", i+1, n, err, want)
		}
	}
	sts, err := s.FeedStates(ctx)
	if err != nil {
		t.Fatalf("FeedStates: %v", err)
	}
	for _, st := range sts {
		if st.LastStatus != 200 || st.Items != 2 || !st.NextPoll.After(time.Now()) {
			t.Errorf("feed %s after its poll: %+v", st.URL, st)
		}
	}
}

// TestPollItemsOverTextBound checks that items over MaxTextBytes are told
// to Problem, not handed over, and that a feed all of whose items are over
// it is polled successfully all the same, not counted as failing.
func TestPollItemsOverTextBound(t *testing.T) {
	ts := httptest.NewServer(&feedServer{})
	defer ts.Close()
	var got sink
	var problems []string
	opt := feeds.Options{AllowPrivate: true, Interval: 15 * time.Minute, Problem: func(err error) { problems = append(problems, err.Error()) }}

	opt.MaxTextBytes = 115 // the Quillhaven item (#1) is 121 bytes of text, the Saltrey one 103
	st := feeds.NewPoller(nil, got.add, opt).Poll(t.Context(), corroborate.FeedState{URL: ts.URL})
	if st.Failures != 0 || st.Items != 1 || len(got.docs) != 1 || len(problems) != 1 || !strings.HasPrefix(problems[0], ts.URL+"#1: article text too long: 121 bytes") {
		t.Fatalf("bound 115: state %+v, %d documents, problems %q; want the Saltrey item and #1 named", st, len(got.docs), problems)
	}

	problems = nil
	opt.MaxTextBytes = 50
	st = feeds.NewPoller(nil, got.add, opt).Poll(t.Context(), corroborate.FeedState{URL: ts.URL})
	if st.Failures != 0 || st.LastError != "" || st.Items != 0 || len(problems) != 2 {
		t.Fatalf("bound 50: state %+v, problems %q; want a successful poll with both items named", st, problems)
	}
}

// changingFeed serves body with status, both changed by the test between
// polls, and no validators: every poll is answered in full.
type changingFeed struct {
	mu     sync.Mutex
	status int
	body   string
}

func (f *changingFeed) set(status int, body string) {
	f.mu.Lock()
	f.status, f.body = status, body
	f.mu.Unlock()
}

func (f *changingFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.status != http.StatusOK {
		http.Error(w, "scripted failure", f.status)
		return
	}
	w.Write([]byte(f.body))
}

// TestPollTellsEachProblemOnce polls a feed that answers 200 each time and
// checks that Problem hears of an item over the text bound once, not at
// every poll, nor when a new item moves it down the feed; again when its
// text changes; and of a failing feed once per failure, again when it
// fails otherwise or after it recovered. An HTML page where the feed was
// is a failure, not an item.
func TestPollTellsEachProblemOnce(t *testing.T) {
	item := func(guid, text string) string {
		return `<item><title>` + guid + `</title><guid>` + guid + `</guid><description>` + text + `</description></item>`
	}
	feed := func(items ...string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fenmoor Post</title>` + strings.Join(items, "") + `</channel></rss>`
	}
	long := item("fp-1", strings.Repeat("The Fenmoor lock keepers walked out on Monday. ", 4)) // 187 bytes of text, trimmed
	longer := item("fp-1", strings.Repeat("The Fenmoor lock keepers walked out on Monday. ", 5))
	short := item("fp-2", "The Fenmoor lock reopened.")
	other := item("fp-3", "Barges queued at Fenmoor.")

	srv := &changingFeed{}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	now := time.Date(2031, 3, 4, 10, 0, 0, 0, time.UTC)
	var told []string
	var got sink
	p := feeds.NewPoller(nil, got.add, feeds.Options{AllowPrivate: true, MaxTextBytes: 100, Now: func() time.Time { return now },
		Problem: func(err error) { told = append(told, err.Error()) }})
	st := corroborate.FeedState{URL: ts.URL}
	defer func() {
		if len(got.docs) != 13 {
			t.Errorf("%d items handed over, want 13: none from the HTML page", len(got.docs))
		}
	}()
	for i, step := range []struct {
		status int
		body   string
		want   []string // the beginnings of what Problem is told
	}{
		{200, feed(long, short), []string{ts.URL + "#1: article text too long: 187 bytes"}},
		{200, feed(long, short), nil},
		{200, feed(other, long, short), nil}, // moved down, the same problem
		{200, feed(other, longer, short), []string{ts.URL + "#2: article text too long: 234 bytes"}},
		{500, "", []string{ts.URL + ": HTTP 500 Internal Server Error"}},
		{500, "", nil},
		{503, "", []string{ts.URL + ": HTTP 503 Service Unavailable"}},
		{200, feed(other, longer, short), nil},
		{500, "", []string{ts.URL + ": HTTP 500 Internal Server Error"}},
		{200, feed(other, short), nil},
		{200, feed(other, longer, short), []string{ts.URL + "#2: article text too long: 234 bytes"}}, // gone and back
		{200, "<rss><channel><item>", []string{ts.URL + ": invalid feed: "}},
		{200, "<!DOCTYPE html><html><head><title>Fenmoor Post</title></head><body><p>The front page.</p></body></html>",
			[]string{ts.URL + ": not a feed: the answer is an HTML page, not RSS or Atom"}}, // not stored as an article
		{200, feed(longer, strings.ReplaceAll(longer, "fp-1", "fp-4"), short), []string{ts.URL + "#2: article text too long: 234 bytes"}}, // a second item with the same problem
	} {
		srv.set(step.status, step.body)
		told = nil
		st = p.Poll(t.Context(), st)
		ok := len(told) == len(step.want)
		for k := 0; ok && k < len(told); k++ {
			ok = strings.HasPrefix(told[k], step.want[k])
		}
		if !ok {
			t.Errorf("poll %d (HTTP %d): told %q, want %q", i+1, step.status, told, step.want)
		}
	}
}

// TestPollCutShortTellsNothing checks that a poll cut short by its caller
// (ingest --poll interrupted) is not told to Problem as a failing feed.
func TestPollCutShortTellsNothing(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers nothing until the client gives up
	}))
	defer ts.Close()
	var told []string
	var got sink
	p := feeds.NewPoller(nil, got.add, feeds.Options{AllowPrivate: true, Problem: func(err error) { told = append(told, err.Error()) }})
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(50*time.Millisecond, cancel)
	if st := p.Poll(ctx, corroborate.FeedState{URL: ts.URL}); len(told) != 0 {
		t.Errorf("poll cut short: state %+v, told %q; want nothing told", st, told)
	}
}

// TestPollNamesAFeedThatStopsAnswering checks that a feed whose server
// went away is told once, named once in the message.
func TestPollNamesAFeedThatStopsAnswering(t *testing.T) {
	ts := httptest.NewServer(&feedServer{})
	ts.Close()
	var told []string
	var got sink
	p := feeds.NewPoller(nil, got.add, feeds.Options{AllowPrivate: true, Problem: func(err error) { told = append(told, err.Error()) }})
	st := p.Poll(t.Context(), corroborate.FeedState{URL: ts.URL})
	p.Poll(t.Context(), st)
	if len(told) != 1 || !strings.HasPrefix(told[0], ts.URL+": ") || strings.Count(told[0], ts.URL) != 1 {
		t.Errorf("two polls of a closed server: told %q; want one message naming the feed once", told)
	}
}

// TestFetchTrustsAFeedType: a feed served as application/rss+xml is read as
// one when its guessed format says a page: its URL ends in .html, or its
// "<rss" comes after a long prologue. Before, each was refused as "not a
// feed: the answer is an HTML page".
func TestFetchTrustsAFeedType(t *testing.T) {
	prologue := `<?xml version="1.0"?>` + "\n<!-- " + strings.Repeat("Licensed to readers of Harbour Weekly. ", 40) + "-->\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		if r.URL.Path == "/late.rss" {
			w.Write([]byte(prologue + strings.TrimPrefix(rss, `<?xml version="1.0"?>`)))
			return
		}
		w.Write([]byte(rss))
	}))
	defer srv.Close()
	for _, path := range []string{"/news/feed.html", "/late.rss"} {
		f, err := feeds.Fetch(t.Context(), srv.Client(), corroborate.FeedState{URL: srv.URL + path}, ingest.Options{MaxBytes: 1 << 20}, time.Now())
		if err != nil || len(f.Docs) != 2 {
			t.Errorf("Fetch(%s) = %d items, %v; want the 2 items of the feed", path, len(f.Docs), err)
		}
	}
}
