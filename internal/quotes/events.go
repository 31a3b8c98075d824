package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// event is a named speaker at a position: a quote's attribution or
// reported speech ("Ian Royce said his officers ...").
type event struct {
	pos   int
	sp    Speaker
	rival bool // the speaker came from a pronoun with another person named in between
	// described: the speaker is a description, "an unidentified
	// journalist", not a name; pronouns do not point to it.
	described bool
	// pronoun: the subject is a pronoun still to resolve ("she said"),
	// of gender pgender.
	pronoun string
	pgender gender
	// one: a description of one person not named, "one former official",
	// "a spokeswoman": a later "he" or "she" may point to it.
	one bool
	// the: a definite description of one person, "the teacher": a "he"
	// or "she" points to it when no one named could be meant.
	the bool
	// within: the speaking is told by a participle in a clause of a
	// sentence that reports someone else speaking before it, `said Ivo
	// Tark, who remembered Tomas claiming ...`.
	within bool
}

// speechEvents lists the reported-speech cues outside quotations whose
// subject is a named person or organisation, in text order.
func (x *extractor) speechEvents(cands []cand) []event {
	var out []event
	qi := 0
	runOn := x.runOnParagraphs()
	for i := range x.toks {
		t := x.toks[i]
		for qi < len(cands) && cands[qi].raw.end() <= t.s {
			qi++
		}
		if qi < len(cands) && cands[qi].raw.start() <= t.s {
			continue
		}
		if runOn != nil && runOn[x.paraOf(t.s)] {
			continue
		}
		n := cueAt(x.toks, i)
		if n == 0 && (t.low == "spoke" || t.low == "speaks" || x.spokenToPress(i)) && i > 0 && !isDeterminer(x.toks[i-1].low) {
			// `Ada Love spoke outside the court.` (or "has spoken to the
			// radio") then her words: someone speaking, though "spoke"
			// introduces no quotation itself.
			n = 1
		}
		progressive := false
		if n == 0 && (t.low == "speaking" || t.low == "talking") && i > 1 && beForms[x.toks[i-1].low] && i+1 < len(x.toks) && x.toks[i+1].low == "out" {
			// `another co-star, Maren Lisle, is speaking out about it.`
			// then her words: someone speaking.
			n, progressive = 1, true
		}
		if n == 0 || deedAt(x.toks, i) {
			continue // "Norvale agreed to buy the line": no one speaking
		}
		if possessedNounCue(x.toks, i) {
			continue // "must rebut Trump's claims": a noun, the claims spoken of
		}
		if isGerund(t) && i > 0 && (x.toks[i-1].is("—") || x.toks[i-1].is("–")) {
			continue // "she read the label — telling her to ...": the label tells, no one speaks
		}
		if i > 0 && !isGerund(t) && beForms[x.toks[i-1].low] {
			continue // "the boys were asked to give an example": asked, not speaking
		}
		if strings.EqualFold(t.w, "according") {
			// "..., according to a statement from Ministry spokesperson
			// Leo Haas." then a quote paragraph: a person named after
			// it speaks; an outlet credited does not.
			if e, ok := x.accordingEvent(i + n); ok {
				out = append(out, e)
			}
			continue
		}
		// The clause before the cue, back to a sentence end or quotation.
		from := i
		for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && i-from < 30 && !x.lineBetween(from-1, from) {
			from--
		}
		if from < i && x.toks[from].low == "as" && i+n < len(x.toks) && x.toks[i+n].is(",") && !isGerund(t) {
			continue // "As the Metro reported, Nash ...": a credit for the sentence, no one's words
		}
		var np []token
		pos := t.s
		if progressive {
			np = subjectBefore(x.toks[from : i-1])
		} else if from < i {
			np = subjectBefore(x.toks[from:i])
		} else if isGerund(t) && t.opener {
			// `Writing in the Law Review, lawyer Jack Penrow raises ...`:
			// the participle opening the sentence is the subject's, after
			// the comma that closes it.
			if np = x.subjectAfterOpening(i); np != nil {
				pos = np[0].s
			}
		}
		var r ref
		if np != nil {
			r = x.analyse(np)
		}
		if from < i && isGerund(t) && !progressive && (!r.named || x.governedName(np)) {
			// "Dunmore's aunt rejects the account, insisting that ...":
			// the participle's subject, not the clause before it.
			if g := subjectOfGerund(x.toks[from:i]); g != nil {
				np = x.withAppositiveName(g)
				r = x.analyse(np)
			}
		}
		if np != nil && !r.named && r.pronoun == "" && from < i && !isGerund(t) {
			if w := x.withAppositiveName(np); len(w) > len(np) && x.tokAt(w[len(w)-1].s) < i {
				// "The Prime Minister, Ada Fenwick, backed the ban
				// ... and called for": the one the appositive names.
				name := w[len(np)+1:]
				if a := x.analyse(name); a.ok() && a.named && a.kind == "person" && a.pronoun == "" {
					a.roles = append(a.roles, spanText(x.text, dropDeterminer(np)))
					np, r = name, a
				}
			}
		}
		if !r.named && !isGerund(t) {
			back := from // past quotation marks: `who calls herself "Lumi Starling" says`
			for back > 0 && i-back < 30 && !x.toks[back-1].sentenceEnd() && !x.lineBetween(back-1, back) {
				back--
			}
			if named := nameGoneBy(x.toks[back:i]); named != nil {
				// `The admittedly "reckless" hairdresser, who goes by the
				// name Lumi Starling, told a radio station`: the one named.
				np, r = named, x.analyse(named)
			}
		}
		if !r.named && i > 0 && x.toks[i-1].is(",") && !isGerund(t) && i+n < len(x.toks) && x.toks[i+n].capitalised() {
			// `..., said Dana Whitfield, the harbour master.`
			if np = npAfter(x.toks[i+n : min(len(x.toks), i+n+30)]); np != nil {
				r = x.analyse(np)
			}
		}
		if !r.ok() || np != nil && joinsTwo(np) {
			continue // "Lena Okafor and Marta Quell spoke": no one person
		}
		if r.pronoun != "" {
			// "She said the bridge would reopen.": resolved in text order,
			// when the speakers before it are known.
			out = append(out, event{pos: pos, pronoun: r.pronoun, pgender: r.gender})
			continue
		}
		if np != nil && x.creditsStatement(out, x.tokAt(np[0].s), i, n) {
			continue
		}
		sp := x.speaker(r, pos)
		within := false
		for k := from; isGerund(t) && !progressive && k < i && (np == nil || x.toks[k].s < np[0].s); k++ {
			if cueAt(x.toks, k) > 0 && !deedAt(x.toks, k) {
				within = true
				break
			}
		}
		if named, ok := x.titleHolder(r, sp, out); ok {
			// "Later the Marovian leader said that ...": the one named.
			out = append(out, event{pos: pos, sp: *named, within: within})
			continue
		}
		if named, ok := x.roleHolder(r, sp, out); ok {
			// "The council leader said ...": the one given that role.
			out = append(out, event{pos: pos, sp: *named, within: within})
			continue
		}
		out = append(out, event{pos: pos, sp: sp, described: !r.named, one: x.onePerson(r), the: x.thePerson(r), within: within})
	}
	return out
}

