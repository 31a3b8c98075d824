package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// markOpeners marks the words that a sentence opens with a capital but
// that are no name: a sentence adverb ("Ultimately, ..."), a participle
// ("Following his posts, ..."), a speech verb before its subject ("Said
// Orla in a release, ...") or a number ("Two wardens ..."). A word the
// article also writes with a capital inside a sentence, or a known first
// name, stays a name ("Manning said" after "Sgt. Lee Manning"), and so
// does a title ("Acting harbour master").
func markOpeners(text string, toks []token) {
	var cands []int
	for i := range toks {
		if opensSentence(text, toks, i) && (commonOpener(toks[i]) || timeBeforePreposition(toks, i) || nounBeforeInfinitive(toks, i)) && !(i+1 < len(toks) && bodyNames[toks[i].lower()+" "+stripPossessive(toks[i+1].lower())]) && !titleBeforeCue(toks, i) {
			// (not "Downing Street said": a body's name)
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return
	}
	named := map[string]bool{}
	for _, i := range cands {
		named[toks[i].lower()] = false
	}
	for i, t := range toks {
		if _, ok := named[t.lower()]; ok && t.capitalised() && !opensSentence(text, toks, i) {
			named[t.lower()] = true
		}
	}
	for _, i := range cands {
		if !named[toks[i].lower()] {
			toks[i].opener = true
		}
	}
}

// nounBeforeInfinitive reports whether toks[i], a plural noun and not a
// known first name, is followed by "to" and a verb or by "of" and a
// lower-case word: "Efforts to liken ...", "Plans to build ...", "Signs of
// momentum ...": a noun phrase about a thing, not a name.
func nounBeforeInfinitive(toks []token, i int) bool {
	if i+2 < len(toks) && toks[i+1].low == "of" && people(toks[i].lower()) {
		return false // "Relatives of passengers said": people speaking
	}
	if i+2 >= len(toks) || toks[i+1].low != "to" && toks[i+1].low != "of" || !toks[i+2].word || toks[i+2].capitalised() || isDeterminer(toks[i+2].low) {
		return false
	}
	w := toks[i].lower()
	plural := len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	return plural && toks[i].word && toks[i].capitalised() && !femaleNames[w] && !maleNames[w] && !titles[w]
}

// opensSentence reports whether toks[i] is the first word of a sentence:
// first in the text or its paragraph, after a full stop, question or
// exclamation mark, or after a quotation mark that opens one.
func opensSentence(text string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if isDash(p) && (i == 1 || toks[i-2].sentenceEnd() || strings.ContainsRune(text[toks[i-2].e:p.s], '\n')) {
		return true // "— Speaking of the levy, ...": a dash opening a paragraph or sentence
	}
	return p.sentenceEnd() || strings.ContainsRune(text[p.e:toks[i].s], '\n') || isMarkToken(p) && (i == 1 || toks[i-2].sentenceEnd() || strings.ContainsRune(text[toks[i-2].e:p.s], '\n'))
}

// people reports whether the plural noun w names people: "Relatives",
// "Residents", "Members", "Families".
func people(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return pluralOfPerson(w) || groupNouns[w] || kinWords[one] || familyWords[w] || personNouns[one]
}

// titleBeforeCue reports whether the participle toks[i] opens a title of
// two capitalised words that reports: "Opposing Views reports that"
// (not "Speaking Tuesday, Holm said").
func titleBeforeCue(toks []token, i int) bool {
	return i+2 < len(toks) && strings.HasSuffix(toks[i].low, "ing") && toks[i+1].word && toks[i+1].capitalised() && toks[i+2].word && (toks[i+2].low == "reports" || toks[i+2].low == "reported")
}

// commonOpener reports whether a word with a capital is of a kind that
// opens sentences far more often than it names anyone: an adverb in -ly, a
// participle in -ing, a speech verb or a number.
func commonOpener(t token) bool {
	if !t.word || !t.capitalised() {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t.w); unicode.IsUpper(r) {
		return false // an acronym or a line in capitals
	}
	w := t.lower()
	if femaleNames[w] || maleNames[w] || titles[w] || w == "according" {
		return false
	}
	return cueVerbs[w] || numberWords[w] || plainOpeners[w] || participleOpeners[w] || openers[w] || sentenceAdverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") || len(w) > 5 && strings.HasSuffix(w, "ing")
}

// participleOpeners are past participles that open a sentence's first
// phrase ("Based on two weeks of tests, Carran Rail said ...", "Asked
// about the fares, ...", "Pressed on the delay, ..."): never a name.
var participleOpeners = text.WordSet(`based asked pressed faced compared located reached contacted questioned confronted
interviewed quoted dubbed raised born`)

// plainOpeners are common lower-case words that open sentences with a
// capital: determiners of number, adverbs of time and imperatives to the
// reader ("Each election cycle, ...", "Back in 1999, ...", "Wait, it gets
// better:", "See the results here."). None of them is a name when the
// article writes it with a capital only at a sentence's start.
var plainOpeners = text.WordSet(`each every such these those either neither ever back wait see look consider imagine
remember note take hours likewise`)

// spanOpeners open a phrase of time or place before a preposition:
// "Halfway through the operation, ...", "Moments after the crash, ...".
var spanOpeners = text.WordSet("halfway midway partway shortly moments hours minutes seconds days weeks months years decades")

// timeBeforePreposition reports whether toks[i] is a word of time or
// extent with a capital and a preposition after it: "Halfway through".
func timeBeforePreposition(toks []token, i int) bool {
	return toks[i].word && toks[i].capitalised() && spanOpeners[toks[i].lower()] && i+1 < len(toks) && toks[i+1].word && prepositions[toks[i+1].low]
}

// captionLabel reports whether toks[i] opens a picture caption's label: a
// word or a few, the first capitalised, none a name the text gives
// anyone, before a colon that opens a paragraph and a sentence that goes
// on without quotation marks (`Liar: Hessler was also arrested ...`, `Con
// artist: The woman ...`). A label in capitals is a transcript's turn and a
// name a speaker's (`Lindqvist: We ...`).
func (x *extractor) captionLabel(i int) bool {
	if i >= len(x.toks) || !x.opensParagraph(x.toks[i].s) || isUpperWord(x.toks[i].w) {
		return false
	}
	for j := i; j < len(x.toks) && j < i+4; j++ {
		t := x.toks[j]
		if t.is(":") {
			if j == i || j+1 >= len(x.toks) || x.lineBetween(j, j+1) {
				return false
			}
			next := x.toks[j+1]
			return next.word && next.capitalised()
		}
		if !t.word || j > i && t.capitalised() && !titleSmallWords[t.low] {
			return false // "Ada Holm:" is a name, "Statement:" read elsewhere
		}
		if w := t.lower(); len(x.names.byLast[w]) > 0 || len(x.names.byFirst[w]) > 0 || femaleNames[w] || maleNames[w] || docNouns[w] {
			return false
		}
	}
	return false
}
