package feeds

import (
	"errors"
	"net"
	"sync"

	"github.com/corroborate/corroborate/internal/ingest"
)

// told remembers, per feed, what a Poller has told Options.Problem, so that
// each problem is told once rather than at every poll.
type told struct {
	mu sync.Mutex
	// problems holds, per feed URL, the problems of its items found by the
	// last poll that read it: how many items had each, by problemKey.
	problems map[string]map[string]int
	// failing holds, per feed URL, the failure told last, until a poll
	// succeeds.
	failing map[string]string
}

func newTold() told {
	return told{problems: map[string]map[string]int{}, failing: map[string]string{}}
}

// items records the problems of the items of feed url found by a poll and
// returns those the last poll did not find (two items with the same
// problem are two).
func (t *told) items(url string, problems []error) []error {
	t.mu.Lock()
	defer t.mu.Unlock()
	before, now := t.problems[url], map[string]int{}
	var fresh []error
	for _, p := range problems {
		k := problemKey(p)
		if now[k]++; now[k] > before[k] {
			fresh = append(fresh, p)
		}
	}
	t.problems[url] = now
	return fresh
}

// failure records that a poll of feed url failed with err and reports
// whether that is news: the feed was not failing, or failed otherwise.
func (t *told) failure(url string, err error) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	msg := failureKey(err)
	if t.failing[url] == msg {
		return false
	}
	t.failing[url] = msg
	return true
}

// recovered records that a poll of feed url succeeded.
func (t *told) recovered(url string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failing, url)
}

// problemKey identifies an item's problem without the item's place in the
// feed (the N of URL#N), which shifts as new items are published above it:
// the problem's own words (a title, a size) tell the items apart, and
// change when the item does.
func problemKey(p error) string {
	var ie *ingest.InputError
	if errors.As(p, &ie) {
		return ie.Err.Error()
	}
	return p.Error()
}

// failureKey identifies a failing poll's cause without the addresses a
// network error names: the local port of a connection reset changes at
// every poll, and the same failure would be told again each time.
func failureKey(err error) string {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Op + ": " + op.Err.Error()
	}
	return err.Error()
}
