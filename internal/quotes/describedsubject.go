package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// describedSubjectBefore is the person the sentence right before quotation
// c introduces by a description and no name, for a "he" or "she" after the
// quotation: `A retired sea captain who lives on the quay disagreed.` then
// `"...," he said.` The description opens with "a", "an", "one" or
// "another" (someone new, not a person named before), its head is a word
// for a person of the pronoun's gender, and the sentence, in the quote's
// paragraph (a description speaks on only there), names no one. from is
// where the sentence starts.
func (x *extractor) describedSubjectBefore(c *cand, r ref) (*Speaker, int, bool) {
	from, k, ok := x.pronounSentenceBefore(c, r)
	if !ok {
		return nil, 0, false
	}
	sent := x.toks[from : k-1]
	if len(sent) < 3 || wordCountTokens(sent) > 2*maxLeadInWords {
		return nil, 0, false
	}
	for _, p := range x.names.persons {
		if p.pos >= sent[0].s && p.pos < x.toks[k-1].s {
			return nil, 0, false // a name: the named subject's readers decide
		}
	}
	np := describedOpening(sent)
	if np == nil {
		return nil, 0, false
	}
	if j := len(np); j+2 < len(sent) && sent[j].is(",") && sent[j+2].is(",") && oneWordNameAfter(np, sent[j+1:j+2]) {
		// "Another spectator, Fahrid, was in the crowd": the name the
		// description is given.
		if named := x.analyse(sent[j+1 : j+2]); named.named && named.kind == "person" && named.gender.compatible(r.gender) {
			named.roles = dedupe(append(named.roles, spanText(x.text, dropDeterminer(np))))
			sp := x.speaker(named, sent[j+1].s)
			return &sp, sent[0].s, true
		}
	}
	desc := x.analyse(np)
	if desc.named || desc.kind != "person" && desc.kind != "" || !roleGender(desc.text).compatible(r.gender) {
		return nil, 0, false
	}
	desc.kind = "person"
	sp := x.speaker(desc, np[0].s)
	if sp.Named {
		return nil, 0, false
	}
	return &sp, sent[0].s, true
}

// describedOpening is the description of one person that opens sentence
// ts, "A local fisherman" in "A local fisherman stood up at the back.": an
// indefinite determiner, a few lower-case words and a head word for a
// person, before a verb, a relative pronoun or a comma; nil if none.
func describedOpening(ts []token) []token {
	return describedOpeningWith(ts, false)
}

// describedOpeningWith is describedOpening, for a description opening with
// "the" as well when definite ("The girl, whose name ...").
func describedOpeningWith(ts []token, definite bool) []token {
	if len(ts) < 3 || !introducers[ts[0].low] && !(definite && ts[0].low == "the") {
		return nil
	}
	head := 0
	for k := 1; k < len(ts) && k <= 4; k++ {
		t := ts[k]
		w := t.lower()
		if k > 1 && k+1 < len(ts) && t.word && t.capitalised() && !femaleNames[w] && !maleNames[w] && !ts[k+1].capitalised() {
			continue // "A 17-year-old Kelmford girl": a place before the head
		}
		if !t.word || t.capitalised() || possessive(t.w) || relativeStops[w] || prepositions[w] || auxiliaries[w] || cueVerbs[t.low] {
			break
		}
		if (personWord(w) || strings.HasSuffix(w, "man") && len(w) > 5 && !notManNouns[w]) && !docNouns[w] && !groupNouns[w] {
			// ("fisherman", "chairwoman")
			head = k
		}
	}
	if head == 0 || head+1 >= len(ts) {
		return nil
	}
	next := ts[head+1]
	w := next.lower()
	if next.is(",") || next.word && !next.capitalised() && (relativeStops[w] || auxiliaries[w] || cueVerbs[next.low] || isAdverb(w) || strings.HasSuffix(w, "ed") || pastVerbs[w]) {
		return ts[:head+1]
	}
	return nil
}

// notManNouns end in "man" but are no person.
var notManNouns = text.WordSet("german ottoman talisman")

// introducers open a description of someone the text has not named.
var introducers = text.WordSet("a an one another")

// pastVerbs are common irregular verbs in the past tense, the verb after a
// sentence's subject: "A fisherman stood up".
var pastVerbs = text.WordSet(`stood rose spoke took went came got made put sat saw felt left ran held kept knew
thought wrote gave began fought brought shook`)

// describedLead is the person the article's lead sentence introduces by a
// description and no name, for a "he" or "she" of the first speech it
// reports when no one is named before it: `A 17-year-old Kelmford girl
// who ... has blamed anger.` ¶ `"...," she told a reporter.` The lead is
// the first sentence of the first or second paragraph (a title may come
// first).
func (x *extractor) describedLead(c *cand, r ref, recent []event) (*Speaker, bool) {
	if r.pronoun != "he" && r.pronoun != "she" || len(recent) > 0 || c.att.how != attPost {
		return nil, false
	}
	for _, p := range x.names.persons {
		if p.pos < c.raw.start() {
			return nil, false
		}
	}
	for p := 0; p < 2 && p < len(x.paras) && x.paras[p].End <= c.raw.start(); p++ {
		from := x.tokAt(x.paras[p].Start)
		to := from
		for to < len(x.toks) && x.toks[to].s < x.paras[p].End && !x.toks[to].sentenceEnd() {
			to++
		}
		np := describedOpening(x.toks[from:to])
		if np == nil {
			continue
		}
		desc := x.analyse(np)
		if desc.named || desc.kind != "person" && desc.kind != "" || !roleGender(desc.text).compatible(r.gender) || roleGender(desc.text) == genderUnknown {
			return nil, false
		}
		desc.kind = "person"
		sp := x.speaker(desc, np[0].s)
		if sp.Named {
			return nil, false
		}
		return &sp, true
	}
	return nil, false
}
