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
// is the side weaving a second source in, which marks it as the copy. A
// copy leaves out a sentence here and a paragraph there; a side that puts
// a block of several paragraphs of its own above most of the text it
// shares is a follow-up or an update (followUp), and that block counts
// for the other side as the origin, not as text the other left out; a
// copy that cut that block has the same shape, so alone the point leaves
// the direction unsure (point.followUp). An
// update that adds its news between the earlier text's paragraphs and
// rewrites some of it holds more text between the passages too: when the
// other side holds at least half as much of its own there, the text left
// out is weighed, but alone it leaves the direction unsure (point.leftOut).
// third[0] and third[1] mark, on a and on b, the tokens shared with such
// third articles (nil when none). elsewhere(x, p) marks, on article x,
// the tokens it shares with any article but p's other side, which are no
// follow-up's own news; it is asked only of a side with a long block.
func gapEvidence(p *pair, a, b *article, third [2][]bool, elsewhere func(x int, p *pair) []bool) {
	add := p.weigher(rankHint)
	ga, wa, ra, ba := p.gapsOn(true, third[0], a.toks)
	gb, wb, rb, bb := p.gapsOn(false, third[1], b.toks)
	// One side that keeps the other's text below a block of its own, the
	// other having none, is a follow-up: it leads with its news and keeps
	// the earlier text as background. The block is no text the other left
	// out.
	if ba.n >= minFollowUp {
		ba.n = ba.news(a.toks, third[0], elsewhere(p.a, p))
	}
	if bb.n >= minFollowUp {
		bb.n = bb.news(b.toks, third[1], elsewhere(p.b, p))
	}
	// A trimmed copy leaves the origin in the same shape (lead, block,
	// rest): alone, the point leaves the direction unsure (point.followUp).
	fa, fb := p.followUp(true, ba), p.followUp(false, bb)
	switch {
	case fa && !fb:
		ga -= ba.n
		add(-wGaps, "%s keeps %s's text below %d words of its own, as a follow-up does", a.id, b.id, ba.n)
		p.points[len(p.points)-1].followUp = true
	case fb && !fa:
		gb -= bb.n
		add(wGaps, "%s keeps %s's text below %d words of its own, as a follow-up does", b.id, a.id, bb.n)
		p.points[len(p.points)-1].followUp = true
	}
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
		// Each side holding text of its own between the passages, the
		// shorter at least half as much, is two versions that each added
		// and cut (a report and its update): more text left out is then
		// no sign of the origin on its own.
		p.points[len(p.points)-1].leftOut = 2*m >= n
	}
}

// gapsOn counts, on side a (onA) or b, the tokens between the first and
// last passage that no passage covers: those not in third (own) and those
// in third (woven), and the length of the stretch. toks are that side's
// tokens: those that are no text another article could have left out
// count in neither, the words of web addresses (a page's leftover feed and
// player links) and page furniture (share buttons, a newsletter prompt,
// which the other page may well carry elsewhere). big is the gap between
// two passages that holds the most own tokens (see followUp).
func (p *pair) gapsOn(onA bool, third []bool, toks []token) (own, woven, region int32, big block) {
	if len(p.passages) == 0 {
		return 0, 0, 0, big
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
	var run int32 // own tokens since the last passage, which ended at gap
	gap := lo
	for i, c := range in {
		switch {
		case c:
			if run > big.n {
				big = block{n: run, lo: gap, end: lo + int32(i)}
			}
			run, gap = 0, lo+int32(i)+1
		case toks[lo+int32(i)].flags&(fNoise|fLink) != 0:
		case third != nil && third[lo+int32(i)]:
			woven++
		default:
			own++
			run++
		}
	}
	return own, woven, hi - lo, big
}

// block is the gap between two passages that holds the most of a side's
// own words: n of them in tokens lo to end, where the next passage starts.
type block struct{ n, lo, end int32 }

// news counts the own words of b (not furniture, not in third) that are
// in no other article either (not in elsewhere, when given): the side's
// new reporting.
func (b block) news(toks []token, third, elsewhere []bool) int32 {
	var n int32
	for i := b.lo; i < b.end; i++ {
		if toks[i].flags&(fNoise|fLink) == 0 && (third == nil || !third[i]) && (elsewhere == nil || !elsewhere[i]) {
			n++
		}
	}
	return n
}

// minFollowUp is the fewest words of its own a side must put between its
// first shared passage and the rest for it to read as a follow-up
// (followUp): several paragraphs, more than a copy slips in. A trimmed
// copy may cut as much below the lead (the origin then holds the block):
// real follow-ups hold blocks of no more news than that (FNC s141, 194
// words; s249, 203), so the length cannot tell them apart, and the point
// alone leaves the direction unsure instead.
const minFollowUp = 150

// followUp reports whether side a (onA) or b of p holds, in b, a follow-up's
// shape: a block of at least minFollowUp words of its own, with at least
// three quarters of the words it shares with the other below it.
func (p *pair) followUp(onA bool, b block) bool {
	if b.n < minFollowUp {
		return false
	}
	var above, below int32
	for _, q := range p.passages {
		s := q.side(onA)
		if s.lo >= b.end {
			below += s.hi - s.lo
		} else {
			above += s.hi - s.lo
		}
	}
	return 4*below >= 3*(above+below)
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
