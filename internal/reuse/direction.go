package reuse

import (
	"fmt"
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
	add, byTime, byCredit := p.weigher(rankHint), p.weigher(rankTime), p.weigher(rankCredit)
	if !a.time.IsZero() && !b.time.IsZero() {
		da, db := a.time.Format("2006-01-02"), b.time.Format("2006-01-02")
		switch {
		case (a.dateOnly || b.dateOnly) && da != db:
			first, later, fd, ld := a, b, da, db
			if da > db {
				first, later, fd, ld = b, a, db, da
			}
			byTime(sign(first == a)*wTime, "%s published first (%s, %s on %s)", first.id, fd, later.id, ld)
		case !a.dateOnly && !b.dateOnly && !a.time.Equal(b.time):
			first, later := a, b
			if b.time.Before(a.time) {
				first, later = b, a
			}
			byTime(sign(first == a)*wTime, "%s published first (%s, %s at %s)", first.id,
				first.time.Format("2006-01-02 15:04 MST"), later.id, later.time.Format("2006-01-02 15:04 MST"))
		}
	} else {
		newsDayEvidence(p, a, b, byTime)
	}
	for _, side := range []struct {
		origin, copy *article
		s            float64
	}{{a, b, 1}, {b, a, -1}} {
		if c, ok := creditTo(side.copy, side.origin.outlet, ix); ok {
			// A mention the origin makes of its own outlet, carried over
			// with its text, still says whose text it is, but credits
			// nothing (ownCreditTo).
			if _, own := ownCreditTo(side.copy, side.origin, p, side.s < 0, ix); !own {
				byCredit(side.s*wCredit, "%s carries %s's mention of its own outlet, %s: '%s'", side.copy.id, side.origin.id,
					side.origin.outlet, clipCue(c.Cue))
			} else if side.origin.selfNamed != "" {
				byCredit(side.s*wCredit, "%s credits %s: '%s' (%s is %s's own: '%s')", side.copy.id, side.origin.outlet,
					clipCue(c.Cue), side.origin.id, side.origin.outlet, clipCue(side.origin.selfNamed))
			} else {
				byCredit(side.s*wCredit, "%s credits %s: '%s'", side.copy.id, side.origin.outlet, c.Cue)
			}
		}
	}
	for _, side := range []struct {
		origin, copy *article
		copyIsA      bool
		s            float64
	}{{a, b, false, 1}, {b, a, true, -1}} {
		if c, block, ok := quotedOrigin(side.copy, side.origin, p, side.copyIsA, copyQuotations(side.copy, p, side.copyIsA)); ok {
			byCredit(side.s*wQuoted, "%s", quotedEvidence(side.copy, side.origin, c, block))
		}
	}
	republishedEvidence(a, b, 1, ix, byCredit)
	republishedEvidence(b, a, -1, ix, byCredit)
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
				p.note(fmt.Sprintf("a common source, which tells neither way: %s and %s both credit %s ('%s'; '%s')",
					side.copy.id, side.origin.id, c.Outlet, clipCue(c.Cue), clipCue(oc.Cue)))
				p.common = true
				continue
			}
			byCredit(side.s*wIntroduced, "%s credits %s for the shared text: '%s' (%s's outlet is not known)",
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

// creditTo returns the credit in p that names outlet: one for the
// outlet's reporting ("says a report from X") before one to it as an
// interlocutor ("told X").
func creditTo(p *article, outlet string, ix *aliasIndex) (foundCredit, bool) {
	return creditNaming(p, outlet, nil, ix)
}

// ownCreditTo returns copy's credit to origin's outlet as creditTo does,
// leaving out the cues that lie in the text copy shares with origin in
// pr (copy is side a of the passages when copyIsA) and whose words origin
// carries: "told the Harbor Courier" in the Courier's own story, taken
// over with its text, is the origin's mention of itself, no credit the
// copy gives. The same words in the copy's own text are its credit, even
// when the origin uses them elsewhere for its earlier reporting.
func ownCreditTo(copy, origin *article, pr *pair, copyIsA bool, ix *aliasIndex) (foundCredit, bool) {
	return creditNaming(copy, origin.outlet, func(c foundCredit) bool {
		return overlapsPassage(copy, corroborate.Span{Start: c.Start, End: c.End}, pr.passages, copyIsA) &&
			strings.Contains(origin.lower, strings.ToLower(c.Cue))
	}, ix)
}

// creditNaming is creditTo for the credits of p that are cues not carried
// (carried, when not nil, reports false for them) and all its other
// credits.
func creditNaming(p *article, outlet string, carried func(foundCredit) bool, ix *aliasIndex) (foundCredit, bool) {
	if outlet == "" {
		return foundCredit{}, false
	}
	var sourcing *foundCredit
	for i, c := range p.credits {
		if !ix.sameOutlet(c.Outlet, outlet) {
			continue
		}
		if carried != nil && c.kind == creditCue && carried(c) {
			continue
		}
		if !c.sourcing {
			return c, true
		}
		if sourcing == nil {
			sourcing = &p.credits[i]
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
// each other's outlet still decide: the hints leave the score too.
func commonSourceHints(p *pair) {
	if !p.common {
		return
	}
	for i, pt := range p.points {
		if pt.rank == rankHint && pt.lean != 0 {
			p.evidence[i] = "beside the common source, a hint only: " + p.evidence[i]
			p.score -= pt.w
			p.points[i].lean, p.points[i].w = 0, 0
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
