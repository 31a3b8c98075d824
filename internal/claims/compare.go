package claims

import (
	"math"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
)

// conflicting reports whether some two sides cannot both be true.
func conflicting(sides []*side) bool {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if !compatible(sides[i].fig, sides[j].fig) {
				return true
			}
		}
	}
	return false
}

// compatible reports whether two figures for one thing can both be true:
// the same value at their precision, an exact count within the other's
// bound, or a date within the other's bound. A bound is compared only with
// an exact count of the same unit: "at least 28 people" and "nine
// children" may count different groups.
func compatible(a, b figure) bool {
	if a.event == distanceEvent && b.event == distanceEvent {
		return sameDistance(a, b)
	}
	if a.kind == corroborate.ConflictNumber && (a.bound != 0 || b.bound != 0) {
		if a.bound == 0 {
			a, b = b, a
		}
		if b.hedged || b.approx || a.key != b.key {
			return true // two bounds, a bound and a rounded count, or two units: not compared
		}
		if a.bound == '>' {
			return b.val >= a.val
		}
		return b.val <= a.val
	}
	if a.kind == corroborate.ConflictNumber {
		if a.approx || b.approx {
			unit := math.Max(precision(a.value), precision(b.value))
			return math.Abs(a.val-b.val) <= unit
		}
		return sameFigure(a.value, b.value)
	}
	if a.key == "weekday" {
		return a.value == b.value
	}
	if a.rel == '=' && b.rel != '=' {
		a, b = b, a
	}
	switch {
	case a.rel == b.rel:
		return a.ord == b.ord
	case b.rel == '=' && a.rel == '<':
		return b.ord <= a.ord
	case b.rel == '=' && a.rel == '>':
		return b.ord >= a.ord
	case a.rel == '<' && b.rel == '>':
		return b.ord <= a.ord
	default: // '>' and '<'
		return a.ord <= b.ord
	}
}

// precision is the place of a figure's last significant digit: 1000 for
// "38000", 0.1 for "1.5".
func precision(v string) float64 {
	if i := strings.IndexByte(v, '.'); i >= 0 {
		return math.Pow(10, -float64(len(v)-i-1))
	}
	unit := 1.0
	for k := len(v) - 1; k > 0 && v[k] == '0'; k-- {
		unit *= 10
	}
	return unit
}

// sameFigure reports whether two normalised figures can be one value
// written at different precision: "2" and "2.04", "216,000" and "216,412".
func sameFigure(a, b string) bool {
	x, y := figureValue(a), figureValue(b)
	return x == y || roundsTo(y, a) || roundsTo(x, b)
}

// figureValue is the number a figure's value opens with ("41", "3.5",
// "-2"), 0 when it opens with none, read without allocating: this runs for
// every pair of figures a story compares.
func figureValue(s string) float64 {
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || end == 0 && (s[end] == '-' || s[end] == '+')) {
		end++
	}
	for end > 0 {
		if v, err := strconv.ParseFloat(s[:end], 64); err == nil {
			return v
		}
		end--
	}
	return 0
}

// roundsTo reports whether v, rounded to the precision s is written at,
// equals s's value.
func roundsTo(v float64, s string) bool {
	x := figureValue(s)
	unit := 1.0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		unit = math.Pow(10, -float64(len(s)-i-1))
	} else {
		for k := len(s) - 1; k > 0 && s[k] == '0'; k-- {
			unit *= 10
		}
	}
	return math.Abs(math.Round(v/unit)*unit-x) < unit/1000
}
