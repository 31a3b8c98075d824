package quotes

// describedInParagraph is the one person the pronoun's own paragraph
// introduces, before the pronoun, as a source the writer reached (after
// "spoke to", "talked with", "interviewed", "met", "heard from") by an
// indefinite description with a relative clause and no name, the only
// person the paragraph so describes: `The Courier spoke to one mother, who knew
// her son ... "...," she said.` A speaker named in an earlier paragraph is
// not that "she". It returns nil when the paragraph introduces no such
// person, or two, or the description's gender differs from the pronoun's,
// or names anyone, or speaks of a "he" or "she" before the pronoun, or
// when no sentence ends between the description and the pronoun, or when
// the quotation speaks of someone of that gender ("She was very weak").
func (x *extractor) describedInParagraph(r ref) *Speaker {
	p := x.paras[x.paraOf(r.span.Start)]
	from, to := x.tokAt(p.Start), x.tokAt(r.span.Start)
	found, end, other := -1, 0, false
	for i := from; i < to; i++ {
		t := x.toks[i]
		if !t.word || x.inQuote(t.s) || t.low != "one" && t.low != "a" && t.low != "an" {
			continue
		}
		contact := x.contactBefore(i, from)
		for j := i + 1; j < to && j <= i+3; j++ {
			w := x.toks[j]
			if !w.word || w.capitalised() || prepositions[w.low] {
				break
			}
			if !namedPersonWord(w.low) {
				continue
			}
			k := j + 1
			if k < to && x.toks[k].is(",") {
				k++
			}
			if k >= to || x.toks[k].low != "who" {
				break
			}
			if found >= 0 || other {
				return nil // two people described: no telling which
			}
			if g := roleGender(w.low); !contact || !g.compatible(r.gender) {
				other = true // described, but not as the one reached, or of the other gender
				break
			}
			found, end = i, j+1
			break
		}
	}
	if found < 0 || other {
		return nil
	}
	ends := false
	for i := from; i < to; i++ {
		t := x.toks[i]
		if x.inQuote(t.s) {
			if i >= end && sameGenderPronoun(t.low, r.pronoun) {
				return nil // `"She was very weak," she said`: the words are about her
			}
			continue
		}
		if t.low == "he" || t.low == "she" {
			return nil // "He met a resident who ...": the one who met may be the "he"
		}
		ends = ends || i >= end && t.sentenceEnd()
	}
	if !ends {
		return nil // "Asked by a reporter who ..., he said": the same sentence's subject
	}
	for _, pn := range x.names.persons {
		if pn.pos >= p.Start && pn.pos < r.span.Start {
			if k := x.tokAt(pn.pos); k > 0 && (x.toks[k-1].w == "a" || x.toks[k-1].w == "an") {
				continue // "posing as a Salt Marsh Track": a kind of thing, no one named
			}
			return nil // someone is named in the paragraph too
		}
	}
	d := analyse(x.text, x.toks[found:end])
	if d.kind != "person" {
		return nil
	}
	sp := x.speaker(d, x.toks[found].s)
	return &sp
}

// contactVerbs tell of the writer or an outlet reaching a source: the one
// reached, described, is the one who speaks next ("spoke to one mother,
// who ..."). People looked for, jailed, hired or treated are spoken about.
var contactVerbs = map[string]string{
	"spoke": "to", "speaks": "to", "talked": "to", "talks": "to", "interviewed": "", "met": "", "meets": "", "heard": "from",
}

// contactBefore reports whether the description opening at toks[i] is
// the object of a verb of contact: "spoke to one mother", "talked with a
// farmer", "interviewed a nurse".
func (x *extractor) contactBefore(i, from int) bool {
	j := i - 1
	if j < from {
		return false
	}
	if w := x.toks[j].low; w == "to" || w == "with" || w == "from" {
		j--
	}
	if j < from || !x.toks[j].word {
		return false
	}
	prep, ok := contactVerbs[x.toks[j].low]
	if !ok {
		return false
	}
	if prep == "" {
		return j == i-1
	}
	w := x.toks[i-1].low
	return w == prep || prep == "to" && w == "with"
}

// sameGenderPronoun reports whether w is a third-person pronoun of the
// gender of p ("he" or "she").
func sameGenderPronoun(w, p string) bool {
	switch p {
	case "he":
		return w == "he" || w == "him" || w == "his" || w == "himself"
	case "she":
		return w == "she" || w == "her" || w == "hers" || w == "herself"
	}
	return false
}
