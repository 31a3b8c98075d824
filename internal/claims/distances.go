package claims

import (
	"math"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
)

// distanceEvent is the event of a figure that says how far apart two
// places are ("located 90 miles apart", "just over ninety kilometres
// away"): its value is in kilometres, whatever unit the article used, so
// that a distance converted ("90 miles", "145 kilometres") agrees with
// itself and one unit put for another ("90 miles", "90 kilometres")
// does not. Such figures are compared story-wide when their sentences
// give a name both (sameMeasure).
const distanceEvent = "distance"

// distanceKey is the key of a distance figure: kilometres.
const distanceKey = "km"

// confFigureDistance is the confidence of a distance conflict between
// sentences that did not align.
const confFigureDistance = 0.6

// kmPer is how many kilometres one of a figure's unit (a key) is.
var kmPer = map[string]float64{
	lemma("miles"): 1.609344, lemma("kilometres"): 1, lemma("kilometers"): 1, "km": 1, "kms": 1,
}

// distanceSlack is how far apart, as a share of the larger, two distances
// in kilometres may be and still be one: rounding, a conversion, "just
// over".
const distanceSlack = 0.1

// markDistance reads figure f (at toks[i] of text s) as a distance when its unit is
// a length in kmPer and "apart" or "away" follows it: its key becomes
// distanceKey and its value kilometres. A figure "just over" or "just
// under" a value is near it, not a bound; another bound ("more than 90
// kilometres") stays hedged and is not read.
func markDistance(s string, toks []token, i int, f *figure) {
	per := kmPer[f.key]
	if f.kind != corroborate.ConflictNumber || per == 0 || f.event != "" {
		return
	}
	after := i + 1
	for after < len(toks) && toks[after].start < f.end {
		after++
	}
	if after >= len(toks) || toks[after].low != "apart" && toks[after].low != "away" {
		return
	}
	if f.hedged {
		if i < 2 || toks[i-2].low != "just" || toks[i-1].low != "over" && toks[i-1].low != "under" {
			return
		}
		f.hedged, f.bound = false, 0
		f.surface = s[toks[i-2].start:f.end] // "just over ninety kilometres"
	}
	f.key, f.event, f.approx = distanceKey, distanceEvent, true
	f.val *= per
	f.value = strconv.FormatFloat(math.Round(f.val*10)/10, 'f', -1, 64)
}

// sameDistance reports two distances that can be one: within
// distanceSlack of each other.
func sameDistance(a, b figure) bool {
	return math.Abs(a.val-b.val) <= distanceSlack*math.Max(a.val, b.val)
}

// sharedName reports whether two sentences give a name both: a
// capitalised word, not the first of its sentence, that both hold.
func sharedName(a, b *unit) bool {
	for k, t := range a.toks {
		if k == 0 || !t.capital || t.lemma == "" || t.num {
			continue
		}
		for j, u := range b.toks {
			if j > 0 && u.capital && strings.EqualFold(u.lemma, t.lemma) {
				return true
			}
		}
	}
	return false
}
