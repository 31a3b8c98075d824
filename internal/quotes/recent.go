package quotes

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// resolveEvent gives a speech event whose subject is a pronoun the
// speaker it points to; ok is false when it points to no one.
func (x *extractor) resolveEvent(e event, recent []event) (event, bool) {
	if e.pronoun == "" {
		return e, true
	}
	r := ref{pronoun: e.pronoun, gender: e.pgender, span: corroborate.Span{Start: e.pos, End: e.pos}}
	if sp := x.sentenceSubjectOf(r, recent, true); sp != nil {
		// `Brek did not address the budget, but did criticize what he
		// called "..."`: the one the sentence opens with.
		return event{pos: e.pos, sp: *sp}, true
	}
	sp, from := x.antecedent(r, recent)
	if named := x.namedInSentenceBefore(r); named != nil && (sp == nil || from.pos < e.pos-1 && named.Name != sp.Name) {
		// `Press officer Ada Lusk could not confirm it. She noted
		// ...`: the one the sentence before names.
		sp, from = named, event{pos: e.pos, sp: *named}
	} else if named, at, ok := x.namedSince(r, x.paraOf(e.pos), recent, from); ok && sp != nil {
		sp, from = named, event{pos: at, sp: *named}
	}
	if sp == nil {
		return event{}, false
	}
	// A "she said" that points to a description stays a description: a
	// later "he" in another paragraph does not reach it through the pronoun.
	return event{pos: e.pos, sp: *sp, rival: from.rival || x.names.rivalBetween(from.pos, e.pos, sp.Name), described: from.described, one: from.one, the: from.the}, true
}

// namedSince is the one person named in the paragraph of a "he" or "she"
// or the one before when the antecedent e found was heard speaking before
// that: `Press officer Ada Lusk could not confirm it. She noted ...` ¶
// `"...," she said.` is Lusk, not someone quoted paragraphs before.
func (x *extractor) namedSince(r ref, para int, recent []event, e event) (*Speaker, int, bool) {
	if e.sp.Name == "" || e.pos >= x.paras[max(0, para-1)].Start {
		return nil, 0, false
	}
	sp, from := x.onlyPersonBefore(r, para, recent)
	if sp == nil || from <= e.pos || sp.Name == e.sp.Name {
		return nil, 0, false
	}
	at := from // the last time the text names them
	last := x.names.onlyPersonIn(x.paras[max(0, para-1)].Start, r.span.Start)
	for _, p := range x.names.persons {
		if p.pos > at && p.pos < r.span.Start && p.last == last {
			at = p.pos
		}
	}
	start := x.tokAt(at)
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	if !x.titlesOnlyBefore(start, at) && !x.agedOpening(start, x.tokAt(at)) && !x.rolesAfterOpening(start, at) {
		return nil, 0, false // "a man attacked Walter Brenner": not the subject
	}
	return sp, from, true
}

// agedOpening reports whether tokens [from, to) open a sentence with
// titles and an age only: "The 37-year-old", "Former Mayor".
func (x *extractor) agedOpening(from, to int) bool {
	for i, t := range x.toks[from:to] {
		switch {
		case t.capitalised(), i == 0 && isDeterminer(t.low), t.is("-"), t.low == "year" || t.low == "old" || t.low == "years":
		case strings.IndexFunc(t.w, unicode.IsDigit) >= 0:
		default:
			return false
		}
	}
	return true
}

// onlyPersonBefore resolves "he" or "she" that no speech before it explains
// to the one person named in this paragraph or the one before, before the
// pronoun: `Lena Okafor spoke first. She called the ruling "a mistake."`
func (x *extractor) onlyPersonBefore(r ref, para int, recent []event) (*Speaker, int) {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil, 0
	}
	last := x.names.onlyPersonIn(x.paras[max(0, para-1)].Start, r.span.Start)
	if last == "" {
		return nil, 0
	}
	fn, ok := x.names.full(last, r.span.Start, r.gender)
	if !ok || fn.pos >= r.span.Start || !fn.gender.compatible(r.gender) || fn.gender == genderUnknown && !x.genderShown(fn.pos, r.span.Start).compatible(r.gender) {
		return nil, 0
	}
	if n := len(recent); n > 0 && recent[n-1].described && recent[n-1].pos < fn.pos && x.objectOf(recent[n-1].pos, fn.pos) {
		// `an unnamed activist asked Russian President Vladimir Putin to
		// send troops.` ¶ `"...," he said`: the one asked does not speak.
		return nil, 0
	}
	return fn.speaker(), fn.pos
}

// objectOf reports whether the name at byte b is the object of the cue at
// byte a: only its titles stand between them, "asked Russian President
// Vladimir Putin" (not "alleged that Brendt Christensen").
func (x *extractor) objectOf(a, b int) bool {
	i := x.tokAt(a) + 1
	for ; i < len(x.toks) && x.toks[i].s < b; i++ {
		if t := x.toks[i]; !t.capitalised() && !isDeterminer(t.low) {
			return false
		}
	}
	return i < len(x.toks)
}

