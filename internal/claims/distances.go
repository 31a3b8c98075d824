package claims

import (
	"math"
	"slices"
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
	f.key, f.event = distanceKey, distanceEvent
	f.val *= per
	f.value = strconv.FormatFloat(math.Round(f.val*10)/10, 'f', -1, 64)
}

// sameDistance reports two distances that can be one. Given in two units
// (a conversion) or "just over" one, they are one within distanceSlack of
// each other; in one unit, as written, they are one at their precision,
// as other counts are ("50 miles" and "55 miles" are not).
func sameDistance(a, b figure) bool {
	pa, pb := distanceUnit(a), distanceUnit(b)
	if pa != pb || pa == 0 || nearDistance(a) || nearDistance(b) {
		return math.Abs(a.val-b.val) <= distanceSlack*math.Max(a.val, b.val)
	}
	va, vb := asWritten(a.val/pa), asWritten(b.val/pb)
	if a.approx || b.approx {
		return math.Abs(a.val/pa-b.val/pb) <= math.Max(precision(va), precision(vb))
	}
	return sameFigure(va, vb)
}

// distanceUnit is how many kilometres one of the unit a distance was
// written in is (its last word: "miles", "kilometres"), 0 when unknown.
func distanceUnit(f figure) float64 {
	w := strings.Fields(strings.ToLower(f.surface))
	if len(w) == 0 {
		return 0
	}
	return kmPer[lemma(w[len(w)-1])]
}

// nearDistance reports a distance "just over" or "just under" its figure.
func nearDistance(f figure) bool {
	return strings.HasPrefix(strings.ToLower(f.surface), "just ")
}

// asWritten formats a distance back in its own unit: "50", "1.5".
func asWritten(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}

// sharedName reports whether two sentences give a full name both, or the
// same pair of places: two capitalised words, not the first of their
// sentence, a weekday or a month, that both hold ("Ilse Brandt"). One
// shared word is not enough: "20 miles away from Lenna" and "60
// kilometres away from Lenna" may measure from Lenna to two places.
func sharedName(a, b *unit) bool {
	var shared []string
	for k, t := range a.toks {
		if k == 0 || !isTallyName(t) || slices.Contains(shared, t.lemma) {
			continue
		}
		for j, u := range b.toks {
			if j > 0 && u.capital && strings.EqualFold(u.lemma, t.lemma) {
				shared = append(shared, t.lemma)
				break
			}
		}
	}
	return len(shared) >= 2
}

// movedApart reports two distances that may be of a thing that moves: one
// is "away" (not "apart", a fixed pair of places) and the articles'
// times are both known and differ, so the storm or ship may have moved
// between them.
func (st *story) movedApart(ua int, fa figure, ub int, fb figure) bool {
	ta, tb := st.arts[st.units[ua].art].Time, st.arts[st.units[ub].art].Time
	if ta.IsZero() || tb.IsZero() || ta.Equal(tb) {
		return false
	}
	return distanceWord(st.units[ua].toks, fa) == "away" || distanceWord(st.units[ub].toks, fb) == "away"
}

// distanceWord is the word after distance f: "apart" or "away".
func distanceWord(toks []token, f figure) string {
	for _, t := range toks {
		if t.start >= f.end {
			return t.low
		}
	}
	return ""
}
