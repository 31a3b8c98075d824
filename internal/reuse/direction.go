package reuse

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// Weights of the direction evidence. Publication times and credits decide
// on their own; the rest are hints that add up.
const (
	wTime   = 4.0 // published earlier
	wCredit = 5.0 // the other article credits this one's outlet: outweighs a publication time
	// the other article credits an outlet, maybe this one's, for the text:
	// outweighs the hints an agency's copy carries together (agency text,
	// own dateline, a longer wording)
	wIntroduced = 4.5
	// the other article quotes this one's words as a speaker's (quotedOrigin)
	wQuoted   = 4.5
	wWire     = 1.0 // a news agency's text
	wSelfMark = 1.0 // its own dateline or sign-off
	wLonger   = 2.0 // the longer version of the shared passages (at most)
	wGaps     = 2.0 // more text left out between the shared passages (at most)
	wWeave    = 1.5 // the other article weaves a third article's text between them
	// the other article carries a republication notice naming a third
	// outlet: it is a copy, and this one may be another copy of that outlet
	wRepublishedHint = 2.0
)

// direct weighs the evidence on which way the copying went between the two
// articles of p and records it as short strings. A positive score means a
// is the origin.
func direct(p *pair, a, b *article, ix *aliasIndex) {
	add := func(w float64, format string, args ...any) {
		p.score += w
		p.evidence = append(p.evidence, fmt.Sprintf(format, args...))
	}
	if !a.time.IsZero() && !b.time.IsZero() {
		da, db := a.time.Format("2006-01-02"), b.time.Format("2006-01-02")
		switch {
		case (a.dateOnly || b.dateOnly) && da != db:
			first, later, fd, ld := a, b, da, db
			if da > db {
				first, later, fd, ld = b, a, db, da
			}
			add(sign(first == a)*wTime, "%s published first (%s, %s on %s)", first.id, fd, later.id, ld)
		case !a.dateOnly && !b.dateOnly && !a.time.Equal(b.time):
			first, later := a, b
			if b.time.Before(a.time) {
				first, later = b, a
			}
			add(sign(first == a)*wTime, "%s published first (%s, %s at %s)", first.id,
				first.time.Format("2006-01-02 15:04 MST"), later.id, later.time.Format("2006-01-02 15:04 MST"))
		}
	} else {
		newsDayEvidence(p, a, b, add)
	}
	for _, side := range []struct {
		origin, copy *article
		s            float64
	}{{a, b, 1}, {b, a, -1}} {
		if c, ok := creditTo(side.copy, side.origin.outlet, ix); ok {
			if side.origin.selfNamed != "" {
				add(side.s*wCredit, "%s credits %s: '%s' (%s is %s's own: '%s')", side.copy.id, side.origin.outlet,
					clipCue(c.Cue), side.origin.id, side.origin.outlet, clipCue(side.origin.selfNamed))
			} else {
				add(side.s*wCredit, "%s credits %s: '%s'", side.copy.id, side.origin.outlet, c.Cue)
			}
		}
	}
	for _, side := range []struct {
		origin, copy *article
		copyIsA      bool
		s            float64
	}{{a, b, false, 1}, {b, a, true, -1}} {
		if c, ok := quotedOrigin(side.copy, side.origin, p, side.copyIsA); ok {
			add(side.s*wQuoted, "%s", quotedEvidence(side.copy, side.origin, c))
		}
	}
	republishedEvidence(a, b, 1, ix, add)
	republishedEvidence(b, a, -1, ix, add)
	for _, side := range []struct {
		origin, copy *article
		copyIsA      bool
		s            float64
	}{{a, b, false, 1}, {b, a, true, -1}} {
		if c, ok := introducedCredit(side.copy, side.origin, p.passages, side.copyIsA, ix); ok {
			if oc, both := creditTo(side.origin, c.Outlet, ix); both {
				// Both re-tell the outlet's reporting: a common source,
				// not a sign of which took from which. Said once, from
				// either side.
				if p.common {
					continue
				}
				p.evidence = append(p.evidence, fmt.Sprintf("a common source, which tells neither way: %s and %s both credit %s ('%s'; '%s')",
					side.copy.id, side.origin.id, c.Outlet, clipCue(c.Cue), clipCue(oc.Cue)))
				p.common = true
				continue
			}
			add(side.s*wIntroduced, "%s credits %s for the shared text: '%s' (%s's outlet is not known)",
				side.copy.id, c.Outlet, clipCue(c.Cue), side.origin.id)
		}
	}
	if a.wire != b.wire {
		w := a
		if b.wire {
			w = b
		}
		add(sign(w == a)*wWire, "%s is a news agency's text (%s)", w.id, w.outlet)
	}
	if (a.selfMark == "") != (b.selfMark == "") {
		w := a
		if b.selfMark != "" {
			w = b
		}
		add(sign(w == a)*wSelfMark, "%s carries its own dateline or sign-off: '%s'", w.id, clipCue(w.selfMark))
	}
	// The words of a credit only one side gives inside the shared text
	// are that side's note on where the text comes from, not more of the
	// text: they do not make its version the longer, nor, between the
	// passages, its text the one the other left out (gapEvidence).
	inA, betweenA := ownCueWords(a, b, p.passages, true, ix)
	inB, betweenB := ownCueWords(b, a, p.passages, false, ix)
	p.cueGap = [2]int32{betweenA, betweenB}
	lenA, lenB := p.lenA-inA, p.lenB-inB
	if longer := max(lenA, lenB); longer > 0 {
		d := float64(lenA-lenB) / float64(longer)
		if d > 0.03 || d < -0.03 {
			w, n, m, o := a, lenA, lenB, b
			if d < 0 {
				w, n, m, o = b, lenB, lenA, a
			}
			add(clamp(10*d, wLonger), "%s has the longer version of the shared passages (%d words vs %d in %s)", w.id, n, m, o.id)
		}
	}
}

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

