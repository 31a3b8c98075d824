package quotes

import "github.com/corroborate/corroborate/internal/text"

// otherGenderBetween reports whether tokens [from, to) hold a pronoun of
// the gender other than pronoun's ("his" before "she").
func (x *extractor) otherGenderBetween(from, to int, pronoun string) bool {
	other := "she"
	if pronoun == "she" {
		other = "he"
	}
	for _, t := range x.toks[from:to] {
		if t.word && genderPronouns[other][t.low] {
			return true
		}
	}
	return false
}

// genderShown is the gender of the first "he"/"his"/"him" or
// "she"/"her" after the name at pos in its sentence, before until and
// before anyone else is named, or of a "He" or "She" opening the next
// sentence: the text's word for that person.
func (x *extractor) genderShown(pos, until int) gender {
	if g := x.genderInSentence(pos, until); g != genderUnknown {
		return g
	}
	// `Clara Voss said the town would dredge. She said ...`: the next
	// sentence, in the same paragraph, opens on the person it is about.
	i := x.tokAt(pos)
	for i < len(x.toks) && x.toks[i].s < until && !x.toks[i].sentenceEnd() && !isMarkToken(x.toks[i]) {
		i++
	}
	if i+1 >= len(x.toks) || !x.toks[i].sentenceEnd() || x.toks[i+1].s >= until || x.lineBetween(i, i+1) {
		return genderUnknown
	}
	switch x.toks[i+1].w {
	case "He":
		return genderMale
	case "She":
		return genderFemale
	}
	return genderUnknown
}

// genderInSentence is the gender a pronoun shows for the name at byte pos
// in the rest of its sentence, before until and anyone else named.
func (x *extractor) genderInSentence(pos, until int) gender {
	i := x.tokAt(pos)
	for i < len(x.toks) && x.toks[i].capitalised() {
		i++
	}
	for ; i < len(x.toks) && x.toks[i].s < until; i++ {
		t := x.toks[i]
		switch {
		case t.word && genderPronouns["he"][t.low]:
			return genderMale
		case t.word && genderPronouns["she"][t.low]:
			return genderFemale
		case t.sentenceEnd() || isMarkToken(t) || i > 0 && x.lineBetween(i-1, i) || t.low == "that":
			return genderUnknown
		case cueAt(x.toks, i) > 0 && !(i+1 < len(x.toks) && prepositions[x.toks[i+1].low]):
			// "Vell said the suspect ... his": the words reported are
			// about someone else.
			return genderUnknown
		case t.capitalised() && (len(x.names.byLast[t.lower()]) > 0 || len(x.names.byFirst[t.lower()]) > 0):
			return genderUnknown
		}
	}
	return genderUnknown
}

// kinOfSubject reports whether the name at byte pos is given as someone's
// kin or fellow, "his father King Abel", "her husband, Tom Reddle": a
// person the sentence names in passing, not its subject.
func (x *extractor) kinOfSubject(pos int) bool {
	j := x.tokAt(pos)
	for i := j - 1; i >= max(0, j-3); i-- {
		t := x.toks[i]
		if t.sentenceEnd() {
			return false
		}
		if t.low == "his" || t.low == "her" || t.low == "their" {
			return i+1 < j && kinWords[x.toks[i+1].low]
		}
	}
	return false
}

// kinWords are the words for a relative or close associate.
var kinWords = text.WordSet("father mother son daughter brother sister husband wife uncle aunt cousin nephew niece grandfather grandmother grandson granddaughter partner fiance fiancee boyfriend girlfriend stepfather stepmother")
