package quotes

// describedInParagraph is the one person the pronoun's own paragraph
// introduces, before the pronoun, by an indefinite description with a
// relative clause and no name: `The Courier spoke to one mother, who knew
// her son ... "...," she said.` A speaker named in an earlier paragraph is
// not that "she". It returns nil when the paragraph introduces no such
// person, or two, or the description's gender differs from the pronoun's,
// or names anyone, or speaks of a "he" or "she" before the pronoun, or
// when no sentence ends between the description and the pronoun.
func (x *extractor) describedInParagraph(r ref) *Speaker {
	p := x.paras[x.paraOf(r.span.Start)]
	from, to := x.tokAt(p.Start), x.tokAt(r.span.Start)
	found := -1
	var end int
	for i := from; i < to; i++ {
		t := x.toks[i]
		if !t.word || x.inQuote(t.s) || t.low != "one" && t.low != "a" && t.low != "an" {
			continue
		}
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
			if g := roleGender(w.low); !g.compatible(r.gender) {
				break
			}
			if found >= 0 {
				return nil // two people described: no telling which
			}
			found, end = i, j+1
			break
		}
	}
	if found < 0 {
		return nil
	}
	ends := false
	for i := from; i < to; i++ {
		t := x.toks[i]
		if x.inQuote(t.s) {
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
