package quotes

import "strings"

// titledOf is the person a bare title names through the "of" or "for"
// phrase after it: a subject read only as far as "Secretary" in
// `Secretary of State Ivo Marsh issued a statement, calling ...` is Ivo
// Marsh, with the whole title as a role.
func (x *extractor) titledOf(r ref) (*Speaker, bool) {
	if r.named || r.pronoun != "" || strings.Contains(r.name, " ") || !titles[strings.ToLower(r.name)] {
		return nil, false
	}
	i := x.tokAt(r.span.End)
	if i >= len(x.toks) || x.toks[i].low != "of" && x.toks[i].low != "for" {
		return nil, false
	}
	j := i + 1
	if j < len(x.toks) && x.toks[j].low == "the" {
		j++
	}
	k := j
	for k < len(x.toks) && k < j+8 && x.toks[k].capitalised() && !x.lineBetween(k-1, k) {
		k++
	}
	if k-j < 2 {
		return nil, false // a title and its field, no name after them
	}
	from, to := x.toks[j+1].s, x.toks[k-1].s
	for _, p := range x.names.persons {
		if p.pos < from || p.pos > to {
			continue
		}
		fn, ok := x.names.full(p.last, p.pos+1, genderUnknown)
		if !ok || fn.pos != p.pos {
			return nil, false
		}
		sp := fn.speaker()
		sp.Roles = []string{strings.TrimSpace(x.text[r.span.Start:p.pos])} // "State" alone is a piece of it
		return sp, true
	}
	return nil, false
}

// documentFrom is the author a document phrase names right after its
// noun: `A Statement from Ivo Marsh, head of Calder Ferries, as of 6pm:`
// is Ivo Marsh's (the noun capitalised in a heading, too).
func (x *extractor) documentFrom(r ref) (*Speaker, bool) {
	if r.pronoun != "" || strings.Contains(r.name, " ") || !docNouns[strings.ToLower(r.name)] {
		return nil, false
	}
	i := x.tokAt(r.span.End)
	if i+1 >= len(x.toks) || x.toks[i].low != "from" && x.toks[i].low != "by" || !x.toks[i+1].capitalised() {
		return nil, false
	}
	j := i + 1
	for j < len(x.toks) && j < i+6 && x.toks[j].capitalised() && !x.lineBetween(j-1, j) {
		j++
	}
	if possessive(x.toks[j-1].w) || j < len(x.toks) && x.toks[j].word && !x.toks[j].capitalised() && !x.lineBetween(j-1, j) {
		// "a statement from Marsh's lawyers", "from Calder Ferries
		// spokeswoman Pia Lund": the name is not the author's whole
		// phrase; no guess.
		return nil, false
	}
	a := x.analyse(x.toks[i+1 : j])
	if !a.ok() || !a.named || a.kind != "person" && a.kind != "organization" {
		return nil, false
	}
	sp := x.speaker(a, x.toks[i+1].s)
	return &sp, true
}

// cueReflexiveGender is the gender a pronoun right after a cue gives its
// subject when the surname is shared by two people the text names in full,
// one of that gender (`Vell described himself as`, `Vell says he is`,
// `Vell said she had`, after Daniel and Ruth Vell); unknown otherwise, so
// that "Holm said he would go" keeps Ada Holm.
func (x *extractor) cueReflexiveGender(name string, cue []token) gender {
	fns := x.names.byLast[strings.ToLower(stripPossessive(name))]
	if len(cue) == 0 || len(fns) < 2 {
		return genderUnknown
	}
	g := x.cueGender(cue)
	if g == genderUnknown {
		g = x.openingPossessive(cue[0].s)
	}
	shared, fits := false, false
	for _, fn := range fns {
		shared = shared || fn.name != fns[0].name
		fits = fits || fn.gender == g
	}
	if !shared || !fits {
		return genderUnknown
	}
	return g
}

// openingPossessive is the gender of the one "his" or "her" before a
// noun in a participle's phrase that opens the cue's sentence, whose
// subject it describes: "Dismissing questions about her record, Holt
// said". An object "her" ("Thanking her for the speech") tells nothing.
func (x *extractor) openingPossessive(pos int) gender {
	k := x.tokAt(pos)
	from := x.sentenceFrom(k)
	if from >= k || !x.toks[from].word || !strings.HasSuffix(x.toks[from].low, "ing") || x.inQuote(x.toks[from].s) {
		return genderUnknown
	}
	g := genderUnknown
	for i := from + 1; i < k && !x.toks[i].is(","); i++ {
		var h gender
		switch x.toks[i].low {
		case "his":
			h = genderMale
		case "her":
			h = genderFemale
		default:
			continue
		}
		if next := x.toks[i+1]; !next.word || next.capitalised() || prepositions[next.low] || isDeterminer(next.low) {
			continue // "Thanking her for the speech, Holt said": her, someone else
		}
		if g != genderUnknown && g != h {
			return genderUnknown
		}
		g = h
	}
	return g
}

// cueGender is the gender of the pronoun right after a cue, "that" aside.
func (x *extractor) cueGender(cue []token) gender {
	i := x.tokAt(cue[len(cue)-1].e)
	if i < len(x.toks) && x.toks[i].low == "that" {
		i++
	}
	if i >= len(x.toks) {
		return genderUnknown
	}
	switch x.toks[i].low {
	case "he", "himself":
		return genderMale
	case "she", "herself":
		return genderFemale
	}
	return genderUnknown
}
