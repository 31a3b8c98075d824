package claims

import "strings"

// harmNouns map the lemma of a participle of harm to its noun's: one
// who "suffered only minor injuries" was injured, and contradicts "was
// not injured".
var harmNouns = map[string]string{lemma("injured"): lemma("injury"), lemma("wounded"): lemma("wound")}

// harmVerbs take a harm noun as their object: "suffered", "sustained",
// "received" injuries.
var harmVerbs = lemmaSet("suffer sustain receive")

// maxHarmWords bounds the words between a harm verb and its noun ("suffered
// only minor head injuries").
const maxHarmWords = 4

// harmAt is, when toks[i] is the noun of harm a verb of harmVerbs takes
// as its object in one clause ("suffered only minor injuries"), the
// verb's token, else -1.
func harmAt(s string, toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-maxHarmWords; k-- {
		if gapBreaks(s, toks[k].end, toks[k+1].start) || strings.ContainsAny(s[toks[k].end:toks[k+1].start], ",;—–(") {
			return -1
		}
		if harmVerbs[toks[k].lemma] {
			return k
		}
		if toks[k].num || clauseBreak[toks[k].low] || prepositions[toks[k].low] {
			return -1
		}
	}
	return -1
}

// statesHarm reports whether toks[i] states, in other words, the harm a
// copula denial n denies ("was not injured"): a harm verb's noun
// ("suffered minor injuries") said of the same subject. It returns the
// statement's match.
func statesHarm(s string, toks []token, i int, n negation) (match, bool) {
	if n.kind != "be" || len(n.phrase) != 1 || harmNouns[n.phrase[0]] == "" || toks[i].lemma != harmNouns[n.phrase[0]] {
		return match{}, false
	}
	v := harmAt(s, toks, i)
	if v < 0 || negatedAt(s, toks, i) {
		return match{}, false
	}
	subj, at, _ := statedSubject(s, toks, v)
	if subj != n.subj {
		return match{}, false
	}
	from := fromSubject(toks, max(v-2, 0), at)
	if v-at > 3 {
		from = v // a subject far before, past a clause: the value is what was suffered
	}
	return match{from: from, to: i + 1, at: v, subj: at, agent: -1}, true
}
