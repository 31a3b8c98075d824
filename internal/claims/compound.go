package claims

import "github.com/corroborate/corroborate/internal/text"

// A statement of two parties ("Lenovo and BlackBerry said they do not
// comment on rumours") is not stated by a sentence of one of them ("A
// BlackBerry spokesperson said the company does not comment on
// rumours"): the other party may have said nothing, or the opposite.
// A sentence of one party therefore never aligns with one of two, nor
// does one naming neither whose subject is a single unnamed party ("The
// company does not comment on rumours"): it speaks for one of them.

// maxNameWords bounds the words of one name in a compound subject.
const maxNameWords = 3

// compoundOf reads a sentence opening with two names joined by "and"
// before its verb ("Lenovo and BlackBerry said ..."), and returns the
// tokens of the names' last words; zeros when it opens otherwise.
func compoundOf(toks []token) [2]uint16 {
	var pair [2]uint16
	k := 0
	for n := 0; n < 2; n++ {
		start := k
		for k < len(toks) && k-start < maxNameWords && toks[k].capital && toks[k].lemma != "" && !toks[k].num {
			k++
		}
		if k == start {
			return [2]uint16{}
		}
		pair[n] = uint16(min(k-1, 1<<16-1))
		if n == 0 {
			if k >= len(toks) || toks[k].low != "and" {
				return [2]uint16{}
			}
			k++
		}
	}
	if k >= len(toks) || toks[k].capital || !opensPredicate(toks, k) {
		return [2]uint16{}
	}
	if int(pair[1]) != k-1 {
		return [2]uint16{} // a sentence too long to hold the tokens' places
	}
	return pair
}

// maxSubjectNameWords bounds the words read for a sentence's subject's
// names.
const maxSubjectNameWords = 8

// namesOnlyOne reports whether the subject of sentence b, the words
// before its first verb, names one of the two names of pair (lemmas)
// and not the other.
func namesOnlyOne(pair [2]string, b *unit) bool {
	has := [2]bool{}
	for k, t := range b.toks {
		if k >= maxSubjectNameWords || !t.capital && opensPredicate(b.toks, k) {
			break
		}
		for n := range pair {
			if t.lemma == pair[n] { // "Defence and Interior ministries" names the ministries too
				has[n] = true
			}
		}
	}
	return has[0] != has[1]
}

// opensPredicate reports whether token k is where a subject ends: a verb,
// a verb of saying, an auxiliary or a form of "be".
func opensPredicate(toks []token, k int) bool {
	w := toks[k].low
	return isVerbish(toks, k) || saying[w] || auxForms[w] || beForms[w]
}

// splitsCompound reports two sentences of which one opens with two names
// as its subject and the other's subject names one of them only, or is
// one unnamed party.
func splitsCompound(a, b *unit) bool {
	return speaksForOne(a, b) || speaksForOne(b, a)
}

// speaksForOne reports whether a opens with two names as its subject and
// b's subject names one of them only or is one unnamed party.
func speaksForOne(a, b *unit) bool {
	if a.pair[1] == 0 {
		return false
	}
	pair := [2]string{a.toks[a.pair[0]].lemma, a.toks[a.pair[1]].lemma}
	return namesOnlyOne(pair, b) || oneUnnamed(pair, b)
}

// The subjects that speak for one unnamed party: a singular pronoun, or a
// determiner and a singular party noun ("the company", "its spokesman").
// "The two companies" and "both" are not.
var (
	partyPronouns = text.WordSet("he she it")
	partyDets     = text.WordSet("the its his her a an")
	partyNouns    = text.WordSet(`company firm group spokesman spokeswoman spokesperson
government ministry agency bank`)
)

// oneUnnamed reports whether sentence b names neither name of pair
// (lemmas) and its subject, the words before its first verb, is one
// unnamed party (partyPronouns, partyDets and partyNouns).
func oneUnnamed(pair [2]string, b *unit) bool {
	for _, t := range b.toks {
		if t.lemma == pair[0] || t.lemma == pair[1] {
			return false
		}
	}
	n := 0
	for n < len(b.toks) && n < 3 && !opensPredicate(b.toks, n) {
		n++
	}
	switch {
	case n == 1:
		return partyPronouns[b.toks[0].low]
	case n == 2:
		return partyDets[b.toks[0].low] && partyNouns[b.toks[1].low]
	}
	return false
}
