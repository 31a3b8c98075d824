package reuse

import (
	"fmt"
	"slices"
)

// Ranks of a direction point that can decide on its own: a credit
// outranks a publication time (an article that credits another outlet
// took from it, whatever the feeds' clocks say: a page is updated, a feed
// stamps late). Lengths, gaps and datelines are hints (rank 0).
const (
	rankHint   int8 = 0
	rankTime   int8 = 1
	rankCredit int8 = 2
)

// point is how one piece of a pair's direction evidence weighs, kept
// beside its words (pair.evidence) so the edge's certainty is read from
// the weighing itself, not from the words.
type point struct {
	w    float64 // the weight added to pair.score (see commonSourceHints)
	lean int8    // 1: argues a is the origin; -1: b is; 0: a note, for neither
	rank int8    // rankCredit, rankTime or rankHint
	// leftOut: the hint that one side holds more text between the shared
	// passages that the other leaves out, while the other holds at least
	// half as much of its own there. A copy that cuts leaves text out and
	// adds little; two versions that each hold much the other lacks are a
	// report and its update, or two rewrites, and the one holding more may
	// be the update that added: alone, the hint cannot tell (certainty).
	leftOut bool
	// followUp: the hint that one side keeps the other's text below a
	// long block of its own, as a follow-up does (gapEvidence). A copy
	// that cut that block from the origin leaves the same shape: alone,
	// the hint cannot tell either (certainty).
	followUp bool
}

// weigh adds one piece of direction evidence of weight w (positive: a is
// the origin) and rank to p, worded as format says.
func (p *pair) weigh(w float64, rank int8, s string) {
	p.score += w
	lean := int8(0)
	switch {
	case w > 0:
		lean = 1
	case w < 0:
		lean = -1
	}
	p.evidence = append(p.evidence, s)
	p.points = append(p.points, point{w: w, lean: lean, rank: rank})
}

// weigher returns a function that weighs evidence of the given rank on p,
// its words formatted as fmt.Sprintf does.
func (p *pair) weigher(rank int8) func(w float64, format string, args ...any) {
	return func(w float64, format string, args ...any) {
		p.weigh(w, rank, fmt.Sprintf(format, args...))
	}
}

// note adds a piece of evidence that argues for neither direction.
func (p *pair) note(s string) {
	p.evidence = append(p.evidence, s)
	p.points = append(p.points, point{})
}

// sides splits the direction evidence of e into the points for its
// direction (from → to) and against it, and says how sure the direction
// is (certainty). Notes go in neither list.
func (e edge) sides() (direction string, pro, con []string) {
	var pp, cp []point
	for i, s := range e.p.evidence {
		pt := e.p.points[i]
		lean := pt.lean
		if !e.fromIsA {
			lean = -lean
		}
		switch {
		case lean > 0:
			pro, pp = append(pro, s), append(pp, pt)
		case lean < 0:
			con, cp = append(con, s), append(cp, pt)
		}
	}
	return certainty(pp, cp), pro, con
}

// certainty says how sure a direction is: "sure", "likely" or "unsure".
// "sure" needs two points for it, none against, and one that can decide
// on its own: a publication time or a credit. Hints make it "likely" at
// most; a deciding point for it makes it "likely" against hints, and a
// credit against a publication time. A direction whose only point for it
// is the text the other side leaves out, where the other holds much text
// of its own too (leftOut), or the follow-up's shape (followUp), is
// "unsure": the side holding more is the origin a copy cut or the update
// that added to it.
func certainty(pro, con []point) string {
	if len(pro) > 0 && !slices.ContainsFunc(pro, func(p point) bool { return !p.leftOut && !p.followUp }) {
		return "unsure"
	}
	decisive := func(ps []point) int8 {
		rank := rankHint
		for _, p := range ps {
			rank = max(rank, p.rank)
		}
		return rank
	}
	switch {
	case len(pro) >= 2 && len(con) == 0 && decisive(pro) > rankHint:
		return "sure"
	case len(pro) > len(con), decisive(pro) > decisive(con):
		return "likely"
	}
	return "unsure"
}
