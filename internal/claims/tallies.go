package claims

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
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

// tallyPronouns are the doers a tally may name without a name: who they
// are is read from the sentence or the story (tallyDoers).
var tallyPronouns = text.WordSet("it they we")

// tallyBetween may stand between the perfect verb and its figure: "laid
// off 2,300", "shed about 2,000". "another" may not: "cut another 300
// jobs" is an addition, not a total.
var tallyBetween = text.WordSet("off about around roughly nearly almost some")

// markTally sets f's event when f (at toks[i]) is a running total
// (tallyAt). The event names the verb (cutVerbs are one), for a cut staff
// as the unit, and the period the total runs over (tallyPeriod): "since
// 2021" and "this year" are two totals. The doer is not in the event: a
// pronoun ("it had already jettisoned") may be the doer a name gives
// elsewhere, which sameMeasure decides (tallyDoersMeet).
func markTally(toks []token, i int, f *figure) {
	if f.kind != corroborate.ConflictNumber || f.event != "" || f.hedged {
		return
	}
	d, v := tallyAt(toks, i, f)
	if d < 0 {
		return
	}
	verb := toks[v]
	act, unit := verb.lemma, f.key
	if cutVerbs[verb.lemma] {
		if (verb.low == "lay" || verb.low == "laid") && (v+1 >= len(toks) || toks[v+1].low != "off") {
			return
		}
		if staffKeys[f.key] {
			act, unit = "cut", "staff"
		}
	}
	parts := []string{tallyEvent, act, unit}
	if p := tallyPeriod(toks, min(d, i), max(v, i)); p != "" {
		parts = append(parts, p)
	}
	f.event = strings.Join(parts, ":")
}

// tallyAt finds the doer and the verb of a running total whose figure f
// stands at toks[i]: a doer, a perfect auxiliary, "already" and the verb,
// the figure being the verb's object, either right after it ("it has
// already shed 36,000 employees", "has already laid off 2,300 workers") or
// the noun phrase it governs ("the 34,000 people it had already
// jettisoned"). The doer is a name or a pronoun (tallyPronouns): "and",
// "which" or a noun ("9,000 people has already") names none. It returns
// -1s when f is no such total; a passive ("have already been cut") is
// none.
func tallyAt(toks []token, i int, f *figure) (doer, verb int) {
	after := i + 1
	for after < len(toks) && toks[after].start < f.end {
		after++
	}
	k := -1 // the "already"
	if d := after; d < len(toks) {
		if toks[d].low == "that" || toks[d].low == "which" {
			d++ // "the 34,000 people that it had already ..."
		}
		if d+3 < len(toks) && toks[d+2].low == "already" {
			k = d + 2
		}
	}
	if k < 0 {
		j := i - 1
		for j >= 0 && tallyBetween[toks[j].low] {
			j--
		}
		if j >= 2 && toks[j-1].low == "already" {
			k = j - 1
		}
	}
	if k < 2 || k+1 >= len(toks) || !perfectAux[toks[k-1].low] || !tallyDoer(toks[k-2]) {
		return -1, -1
	}
	if v := toks[k+1]; v.num || v.lemma == "" || beForms[v.low] || auxForms[v.low] {
		return -1, -1
	}
	return k - 2, k + 1
}

// tallyDoer reports a token that can be a running total's doer: a
// pronoun (tallyPronouns) or a name.
func tallyDoer(t token) bool {
	return tallyPronouns[t.low] || isTallyName(t)
}

// isTallyName reports a capitalised word that may be a name: not a stop
// word, a figure, a weekday or a month.
func isTallyName(t token) bool {
	return t.capital && t.lemma != "" && !t.num && !weekdays[t.low] && !isMonthTok(t)
}

// periodUnits follow "this", "last" or "past" to make a period.
var periodUnits = text.WordSet("year month week quarter")

