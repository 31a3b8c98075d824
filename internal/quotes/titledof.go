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
	a := x.analyse(x.toks[i+1 : j])
	if !a.ok() || !a.named || a.kind != "person" && a.kind != "organization" {
		return nil, false
	}
	sp := x.speaker(a, x.toks[i+1].s)
	return &sp, true
}
