package cluster

import (
	"github.com/cespare/xxhash/v2"

	"github.com/corroborate/corroborate/internal/text"
)

// skipWord reports whether the lower-cased word w is a stop word or a
// calendar word, looked up by hash: one map access per token.
func skipWord(w []byte) bool {
	_, ok := skipped[xxhash.Sum64(w)]
	return ok
}

// skipped holds the hashes of text.TopicStop's words.
var skipped = func() map[uint64]struct{} {
	m := map[uint64]struct{}{}
	for w := range text.TopicStop {
		m[xxhash.Sum64String(w)] = struct{}{}
	}
	return m
}()

// months maps month names and abbreviations to their number, for dates.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
