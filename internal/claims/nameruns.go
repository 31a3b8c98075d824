package claims

import (
	"strings"
)

// nameJoiners are the lower-case words that may stand inside one name
// ("Church of Jesus Christ", "Urim and Thummim", "Ludwig van Beethoven").
var nameJoiners = map[string]bool{"of": true, "the": true, "and": true, "de": true, "du": true, "da": true,
	"del": true, "der": true, "van": true, "von": true, "la": true, "le": true}

// nameRuns returns, for each token of a sentence, how many words the
// capitalised name it belongs to has ("Salt Lake City" 3, "Church of
// Jesus Christ of Latter-day Saints" 5), 0 for a token in no name of two
// words or more. A name says which thing a sentence is about, not what it
// states about it: its words, the sentence's first word among them ("Tomas
// Brenn opened ..."), are no words of the sentence's own (unit.plain).
// A name's words follow each other with nothing but spaces,
// a joiner ("of", "and") or a middle initial's stop between them; a
// sentence's first word starts a name only when a capitalised word
// follows it at once. A date's words are no name ("Nov. 28"). figs are
// the sentence's figures; buf, when not nil, lends the slice returned,
// which holds until the next call with it.
func nameRuns(s string, toks []token, figs []figure, buf *[]int) []int {
	var runs []int
	nameWord := func(k int) bool {
		t := toks[k]
		if !t.capital || t.num || t.lemma == "" || isMonthTok(t) || weekdays[t.low] {
			return false
		}
		for i := range figs {
			if t.start >= figs[i].start && t.end <= figs[i].end {
				return false
			}
		}
		return true
	}
	joined := func(a, b int) bool {
		gap := s[toks[a].end:toks[b].start]
		return strings.TrimSpace(gap) == "" && gap != "" || initialGap(s, toks[a], toks[b])
	}
	for k := 0; k < len(toks); {
		if !nameWord(k) {
			k++
			continue
		}
		// the run's name words, joiners allowed between two of them
		words := []int{k}
		last := k
		for j := k + 1; j < len(toks); j++ {
			if !joined(j-1, j) {
				break
			}
			if nameWord(j) {
				words = append(words, j)
				last = j
				continue
			}
			if !nameJoiners[toks[j].low] && !(toks[j].capital && stopWords[toks[j].low]) {
				break
			}
		}
		if k == 0 && len(words) > 1 && words[1] != 1 {
			// a sentence's first word is capitalised anyway: it starts a
			// name only when another capitalised word follows it at once
			words = words[:1]
			last = 0
		}
		if len(words) > 1 {
			if runs == nil {
				runs = newRuns(len(toks), buf)
			}
			n := 0
			for _, w := range words {
				if len(toks[w].lemma) >= 2 {
					n++
				}
			}
			for _, w := range words {
				runs[w] = n
			}
		}
		k = last + 1
	}
	return runs
}

// newRuns returns n zeroed ints, from buf when there is one.
func newRuns(n int, buf *[]int) []int {
	if buf == nil {
		return make([]int, n)
	}
	if cap(*buf) < n {
		*buf = make([]int, n)
	}
	r := (*buf)[:n]
	clear(r)
	return r
}
