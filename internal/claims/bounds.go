package claims

import (
	"math"
	"strings"

	"github.com/corroborate/corroborate"
)

// Bounds and ranges: "at least 28", "more than 180", "50 or 60". A bound
// is compared with exact counts of its unit (tolls), never with another
// bound, and two sentences counting one thing differently where a count
// is a bound are two statements.

// hedgedFiguresDiffer reports two sentences that each give one figure of
// a unit (people, percent, dollars), one of them a bound or hedged, at
// values that differ beyond the precision written, and no other figure of
// that unit alike or plain in both (which is compared for a conflict):
// "more than 180 people were killed" / "at least 150 people were killed",
// or "shares were up 5.1 percent" / "shares rose almost 8 percent", are two
// statements however alike their other words. A hedged figure is never
// compared within a claim, so one claim would show agreement that is not
// there. Two counts of one value at the precision written ("more than 1.6
// million signatures" / "1,626,042 signatures") are one figure, and where
// both figures are plain they stay one claim, whose figures are compared.
func hedgedFiguresDiffer(a, b *unit) bool {
	differ := false
	for _, x := range a.figs {
		if x.kind != corroborate.ConflictNumber {
			continue
		}
		for _, y := range b.figs {
			if y.kind != corroborate.ConflictNumber || y.key != x.key {
				continue
			}
			if !x.hedged && !y.hedged || sameCount(a.figs, b.figs, x.key) {
				// a figure given alike, or compared within the claim
				return false
			}
			if keyCount(a.figs, x.key) == 1 && keyCount(b.figs, x.key) == 1 {
				differ = true
			}
		}
	}
	return differ
}

// keyCount is how many of figs are numbers of unit key.
func keyCount(figs []figure, key string) int {
	n := 0
	for _, f := range figs {
		if f.kind == corroborate.ConflictNumber && f.key == key {
			n++
		}
	}
	return n
}

// sameCount reports whether two sentences' figures (as, bs) give some
// count of unit key alike: the same value, at the precision written when
// either is rounded, a bound or a range. An exact count outside the other's
// one-way bound ("127 people" / "at least 128 people") is never alike:
// compatible says it cannot be true with the bound.
func sameCount(as, bs []figure, key string) bool {
	for _, x := range as {
		if x.kind != corroborate.ConflictNumber || x.key != key {
			continue
		}
		for _, y := range bs {
			if y.kind != corroborate.ConflictNumber || y.key != key {
				continue
			}
			if sameFigure(x.value, y.value) {
				return true
			}
			if (x.bound != 0) != (y.bound != 0) && !x.approx && !y.approx && !compatible(x, y) {
				continue // however near: 127 is not "at least 128"
			}
			if (x.approx || y.approx || x.hedged || y.hedged) && math.Abs(x.val-y.val) <= math.Max(precision(x.value), precision(y.value)) {
				return true
			}
		}
	}
	return false
}

// boundOf reads the words bounding the count at toks[i] one way (see
// figure.bound) and where they start; 0 when they bound it no plain way.
func boundOf(toks []token, i int) (byte, int) {
	if i <= 0 {
		return 0, 0
	}
	w, w2 := toks[i-1].low, ""
	if i > 1 {
		w2 = toks[i-2].low
	}
	switch {
	case w == "over":
		return '>', toks[i-1].start
	case w == "under":
		return '<', toks[i-1].start
	case w == "than" && w2 == "more":
		return '>', toks[i-2].start
	case w == "than" && (w2 == "fewer" || w2 == "less"):
		return '<', toks[i-2].start
	case w == "least" && w2 == "at":
		return '>', toks[i-2].start
	case w == "most" && w2 == "at":
		return '<', toks[i-2].start
	case w == "to" && w2 == "up":
		return '<', toks[i-2].start
	}
	return 0, 0
}

// inRange reports a figure at toks[i] (its unit after toks[j-1]) that is
// one end of a range ("50 or 60 doctors", "50 to 60", "50-60"): hedged,
// and bounded no plain way.
func inRange(s string, toks []token, i, j int) bool {
	return i > 1 && toks[i-2].num && (toks[i-1].low == "or" || toks[i-1].low == "to" || toks[i-1].low == "and") ||
		i > 0 && toks[i-1].num && strings.TrimSpace(s[toks[i-1].end:toks[i].start]) == "-" ||
		j < len(toks) && (toks[j].low == "or" || toks[j].low == "to") && j+1 < len(toks) && toks[j+1].num
}

// countsOthersAfter reports a figure at toks[i] that counts others ("12
// more cities", "one other person"): no bound of the thing counted.
func countsOthersAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if countsOthers[toks[k].low] {
			return true
		}
	}
	return false
}