// runOnParagraphs marks the paragraphs that go on a quotation left open at
// the end of the paragraph before though they do not open with a mark:
// `‘I was part of their lives.` ¶ `In fact, the photo Oliver posted was
// taken on holiday.’` is still the speaker's words, and "Oliver posted"
// in it is no one reported speaking. Nil when there are none.
func (x *extractor) runOnParagraphs() []bool {
	var out []bool
	for k, q := range x.raws {
		p := q.last + 1
		if q.closed || p >= len(x.paras) || k+1 < len(x.raws) && x.raws[k+1].para <= p {
			continue
		}
		body := strings.TrimRightFunc(x.text[x.paras[p].Start:x.paras[p].End], unicode.IsSpace)
		if r, _ := utf8.DecodeLastRuneInString(body); r != '’' && r != '”' && r != '"' && r != '\'' {
			continue
		}
		if out == nil {
			out = make([]bool, len(x.paras))
		}
		out[p] = true
	}
	return out
}

// spokenToPress reports whether toks[i] is "spoken" after "has", "have"
// or "had" and before "to" and a name or the press: "has spoken to the
// BBC's Persian service", "has spoken to reporters". "Police have spoken
// to the family" is the police asking, not speaking.
func (x *extractor) spokenToPress(i int) bool {
	if x.toks[i].low != "spoken" || i == 0 || i+2 >= len(x.toks) || x.toks[i+1].low != "to" {
		return false
	}
	if w := x.toks[i-1].low; w != "has" && w != "have" && w != "had" {
		return false
	}
	o := x.toks[i+2]
	if o.low == "the" && i+3 < len(x.toks) {
		o = x.toks[i+3]
	}
	return o.word && o.capitalised() || pressWords[o.low]
}

