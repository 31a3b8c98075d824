package claims

import (
	"strings"
)

// firstWordNamed reports whether a sentence's first word is a word of a
// name. A name says which thing a sentence is about, not what it states
// about it: its words are no words of the sentence's own (unit.plain).
// Every later capitalised word counts as a name's; the first word is
// capitalised anyway, so it starts a name only when another name word
// follows it at once ("Tomas Brenn opened …", "Mayor Jonas P. Whitcombe").
// A date's words (a month, a weekday, a figure's) are no name's.
func firstWordNamed(s string, toks []token, figs []figure) bool {
	nameWord := func(t token) bool {
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
	if len(toks) < 2 || !nameWord(toks[0]) || !nameWord(toks[1]) {
		return false
	}
	gap := s[toks[0].end:toks[1].start]
	return strings.TrimSpace(gap) == "" && gap != "" || initialGap(s, toks[0], toks[1])
}
