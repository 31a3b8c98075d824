package reuse

import (
	"cmp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// introducedCredit returns a credit of copy, in its own words (not inside
// the text it shares with origin, or there but not in origin's), that
// vouches for the shared text ("Fox News reports:" above a block quote)
// and names an outlet that may be origin's: origin's outlet is unknown. A copy says where it took its text
// from; an origin does not credit anyone for its own reporting. Sourcing
// cues ("told Fox News") are left out: they are how an outlet reports its
// own interviews. The credit must be a credit line, introduce a block or
// sit in a sentence that shares text with origin.
func introducedCredit(copy, origin *article, ps []passage, copyIsA bool, ix *aliasIndex) (foundCredit, bool) {
	if origin.outlet != "" {
		return foundCredit{}, false
	}
	for _, c := range copy.credits {
		if c.kind != creditCue || c.sourcing {
			continue
		}
		if overlapsPassage(copy, corroborate.Span{Start: c.Start, End: c.End}, ps, copyIsA) {
			// A cue inside the shared text was copied with it when the
			// other article gives it too; one only this article gives is
			// its credit for the passage it sits in: "…, according to a
			// new X report based on three sources, …" over the other's
			// "…, according to three sources".
			if !ownCue(c, origin, ix) {
				continue
			}
			return c, true
		}
		// A credit line ("Via X", a closing "- X") vouches for the whole.
		if c.whole || scopeHolds(copy, c, ps, copyIsA) && (introducesBlock(copy, c) || sentenceShared(copy, c, ps, copyIsA, 0) ||
			sentenceShared(copy, c, ps, copyIsA, -1) && sentenceShared(copy, c, ps, copyIsA, 1) && ownCue(c, origin, ix) && sentenceEchoed(copy, origin, c)) {
			return c, true
		}
	}
	return foundCredit{}, false
}

// ownCue reports whether credit c is its article's own, not one it shares
// with other: other neither credits the outlet nor carries the cue's words
// ("The Mail reported" is in both though only one reads it as a credit).
func ownCue(c foundCredit, other *article, ix *aliasIndex) bool {
	if _, both := creditTo(other, c.Outlet, ix); both {
		return false
	}
	return !strings.Contains(other.lower, strings.ToLower(c.Cue))
}

// ownCueWords counts the tokens of p (side a of the passages when onA)
// that belong to a credit cue of p naming an outlet other does not credit
// ("a new X report" in "…, according to a new X report based on three
// sources"): inside the passages, and between the first and the last of
// them outside any.
func ownCueWords(p, other *article, ps []passage, onA bool, ix *aliasIndex) (inside, between int32) {
	if len(ps) == 0 {
		return 0, 0
	}
	lo, hi := int32(1<<30), int32(0)
	for _, q := range ps {
		r := q.side(onA)
		lo, hi = min(lo, r.lo), max(hi, r.hi)
	}
	for _, c := range p.credits {
		if c.kind != creditCue {
			continue
		}
		t, _ := slices.BinarySearchFunc(p.toks, int32(c.Start), func(t token, off int32) int { return cmp.Compare(t.start, off) })
		var in, out int32
		for ; t < len(p.toks) && int(p.toks[t].end) <= c.End; t++ {
			i := int32(t)
			if i < lo || i >= hi {
				continue
			}
			covered := false
			for _, q := range ps {
				r := q.side(onA)
				covered = covered || r.lo <= i && i < r.hi
			}
			if covered {
				in++
			} else {
				out++
			}
		}
		if in+out > 0 && ownCue(c, other, ix) {
			inside += in
			between += out
		}
	}
	return inside, between
}

// introducesBlock reports whether credit c ends a paragraph with a colon,
// vouching for the paragraphs after it ("Fox News reports:").
func introducesBlock(p *article, c foundCredit) bool {
	sc := creditScope(p, c)
	for _, para := range p.paras {
		if para.Start <= c.Start && c.Start < para.End {
			return sc.End > para.End
		}
	}
	return false
}

// sentenceShared reports whether the sentence holding credit c, or the
// one at offset by from it in c's paragraph, overlaps one of the passages
// on p's side. A credit in a sentence the other article does not share
// ("'the reaction was fantastic,' The Independent reports" beside a shared
// letter) vouches for that sentence only; one in a sentence of its own
// between two shared sentences of one paragraph ("…, he told the Sunday
// paper, according to X." amid X's text) vouches for the text around it.
func sentenceShared(p *article, c foundCredit, ps []passage, onA bool, by int32) bool {
	sent, ok := tokenSentence(p, c.Start)
	sent += by
	if !ok || sent < 0 || int(sent) >= len(p.sents) {
		return false
	}
	if by != 0 {
		para, sp := paraOf(p, c.Start), p.sents[sent]
		if sp.lo < 0 || sp.hi <= sp.lo || paraOf(p, int(p.toks[sp.lo].start)) != para || paraOf(p, int(p.toks[sp.hi-1].start)) != para {
			return false
		}
	}
	for _, q := range ps {
		sp := q.side(onA)
		for i := sp.lo; i < sp.hi; i++ {
			if p.toks[i].sent == sent {
				return true
			}
		}
	}
	return false
}

// tokenSentence is the sentence of p's first token ending after byte
// off; ok is false past the last token.
func tokenSentence(p *article, off int) (int32, bool) {
	t, _ := slices.BinarySearchFunc(p.toks, int32(off), func(t token, off int32) int { return cmp.Compare(t.end, off+1) })
	if t >= len(p.toks) {
		return 0, false
	}
	return p.toks[t].sent, true
}

// sentenceEchoed reports whether the words of the sentence holding credit
// c in copy, the cue's aside, are words of origin: at least three, and at
// least half of them (function words and furniture aside). A credit amid
// shared text that retells origin in other words ("It was 'thrilling,' he
// told the Ledger, according to X" over "'…thrilling,' he told the
// Ledger") is the copy's credit for it; one for news the other does not
// give ("an announcement could come tomorrow, according to X") is not.
func sentenceEchoed(copy, origin *article, c foundCredit) bool {
	sent, ok := tokenSentence(copy, c.Start)
	if !ok {
		return false
	}
	sp := copy.sents[sent]
	if sp.hi <= sp.lo {
		return false
	}
	in := make(map[uint64]bool, len(origin.toks))
	for _, o := range origin.toks {
		in[o.hash] = true
	}
	var n, found int
	for _, w := range copy.toks[sp.lo:sp.hi] {
		if w.flags&(fStop|fNoise) != 0 || int(w.end) > c.Start && int(w.start) < c.End {
			continue
		}
		n++
		if in[w.hash] {
			found++
		}
	}
	return found >= 3 && 2*found >= n
}