// creditTo returns the credit in p that names outlet: one for the
// outlet's reporting ("says a report from X") before one to it as an
// interlocutor ("told X").
func creditTo(p *article, outlet string, ix *aliasIndex) (foundCredit, bool) {
	if outlet == "" {
		return foundCredit{}, false
	}
	var sourcing *foundCredit
	for i, c := range p.credits {
		if ix.sameOutlet(c.Outlet, outlet) {
			if !c.sourcing {
				return c, true
			}
			if sourcing == nil {
				sourcing = &p.credits[i]
			}
		}
	}
	if sourcing != nil {
		return *sourcing, true
	}
	return foundCredit{}, false
}

// miscredits returns the credits of copy whose scope holds text shared with
// origin but which name an outlet other than the origin's. When the
// origin's outlet is unknown there are none: the outlet credited may be
// the origin's. Sourcing cues ("told Fox News") credit no text, and a
// credit the origin gives too was copied with its text.
func miscredits(copy, origin *article, ps []passage, copyIsA bool, ix *aliasIndex) []foundCredit {
	if origin.outlet == "" {
		return nil
	}
	var out []foundCredit
	for _, c := range copy.credits {
		if c.sourcing || ix.sameOutlet(c.Outlet, origin.outlet) {
			continue
		}
		if _, copied := creditTo(origin, c.Outlet, ix); copied {
			continue
		}
		if scopeHolds(copy, c, ps, copyIsA) {
			out = append(out, c)
		}
	}
	return out
}

// commonSourceHints turns the hints of a pair whose articles both credit
// one outlet for what they share (lengths, gaps, datelines) into notes:
// two selections from a common source differ in length and gaps whichever
// way, if any, text went between them. Publication times and credits to
// each other's outlet still decide.
func commonSourceHints(p *pair, a, b *article) {
	if !p.common {
		return
	}
	for i, e := range p.evidence {
		if (strings.HasPrefix(e, a.id) || strings.HasPrefix(e, b.id)) &&
			!strings.Contains(e, " published first") && !strings.Contains(e, " credits ") {
			p.evidence[i] = "beside the common source, a hint only: " + e
		}
	}
}

func sign(b bool) float64 {
	if b {
		return 1
	}
	return -1
}

func clamp(x, limit float64) float64 {
	return max(-limit, min(limit, x))
}

func clipCue(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := strings.LastIndexByte(s[:57], ' ')
	if cut < 20 {
		cut = 57
	}
	return s[:cut] + "…"
}
