package reuse

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// republishCues are the named cues of a republication notice: the text is
// another outlet's, carried with its leave ("This article first appeared
// in X", "republished from X under a Creative Commons licence"). A cue of
// leave alone ("reproduced with permission", "used with permission") is a
// notice too, whether or not it names X: noticeCues reads those from
// " with permission" and leaveVerbs.
var republishCues = map[string]bool{
	"republished from": true, "reprinted from": true,
	"first appeared in": true, "first appeared on": true, "first appeared at": true, "originally appeared in": true,
	"originally appeared on": true, "originally appeared at": true, "originally published in": true,
	"originally published on": true, "originally published by": true, "first published in": true, "first published on": true,
	"first published by": true,
}

// republication finds the article's republication notice: the sentence
// holding the first of its notice cues (noticeCues), as written, and its
// byte span; "" when there is none.
func republication(text string) (string, corroborate.Span) {
	for _, c := range noticeCues(text) {
		if c.notice {
			s, e := sentenceStart(text, c.start), sentenceEnd(text, c.end)
			return strings.TrimSpace(text[s:e]), corroborate.Span{Start: s, End: e}
		}
	}
	return "", corroborate.Span{}
}

// noticeCue is where a text says where it first ran or that it is carried
// with leave: "originally appeared at", "first published by", "originally
// ran in", "republished from", "reprinted with permission from",
// "appeared in Saturday's edition of", "used with permission".
type noticeCue struct {
	start, end int
	// named: the name of where the text first ran follows the cue ("first
	// appeared in" X): a credit line.
	named bool
	// notice: the cue is one of republishCues, a republication notice.
	notice bool
}

// noticeCues finds a text's notice cues, left to right, whether their
// first word opens a sentence ("Reprinted from X") or not.
func noticeCues(text string) []noticeCue {
	var out []noticeCue
	for _, verb := range noticeVerbs {
		for at := range wordIndexes(text, verb) {
			i := at + len(verb)
			rest := text[i:]
			// "originally appeared at X", "first published by X"
			lead := strings.TrimRight(text[max(0, at-12):at], " ")
			before := outlets.ASCIILower(lead)
			for _, adv := range []string{"originally", "first"} {
				s := at - (at - max(0, at-12) - len(lead)) - len(adv)
				if !strings.HasSuffix(before, adv) || s > 0 && outlets.ASCIILetter(text[s-1]) {
					continue
				}
				for _, prep := range []string{" at ", " on ", " in ", " by "} {
					if strings.HasPrefix(rest, prep) {
						out = append(out, noticeCue{start: s, end: i + len(prep), named: true,
							notice: republishCues[adv+" "+verb+prep[:len(prep)-1]]})
						break
					}
				}
			}
			if strings.HasPrefix(verb, "re") {
				// "republished from X", "reprinted with permission from X",
				// "reproduced with permission"
				r, leave := strings.CutPrefix(rest, " with permission")
				from := strings.HasPrefix(r, " from ")
				switch {
				case from:
					out = append(out, noticeCue{start: at, end: i + len(rest) - len(r) + len(" from "), named: true,
						notice: leave || republishCues[verb+" from"]})
				case leave && wordEnds(r, 0):
					out = append(out, noticeCue{start: at, end: i + len(" with permission"), notice: true})
				}
			}
			// "appeared in Saturday's edition of X"
			if verb != "posted" && strings.HasPrefix(rest, " in ") {
				if e := strings.Index(rest, " edition of "); e > 0 && e < 40 && !strings.ContainsAny(rest[:e], ".\n") {
					out = append(out, noticeCue{start: at, end: i + e + len(" edition of "), named: true})
				}
			}
		}
	}
	// "used with permission", "shared with permission": leave, no name
	for _, leave := range leaveVerbs {
		for at := range wordIndexes(text, leave) {
			out = append(out, noticeCue{start: at, end: at + len(leave), notice: true})
		}
	}
	slices.SortFunc(out, func(x, y noticeCue) int { return cmp.Compare(x.start, y.start) })
	return out
}

// wordIndexes yields the offsets of word in text where it stands as a
// word of its own, written in lower case or capitalised ("reprinted",
// "Reprinted"): the lower-case ones first, then the capitalised.
func wordIndexes(text, word string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, w := range [2]string{word, capitalised[word]} {
			for at := range indexes(text, w) {
				if at > 0 && outlets.ASCIILetter(text[at-1]) || !wordEnds(text, at+len(w)) {
					continue
				}
				if !yield(at) {
					return
				}
			}
		}
	}
}

// noticeVerbs are the verbs of noticeCues; leaveVerbs say a text is used
// with leave ("used with permission").
var (
	noticeVerbs = []string{"appeared", "published", "ran", "posted", "republished", "reprinted", "reproduced"}
	leaveVerbs  = []string{"used with permission", "shared with permission"}
)

// capitalised holds noticeVerbs and leaveVerbs as they open a sentence,
// made once.
var capitalised = func() map[string]string {
	m := map[string]string{}
	for _, w := range append(slices.Clone(noticeVerbs), leaveVerbs...) {
		m[w] = strings.ToUpper(w[:1]) + w[1:]
	}
	return m
}()

// republishedEvidence weighs the republication notice of one side of p:
// the article that carries one (and whose partner does not) is a copy of
// another outlet's text. A notice that names an outlet is a credit line,
// weighed already when it names the partner's outlet (creditTo) or the
// partner's outlet is not known (introducedCredit); one that names none
// counts as such a credit when the partner's outlet is not known; when
// it is known and the notice names another, the partner may be a copy of
// that outlet too, and the notice is a hint only.
func republishedEvidence(origin, copy *article, s float64, ix *aliasIndex, add func(float64, string, ...any)) {
	if copy.republished == "" || origin.republished != "" {
		return
	}
	named := copy.republishedBy
	switch {
	case named != "" && ix.sameOutlet(named, origin.outlet):
		return // the credit to the origin's outlet counts already (creditTo)
	case named != "" && origin.outlet == "":
		return // a credit line that may name the origin's outlet counts already (introducedCredit)
	}
	w := wRepublishedHint
	if origin.outlet == "" {
		w = wIntroduced
	}
	if named == "" {
		named = "another outlet"
	}
	add(s*w, "%s credits %s with its text in a republication notice: '%s'", copy.id, named, clipCue(copy.republished))
}

// indexes yields the byte offset of each occurrence of sub in text, left
// to right, each search starting after the previous occurrence.
func indexes(text, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for off := 0; ; {
			k := strings.Index(text[off:], sub)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(sub)
		}
	}
}
