package summary

import "github.com/corroborate/corroborate"

// developments are candidates of their own for the article leads that a
// claim's support holds beside its wording and that tell news of their
// own around a clause they share with it. A wire story's follow-ups recap
// the event in their leads ("Police detained the captain of the ferry that
// capsized on Tuesday killing 52 people, ..."), so the follow-up's news is
// aligned with the event's claim and would otherwise never be weighed, or
// would stand in for the event as a wording of its claim. Such a lead
// leaves the claim's wordings and is weighed on its own; it cites the
// articles that hold it word for word.
func (st *story) developments(cands []*candidate, seen map[string]bool) []*candidate {
	var out []*candidate
	for _, c := range cands {
		kept := c.alts[:min(1, len(c.alts))]
		for _, w := range c.alts[len(kept):] {
			a := st.arts[w.span.Article]
			if seen[w.text] || a == nil || st.leadWeight(a, w.span.Start, true) != 1 {
				kept = append(kept, w)
				continue
			}
			if vec, _ := st.v.vector(w.text); novelty(vec, c.vec) < devNovel {
				kept = append(kept, w)
				continue
			}
			seen[w.text] = true
			cl := corroborate.Claim{Text: w.text, Support: []corroborate.ClaimSupport{w.span}, Origins: 1}
			if d := st.candidateFor(&cl); d != nil {
				d.develops = c
				out = append(out, d)
			}
		}
		c.alts = kept
	}
	return out
}

// devNovel is the share of what a lead says (its words weighed by rarity)
// that the claim it is aligned with must not say for the lead to tell news
// of its own; and the share each of a development and its claim must say
// that the other does not for both to be in a summary.
const devNovel = 0.5

// novelty is the share of vec's weight on words other does not say.
func novelty(vec, other map[string]float64) float64 {
	all, out := 0.0, 0.0
	for w, x := range vec {
		all += x
		if _, ok := other[w]; !ok {
			out += x
		}
	}
	if all == 0 {
		return 0
	}
	return out / all
}

// related reports whether one of a and b is a development of the other's
// claim, or both of one claim.
func related(a, b *candidate) bool {
	return a.develops != nil && (a.develops == b || a.develops == b.develops) || b.develops != nil && b.develops == a
}
