package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A quotation no rule attributes may still sit in a sentence that tells
// who speaks in a shape the rules do not read: `Here in Ulby, Holm stepped
// up her attacks, saying, "..."`, `"...," an angry Holm retaliated`. The
// scored fallback weighs the names of that sentence (and of the sentence
// before, for a quote that opens its own) and takes one only when it
// clearly beats the others: a wrong speaker is worse than none.

// scoreSubject is a name in subject position, scoreCue one that speech
// verb follows (before the quote) or precedes (after it) with no other
// name between, scoreIntro a sentence whose last word before the quote
// introduces it (":" or ","). A candidate needs scoreTake; the runner-up
// must trail by two.
const (
	scoreSubject = 3
	scoreCue     = 2
	scoreIntro   = 1
	scoreTake    = 4
)

// scoredCand is a name the fallback weighs.
type scoredCand struct {
	r     ref
	score int
	cue   token
}

// scoredSpeaker is the speaker the fallback finds for c, a quotation with
// no attribution, with its phrase and cue; ok is false when no name
// clearly wins.
func (x *extractor) scoredSpeaker(c *cand) (sp Speaker, r ref, cue string, ok bool) {
	q := x.tokAt(c.raw.start())
	if wordCount(x.text[c.raw.start():c.raw.end()]) < 5 || q > 0 && x.toks[q-1].is("(") {
		// A few words are a name or a title as often as speech; words in
		// brackets an example ("from 1 ("Oh, yes") to 6").
		return Speaker{}, ref{}, "", false
	}
	from := x.sentenceStart(q)
	var cs []scoredCand
	if words := x.unquotedWords(from, q); words > 0 {
		cs = x.preCandidates(from, q, true)
	} else if e := x.endRune(c.raw); len(c.post) == 0 && (e == '.' || e == '!' || e == '?') && from > 0 {
		// The quote opens its sentence: its words go on the subject of the
		// sentence just before when that one reports speech ("In a video
		// Monday, Holm speculated that ..." ¶ `"..."`), one point down;
		// not after a sentence that ends in a quote of its own, nor when
		// words follow the quote, nor a quoted line with no stop (a
		// subheading).
		if prev := x.sentenceStart(from - 1); x.unquotedWords(prev, from) == x.wordsIn(prev, from) {
			for _, pc := range x.preCandidates(prev, from, false) {
				pc.score--
				cs = append(cs, pc)
			}
		}
	}
	cs = append(cs, x.postCandidates(c)...)
	best, second := -1, 0
	for i, pc := range cs {
		switch {
		case best < 0 || pc.score > cs[best].score:
			if best >= 0 && cs[best].r.name != pc.r.name {
				second = max(second, cs[best].score)
			}
			best = i
		case pc.r.name != cs[best].r.name:
			second = max(second, pc.score)
		}
	}
	if best < 0 || cs[best].score < scoreTake || cs[best].score-second < 2 {
		return Speaker{}, ref{}, "", false
	}
	b := cs[best]
	return x.speaker(b.r, b.r.span.Start), b.r, b.cue.w, true
}

// sentenceStart is the first token of the sentence holding token i, within
// its line.
func (x *extractor) sentenceStart(i int) int {
	from := i
	for from > 0 && i-from < 60 && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) {
		from--
	}
	return from
}

// unquotedWords counts the words of tokens [from, to) outside quotations.
func (x *extractor) unquotedWords(from, to int) int {
	n := 0
	for _, t := range x.toks[from:to] {
		if t.word && !x.inQuote(t.s) {
			n++
		}
	}
	return n
}

// wordsIn counts the words of tokens [from, to).
func (x *extractor) wordsIn(from, to int) int {
	n := 0
	for _, t := range x.toks[from:to] {
		if t.word {
			n++
		}
	}
	return n
}

// nameRun is the named person or body whose capitalised words start at
// token i, with the index after them; ok is false for anything else (a
// place, an outlet, a document, a pronoun).
func (x *extractor) nameRun(i, to int) (ref, int, bool) {
	j := i
	for j < to && x.toks[j].capitalised() && !x.inQuote(x.toks[j].s) {
		j++
	}
	if j == i || cueAt(x.toks, i) > 0 || prepositions[x.toks[i].low] || functionWords[x.toks[i].low] || subjectLinks[x.toks[i].low] {
		return ref{}, max(j, i+1), false // "According to", "In", "But": no name
	}
	if w := x.toks[i].lower(); j == i+1 && opensSentence(x.text, x.toks, i) && len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 && !isUpperWord(x.toks[i].w) {
		return ref{}, j, false // "Nuclear weapons ...": a capital the sentence gives, no name the text knows
	}
	if possessive(x.toks[j-1].w) {
		return ref{}, j, false // "Obama's promise": a possessor, no speaker
	}
	np := x.toks[i:j]
	if i > 0 && x.toks[i-1].low == "the" {
		np = x.toks[i-1 : j]
	}
	r := x.analyse(np)
	if !r.ok() || !r.named || r.pronoun != "" || r.outlet || r.kind != "person" && r.kind != "organization" {
		return ref{}, j, false
	}
	if i > 0 && isDeterminer(x.toks[i-1].low) && (r.kind == "person" || j == i+1 && !isUpperWord(x.toks[i].w) && j < len(x.toks) && x.toks[j].word && !x.toks[j].capitalised() && cueAt(x.toks, j) == 0) {
		return ref{}, j, false // "the Tark train", "an Ada Holm impersonator": a name qualifying a noun
	}
	return r, j, true
}

