package summary

import "github.com/corroborate/corroborate"

// unheldLeads are candidates of their own for the articles' opening
// sentences (the first unheldSpan, page furniture aside: furnitureFirst)
// that no claim of all holds. The claims stage words a claim by each article's earliest
// sentence of it, so a lead aligned with a line above it in its own
// article (a standfirst that tells it in short: "Ferry fares to rise by a
// third") is held by no claim, the line being that article's sentence of
// the claim; in a story of one article its news would never be weighed.
// Each cites its own article; one whose text is seen already is not
// weighed again.
func (st *story) unheldLeads(d *corroborate.Dossier, all []*corroborate.Claim, seen map[string]bool) []*candidate {
	held := map[string][]corroborate.ClaimSupport{}
	for _, c := range all {
		for _, s := range c.Support {
			held[s.Article] = append(held[s.Article], s)
		}
	}
	var out []*candidate
	for i := range d.Articles {
		a := &d.Articles[i]
		n := st.furnitureFirst(a)
		for _, sp := range a.Sentences[min(n, len(a.Sentences)):min(n+unheldSpan, len(a.Sentences))] {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End || overlaps(held[a.ID], sp) {
				continue
			}
			cl := corroborate.Claim{Text: a.Text[sp.Start:sp.End], Support: []corroborate.ClaimSupport{{Article: a.ID, Start: sp.Start, End: sp.End}}, Origins: 1}
			if c := st.candidateFor(&cl); c != nil && !seen[c.text] {
				seen[c.text] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// overlaps reports whether one of ss overlaps sp.
func overlaps(ss []corroborate.ClaimSupport, sp corroborate.Span) bool {
	for _, s := range ss {
		if s.Start < sp.End && sp.Start < s.End {
			return true
		}
	}
	return false
}

// unheldSpan is how many of an article's first sentences unheldLeads
// reads: a standfirst of a sentence or two, then the lead.
const unheldSpan = 3
