package reuse

import (
	"strings"

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
// there is none.
func republication(text string) (string, corroborate.Span) {
	if !strings.Contains(text, "ermission") && !strings.Contains(text, "ppeared") &&
		!strings.Contains(text, "ublished") && !strings.Contains(text, "eprinted") {
		return "", corroborate.Span{} // the cues' common letters: most texts have none
	}
	lower := asciiLower(text)
	for _, cue := range republishCues {
		i := strings.Index(lower, cue)
		if i < 0 || i > 0 && isLetter(lower[i-1]) {
			continue
		}
		lo, hi := sentenceStart(text, i), sentenceEnd(text, i+len(cue))
		return strings.TrimSpace(text[lo:hi]), corroborate.Span{Start: lo, End: hi}
	}
	return "", corroborate.Span{}
}

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
