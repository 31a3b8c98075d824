package app

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
)

// Idempotency keys are remembered in memory: for replayTTL, the latest
// maxReplays of them, so that within one server process the same key with
// another request, or while its first request runs, is refused. Across
// processes and restarts the story's id carries the key (see keyedID): a
// retry finds the story the first request made.
const (
	maxReplays   = 10000
	replayTTL    = 24 * time.Hour
	maxKeyLength = 255
)

// replays remembers idempotent creations by client and key.
type replays struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	m     map[replayKey]*replay
	order []replayKey // oldest first, for eviction
}

type replayKey struct{ client, key string }

// replay is one remembered creation: running until done is closed.
type replay struct {
	sum  [32]byte
	at   time.Time
	done chan struct{}
	res  IngestResult
}

func newReplays(max int, ttl time.Duration) *replays {
	return &replays{max: max, ttl: ttl, m: map[replayKey]*replay{}}
}

// do runs create once per client and key, giving it the uploads'
// fingerprint: a later call with the same uploads gets the first result
// and true; with other uploads, or while the
// first runs, an error of code EConflict. A creation that fails is
// forgotten, so that its retry runs.
func (r *replays) do(client, key string, ups []Upload, create func(sum [32]byte) (IngestResult, error)) (IngestResult, bool, error) {
	if len(key) > maxKeyLength || !printable(key) {
		return IngestResult{}, false, corroborate.Errorf(corroborate.EInvalid,
			"the Idempotency-Key must be at most %d printable ASCII characters", maxKeyLength)
	}
	k, sum := replayKey{client, key}, fingerprint(ups)
	r.mu.Lock()
	if p, ok := r.m[k]; ok && time.Since(p.at) < r.ttl {
		r.mu.Unlock()
		if p.sum != sum {
			return IngestResult{}, false, corroborate.Errorf(corroborate.EConflict,
				"the Idempotency-Key %q was used for another request", key)
		}
		select {
		case <-p.done:
			return p.res, true, nil
		default:
			return IngestResult{}, false, corroborate.Errorf(corroborate.EConflict,
				"a request with the Idempotency-Key %q is still running; send it again shortly", key)
		}
	}
	p := &replay{sum: sum, at: time.Now(), done: make(chan struct{})}
	r.put(k, p)
	r.mu.Unlock()

	res, err := create(sum)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		if r.m[k] == p {
			delete(r.m, k)
		}
		return res, false, err
	}
	p.res = res
	close(p.done)
	return res, false, nil
}

// put adds p under k, dropping expired entries and then the oldest while
// the map is full. The caller holds r.mu.
func (r *replays) put(k replayKey, p *replay) {
	for len(r.order) > 0 {
		old := r.order[0]
		q, ok := r.m[old]
		if ok && time.Since(q.at) < r.ttl && len(r.m) < r.max {
			break
		}
		if ok && (time.Since(q.at) >= r.ttl || len(r.m) >= r.max) {
			delete(r.m, old)
		}
		r.order = r.order[1:]
	}
	r.m[k] = p
	r.order = append(r.order, k)
}

// keyedID is the id of the story that client's request with key and the
// uploads of fingerprint sum creates: 16 hex digits of a digest of all
// three, so that the same request sent to any process over one store names
// one story, and one client's key never names another client's story.
func keyedID(client, key string, sum [32]byte) string {
	h := sha256.New()
	writeFields(h, []byte(client), []byte(key), sum[:])
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// fingerprint identifies a batch of uploads: names, contents and URLs.
func fingerprint(ups []Upload) [32]byte {
	h := sha256.New()
	for _, up := range ups {
		writeFields(h, []byte(up.Name), up.Body, []byte(up.URL))
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// writeFields writes each field to h after its length, so that no two
// lists of fields write the same bytes.
func writeFields(h hash.Hash, fields ...[]byte) {
	var n [8]byte
	for _, b := range fields {
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return s != ""
}
