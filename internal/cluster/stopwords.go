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

// skipped holds the hashes of stopwords and calendar words.
var skipped = func() map[uint64]struct{} {
	m := map[uint64]struct{}{}
	for _, set := range []map[string]bool{stopwords, calendar} {
		for w := range set {
			m[xxhash.Sum64String(w)] = struct{}{}
		}
	}
	return m
}()

// stopwords are function words and reporting verbs that say nothing about
// which story an article covers. Online IDF would learn most of them, but
// only after many articles; the list makes the first articles of a stream
// comparable.
var stopwords = text.WordSet(`a about above after again against all almost along already also although always am among an and
another any anyone anything are around as at away back be became because become been before being below between both but by
can cannot could did do does doing done down during each either else enough even ever every few first for from further get
gets got had has have having he her here hers herself him himself his how however i if in into is it its itself just last
least less let like made make many may me might more most much must my myself near neither never next no nor not now of off
often on once one only or other others our ours ourselves out over own per perhaps put rather really said say saying says
see seen several shall she should since so some someone something still such than that the their theirs them themselves then
there these they this those though through thus to together too toward towards under until up upon us very via was we well
were what whatever when where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves told tell tells according added asked called went going go goes come comes came take took taken
new news report reported reports reporting reportedly including include includes included later earlier may mr mrs ms
it's that's he's she's there's don't doesn't didn't isn't wasn't aren't weren't can't won't wouldn't couldn't shouldn't
i'm i've i'd i'll we're we've they're they've you're you've let's`)

// calendar words name a day or month: they join dates, not names.
var calendar = text.WordSet(text.Months + " " + text.Weekdays + `
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun today yesterday tomorrow`)

// months maps month names and abbreviations to their number, for dates.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
