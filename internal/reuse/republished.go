package reuse

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// republishCues are the words of a republication notice: the text is
// another outlet's, carried with its leave ("This article first appeared
// in X and was reproduced with permission", "republished from X under a
// Creative Commons licence"), whether or not the notice names X.
var republishCues = []string{
	"reproduced with permission", "republished with permission", "reprinted with permission",
	"used with permission", "shared with permission", "republished from", "reprinted from",
	"first appeared in", "first appeared on", "first appeared at", "originally appeared in",
	"originally appeared on", "originally appeared at", "originally published in",
	"originally published on", "originally published by", "first published in", "first published on",
	"first published by",
}

// republication finds the article's republication notice: the sentence
// holding one of republishCues, as written, and its byte span; "" when
// there is none. Only the neighbourhood of each cue's last word
// (republishAnchors) is read, not the whole text.
func republication(text string) (string, corroborate.Span) {
	for _, anchor := range republishAnchors {
		for at := range indexes(text, anchor) {
			lo := max(0, at-24)
			for lo > 0 && lo < at && !utf8.RuneStart(text[lo]) {
				lo++
			}
			win := asciiLower(text[lo:min(len(text), at+len(anchor)+6)])
			for _, cue := range republishCues {
				i := strings.Index(win, cue)
				if i < 0 || i > 0 && isLetter(win[i-1]) {
					continue
				}
				i += lo
				s, e := sentenceStart(text, i), sentenceEnd(text, i+len(cue))
				return strings.TrimSpace(text[s:e]), corroborate.Span{Start: s, End: e}
			}
		}
	}
	return "", corroborate.Span{}
}

// republishAnchors are words every one of republishCues holds.
var republishAnchors = []string{"permission", "appeared", "published", "reprinted"}

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
	named := ""
	for _, c := range copy.credits {
		if c.whole && c.Start < copy.republishedAt.End && c.End > copy.republishedAt.Start {
			named = c.Outlet
			break
		}
	}
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