// tallyPeriod reads the periods a total at toks[from..to] runs over, within
// a few words around it: "since" and the three words after it ("since
// 2021", "since the savings plan"), "this year" (also in "so far this
// year"), "last year", "in 2025". It returns them joined, "" when none.
func tallyPeriod(toks []token, from, to int) string {
	var ps []string
	for k := max(from-8, 0); k < len(toks) && k <= to+8; k++ {
		w := toks[k].low
		switch {
		case w == "since":
			var p []string
			for j := k; j < len(toks) && j <= k+3; j++ {
				p = append(p, toks[j].low)
			}
			ps = append(ps, strings.Join(p, " "))
		case (w == "this" || w == "last" || w == "past") && k+1 < len(toks) && periodUnits[toks[k+1].low]:
			ps = append(ps, w+" "+toks[k+1].low)
		case (w == "in" || w == "during") && k+1 < len(toks) && isYear(toks[k+1]):
			ps = append(ps, "in "+toks[k+1].low)
		}
	}
	return strings.Join(ps, "+")
}

// isTally reports a figure marked by markTally.
func isTally(f figure) bool {
	return strings.HasPrefix(f.event, tallyEvent+":")
}

// tallyName is who the doer of the total at toks[i] is, folded to
// letters and digits ("H-P" and "HP" meet): a name as its run's first word
// ("Hewlett-Packard Co." is "hewlettpackard"); for a pronoun, the nearest
// name before it in its sentence ("Its rival Orlin said that it has
// already cut"), "" when the sentence names none.
func tallyName(toks []token, i int, f figure) string {
	d, _ := tallyAt(toks, i, &f)
	if d < 0 {
		return ""
	}
	for tallyPronouns[toks[d].low] {
		if d--; d < 0 {
			return ""
		}
		for d >= 0 && !isTallyName(toks[d]) {
			d--
		}
		if d < 0 {
			return ""
		}
	}
	for d > 0 && isTallyName(toks[d-1]) {
		d--
	}
	return foldName(toks[d])
}

// foldName is a name word as letters and digits, without a possessive.
func foldName(t token) string {
	return text.LowerAlnum(strings.TrimSuffix(t.low, "'s"))
}

// tallyDoersMeet is how sure it is that the totals fa (token ia of unit
// ua) and fb (ib of ub) are one doer's: confFigureTally for one name, 0
// for two. A pronoun the sentence leaves unnamed meets a name only when
// no other doer in the story has a total and the name is one the
// pronoun's article gives most, never when that article does not give it
// at all; else, or when both are unnamed, who they are is unsure and the
// conflict is held back (confFigureOpen).
func (st *story) tallyDoersMeet(ua, ia int, fa figure, ub, ib int, fb figure) float64 {
	a, b := &st.units[ua], &st.units[ub]
	na, nb := tallyName(a.toks, ia, fa), tallyName(b.toks, ib, fb)
	switch {
	case na != "" && nb != "":
		if na != nb {
			return 0
		}
		return confFigureTally
	case na == "" && nb == "":
		return confFigureOpen
	}
	name, art := na, b.art
	if name == "" {
		name, art = nb, a.art
	}
	for ui := range st.units {
		u := &st.units[ui]
		for _, g := range u.figs {
			if isTally(g) {
				if n := tallyName(u.toks, figTok(u.toks, g), g); n != "" && n != name {
					return confFigureOpen // another doer competes for the pronoun
				}
			}
		}
	}
	switch n, most := st.nameCount(art, name); {
	case n == 0:
		return 0 // the pronoun's article never names the doer
	case n < most:
		return confFigureOpen
	}
	return confFigureTally
}

// nameCount is how often article art gives name (folded, foldName), and
// how often it gives the name it gives most.
func (st *story) nameCount(art int, name string) (n, most int) {
	count := map[string]int{}
	for ui := range st.units {
		if st.units[ui].art != art {
			continue
		}
		for _, t := range st.units[ui].toks {
			if isTallyName(t) {
				c := foldName(t)
				count[c]++
				most = max(most, count[c])
			}
		}
	}
	return count[name], most
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
