package claims

import (
	"slices"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Weekdays are not compared within a claim as dates are (comparableFigure):
// they shift with time zones and midnight, and a story told over a few
// days dates many things by them. Two sentences alike but for the weekday
// of one event ("closed the bridge on Thursday" / "shut the bridge on
// Wednesday", an edited copy) still disagree on it: weekdayConflicts finds
// those.

// weekdayAlike is the least share of their content words (weekdays left
// out, "shut" read as "close") two sentences must have in common for their
// weekdays to be compared: the same sentence, one or two words apart.
const weekdayAlike = 0.8

// weekdayApart is how far apart two articles may have been published for
// their weekdays to name the same week.
const weekdayApart = 6 * 24 * time.Hour

// confWeekday is how sure a weekday conflict is when the sentences' verb
// is read on one side only: less than a date's, as weekdays shift with
// time zones.
const confWeekday = 0.6

// dayParts next to a weekday make its time of day part of it: "late
// Thursday" and "early Friday" are one night told from two time zones.
var dayParts = text.WordSet("night overnight evening late early morning afternoon midnight")

// spokeVerbs date a saying, not the event said: "Varga said Tuesday".
var spokeVerbs = lemmaSet("said says say told tells tell added adds stated states announced announces confirmed confirms reported reports wrote writes noted notes explained explains insisted insists claimed claims")

// weekdayConflicts finds, within cluster ci, sentences alike but for the
// weekday of one event that give different weekdays.
func (st *story) weekdayConflicts(ci int) []found {
	var occs []figOcc
	for _, gi := range st.clusters[ci].groups {
		rep := &st.units[st.groups[gi].units[0]]
		f, ok := eventWeekday(st.arts[rep.art].Text, rep.toks, rep.figs)
		if !ok {
			continue
		}
		for _, ui := range st.groups[gi].units {
			occs = append(occs, figOcc{ui, st.units[ui].art, f})
		}
	}
	if len(occs) < 2 {
		return nil
	}
	sides := figureSides(occs)
	if len(sides) < 2 || !conflicting(sides) {
		return nil
	}
	conf := 1.0
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			conf = min(conf, st.weekdayPair(sides[i], sides[j]))
		}
	}
	if conf == 0 {
		return nil
	}
	f := st.makeConflict(corroborate.ConflictDate, ci, sides)
	st.figureNote(&f.conflict, sides, conf)
	return []found{f}
}

// weekdayPair is how sure it is that two sides' sentences give the weekday
// of one event: the best of their first sentences' pairs that are alike
// but for it, 0 when none is.
func (st *story) weekdayPair(a, b *side) float64 {
	best := 0.0
	for _, ua := range firstUnits(a.units) {
		for _, ub := range firstUnits(b.units) {
			x, y := &st.units[ua], &st.units[ub]
			if !st.sameWeek(x.art, y.art) || alikeBut(x.toks, y.toks) < weekdayAlike {
				continue
			}
			fa, fb := st.figureIn(ua, a.fig), st.figureIn(ub, b.fig)
			fa.event, fb.event = a.fig.event, b.fig.event
			if fa.event != fb.event {
				continue
			}
			c := st.sameMeasure(ua, fa, ub, fb, true)
			if c == confFigureOpen {
				// a verb read on one side only: the sentences are one
				// sentence but a word or two, so they tell one event
				c = confWeekday
			}
			best = max(best, c)
		}
	}
	return best
}

// sameWeek reports whether two articles may speak of the same week: their
// times unknown, or published at most weekdayApart apart.
func (st *story) sameWeek(a, b int) bool {
	ta, tb := st.arts[a].Time, st.arts[b].Time
	if ta.IsZero() || tb.IsZero() {
		return true
	}
	d := ta.Sub(tb)
	return d <= weekdayApart && d >= -weekdayApart
}

// eventWeekday is the weekday of a sentence that dates an event, with the
// event it dates: the sentence's only weekday and no dated day, on the day
// (not "by Friday"), no time of day next to it, not the day someone spoke.
func eventWeekday(s string, toks []token, figs []figure) (figure, bool) {
	var w figure
	n := 0
	for _, f := range figs {
		switch {
		case f.kind != corroborate.ConflictDate:
		case f.key == "weekday":
			w = f
			n++
		case f.key == "day":
			return figure{}, false
		}
	}
	if n != 1 {
		return figure{}, false
	}
	i := figTok(toks, w)
	if i < 0 || i+1 < len(toks) && dayParts[toks[i+1].low] && !gapBreaks(s, toks[i].end, toks[i+1].start) {
		return figure{}, false
	}
	k := i - 1
	for k >= 0 && (toks[k].low == "on" || toks[k].low == "last" || toks[k].low == "this" || toks[k].low == "next") {
		k--
	}
	if k >= 0 && (dayParts[toks[k].low] || spokeVerbs[toks[k].lemma] || spokeVerbs[toks[k].low]) {
		return figure{}, false
	}
	dateContext(toks, i, &w)
	if w.rel != '=' || w.hedged || w.event == "" || spokeVerbs[w.event] {
		return figure{}, false
	}
	return w, true
}

// alikeBut is the share of two sentences' content words (lemmas, weekdays
// left out, one event's verbs read as one: "shut" = "close") they have in
// common, over the words of either.
func alikeBut(a, b []token) float64 {
	words := func(toks []token) []string {
		var out []string
		for _, t := range toks {
			if t.lemma == "" || weekdays[t.low] {
				continue
			}
			l := t.lemma
			if syn, ok := eventSynonyms[l]; ok {
				l = lemma(syn)
			}
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			common++
		}
	}
	return float64(common) / float64(len(wa)+len(wb)-common)
}
