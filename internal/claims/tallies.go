package claims

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// tallyEvent opens the event of a figure that is a running total: what a
// doer "has already" or "had already" done, counted ("it has already shed
// 36,000 employees", "the 34,000 people it had already jettisoned"). One
// doer has one such total of one act at a time, so its figures are
// compared story-wide, whatever sentence carries them; as with tolls,
// a later higher total is an update.
const tallyEvent = "tally"

// confFigureTally is the confidence of a tally conflict whose articles'
// times do not settle it (tollConfidence decides the rest).
const confFigureTally = 0.6

// perfectAux are the auxiliaries of a perfect ("has already shed").
var perfectAux = map[string]bool{"has": true, "have": true, "had": true, "'ve": true}

// cutVerbs are verbs of one meaning, taking staff off a payroll: their
// totals are one total whichever of them an article uses. "lay" counts
// only with "off".
var cutVerbs = lemmaSet(`cut cuts shed jettison jettisoned eliminate eliminated axe axed slash slashed
fire fired dismiss dismissed lay laid`)

// staffKeys are the units, as figure keys, of a count of staff: one unit
// for a total of cuts ("34,000 people", "36,000 employees", "jobs").
var staffKeys = lemmaSet("people employees workers jobs staff staffers positions")

// markTally sets f's event when f (at toks[i]) is a running total: an
// "already" right after a perfect auxiliary, within a few words before
// the figure or after it, then the verb. The event names the doer (the
// word before the auxiliary: "it", "Wexcombe"), the verb (cutVerbs are
// one) and, for a cut, staff as the unit. A passive ("have already been
// cut") names no doer and is not read.
func markTally(toks []token, i int, f *figure) {
	if f.kind != corroborate.ConflictNumber || f.event != "" || f.hedged {
		return
	}
	after := i + 1
	for after < len(toks) && toks[after].start < f.end {
		after++
	}
	for k := max(i-3, 2); k < len(toks)-1 && k <= after+3; k++ {
		if k >= i && k < after || toks[k].low != "already" || !perfectAux[toks[k-1].low] {
			continue
		}
		doer, verb := toks[k-2], toks[k+1]
		if doer.num || verb.lemma == "" || beForms[verb.low] || auxForms[verb.low] {
			return
		}
		act, unit := verb.lemma, f.key
		if cutVerbs[verb.lemma] {
			if (verb.low == "lay" || verb.low == "laid") && (k+2 >= len(toks) || toks[k+2].low != "off") {
				return
			}
			if staffKeys[f.key] {
				act, unit = "cut", "staff"
			}
		}
		f.event = strings.Join([]string{tallyEvent, doer.low, act, unit}, ":")
		return
	}
}

// isTally reports a figure marked by markTally.
func isTally(f figure) bool {
	return strings.HasPrefix(f.event, tallyEvent+":")
}

// aloneAbout words a conflict found across sentences by the first side's
// sentence that reads best alone (wordingFaults): "That is on top of the
// 34,000 people it had already jettisoned" points back; "... it has
// already shed 36,000 employees" does less.
func (st *story) aloneAbout(sides []*side) string {
	best, bestFaults := -1, 0
	for _, sd := range sides {
		ui := sd.units[0]
		u := &st.units[ui]
		faults, _ := wordingFaults(st.arts[u.art].Text, u.span.Start, u.span.End, u.toks)
		if best < 0 || faults < bestFaults {
			best, bestFaults = ui, faults
		}
	}
	return clipText(st.units[best].textOf(st.arts), 120)
}
