package view

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// The reuse stage records how sure each edge's direction is
// (corroborate.Reuse.Direction) and the evidence for and against it; the
// view only words that. A dossier stored before the stage did, still
// served by a server whose pipeline key has not changed since, records
// none: this file reads it from the evidence's wording, as the view did
// then. Nothing else may decide a direction here.

// legacyDirection decides the direction of a dossier that records none
// from the wording of its evidence, as the view did before the reuse
// stage recorded it. It can misread a point whose words name one article
// but argue for the other ("[6] weaves words shared with another article"
// argues [6] is the copy).
func (v *Story) legacyDirection(r corroborate.Reuse) (sure string, pro, con, notes []string) {
	for _, e := range r.Evidence {
		switch weigh(e, r.From, r.To) {
		case 1:
			pro = append(pro, v.Names(e))
		case -1:
			con = append(con, v.Names(e))
		default:
			notes = append(notes, v.Names(e))
		}
	}
	return certainty(pro, con), pro, con, notes
}

// weigh tells whether one piece of direction evidence argues for the
// direction from → to (1), against it (-1) or neither (0). The stage writes
// each piece about one article, named first: a point about the origin
// (agency text, own dateline, more words) argues for it, a point about the
// copy argues against it, except a credit: the article that credits
// another outlet for the text is the copy, so a credit given by the copy
// argues for the direction and one given by the origin against it. A piece
// naming no article first ("no evidence either way: …, the longer text, is
// taken for the origin") is a note.
func weigh(e, from, to string) int {
	switch {
	case strings.Contains(e, "outlet is unknown: "):
		return 0 // "X's outlet is unknown: whether Y credits it cannot be told"
	case strings.HasPrefix(e, to) && strings.Contains(e, " credits "):
		return 1
	case strings.HasPrefix(e, from) && strings.Contains(e, " credits "):
		// the origin credits another outlet for the shared text: a
		// point for its being the copy
		return -1
	case strings.HasPrefix(e, from):
		return 1
	case strings.HasPrefix(e, to):
		return -1
	}
	return 0
}

// certainty says how sure a direction is. "sure" needs two points for it,
// none against, and one that can decide on its own: a publication time or
// a credit. Hints (lengths, gaps, datelines) make it "likely" at most; a
// deciding point for it makes it "likely" against hints, and a credit
// against a publication time (an article that credits another outlet took
// from it, whatever the feeds' clocks say: a page is updated, a feed
// stamps late).
func certainty(pro, con []string) string {
	// decisive ranks the strongest deciding point: 2 a credit, 1 a
	// publication time, 0 none
	decisive := func(es []string) int {
		rank := 0
		for _, e := range es {
			switch {
			case strings.Contains(e, " credits "):
				return 2
			case strings.Contains(e, " published first"):
				rank = 1
			}
		}
		return rank
	}
	switch {
	case len(pro) >= 2 && len(con) == 0 && decisive(pro) > 0:
		return "sure"
	case len(pro) > len(con), decisive(pro) > decisive(con):
		return "likely"
	}
	return "unsure"
}