// subjectSlot reports whether a name at token i of the sentence opening at
// from stands where a subject does: at the sentence's start, after the
// comma closing an opening phrase, after a linking adverb ("And then
// Holm"), and with no pronoun or speech verb before it (`he supported
// Holm`, `said Holm would`: someone else's sentence).
func (x *extractor) subjectSlot(from, i int) bool {
	for k := from; k < i; k++ {
		t := x.toks[k]
		if x.inQuote(t.s) {
			continue
		}
		if subjectPronouns[t.low] || cueAt(x.toks, k) > 0 || stanceVerbs[t.low] {
			return false
		}
	}
	j := i - 1
	if j >= from && x.toks[j].low == "the" {
		j--
	}
	if j < from {
		return true
	}
	p := x.toks[j]
	return p.is(",") || isDash(p) || subjectLinks[p.low]
}

// subjectLinks may stand between a sentence's opening and its subject.
var subjectLinks = text.WordSet("and but then so yet now here there later finally meanwhile instead also")

// relatives open a clause whose verb is its antecedent's, not the
// sentence subject's.
var relatives = text.WordSet("that which who whom whose")

// listed reports whether the name at token i follows another name and a
// comma or "and", one of a list of subjects: "Matthews, Ivo Tark and Ada
// Holm argued".
func (x *extractor) listed(from, i int) bool {
	k := i - 1
	if k >= from && x.toks[k].low == "the" {
		k--
	}
	if k > from && x.toks[k].low == "and" {
		return x.toks[k-1].capitalised() || possessive(x.toks[k-1].w) // "Tark and Ada Holm"
	}
	if k <= from || !x.toks[k].is(",") {
		return false
	}
	p := k - 1
	if !x.toks[p].capitalised() {
		return false
	}
	for p > from && x.toks[p-1].capitalised() {
		p--
	}
	return p == from || !prepositions[x.toks[p-1].low] // not "In Ulby, Holm said"
}

// preCandidates weighs the names of tokens [from, to), the words of a
// sentence before its quote (intro: the quote follows them at once).
func (x *extractor) preCandidates(from, to int, intro bool) []scoredCand {
	var out []scoredCand
	for i := from; i < to; {
		r, next, ok := x.nameRun(i, to)
		if !ok || !x.subjectSlot(from, i) {
			i = next
			continue
		}
		pc := scoredCand{r: r, score: scoreSubject}
		for k := next; k < to; k++ {
			t := x.toks[k]
			if x.inQuote(t.s) {
				continue
			}
			if _, _, named := x.nameRun(k, to); named && (x.subjectSlot(from, k) || x.toks[k-1].low == "and") {
				break // another subject speaks: "Holm left, and Tark said", "Holm and Tark said"
			}
			if cueAt(x.toks, k) > 0 {
				if !beForms[x.toks[k-1].low] && !relatives[x.toks[k-1].low] {
					// (not "was asked", nor "a headline that said": the
					// headline speaks)
					pc.score += scoreCue
					pc.cue = t
				}
				break
			}
		}
		if last := x.toks[to-1]; intro && (last.is(":") || last.is(",")) {
			pc.score += scoreIntro
		}
		if pc.score >= scoreSubject+scoreCue && !x.listed(from, i) {
			out = append(out, pc)
		}
		i = next
	}
	return out
}

// postCandidates weighs the names after quotation c in its sentence: a
// speech verb then a name (`..., remembered Ivo Tark`, `exhorted Tark's
// aide, actress Ada Holm`), or a name then a speech verb (`..., an angry
// Holm retaliated`, `Ada Holm, 30, of Ulby, who was polled, said`).
func (x *extractor) postCandidates(c *cand) []scoredCand {
	if len(c.post) == 0 {
		return nil
	}
	if e := x.endRune(c.raw); (e == '.' || e == '!' || e == '?') && !(c.post[0].word && !c.post[0].capitalised()) {
		return nil // the quote ends its sentence: what follows is another one
	}
	a := x.tokAt(c.post[0].s)
	b := a + len(c.post)
	cueFirst := -1
	for k := a; k < b && k <= a+1; k++ {
		if cueAt(x.toks, k) > 0 {
			cueFirst = k
			break
		}
	}
	if cueFirst >= 0 {
		for i := cueFirst + 1; i < b && i <= cueFirst+10; {
			r, next, ok := x.nameRun(i, b)
			if ok {
				return []scoredCand{{r: r, score: scoreSubject + scoreCue, cue: x.toks[cueFirst]}}
			}
			if cueAt(x.toks, i) > 0 {
				break
			}
			i = next
		}
		return nil
	}
	if !isDeterminer(x.toks[a].low) && !x.toks[a].capitalised() {
		return nil // "stars an Ada Holm ...": a verb opens the words after
	}
	for i := a; i < b && i <= a+2; {
		r, next, ok := x.nameRun(i, b)
		if !ok {
			if x.toks[i].capitalised() || cueAt(x.toks, i) > 0 {
				return nil // a first name that is no speaker: a place, a work
			}
			i = next
			continue
		}
		for k := next; k < b; k++ {
			if o, _, named := x.nameRun(k, b); named && o.kind == "person" && strings.Contains(o.name, " ") {
				return nil // another person named before the verb
			}
			if cueAt(x.toks, k) > 0 && !beForms[x.toks[k-1].low] {
				return []scoredCand{{r: r, score: scoreSubject + scoreCue, cue: x.toks[k]}}
			}
		}
		return nil
	}
	return nil
}
