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
	// the figure most of first gives is the reference, the leading
	// sentence's while none is given by more: an early report of another
	// toll words no claim its later reports contradict
	agree := func(ref *unit) int {
		n := 0
		for _, ui := range first {
			if !givesOtherFigure(&st.units[ui], ref) {
				n++
			}
		}
		return n
	}
	best := agree(lead)
	for _, a := range slices.Sorted(maps.Keys(first)) {
		if u := &st.units[first[a]]; u.art != lead.art {
			if n := agree(u); n > best {
				lead, best = u, n
			}
		}
	}
	var out map[int]int
	for a, ui := range first {
		if a == lead.art || !givesOtherFigure(&st.units[ui], lead) {
			continue
		}
		if out == nil {
			out = maps.Clone(first)
		}
		delete(out, a)
	}
	if out == nil {
		return first
	}
	return out
}

// givesOtherFigure reports whether unit u gives a figure for something
// unit ref also gives one for, and the two cannot both be true: a count
// of the same unit or a date of the same granularity (not of two events:
// otherEvents), each once in its
// sentence, neither a bound, a range or a weekday, that differ at their
// precision ("six men were killed" / "seven men were killed"). Such a
// sentence tells the claim's event, and may take a side in a conflict,
// but it does not state the claim as worded.
func givesOtherFigure(u, ref *unit) bool {
	for _, f := range u.figs {
		if !comparableFigure(f, u.figs) {
			continue
		}
		for _, g := range ref.figs {
			if g.kind == f.kind && g.key == f.key && g.value != f.value && comparableFigure(g, ref.figs) && !compatible(f, g) && !otherEvents(f, g, u, ref) {
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

// comparableFigure reports a figure compared within a claim: not a
// bound, a range or a weekday, and its sentence's only figure of its kind
// and key.
func comparableFigure(f figure, figs []figure) bool {
	if f.hedged || f.key == "weekday" || f.bound != 0 || f.kind != corroborate.ConflictNumber && f.kind != corroborate.ConflictDate {
		return false
	}
	n := 0
	for _, g := range figs {
		if g.kind == f.kind && g.key == f.key {
			n++
		}
	}
	return n == 1
}
