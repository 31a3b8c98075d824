package quotes

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// firstPersonSubject is who speaks the words of quotation c, quoted in the
// first person inside a sentence that reports no one speaking, when a "he"
// or "she" that resolves, or a person's name, opens the sentence: `He has
// thrown away the little shoes "which I kept in the car."` is his.
func (x *extractor) firstPersonSubject(c *cand, recent []event) *Speaker {
	k := x.tokAt(c.raw.start())
	from := k
	for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		from--
	}
	if from == k || from > 0 && isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		return nil
	}
	t := x.toks[from]
	if x.otherVoiceBetween(from, k, c) {
		return nil
	}
	if t.low != "he" && t.low != "she" {
		sp, ok := x.nameOpening(x.toks[from:k], c.raw.start())
		if !ok || sp.Kind != "person" {
			return nil
		}
		return sp
	}
	r := ref{text: t.w, pronoun: t.low, kind: "person", span: corroborate.Span{Start: t.s, End: t.e}, gender: genderMale}
	if t.low == "she" {
		r.gender = genderFemale
	}
	if sp, _ := x.antecedent(r, recent); sp != nil {
		return sp
	}
	sp, _ := x.personNamedLast(r)
	return sp
}

// namedAsSubjectOf reports whether the text from byte a up to b names its
// person as one the news befell rather than one who speaks: "The victim
// was Kara Mills, 45", "named as", "died": the words after are more likely
// the family's than theirs.
func (x *extractor) namedAsSubjectOf(a, b int) bool {
	for i := x.tokAt(a); i < len(x.toks) && x.toks[i].s < b; i++ {
		t := x.toks[i]
		if victimWords[t.low] {
			return true
		}
		if (t.low == "was" || t.low == "is") && i+1 < len(x.toks) && x.toks[i+1].capitalised() && x.personAt(x.toks[i+1].s) {
			return true // "The victim was Kara Mills"
		}
	}
	return false
}

// victimWords tell a person the news befell.
var victimWords = text.WordSet(`victim victims died dead killed murdered named identified body injured
death funeral tribute tributes late missing`)

// otherVoiceBetween reports whether the words between a sentence's
// subject at token from and a quotation at token k give the quotation
// another voice: a name after the subject's own ("the meeting with Tom
// Brell"), a person ("a stranger", "his daughter", "her landlord"), "by",
// or a text ("a T-shirt", "a card", "a letter").
//
// A quotation that opens with a relative word describes the thing named
// right before it, so only the words of that phrase count: `thrown away
// photographs of Kate and Oliver and their booties "which I carried ..."`.
func (x *extractor) otherVoiceBetween(from, k int, c *cand) bool {
	i := from + 1
	for i < k && x.toks[i].capitalised() && x.toks[i].word {
		i++ // the subject's own name
	}
	j := k
	for j < len(x.toks) && !x.toks[j].word {
		j++
	}
	if j < len(x.toks) && j < k+3 && c.raw.start() <= x.toks[j].s {
		if w := x.toks[j].low; w == "which" || w == "that" || w == "who" || w == "whom" {
			i = max(i, k-4)
		}
	}
	for ; i < k; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		w := t.low
		if w == "by" || docNouns[strings.TrimSuffix(w, "s")] || pageNouns[w] || writtenThings[w] || relationNouns[w] || len(w) > 4 && personWord(w) && !notPersonWords[w] {
			return true
		}
		if t.capitalised() && x.personAt(t.s) {
			return true
		}
	}
	return false
}

// writtenThings carry words someone wrote or printed on them.
var writtenThings = text.WordSet("card cards t-shirt shirt t-shirts shirts mug banner label plaque")

// notPersonWords end like a word for a person ("-er", "-ent") but are not.
var notPersonWords = text.WordSet(`never after other others over under ever however whether rather later
further number order water paper power weather moment present recent
incident accident event murder letter matter winter summer border disaster corner chapter cancer
center centre quarter shelter river tower computer statement comment document agreement government
department equipment treatment payment parliament element settlement announcement judgment judgement
argument investment management movement development tournament encounter`)

// inQuote reports whether byte pos lies inside a quotation.
func (x *extractor) inQuote(pos int) bool {
	k := sort.Search(len(x.raws), func(i int) bool { return x.raws[i].end() > pos })
	return k < len(x.raws) && x.raws[k].start() <= pos
}

// lineBetween reports whether a line break stands between tokens i and j.
func (x *extractor) lineBetween(i, j int) bool {
	return strings.ContainsRune(x.text[x.toks[i].e:x.toks[j].s], '\n')
}

// lastEventIn is the last of the events from byte from up to to.
func lastEventIn(recent []event, from, to int) (event, bool) {
	for k := len(recent) - 1; k >= 0; k-- {
		if e := recent[k]; e.pos < to {
			return e, e.pos >= from
		}
	}
	return event{}, false
}

// maxLeadInWords is the longest sentence whose subject a quotation right
// after it is given to.
const maxLeadInWords = 12

func wordCountTokens(ts []token) int {
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n
}
