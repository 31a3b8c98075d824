package reuse

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate"
)

// gapEvidence weighs what each side of p holds between its first and last
// shared passage but outside them. A copy is a selection: it leaves out
// sentences of the stretch of the origin it runs through more often than it
// slips sentences of its own into it, so the side with more left-out text
// is taken for the origin. Text in those gaps that the side shares with a
// third article unrelated to the other side is not counted as left out: it
// is the side weaving a second source in, which marks it as the copy.
// third[0] and third[1] mark, on a and on b, the tokens shared with such
// third articles (nil when none).
func gapEvidence(p *pair, a, b *article, third [2][]bool) {
	add := p.weigher(rankHint)
	ga, wa, ra := p.gapsOn(true, third[0], a.toks)
	gb, wb, rb := p.gapsOn(false, third[1], b.toks)
	// A credit one side adds between the passages is no text the other
	// left out ("…, according to a new X report, …").
	ga, gb = max(0, ga-p.cueGap[0]), max(0, gb-p.cueGap[1])
	for _, s := range []struct {
		weave int32
		w     *article
		sign  float64
	}{{wa, a, -1}, {wb, b, 1}} {
		if s.weave >= 8 {
			add(s.sign*wWeave, "%s weaves %d words shared with another article between the passages", s.w.id, s.weave)
		}
	}
	region := max(ra, rb)
	if region == 0 {
		return
	}
	d := float64(ga-gb) / float64(region)
	if d > 0.05 || d < -0.05 {
		w, n, m, o := a, ga, gb, b
		if d < 0 {
			w, n, m, o = b, gb, ga, a
		}
		add(clamp(10*d, wGaps), "%s holds %d words between the shared passages that %s leaves out (%d the other way)", w.id, n, o.id, m)
	}
}

// gapsOn counts, on side a (onA) or b, the tokens between the first and
// last passage that no passage covers: those not in third (own) and those
// in third (woven), and the length of the stretch. toks are that side's
// tokens: those that are no text another article could have left out
// count in neither, the words of web addresses (a page's leftover feed and
// player links) and page furniture (share buttons, a newsletter prompt,
// which the other page may well carry elsewhere).
func (p *pair) gapsOn(onA bool, third []bool, toks []token) (own, woven, region int32) {
	if len(p.passages) == 0 {
		return 0, 0, 0
	}
	lo, hi := int32(1<<30), int32(0)
	for _, q := range p.passages {
		s := q.side(onA)
		lo, hi = min(lo, s.lo), max(hi, s.hi)
	}
	in := make([]bool, hi-lo)
	for _, q := range p.passages {
		s := q.side(onA)
		for i := s.lo; i < s.hi; i++ {
			in[i-lo] = true
		}
	}
	for i, c := range in {
		switch {
		case c:
		case toks[lo+int32(i)].flags&(fNoise|fLink) != 0:
		case third != nil && third[lo+int32(i)]:
			woven++
		default:
			own++
		}
	}
	return own, woven, hi - lo
}

// reURL matches a web address written out in a text.
var reURL = regexp.MustCompile(`(?:https?://|www\.)\S+`)

// webAddresses returns the byte spans of the web addresses written out in
// s. Every match holds "://" or "www.": most texts are spared the regexp.
func webAddresses(s string) []corroborate.Span {
	if !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return nil
	}
	locs := reURL.FindAllStringIndex(s, -1)
	out := make([]corroborate.Span, len(locs))
	for i, l := range locs {
		out[i] = corroborate.Span{Start: l[0], End: l[1]}
	}
	return out
}

// textTokens counts the tokens of s that are not page furniture (fNoise).
func (p *article) textTokens(s span) int32 {
	n := s.hi - s.lo
	for i := s.lo; i < s.hi; i++ {
		if p.toks[i].flags&fNoise != 0 {
			n--
		}
	}
	return n
}
