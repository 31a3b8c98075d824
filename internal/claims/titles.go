package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// maxTitleWords bounds the lower-case words of a title before a name
// ("deputy press secretary" in "Harbour Trust deputy press secretary Ana
// Vell").
const maxTitleWords = 4

// titleTokens marks the tokens of a sentence that are a person's title
// written in lower case between a body's name and the person's name
// ("Harbour Trust deputy press secretary Ana Vell", "Orvell Harbour
// police detective Rosa Lind"): up to maxTitleWords content words, no
// verb, the last a noun of a role (titleHead), no plural or present tense in -s, with only spaces between them,
// and a name of two capitalised words or more on either side. A
// description after a determiner or a single word ("the skipper Ana
// Vell", "Lennish journalist Ivo Marsh") is the sentence's own: it may be
// what the sentence tells of the person. They are part of the name,
// not the sentence's own words: two sentences in which one official says
// two things share the official's title and little else. nil when none
// is.
func titleTokens(s string, toks []token) []bool {
	var in []bool
	for i := 1; i < len(toks); i++ {
		if !titleWord(toks, i) || i < 2 || toks[i-2].lemma == "" || !nameRun(s, toks, i-2) || !spaceOnly(s, toks, i-1) {
			continue
		}
		j := i
		for j < len(toks) && j-i < maxTitleWords && titleWord(toks, j) && spaceOnly(s, toks, j) {
			j++
		}
		if j-i > maxTitleWords || j >= len(toks) || !nameRun(s, toks, j) || !titleHead(toks[j-1]) {
			continue
		}
		if in == nil {
			in = make([]bool, len(toks))
		}
		for k := i; k < j; k++ {
			in[k] = true
		}
		i = j
	}
	return in
}

// titleHeads are the nouns of a role besides titleWords and roleNouns
// that may end a title before a name ("harbour master Ana Vell").
var titleHeads = text.WordSet(`master official
adviser advisor aide analyst editor reporter correspondent journalist columnist producer anchor host
premier envoy negotiator prosecutor investigator researcher scientist curator historian
skipper pilot agent assistant associate partner chairperson`)

// titleHead reports a word that may end a title: a noun of a role, not a
// verb that happens to pass titleWord ("sued", "beat", "quit" in "Ivo
// Marsh sued Calder Ferries").
func titleHead(t token) bool {
	return titleWords[t.low] || roleNouns[t.low] || titleHeads[t.low]
}

// titleWord reports a lower-case content word that may be part of a
// title: not a figure, a verb ("arrested Ivo Marsh") or a word in -s
// ("picks Ivo Marsh"; "press" and "boss" may be).
func titleWord(toks []token, k int) bool {
	t := toks[k]
	if t.capital || t.num || t.lemma == "" || isVerbish(toks, k) || attribution[t.low] {
		return false
	}
	return !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss")
}

// spaceOnly reports whether only spaces part toks[k] from the next token.
func spaceOnly(s string, toks []token, k int) bool {
	return k+1 < len(toks) && strings.TrimLeft(s[toks[k].end:toks[k+1].start], " ") == ""
}

// nameRun reports two capitalised words or more from toks[k], with only
// spaces (or an initial's stop) between them.
func nameRun(s string, toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].capital || !toks[k+1].capital || toks[k].num || toks[k+1].num {
		return false
	}
	gap := strings.TrimLeft(s[toks[k].end:toks[k+1].start], ". ")
	return gap == ""
}
