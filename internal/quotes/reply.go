package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// replyVerbs give the words of one who answers a question.
var replyVerbs = text.WordSet("replied replies answered answers responded responds retorted retorts countered counters")

// askVerbs put a question to the person named after them: "Dunn asked
// Rask whether ...", "Dunn pressed Rask on the delays".
var askVerbs = text.WordSet("asked asks pressed presses questioned questions quizzed quizzes grilled grills challenged challenges")

// askedBefore is the person a question was put to in the sentence before
// a reply, or earlier in the reply's own sentence: in `Dunn asked harbour
// chief Piet Rask whether the cranes were inspected. "...," he replied.`
// and in `Dunn pressed Rask on it, to which he replied: "..."` the one
// who replies is Rask, not Dunn who asked. ok is false when the cue is no
// reply, the pronoun is not "he" or "she", or no one named was asked.
func (x *extractor) askedBefore(c *cand, r ref) (*Speaker, int, bool) {
	if r.pronoun != "he" && r.pronoun != "she" || !hasReplyVerb(c.att.cue) {
		return nil, 0, false
	}
	end := x.tokAt(r.span.Start)
	if q := x.tokAt(c.raw.start()); q < end {
		end = q // `"...," he replied`: the question is asked before the quote
	}
	from, ends := end, 0
	for from > 0 && x.paraOf(x.toks[from-1].s) >= c.raw.para-1 {
		if x.toks[from-1].sentenceEnd() {
			if ends++; ends == 2 {
				break
			}
		}
		from--
	}
	var best *Speaker
	pos := 0
	for i := from; i < end; i++ {
		if !askVerbs[x.toks[i].low] || x.inQuote(x.toks[i].s) {
			continue
		}
		np := askedNP(x.toks[i+1 : end])
		if i+1 < end && x.toks[i+1].low == "by" {
			// "Asked by Dunn whether ..., Rask said": the subject after
			// the participle's clause was asked.
			np = nil
			if i == 0 || x.toks[i-1].sentenceEnd() || x.lineBetween(i-1, i) {
				np = askedNP(afterComma(x.toks[i+1 : end]))
			}
		}
		if len(np) == 0 {
			continue
		}
		a := x.analyse(np)
		if !a.ok() || a.kind != "person" || !a.named || a.pronoun != "" {
			continue
		}
		sp := x.speaker(a, np[0].s)
		if sp.Kind == "person" && sp.Named && sp.gender.compatible(r.gender) {
			best, pos = &sp, np[0].s
		}
	}
	return best, pos, best != nil
}

// askedNP is the name a question is put to at the start of ts: up to three
// lower-case words of a role, then a capitalised name ("harbour chief Piet
// Rask"). It is nil when ts does not open with one, or the name is a
// possessor ("Rask's aide").
func askedNP(ts []token) []token {
	k := 0
	for k < len(ts) && k < 3 && ts[k].word && !ts[k].capitalised() && !prepositions[ts[k].low] && !clauseStarts[ts[k].low] && !questionWords[ts[k].low] && !pronouns[ts[k].low] {
		k++
	}
	n := k
	for n < len(ts) && (ts[n].capitalised() || isInitial(ts[n])) {
		n++
		if possessive(ts[n-1].low) {
			return nil
		}
	}
	if n == k {
		return nil
	}
	return ts[:n]
}

// afterComma is what follows the first comma of ts in its sentence, or
// nil.
func afterComma(ts []token) []token {
	for k, t := range ts {
		if t.sentenceEnd() {
			return nil
		}
		if t.is(",") {
			return ts[k+1:]
		}
	}
	return nil
}

// questionWords open what was asked: "asked whether", "asked why".
var questionWords = text.WordSet("whether what why how who when where which")

func hasReplyVerb(cue []token) bool {
	for _, t := range cue {
		if replyVerbs[t.low] {
			return true
		}
	}
	return false
}

// cueObjectNames reports whether the words right after the cue of c name
// the person called name, titles aside: in `He told Vell that "..."` Vell
// is told, and "he" is someone else.
func (x *extractor) cueObjectNames(c *cand, name string) bool {
	if len(c.att.cue) == 0 || len(c.att.np) == 0 || c.att.np[0].s > c.att.cue[0].s {
		return false
	}
	k := x.tokAt(c.att.cue[len(c.att.cue)-1].e)
	for n := 0; k < len(x.toks) && n < 3 && x.toks[k].word && titles[x.toks[k].lower()]; n++ {
		k++
	}
	if k >= len(x.toks) || !x.toks[k].capitalised() || x.inQuote(x.toks[k].s) {
		return false
	}
	return slices.Contains(personNameWords(name), strings.ToLower(stripPossessive(x.toks[k].w))) && !possessive(x.toks[k].low)
}