// nobody reports whether a mention has no speaker to keep a few quoted
// words for: none, a phrase that names no one ("None of the cities"), or
// one that is not a noun phrase ("Brennan as a", "FactDesk rated 32%").
func (x *extractor) nobody(m Mention) bool {
	if m.Speaker == nil {
		return true
	}
	if m.Speaker.Named {
		return false
	}
	// The head of the phrase: an aside after it ("the officer, who had
	// just retired,") says who, not whether, someone is named.
	head, _, aside := strings.Cut(m.SpeakerText, ",")
	words := strings.Fields(strings.ToLower(head))
	for k := 1; k < len(words); k++ {
		if prepositions[words[k]] && personWord(words[k-1]) {
			words = words[:k] // "a top adviser to the governor of ...": an adviser
			break
		}
	}
	if len(words) == 0 || len(words) > 6 || quantifiers[words[0]] {
		return true
	}
	last := words[len(words)-1]
	if aside && !personWord(last) && !groupNouns[last] {
		// "The law, which states ...": a thing with an aside says nothing.
		return true
	}
	if isDeterminer(last) || prepositions[last] || clauseStarts[last] {
		return true
	}
	return strings.ContainsAny(head, "0123456789%")
}

// speechLeftOpen reports whether quotation c, ending with a comma and no
// attribution after it, is speech all the same: a sentence at least
// before the comma ("... and hurt herself,").
func (x *extractor) speechLeftOpen(c *cand) bool {
	return x.endRune(c.raw) == ',' && strings.ContainsAny(x.text[c.raw.start():c.raw.end()], ".?!") && wordCount(x.text[c.raw.start():c.raw.end()]) >= 8
}

// endsSentence reports whether quotation c ends with a full stop, a
// question or an exclamation mark: a quoted subheading does not.
func (x *extractor) endsSentence(c *cand) bool {
	r := x.endRune(c.raw)
	return r == '.' || r == '!' || r == '?'
}

// namedBefore is the speaker named last, when that was in the paragraph
// right before quotation c's, or in c's own paragraph before it, and no one
// else was named after it. A quotation with no closing full stop is a
// subheading, not speech carried on.
func (x *extractor) namedBefore(recent []event, c *cand) (event, bool) {
	if len(recent) == 0 || !x.endsSentence(c) && !x.speechLeftOpen(c) {
		return event{}, false
	}
	for len(recent) > 1 && recent[len(recent)-1].within {
		// `"...," said his friend Ivo Tark, who remembered Tomas
		// claiming he was a sailor. It was not. "..."`: Tomas speaks in
		// a clause of the friend's sentence; the friend speaks on.
		recent = recent[:len(recent)-1]
	}
	e := recent[len(recent)-1]
	from := x.paras[c.raw.para].Start
	if x.startsParagraph(c) {
		from = x.paras[c.raw.para-1].Start
	}
	if e.pos < from || x.names.rivalBetween(x.aboutOther(e, c), c.raw.start(), e.sp.Name) || e.sp.Kind == "person" && x.namedInQuote(c, e.sp.Name) {
		return event{}, false
	}
	if !e.sp.Named && (!e.described || !x.startsParagraph(c) || x.nobody(Mention{Speaker: &e.sp, SpeakerText: e.sp.Name})) {
		// A description speaks on only into a quote paragraph of its own:
		// `An unidentified journalist best describes it.` ¶ `"..."`
		return event{}, false
	}
	return e, true
}

// aboutOther is where rivals to the speaker of event e are looked for
// before quotation c: from the event on, or from the end of its sentence
// when the quotation speaks of someone in the third person ("He feels
// ..."), as of the one the reported clause names: `Voss adds that Ibbot
// will never retire.` then `"He feels he will never stop."`.
func (x *extractor) aboutOther(e event, c *cand) int {
	ts := x.quoteTokens(c)
	for len(ts) > 0 && !ts[0].word {
		ts = ts[1:]
	}
	if len(ts) == 0 || (ts[0].low != "he" && ts[0].low != "she" && ts[0].low != "they") {
		return e.pos
	}
	for k := x.tokAt(e.pos); k < len(x.toks) && x.toks[k].s < c.raw.start(); k++ {
		if x.toks[k].sentenceEnd() {
			return x.toks[k].s
		}
	}
	return e.pos
}

// rolesAfterOpening reports whether the name at byte pos opens the
// clause after an opening phrase that tells where the words were said and
// its comma, maybe after its role in capitals or in title words: `In an
// interview, Carrow Ferry Company chief executive Ivo Lund defended ...`,
// `In a statement, Ivo Lund apologised.` An opening of time ("On Friday,
// Ivo Lund was stabbed") or a name as a possessor ("Ivo Lund's family")
// is not enough.
func (x *extractor) rolesAfterOpening(from, pos int) bool {
	if from >= len(x.toks) || !prepositions[x.toks[from].low] {
		return false
	}
	i, occasion := from, false
	for i < len(x.toks) && x.toks[i].s < pos && !x.toks[i].is(",") {
		occasion = occasion || docNouns[x.toks[i].low] || occasionNouns[x.toks[i].low] || mediaNouns[x.toks[i].low]
		i++
	}
	if !occasion || i >= len(x.toks) || x.toks[i].s >= pos || i-from > 6 {
		return false
	}
	for i++; i < len(x.toks) && x.toks[i].s < pos; i++ {
		if t := x.toks[i]; !t.capitalised() && !(t.word && titles[t.low]) {
			return false
		}
	}
	for ; i < len(x.toks) && x.toks[i].word && x.toks[i].capitalised(); i++ {
		if possessive(x.toks[i].w) {
			return false
		}
	}
	return true
}

// occasionNouns are where words are said, beside documents and media:
// "In an interview,", "At a news conference,".
var occasionNouns = text.WordSet("interview conference briefing rally hearing debate speech address appearance")
