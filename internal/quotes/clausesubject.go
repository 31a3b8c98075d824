package quotes

// secondClauseSubject is the person named as the subject of a second
// clause of the sentence right before quotation c, for a "he" or "she"
// after it: `Minister Karl Brenner condemned the attack, and the league's
// Secretary-General, Omar Haddad, sent a letter. "...," he said.` The
// clause opens with ", and" and a name, or a description and the name
// set off by commas, before a lower-case verb; the name must fit the
// pronoun's gender. from is where the clause starts.
func (x *extractor) secondClauseSubject(c *cand, r ref) (*Speaker, int, bool) {
	from, k, ok := x.pronounSentenceBefore(c, r)
	if !ok {
		return nil, 0, false
	}
	var found *Speaker
	at := 0
	for i := from + 1; i+1 < k-1; i++ {
		if !x.toks[i].is(",") || x.toks[i+1].low != "and" {
			continue
		}
		sp, ok := x.clauseSubjectAt(i+2, k-1)
		if !ok {
			continue
		}
		if found != nil && found.Name != sp.Name {
			return nil, 0, false
		}
		found, at = sp, x.toks[i].s
	}
	if found == nil || !found.gender.compatible(r.gender) {
		return nil, 0, false
	}
	return found, at, true
}

// clauseSubjectAt is the person named as the subject of the clause at
// token i (before token end): a name, or a description and the name set
// off by commas ("the league's Secretary-General, Omar Haddad,"), then a
// lower-case word.
func (x *extractor) clauseSubjectAt(i, end int) (*Speaker, bool) {
	j := i
	if !x.toks[j].capitalised() {
		// a description: up to five words, then a comma
		for j < end && j-i < 6 && !x.toks[j].is(",") {
			if x.toks[j].sentenceEnd() || isMarkToken(x.toks[j]) {
				return nil, false
			}
			j++
		}
		if j >= end || !x.toks[j].is(",") {
			return nil, false
		}
		j++
	}
	n := j
	for n < end && (x.toks[n].capitalised() || isInitial(x.toks[n])) {
		n++
	}
	if n == j || n >= end {
		return nil, false
	}
	if n > j && j > i && x.toks[n].is(",") {
		n++ // the appositive's closing comma
	} else if j > i {
		return nil, false
	}
	if next := x.toks[n]; !next.word || next.capitalised() {
		return nil, false
	}
	r := x.analyse(x.toks[j:trimComma(x.toks, j, n)])
	if !r.named || r.kind != "person" || r.pronoun != "" {
		return nil, false
	}
	sp := x.speaker(r, x.toks[j].s)
	if !sp.Named || sp.Kind != "person" {
		return nil, false
	}
	return &sp, true
}

// trimComma is n, or n-1 when token n-1 is a comma.
func trimComma(ts []token, j, n int) int {
	if n > j && ts[n-1].is(",") {
		return n - 1
	}
	return n
}

// pronounSentenceBefore is the sentence right before quotation c, from
// token from to the stop at token k-1, for a "he" or "she" after the
// quotation: in the quote's paragraph, out of any quotation.
func (x *extractor) pronounSentenceBefore(c *cand, r ref) (from, k int, ok bool) {
	if r.pronoun != "he" && r.pronoun != "she" || c.att.how != attPost || len(c.pre) > 0 {
		return 0, 0, false
	}
	k = x.tokAt(c.raw.start())
	if k == 0 || !x.toks[k-1].sentenceEnd() {
		return 0, 0, false
	}
	from = k - 1
	for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		from--
	}
	if x.paraOf(x.toks[from].s) < c.raw.para || x.inQuote(x.toks[from].s) || from > 0 && isMarkToken(x.toks[from-1]) {
		return 0, 0, false
	}
	return from, k, true
}
