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
// ("arrested", "suspended"), a figure, a date, or enough of their own
// words; and a question is no statement.

// thinSimilarity is the similarity below which two aligned sentences must
// share an anchor or minAnchorlessOwn of their own words.
const thinSimilarity = 0.6

// minAnchorlessOwn is the fewest of their own words (plain features) two
// sentences must share when they share no anchor and are no closer than
// thinSimilarity.
const minAnchorlessOwn = 2

// anchorsOf lists, as sorted ids of v, the words of a sentence used as
// verbs (not words of attribution: "said", "reported" state no fact
// alike), its words inside double quotation marks, its figures and its
// dates other than weekdays, all among its features feats; and a light
// word with each word it takes ("mak"+"mistak": lightPairs), ids of
// v.pair that are no feature; text is the article's text; sc lends the
// buffers, so that sentences share their allocations.
func anchorsOf(text string, toks []token, figs []figure, feats []int, v *vocab, sc *scratch) []int {
	ids := sc.ids[:0]
	addID := func(id int) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	add := func(key string) {
		if id, ok := v.ids[key]; ok {
			if _, found := slices.BinarySearch(feats, id); found {
				addID(id)
			}
		}
	}
	quoted := false
	for k, t := range toks {
		if k > 0 {
			quoted = quoteFlips(text[toks[k-1].end:t.start], quoted)
		} else {
			// a quotation mark opening the sentence, not the one
			// closing the sentence before (openingGap)
			quoted = quoteFlips(openingGap(text, t.start), quoted)
		}
		switch {
		case t.num:
			add("#" + t.low)
		case t.lemma != "" && (len(t.lemma) > 1 && quoted || !saying[t.low] && isVerbish(toks, k) && !gerundNoun(toks, k)):
			// a verb, or a word quoted (words quoted alike: one
			// quotation); a light word anchors with the words it
			// takes ("taking advantage"), quoted or not, never alone
			id, ok := v.ids[t.lemma]
			switch {
			case !ok:
			case v.light[id]:
				lightPairs(toks, k, func(obj string) { addID(v.pair(t.lemma, obj)) })
			default:
				if _, found := slices.BinarySearch(feats, id); found {
					addID(id)
				}
			}
		}
	}
	for _, f := range figs {
		switch {
		case f.kind == corroborate.ConflictNumber:
			add("#" + f.value)
		case f.kind == corroborate.ConflictDate && f.key != "weekday":
			// a day or a year dates one event; a weekday, in a story
			// told over a few days, many
			add("@" + f.value)
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

// lightWords are verbs that carry little of a sentence's meaning on their
// own, and reflexive pronouns ("made her own outfits for herself" / "make
// a name for herself", "took everyone for a fool" / "did not take the news
// well", "it turns out"): two sentences sharing them share no event by
// them alone, so they anchor only with the words they take (lightPairs),
// and they are not counted among the own words two thinly alike sentences
// must share (they still weigh in similarity). The set holds their lemmas
// ("made" -> "mak"), as tokens carry them, of the forms whose lemma is not
// the base's ("got", "went"). "Have" and "do" are stop words already.
var lightWords = lemmaSet("make made take took taken get got gotten go goes going went gone come came give gave given put keep kept let seem turn want " +
	"herself himself themselves itself myself yourself ourselves")

// lightPairs calls take with the lemma of each content word a light verb
// at toks[k] may take ("made a costly mistake": "costly", "mistak"): those
// of the next three words that are no light word themselves, up to a
// figure; "[sic]", an editor's mark, is none.
func lightPairs(toks []token, k int, take func(string)) {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].num {
			return
		}
		if l := toks[j].lemma; l != "" && toks[j].low != "sic" && !lightWords[l] {
			take(l)
		}
	}
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
// sharing ownN of their own words, may state one claim: both statements
// or both questions (or one quoting the other's words), close enough or
// sharing an anchor or enough of their own words.
func anchored(a, b *unit, s float64, ownN int) bool {
	if a.question != b.question && !quotesQuestion(a, b) && !quotesQuestion(b, a) {
		return false
	}
	return s >= thinSimilarity || ownN >= minAnchorlessOwn || shareAnchor(a.anchors, b.anchors)
}

// quotesQuestion reports whether unit q, a question, is written word for
// word in unit o, perhaps with another stop ("And what lesson would I be
// learning." / "...: “What lesson would I be learning?”"): one quotation,
// not a question against a statement.
func quotesQuestion(q, o *unit) bool {
	if !q.question && !o.question {
		return false
	}
	w := q.toks
	for len(w) > 0 && (w[0].low == "and" || w[0].low == "but" || w[0].low == "so") {
		w = w[1:]
	}
	if len(w) < 3 {
		return false
	}
	for i := 0; i+len(w) <= len(o.toks); i++ {
		if !slices.EqualFunc(w, o.toks[i:i+len(w)], func(x, y token) bool { return x.low == y.low }) {
			continue
		}
		return true
	}
	return false
}

// isQuestion reports a sentence that ends with a question mark, inside
// closing quotation marks or brackets or not ("What role did the wind
// play?"): it asks, and aligns with no statement but one printing its
// words with another stop (quotesQuestion).
func isQuestion(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"”’')»]`)
	return strings.HasSuffix(s, "?")
}
