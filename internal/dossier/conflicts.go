package dossier

import (
	"cmp"
	"math"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// DefaultConflictThreshold is the confidence below which a conflict is held
// back as unsure when Options.ConflictThreshold is 0. It is the claims
// stage's own line between sure and unsure, so the claims matrix never marks
// a contradiction that the dossier holds back.
const DefaultConflictThreshold = claims.SureConfidence

func (o Options) conflictThreshold() float64 {
	if o.ConflictThreshold == 0 {
		return DefaultConflictThreshold
	}
	return o.ConflictThreshold
}

// Unsure reports whether c is held back under o: its confidence is below
// the threshold. Every stage weighs its conflicts, so one left at 0 is held
// back like any other unsure one.
func (o Options) Unsure(c corroborate.Conflict) bool {
	return c.Confidence < o.conflictThreshold()
}

// holdBackConflicts keeps the conflicts that are sure enough, most
// confident first (stable, so equal ones keep the order their stages gave
// them), and counts the others in Story.ConflictsHeldBack. A kept one's
// confidence is rounded to two decimals. Sides without
// spans get an empty list, so that JSON shows [] not null.
func holdBackConflicts(d *corroborate.Dossier, opt Options) {
	kept := d.Conflicts[:0]
	for _, c := range d.Conflicts {
		if opt.Unsure(c) {
			d.Story.ConflictsHeldBack++
			continue
		}
		// two decimals say all a weight means; the sums that make it
		// leave float noise (0.7200000000000001) in the JSON otherwise
		c.Confidence = math.Round(c.Confidence*100) / 100
		for i := range c.Sides {
			if c.Sides[i].Spans == nil {
				c.Sides[i].Spans = []corroborate.ClaimSupport{}
			}
		}
		kept = append(kept, c)
	}
	d.Conflicts = kept
	sortConflicts(d.Conflicts)
}

// ConflictOrder is the order a dossier lists conflicts in, as indexes into
// cs: by confidence, highest first, conflicts of equal confidence keeping
// their order. A reader of a dossier stored before conflicts were ordered
// orders them so too, each keeping its index.
func ConflictOrder(cs []corroborate.Conflict) []int {
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(cs[b].Confidence, cs[a].Confidence) })
	return order
}

// sortConflicts puts cs in ConflictOrder.
func sortConflicts(cs []corroborate.Conflict) {
	sorted := make([]corroborate.Conflict, len(cs))
	for i, k := range ConflictOrder(cs) {
		sorted[i] = cs[k]
	}
	copy(cs, sorted)
}
