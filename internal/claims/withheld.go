package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A sentence that withholds a fact ("Police declined to say whose phone
// the boy used", "It is unclear how the eel got aboard") does not state
// it, and one that states it ("The boy called his mother from a
// neighbour's phone") is no support of the withholding, nor the other way
// round; two that withhold the same thing still say one thing.

var (
	// withholdVerbs, negated or after "declined to" / "refused to", tell
	// a fact held back: "would not say how", "declined to confirm whether".
	withholdVerbs = text.WordSet("say disclose reveal specify confirm explain identify know")
	// withholdLeads make the verb after "to" a refusal.
	withholdLeads = text.WordSet("declined refused declines refuses declining refusing")
	// clauseConjunctions after a comma open a new clause: "declined to say
	// how the fire started, and the terminal remains closed".
	clauseConjunctions = text.WordSet("and or while although though yet so")
	// unknownWords tell a fact not known: "it is unclear how".
	unknownWords = text.WordSet("unclear unknown uncertain")
	// whWords open the clause of what is held back.
	whWords = text.WordSet("who whom whose which what when where why how whether if")
)

// withheldOnly marks, for each of a sentence's features (feats), one found
// only in a clause of what the sentence holds back (see withholdVerbs and
// unknownWords): from the question word to the sentence's end (a stop
// ends the sentence unit; one within it is an abbreviation's, "U.S."), a
// question or exclamation mark, a semicolon, a dash, "but" or a comma and
// a conjunction opening a new clause (clauseConjunctions: ", and the
// terminal remains closed"); nil when there is none.
func withheldOnly(s string, toks []token, figs []figure, feats []int, v *vocab) []bool {
	var in []bool
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].low
		held := unknownWords[w] || w == "known" && k > 0 && toks[k-1].low == "not" ||
			withholdVerbs[w] && (negatedAt(s, toks, k) || k >= 2 && toks[k-1].low == "to" && withholdLeads[toks[k-2].low])
		if !held {
			continue
		}
		j := k + 1
		if j < len(toks) && strings.HasSuffix(toks[j].low, "ly") {
			j++ // "not know exactly how"
		}
		if j >= len(toks) || !whWords[toks[j].low] || strings.ContainsAny(s[toks[k].end:toks[j].start], ".;:!?—–") {
			continue
		}
		if in == nil {
			in = make([]bool, len(toks))
		}
		for ; j < len(toks); j++ {
			in[j] = true
			if j+1 < len(toks) {
				gap := s[toks[j].end:toks[j+1].start]
				if strings.ContainsAny(gap, ";—–!?") || toks[j+1].low == "but" || strings.Contains(gap, ",") && clauseConjunctions[toks[j+1].low] {
					break
				}
			}
		}
	}
	if in == nil {
		return nil
	}
	return onlyIn(toks, figs, feats, v, in)
}

// maxWithheldShare is the most of what two sentences share that may lie
// in what one of them holds back and the other does not (withheldOnly).
const maxWithheldShare = 0.5

// withheldDiffer reports whether more than maxWithheldShare of the weight
// two sentences share (overlap o) lies in a clause one of them holds back
// and the other states.
func withheldDiffer(o overlap) bool {
	return o.held > maxWithheldShare*o.all
}
