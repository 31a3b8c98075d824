package claims

import (
	"maps"
	"slices"

	"github.com/corroborate/corroborate"
)

// sameFigures is first (an article -> its sentence in cluster cl) less
// the articles whose sentence gives another figure than the cluster's
// leading sentence, or than the sentence whose figure more articles
// give, for the same thing (givesOtherFigure): they tell the
// event, not the claim as worded, and are no support of it (they may be a
// side of a conflict). first itself is not changed.
func (st *story) sameFigures(cl *cluster, first map[int]int) map[int]int {
	lead := &st.units[st.groups[cl.leader].units[0]]
	leadFigs := comparableFigures(lead.figs)
	if len(leadFigs) == 0 {
		return first // no sentence gives another figure than the lead
	}
	// the figure most of first gives is the reference, the leading
	// sentence's while none is given by more: an early report of another
	// toll words no claim its later reports contradict. Only a sentence
	// with a comparable figure gives another; one with none gives another
	// than no sentence, so that, once read as the reference, all agree
	// and none is left out.
	type given struct {
		u    *unit
		figs []figure // comparableFigures, read once
	}
	var gs []given // in the articles' order
	for _, a := range slices.Sorted(maps.Keys(first)) {
		u := &st.units[first[a]]
		figs := comparableFigures(u.figs)
		if len(figs) == 0 && a != lead.art {
			return first
		}
		// the lead's own article may first give a sentence with no
		// figure: a candidate too, once another article's leads
		gs = append(gs, given{u, figs})
	}
	agree := func(ref *unit, refFigs []figure) int {
		n := len(first)
		for _, x := range gs {
			if givesOtherFigure(x.u, x.figs, ref, refFigs) {
				n--
			}
		}
		return n
	}
	best := agree(lead, leadFigs)
	for _, x := range gs {
		if best == len(first) {
			return first // all agree with the reference
		}
		if x.u.art != lead.art {
			if n := agree(x.u, x.figs); n > best {
				lead, leadFigs, best = x.u, x.figs, n
			}
		}
	}
	var out map[int]int
	for _, x := range gs {
		if x.u.art == lead.art || !givesOtherFigure(x.u, x.figs, lead, leadFigs) {
			continue
		}
		if out == nil {
			out = maps.Clone(first)
		}
		delete(out, x.u.art)
	}
	if out == nil {
		return first
	}
	return out
}

// givesOtherFigure reports whether unit u gives a figure for something
// unit ref also gives one for, and the two cannot both be true: a count
// of the same unit or a date of the same granularity (not of two events:
// otherEvents), each once in its sentence, neither a bound, a range or a
// weekday (figs and refFigs, their comparableFigures), that differ at
// their precision ("six men were killed" / "seven men were killed"). Such
// a sentence tells the claim's event, and may take a side in a conflict,
// but it does not state the claim as worded.
func givesOtherFigure(u *unit, figs []figure, ref *unit, refFigs []figure) bool {
	for _, f := range figs {
		for _, g := range refFigs {
			if g.kind == f.kind && g.key == f.key && g.value != f.value && !compatible(f, g) && !otherEvents(f, g, u, ref) {
				return true
			}
		}
	}
	return false
}

// otherEvents reports two dates, f of unit u and g of unit ref, of two
// events ("built in 1998" / "refitted in 2011"): not one thing dated
// twice. A date's event is the word before it, so the two differ only
// when neither sentence holds the other's ("sank off Orvell point on 3
// March" / "sank on 4 March off Orvell point" date one sinking).
func otherEvents(f, g figure, u, ref *unit) bool {
	return f.kind == corroborate.ConflictDate && f.event != "" && g.event != "" && f.event != g.event &&
		!containsTokLemma(u.toks, g.event) && !containsTokLemma(ref.toks, f.event)
}

// comparableFigures is the figures of figs that are comparable
// (comparableFigure): figs itself when all are, empty when none is.
func comparableFigures(figs []figure) []figure {
	var out []figure
	for i, f := range figs {
		switch ok := comparableFigure(f, figs); {
		case ok && out != nil:
			out = append(out, f)
		case !ok && out == nil:
			out = append(make([]figure, 0, len(figs)-1), figs[:i]...)
		}
	}
	if out == nil {
		return figs
	}
	return out
}
