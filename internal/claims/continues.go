package claims

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// A quotation often runs over two sentences ("“..., ” Varga said. “We
// owe that to every crew.”"), and the second names no one (namesNoOne).
// When every article stating the second states the first just before it (nothing but spaces and line breaks between, so a quotation
// going on in the next paragraph counts), and no other article states the
// first, the two are one statement: one claim, worded by both sentences,
// rather than two rows of which the second would repeat the first to name
// its speaker.

// continuations maps a claim's cluster to the cluster it goes on from
// (see above); firsts are the clusters' first sentence in each article
// (firstUnits), claimed the sentences of claims of two articles or more.
func (st *story) continuations(firsts []map[int]int, claimedBy map[[2]int]int) map[int]int {
	out := map[int]int{}
	for x, first := range firsts {
		if len(first) < 2 {
			continue
		}
		y := -1
		ok := true
		for a, ui := range first {
			u := &st.units[ui]
			prev, found := st.sentenceBefore(a, u.span.Start)
			if !found || strings.TrimSpace(st.arts[a].Text[prev.End:u.span.Start]) != "" {
				ok = false
				break
			}
			c, claimed := claimedBy[[2]int{a, prev.Start}]
			if !claimed || c == x || y >= 0 && c != y {
				ok = false
				break
			}
			y = c
		}
		if !ok || y < 0 || !sameArticles(first, firsts[y]) || !st.namesNoOne(x, first) {
			continue // the second reads alone, naming its speaker
		}
		ws := st.wordingsOf(&st.clusters[y], firsts[y])
		if i := bestIndex(ws); i < 0 || !ws[i].quoted && ws[i].who == noSpeaker && !ws[i].personSays {
			// the first sentence words no claim, or tells what happened
			// in no one's words: the second stands alone
			continue
		}
		if _, chained := out[y]; chained {
			continue
		}
		out[x] = y
	}
	// a claim another goes on from goes on from none
	var chained []int
	for x, y := range out {
		if _, ok := out[y]; ok {
			chained = append(chained, x)
		}
	}
	for _, x := range chained {
		delete(out, x)
	}
	return out
}

// sameArticles reports two clusters' first sentences (firstUnits) given
// by the same articles.
func sameArticles(a, b map[int]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// goingOn is the second sentence of a statement over two (continuations)
// whose first is worded text: the second as written by the article whose
// first sentence (first) words text, so the quotation reads as one
// article wrote it, else as worded best among the articles' (second).
func (st *story) goingOn(text string, first, second map[int]int) string {
	for _, a := range slices.Sorted(maps.Keys(first)) {
		if strings.HasSuffix(text, st.wordingOf(first[a]).bare()) {
			return st.wordingOf(second[a]).text
		}
	}
	ws := make([]wording, 0, len(second))
	for _, a := range slices.Sorted(maps.Keys(second)) {
		ws = append(ws, st.wordingOf(second[a]))
	}
	if i := bestIndex(ws); i >= 0 {
		return ws[i].text
	}
	return ws[0].text
}

// namesNoOne reports a cluster x whose claim would name no one: the copy
// of it wording it best (among first, its first sentence in each
// article) is a quotation without its speaker named or a pronoun saying
// something, and no sentence of the cluster is a quotation naming its
// speaker (which claimWording would take instead).
func (st *story) namesNoOne(x int, first map[int]int) bool {
	cl := &st.clusters[x]
	ws := st.wordingsOf(cl, first)
	i := bestIndex(ws)
	if i < 0 || !unnamed(ws[i]) {
		return false
	}
	if w := ws[i]; w.quoted && w.who == noSpeaker && wordsOutsideQuotes(w.text) {
		// "..." the man shouted: someone the article does not name, or
		// no one, perhaps not the first sentence's speaker
		return false
	}
	for _, gi := range cl.groups {
		for _, ui := range st.groups[gi].units {
			if w := st.wordingOf(ui); w.who == namedSpeaker {
				return false
			}
		}
	}
	return true
}

// wordsOutsideQuotes reports letters in s outside its double quotation
// marks.
func wordsOutsideQuotes(s string) bool {
	in := false
	for _, r := range s {
		switch {
		case r == '"' || r == '“' || r == '”':
			in = !in
		case !in && unicode.IsLetter(r):
			return true
		}
	}
	return false
}