// pressWords are the press one speaks to: "has spoken to reporters".
var pressWords = text.WordSet("reporters journalists press media")

// joinsTwo reports whether a subject joins two capitalised names with
// "and": "Lena Okafor and Marta Quell", or a name and a person named
// after a role, "Ivo and former wife Mara".
func joinsTwo(np []token) bool {
	for k := 1; k+1 < len(np); k++ {
		if np[k].low != "and" || !np[k-1].capitalised() {
			continue
		}
		if np[k+1].capitalised() {
			return true
		}
		for j := k + 1; j < len(np) && j <= k+3; j++ {
			if !np[j].word || np[j].capitalised() {
				if np[j].capitalised() && j > k+1 && personWord(np[j-1].low) {
					return true
				}
				break
			}
		}
	}
	return false
}

// accordingEvent reads the person named after "according to" at toks[i:],
// directly or as the author of a document ("a statement from Ministry
// spokesperson Leo Haas").
func (x *extractor) accordingEvent(i int) (event, bool) {
	ts := x.toks[i:min(len(x.toks), i+30)]
	for k := 1; k+1 < len(ts) && k <= 4; k++ {
		if w := ts[k].low; (w == "from" || w == "by") && docNouns[ts[k-1].lower()] {
			ts = ts[k+1:] // the document's author
			break
		}
	}
	np := npAfter(ts)
	for k, t := range np {
		if t.is(",") {
			np = np[:k] // "According to Okonjo, the pair had been dating": no role
			break
		}
	}
	if len(np) == 0 {
		return event{}, false
	}
	r := x.analyse(np)
	if !r.named || r.kind != "person" || r.outlet || r.pronoun != "" || x.cueBeforeAccording(i) {
		return event{}, false
	}
	sp := x.speaker(r, np[0].s)
	if !strings.Contains(sp.Name, " ") && sp.gender == genderUnknown && !r.honorific && len(sp.Roles) == 0 {
		// "According to Harbourwire, a young woman ...": one word the
		// text gives no person's full name, no title and no gender is a
		// site's name as likely as a person's; a later "she" is not it.
		return event{}, false
	}
	return event{pos: np[0].s, sp: sp}, true
}

// cueBeforeAccording reports whether the sentence before "according to"
// (which ends before token i) has a cue of its own: `he told the Sunday
// Lantern, according to Harbour Spy`. The one it names after "according
// to" credits the report; they are not reported speaking.
func (x *extractor) cueBeforeAccording(i int) bool {
	for k := i - 3; k >= 0 && !x.toks[k].sentenceEnd() && !x.lineBetween(k, k+1); k-- {
		if isMarkToken(x.toks[k]) {
			return false
		}
		if x.toks[k].word && !x.toks[k].capitalised() && cueAt(x.toks, k) > 0 {
			return true
		}
	}
	return false
}

// withAppositiveName is np and the name set after it between commas, "One
// activist group, FairWave," for "One activist group": the one it names.
// np is returned alone when no name follows it.
func (x *extractor) withAppositiveName(np []token) []token {
	if len(np) == 0 {
		return np
	}
	k := x.tokAt(np[len(np)-1].e)
	if k+2 >= len(x.toks) || !x.toks[k].is(",") || !x.toks[k+1].capitalised() {
		return np
	}
	m := k + 1
	for m < len(x.toks) && m-k <= 4 && x.toks[m].capitalised() {
		m++
	}
	if m >= len(x.toks) || !x.toks[m].is(",") {
		return np
	}
	return x.toks[x.tokAt(np[0].s):m]
}

// governedName reports whether the phrase np is set right after a
// preposition of place, medium or time ("posted on Twitter Tuesday,
// saying"): the object of the preposition, not a participle's subject.
func (x *extractor) governedName(np []token) bool {
	if len(np) == 0 {
		return false
	}
	k := x.tokAt(np[0].s)
	return k > 0 && x.toks[k-1].word && placePrepositions[x.toks[k-1].low]
}
