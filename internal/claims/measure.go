package claims

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Confidences of figure conflicts. Two figures are compared only when they
// count the same noun (or give the same date granularity); beyond that the
// words that tie each figure to its sentence decide how sure the conflict
// is: the same verb ("destroyed 42 homes" / "destroyed 45 homes", "begin on
// March 30" / "not begin before April 30") is one fact given two ways; a
// verb on one side only leaves it open; two verbs ("arrested on May 2" /
// "charged on May 4") are two facts.
const (
	confFigure         = 0.8
	confFigureRate     = 0.7 // a rate with shared context ("38,000 vehicles a day")
	confFigureRateBare = 0.6 // a rate whose sentences share no other word
	confFigureDelay    = 0.6 // how late one story's event was, in any sentence
	confFigureOpen     = 0.45
	confFigureHedged   = 0.35
)

// figureConfidence is how sure a figure conflict between sides is: the best
// of its pairs of incompatible occurrences that state the same thing, 0
// when no pair does. local is for sides within one aligned claim.
func (st *story) figureConfidence(sides []*side, local bool) float64 {
	best := 0.0
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if compatible(sides[i].fig, sides[j].fig) {
				continue
			}
			for _, ua := range firstUnits(sides[i].units) {
				fa := st.figureIn(ua, sides[i].fig)
				for _, ub := range firstUnits(sides[j].units) {
					fb := st.figureIn(ub, sides[j].fig)
					if local && !st.localContext(ua, fa, ub, fb) || !local && !st.sharedContext(ua, ub, fa) {
						continue
					}
					best = max(best, st.sameMeasure(ua, fa, ub, fb, local))
					if best >= confFigure {
						return best // as sure as a figure conflict gets
					}
				}
			}
		}
	}
	return best
}

// maxSideUnits bounds the sentences of a side looked at for a conflict's
// confidence: on a large story most are copies of a few, which read alike.
const maxSideUnits = 8

func firstUnits(units []int) []int { return units[:min(len(units), maxSideUnits)] }

// sameMeasure is how sure it is that figure fa of unit ua and fb of unit ub
// measure the same thing, 0 when they do not: both asserted (no condition
// or question), tied to the same verb and, for dates, the same event.
func (st *story) sameMeasure(ua int, fa figure, ub int, fb figure, local bool) float64 {
	a, b := &st.units[ua], &st.units[ub]
	ia, ib := figTok(a.toks, fa), figTok(b.toks, fb)
	if ia < 0 || ib < 0 {
		return 0
	}
	ma := moodAt(st.arts[a.art].Text, a.toks, ia, ia)
	mb := moodAt(st.arts[b.art].Text, b.toks, ib, ib)
	// a negation near a figure is part of it ("not before April 30"): only
	// conditions and questions take a figure out
	if ma.conditional || ma.question || mb.conditional || mb.question {
		return 0
	}
	if st.partAgainstWhole(ua, fa, ub, fb) || deniedFigure(a.toks, ia, fa) || deniedFigure(b.toks, ib, fb) {
		return 0
	}
	rate := fa.kind == corroborate.ConflictNumber && strings.Contains(fa.key, "/")
	conf := confFigure
	switch {
	case rate && !local:
		// "vehicles a day" is what is measured, whatever verb carries it
		conf = confFigureRateBare
		if st.sharedWords(a, b, fa) > 0 {
			conf = confFigureRate
		}
	case fa.event == delayEvent && fb.event == delayEvent && !local:
		// the delay is what is measured, whatever verb carries it
		// ("delayed", "departed late")
		conf = confFigureDelay
	case fa.event == distanceEvent && fb.event == distanceEvent && !local:
		// how far apart two places are: the sentences must give a full
		// name or the two places alike, and a thing "away" at two times
		// may have moved
		if !sharedName(a, b) || st.movedApart(ua, fa, ub, fb) {
			return 0
		}
		conf = confFigureDistance
	case isTally(fa) && isTally(fb) && !local:
		// the slot holds a total of one act, whatever verb of the act
		// carries it ("shed", "jettisoned"): one doer's when the doers
		// meet
		if conf = st.tallyDoersMeet(ua, ia, fa, ub, ib, fb); conf == 0 {
			return 0
		}
	default:
		if fa.kind == corroborate.ConflictDate && fa.event != fb.event && fa.event != "" && fb.event != "" {
			return 0
		}
		va, vb := figVerb(st.arts[a.art].Text, a.toks, ia, fa), figVerb(st.arts[b.art].Text, b.toks, ib, fb)
		switch {
		case va != "" && vb != "" && !sameSpelledVerb(va, vb):
			return 0
		case va == "" || vb == "":
			conf = confFigureOpen
		}
	}
	if ma.hedged || mb.hedged {
		conf = min(conf, confFigureHedged)
	}
	if measureQualifiers(a.toks) != measureQualifiers(b.toks) {
		// "prices rose 0.8%" and "excluding food and energy, prices rose
		// 0.9%" are two measures of one thing, not two values of one
		conf = min(conf, confFigureHedged)
	}
	return conf
}

