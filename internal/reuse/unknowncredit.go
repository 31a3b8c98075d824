package reuse

// quotesCreditedUnknown reports whether a and b share enough wording
// when the quotations in the sentence where one of them credits an outlet
// for them count as its evidence, the other's outlet being unknown (a text
// read without its page, which may be that outlet's): "'…,' he said,
// according to the Harbor Courier" over the Courier's own text. Only the
// credited sentence's quotations count, not every quotation the two share
// (two reports of one statement did not copy each other), and the credit
// must be the crediting side's own: the other neither credits that outlet
// nor carries the cue (a common source tells no copying). Sourcing cues
// ("told X") credit no text. When they do, it returns the token spans, on
// the crediting side (a when onA), of the passages whose quotations
// counted, and the outlet credited (from).
func quotesCreditedUnknown(a, b *article, ps []passage, opt Options, ix *aliasIndex) (heard []span, from string, onA, ok bool) {
	for _, side := range []struct {
		copy, origin *article
		copyIsA      bool
	}{{a, b, true}, {b, a, false}} {
		q, from := promoteCredited(side.copy, side.origin, ps, side.copyIsA, ix)
		if q == nil || !sharedWording(q, opt, false) {
			continue
		}
		var content int32
		for _, p := range q {
			content += p.content
		}
		if content >= int32(opt.MinEvidence) {
			for i, p := range q {
				if p.quoted < ps[i].quoted {
					heard = append(heard, p.side(side.copyIsA))
				}
			}
			return heard, from, side.copyIsA, true
		}
	}
	return nil, "", false, false
}

// promoteCredited returns a copy of ps in which the passages in the
// sentence of one of copy's own credits count their quoted words as
// narrative (see quotesCreditedUnknown), and the outlet the first such
// credit names; nil when origin's outlet is known or no such credit sits
// in a shared sentence.
func promoteCredited(copy, origin *article, ps []passage, copyIsA bool, ix *aliasIndex) ([]passage, string) {
	if origin.outlet != "" {
		return nil, ""
	}
	var out []passage
	var from string
	for _, c := range copy.credits {
		if c.kind != creditCue || c.sourcing || c.staff || !ownCue(c, origin, ix) {
			continue
		}
		sent, ok := tokenSentence(copy, c.Start)
		if !ok {
			continue
		}
		for i, p := range ps {
			r := p.side(copyIsA)
			in := false
			for t := r.lo; t < r.hi && !in; t++ {
				in = copy.toks[t].sent == sent
			}
			if !in {
				continue
			}
			if out == nil {
				out = append([]passage(nil), ps...)
				from = c.Outlet
			}
			q := &out[i]
			if q.quoted > 0 {
				q.content += q.quoted
				q.quoted = 0
				q.longest, q.runs = q.longestQuoted, q.runsQuoted
			}
		}
	}
	return out, from
}
