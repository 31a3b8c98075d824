package claims

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// Two sentences that share only the things they speak of (a person, a
// place, a boat, a wound) and say different things of them ("Divers kept
// looking for Marta Vell's boat on Thursday" / "On Thursday a crew said
// they had towed Marta Vell's boat away last spring") are not one claim,
// though names and days weigh enough to pass the threshold. What they share must then hold an anchor: a verb of both
// ("arrested", "suspended"), a figure, or enough of their own words.

// thinSimilarity is the similarity below which two aligned sentences must
// share an anchor or minAnchorlessOwn of their own words.
const thinSimilarity = 0.6

// minAnchorlessOwn is the fewest of their own words (plain features) two
// sentences must share when they share no anchor and are no closer than
// thinSimilarity.
const minAnchorlessOwn = 2

// anchorsOf lists, as sorted feature ids of feats, the words of a sentence
// used as verbs (not words of attribution: "said", "reported" state no
// fact alike) and its figures; sc lends the buffers, so that sentences
// share their allocations.
func anchorsOf(toks []token, figs []figure, feats []int, v *vocab, sc *scratch) []int {
	ids := sc.ids[:0]
	add := func(key string) {
		if id, ok := v.ids[key]; ok {
			if _, found := slices.BinarySearch(feats, id); found && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	for k, t := range toks {
		switch {
		case t.num:
			add("#" + t.low)
		case t.lemma != "" && !attribution[t.low] && !speechWords[t.low] && isVerbish(toks, k) && !gerundNoun(toks, k):
			add(t.lemma)
		}
	}
	for _, f := range figs {
		if f.kind == corroborate.ConflictNumber {
			add("#" + f.value)
		}
	}
	sc.ids = ids[:0]
	if len(ids) == 0 {
		return nil
	}
	// the story's anchors share one backing array, grown as needed
	if cap(sc.arena)-len(sc.arena) < len(ids) {
		sc.arena = make([]int, 0, max(4096, 2*len(ids)))
	}
	at := len(sc.arena)
	sc.arena = append(sc.arena, ids...)
	out := sc.arena[at:len(sc.arena):len(sc.arena)]
	slices.Sort(out)
	return out
}

// gerundNoun reports a word in -ing used as a noun: after a determiner or
// a possessive ("the shooting", "Monday's meeting").
func gerundNoun(toks []token, k int) bool {
	return k > 0 && strings.HasSuffix(toks[k].low, "ing") && (determiners[toks[k-1].low] || strings.HasSuffix(toks[k-1].low, "'s"))
}

// shareAnchor reports whether two sorted id lists meet.
func shareAnchor(a, b []int) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// anchored reports whether sentences a and b, similarity s apart and
// sharing ownN of their own words, may state one claim: close enough, or
// sharing an anchor or enough of their own words.
func anchored(a, b *unit, s float64, ownN int) bool {
	return s >= thinSimilarity || ownN >= minAnchorlessOwn || shareAnchor(a.anchors, b.anchors)
}

// isQuestion reports a sentence that ends with a question mark, inside
// closing quotation marks or brackets or not ("What role did the wind
// play?"): it asks, and aligns with no statement, however many of its
// words one holds.
func isQuestion(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"”’')»]`)
	return strings.HasSuffix(s, "?")
}
