package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// subjectParagraph gives quotation c, in the first person and opening a
// paragraph with no attribution, to the person the paragraph before is
// about when that paragraph opens with a "he" or "she", after an opening
// phrase at most, that stands for the person whose name opens the
// paragraph before it: `Ivo Tark, a reporter with Radio Ulby, lay on the
// floor near the stage.` ¶ `During a break in the shooting, he led ten
// people onto the stage.` ¶ `"We were trapped."` (personOfParagraphBefore
// reads the name in the paragraph right before). Both paragraphs hold no
// quotation, name no one else and tell of nothing done to the person
// ("was jailed", "died"); the quotation does not name the person nor speak
// of someone of their gender as "he" or "she", and the pronoun fits their
// gender. A paragraph that reports someone speaking ("she asked the
// engineer whether ...") is read by the rules for speech before this one,
// which leave the reply to no one.
func (x *extractor) subjectParagraph(c *cand) (*Speaker, bool) {
	if c.raw.para < 3 || !x.startsParagraph(c) || len(c.pre) > 0 {
		return nil, false // paragraph 0 is the title
	}
	words := x.text[c.raw.start():c.raw.end()]
	if !firstPersonWords(words) && !pluralFirstPersonWords(words) {
		return nil, false
	}
	ts, ok := x.plainParagraph(c.raw.para - 1)
	if !ok {
		return nil, false
	}
	k := openingPronoun(ts)
	if k < 0 {
		return nil, false
	}
	before, ok := x.plainParagraph(c.raw.para - 2)
	if !ok || sufferedBy(before) || sufferedBy(ts) {
		return nil, false
	}
	first := before
	for j, t := range before {
		if t.sentenceEnd() {
			first = before[:j]
			break
		}
	}
	sp, ok := x.nameOpening(first, ts[len(ts)-1].e)
	if !ok || sp.Kind != "person" || !sp.Named || !sp.gender.compatible(x.analyse(ts[k:k+1]).gender) || x.otherGenderBetween(x.tokAt(before[0].s), x.tokAt(ts[k].s), ts[k].low) {
		return nil, false
	}
	if x.namedInQuote(c, sp.Name) || speaksOfThirdPerson(words, sp.gender) {
		return nil, false
	}
	return sp, true
}

// plainParagraph is the tokens of paragraph p, a paragraph of at most
// four lead-ins' words that ends a sentence and holds no quotation mark.
// One that reports someone speaking ("she asked the engineer whether")
// leaves the quotation after it to the rules for speech before.
func (x *extractor) plainParagraph(p int) ([]token, bool) {
	ts := x.toks[x.tokAt(x.paras[p].Start):x.tokAt(x.paras[p].End)]
	if len(ts) == 0 || wordCountTokens(ts) > 4*maxLeadInWords || !ts[len(ts)-1].sentenceEnd() || slices.ContainsFunc(ts, isMarkToken) {
		return nil, false
	}
	return ts, true
}

// openingPronoun is the index in ts of a "he" or "she" that is the
// subject of ts's first sentence, at its start or right after an opening
// phrase and its comma ("During a break in the shooting, he led"); -1 if
// none.
func openingPronoun(ts []token) int {
	for i, t := range ts {
		if t.sentenceEnd() {
			return -1
		}
		if (t.low == "he" || t.low == "she") && (i == 0 || ts[i-1].is(",")) && i+1 < len(ts) && ts[i+1].word && !ts[i+1].capitalised() {
			return i
		}
		if i > 0 && t.capitalised() {
			return -1 // a name before: the subject is someone else
		}
	}
	return -1
}

// speaksOfThirdPerson reports whether quotation s speaks of someone as
// "he" or "she" who could be a person of gender g: `"I want to know why
// it happened to him"` after `Tomas Vrell was killed` speaks of him.
func speaksOfThirdPerson(s string, g gender) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "he", "him", "his", "himself":
			if g.compatible(genderMale) {
				return true
			}
		case "she", "her", "hers", "herself":
			if g.compatible(genderFemale) {
				return true
			}
		}
	}
	return false
}

// sufferedBy reports whether the first sentence of ts tells of something
// done to its subject or of the subject's death ("was jailed", "was
// killed", "has been charged", "died"), before any clause of its own
// ("sat in the front row as her son was sentenced" tells of the son): the
// words after such a paragraph are seldom the subject's own.
func sufferedBy(ts []token) bool {
	for i, t := range ts {
		if t.sentenceEnd() || subordinators[t.low] {
			return false
		}
		if deathWords[t.low] {
			return true
		}
		if i+1 < len(ts) && beForms[t.low] && ts[i+1].word && !ts[i+1].capitalised() {
			if w := ts[i+1].low; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || sufferedWords[w] {
				return true
			}
		}
	}
	return false
}

// deathWords tell of a death; sufferedWords are participles without the
// usual ending ("was shot").
var (
	deathWords    = text.WordSet("died dies dead death killed drowned")
	sufferedWords = text.WordSet("shot hit hurt struck held sent put found left")
	subordinators = text.WordSet("as when while after before because since that who whom whose which where if though although until")
)
