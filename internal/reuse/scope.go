package reuse

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// creditScope is the text a credit vouches for, in bytes: the whole article
// for a dateline, a sign-off or a credit line ("Via X", "This story
// appeared in Saturday's edition of X"); the paragraph holding the credit; and, when
// that paragraph ends with a colon ("From the AP:", "McClatchy elaborated
// on the Justice Department's actions:"), the paragraphs it introduces, up
// to three and up to the next paragraph with a credit of its own.
func creditScope(p *article, c foundCredit) corroborate.Span {
	if c.kind != creditCue || c.whole || len(p.paras) == 0 {
		return corroborate.Span{Start: 0, End: len(p.text)}
	}
	k := 0
	for k+1 < len(p.paras) && p.paras[k+1].Start <= c.Start {
		k++
	}
	sc := p.paras[k]
	if !strings.HasSuffix(strings.TrimSpace(p.text[sc.Start:sc.End]), ":") {
		return sc
	}
	for j := k + 1; j < len(p.paras) && j <= k+3; j++ {
		if hasCreditIn(p, p.paras[j]) {
			break
		}
		sc.End = p.paras[j].End
	}
	return sc
}

// hasCreditIn reports whether sp holds a credit that starts a new
// attribution: a source speaking to an outlet ("told Fox News") inside a
// block quoted from it does not.
func hasCreditIn(p *article, sp corroborate.Span) bool {
	for _, c := range p.credits {
		if !c.sourcing && c.Start >= sp.Start && c.Start < sp.End {
			return true
		}
	}
	return false
}

// scopeHolds reports whether the scope of credit c of p holds one of the
// passages (side a of the passages when onA).
func scopeHolds(p *article, c foundCredit, ps []passage, onA bool) bool {
	return overlapsPassage(p, creditScope(p, c), ps, onA)
}

// overlapsPassage reports whether the bytes sp of p overlap one of the
// passages on p's side (side a of the passages when onA).
func overlapsPassage(p *article, sp corroborate.Span, ps []passage, onA bool) bool {
	for _, q := range ps {
		r := q.side(onA)
		if int(p.toks[r.lo].start) < sp.End && int(p.toks[r.hi-1].end) > sp.Start {
			return true
		}
	}
	return false
}