// deniedFigure reports a number figure (token i) denied where it stands:
// "revenue was not $360 million" gives no value to set against another.
// A date keeps its negation, which makes it a bound ("not before April
// 30").
func deniedFigure(toks []token, i int, f figure) bool {
	if f.kind != corroborate.ConflictNumber {
		return false
	}
	k := i - 1
	for k >= 0 && approximators[toks[k].low] {
		k--
	}
	for ; k >= 0 && k >= i-3; k-- {
		if w := toks[k].low; w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return true
		}
		if !beForms[toks[k].low] && !auxForms[toks[k].low] && toks[k].low != "really" {
			break
		}
	}
	return false
}

// qualifierWords narrow what a figure measures: a share of a total
// ("excluding food"), a seasonal or inflation adjustment, a core or
// underlying index, a year-on-year rather than a monthly change.
var qualifierWords = text.WordSet(`excluding excludes exclude except controlling adjusted unadjusted core
underlying annualized annualised annual year-over-year year-on-year seasonally`)

// measureQualifiers is the set of qualifier words of a sentence, as one
// sorted string so two sentences compare with ==.
func measureQualifiers(toks []token) string {
	var qs []string
	for _, t := range toks {
		if qualifierWords[t.low] && !slices.Contains(qs, t.low) {
			qs = append(qs, t.low)
		}
	}
	slices.Sort(qs)
	return strings.Join(qs, " ")
}

// figVerb is the verb a figure at token i belongs to: the nearest verb
// before it in its clause, or, for a figure that opens its clause ("42
// homes were destroyed"), the nearest within ten words after it, before
// a relative pronoun. Verbs of one event are
// folded ("start" = "begin"); reporting verbs ("said") are not the fact's.
func figVerb(s string, toks []token, i int, f figure) string {
	fold := func(k int) string {
		l := toks[k].lemma
		if syn, ok := eventSynonyms[l]; ok {
			return syn
		}
		return l
	}
	usable := func(k int) bool {
		return isVerbish(toks, k) && !reportVerbs[toks[k].lemma] && !beForms[toks[k].low] && !auxForms[toks[k].low]
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if gapBreaks(s, toks[k].end, toks[k+1].start) || strings.ContainsAny(s[toks[k].end:toks[k+1].start], ",;—–") {
			break
		}
		if usable(k) {
			return fold(k)
		}
	}
	// forward, ten words past the figure: a clause-opening figure's verb
	// may follow one phrase ("Three ferry terminals on the north shore of
	// Kessel have been closed"); a relative clause's verb is not its own
	past := 0
	for k := i + 1; k < len(toks) && past < 10; k++ {
		if toks[k].start < f.end {
			continue
		}
		past++
		if relativePronouns[toks[k].low] {
			break
		}
		if gapBreaks(s, toks[k-1].end, toks[k].start) || strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",;—–") {
			break
		}
		if usable(k) {
			return fold(k)
		}
	}
	return ""
}

// sameSpelledVerb reports two verb lemmas that are one verb, perhaps
// spelled the British and the American way: "cancelled" keeps its
// doubled l in the lemma ("cancell"), "canceled" has one ("cancel").
func sameSpelledVerb(a, b string) bool {
	single := func(l string) string {
		if len(l) > 4 && strings.HasSuffix(l, "ll") {
			return l[:len(l)-1]
		}
		return l
	}
	return a == b || single(a) == single(b)
}

// figureNote says in one line what differs: "38,000 vs 35,000 vehicles a
// day", "March 3 vs March 4 (destroyed)".
func (st *story) figureNote(c *corroborate.Conflict, sides []*side, conf float64) {
	c.Confidence = conf
	var vals []string
	unit := ""
	for _, sd := range sides {
		v, u := splitUnit(sd.value, sd.fig)
		vals = append(vals, v)
		if unit == "" {
			unit = u
		}
	}
	note := strings.Join(vals, " vs ")
	f := sides[0].fig
	switch {
	case f.event == distanceEvent:
		// the units differ as often as the figures: "90 miles vs just
		// over ninety kilometres"
		note = ""
		for k, sd := range sides {
			if k > 0 {
				note += " vs "
			}
			note += sd.value
		}
	case f.kind == corroborate.ConflictNumber && unit != "":
		note += " " + unit
		if i := strings.IndexByte(f.key, '/'); i >= 0 {
			note += " a " + f.key[i+1:]
		}
	case f.kind == corroborate.ConflictDate:
		u := &st.units[sides[0].units[0]]
		fi := st.figureIn(sides[0].units[0], f)
		if v := figVerb(st.arts[u.art].Text, u.toks, figTok(u.toks, fi), fi); v != "" && !strings.Contains(strings.ToLower(note), v) {
			note += fmt.Sprintf(" (%s)", v)
		}
	}
	c.Note = note
}

// splitUnit splits a number side's value ("38,000 vehicles") into the figure
// ("38,000") and the unit ("vehicles"); a date's value is whole.
func splitUnit(value string, f figure) (string, string) {
	if f.kind != corroborate.ConflictNumber {
		return value, ""
	}
	words := strings.Fields(value)
	k := 0
	for k < len(words) {
		w := strings.ToLower(words[k])
		if _, ok := parseNumber(w); !ok && multipliers[w] == 0 {
			break
		}
		k++
	}
	if k == 0 {
		return value, ""
	}
	return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
}
