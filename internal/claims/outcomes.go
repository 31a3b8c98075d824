package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// confOutcome is how sure a conflict between "50 people were killed" and
// "at least 50 people were injured" is: the same count in sentences that
// tell one event alike may be one figure given as deaths by one article
// and as injuries by another, or two true figures of one event; unsure.
const confOutcome = 0.4

// minOutcomeContext is the content words, besides the count's own, that
// two sentences must share to tell one event: where, by whom, how.
const minOutcomeContext = 4

// outcomeConflicts finds one count of people given as deaths by some
// articles and as injuries by others, in sentences that otherwise tell the
// same event: the same figure tied to a death word in one and an injury
// word in the other, and similar enough to state one claim but for that
// word. Each is unsure.
func (st *story) outcomeConflicts(threshold float64) []found {
	type occ struct {
		unit    int
		outcome uint8
		f       figure
	}
	byFig := map[string][]occ{}
	for ui := range st.units {
		for _, f := range st.outcomeFigures(ui) {
			if f.val < 2 || strings.Contains(f.key, "/") {
				continue
			}
			k := f.key + "|" + f.value
			byFig[k] = append(byFig[k], occ{ui, st.units[ui].outcome, f})
		}
	}
	var out []found
	for _, k := range sortedKeys(byFig) {
		occs := byFig[k]
		sides := map[uint8]*side{}
		perArt := map[int]uint8{}
		for i, a := range occs {
			for _, b := range occs[i+1:] {
				ua, ub := &st.units[a.unit], &st.units[b.unit]
				if a.outcome == b.outcome || ua.art == ub.art || similarity(ua, ub) < threshold || mainShare(ua, ub) < minMainShare || st.sharedWords(ua, ub, a.f) < minOutcomeContext {
					continue
				}
				for _, o := range []occ{a, b} {
					sd := sides[o.outcome]
					if sd == nil {
						word := "killed"
						if o.outcome == outcomeHurt {
							word = "injured"
						}
						v := o.f.surface + " " + word
						sd = &side{value: v, norm: v, fig: o.f}
						sides[o.outcome] = sd
					}
					art := st.units[o.unit].art
					perArt[art] |= o.outcome
					if !containsInt(sd.arts, art) {
						sd.arts = append(sd.arts, art)
						sd.units = append(sd.units, o.unit)
					}
				}
			}
		}
		if len(sides) != 2 {
			continue
		}
		var ss []*side
		for _, o := range []uint8{outcomeKilled, outcomeHurt} {
			sd := sides[o]
			var arts, units []int
			for i, a := range sd.arts {
				if perArt[a] == o { // an article giving both is on neither side
					arts = append(arts, a)
					units = append(units, sd.units[i])
				}
			}
			if len(arts) == 0 {
				break
			}
			sd.arts, sd.units = arts, units
			ss = append(ss, sd)
		}
		if len(ss) != 2 {
			continue
		}
		sortSides(ss)
		f := st.makeConflict(corroborate.ConflictNumber, -1, ss)
		u := &st.units[ss[0].units[0]]
		f.conflict.About = clipText(u.textOf(st.arts), 120)
		var vals []string
		for _, sd := range ss {
			vals = append(vals, sd.value)
		}
		f.conflict.Note = fmt.Sprintf("%s: the same count given as deaths and as injuries", strings.Join(vals, " vs "))
		f.conflict.Confidence = confOutcome
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].conflict.About < out[j].conflict.About })
	return out
}

// outcomeFigures lists the counts of unit ui that tell how many people
// its one outcome (killed or hurt) befell (outcomeOfFigure), not a part
// of one listed after "including" ("28 people, including nine
// children"); none when the sentence tells of both or neither. Every
// unit's are read once, for the outcome and the toll conflicts.
func (st *story) outcomeFigures(ui int) []figure {
	if st.outcomeFigs == nil {
		st.outcomeFigs = map[int][]figure{}
		for i := range st.units {
			if fs := st.readOutcomeFigures(i); len(fs) > 0 {
				st.outcomeFigs[i] = fs
			}
		}
	}
	return st.outcomeFigs[ui]
}

// readOutcomeFigures reads the outcome figures of unit ui (see
// outcomeFigures).
func (st *story) readOutcomeFigures(ui int) []figure {
	u := &st.units[ui]
	if u.outcome != outcomeKilled && u.outcome != outcomeHurt {
		return nil
	}
	var out []figure
	for _, f := range u.figs {
		if at := figTok(u.toks, f); at > 0 && u.toks[at-1].low == "including" {
			continue
		}
		if f.kind == corroborate.ConflictNumber && st.outcomeOfFigure(ui, f, u.outcome) {
			out = append(out, f)
		}
	}
	return out
}

// listEnds open a new clause after a list set between commas.
var listEnds = text.WordSet("and but")

// outcomeOfFigure reports whether figure f of unit ui counts the people
// the sentence's outcome befell: the death or injury word is the verb or
// noun next to the figure ("50 people were killed", "killing 25", "50
// deaths") or to its bound ("killed at least 128 people"), past a list of whom the count includes set between commas
// ("28 people, including nine children, were killed").
func (st *story) outcomeOfFigure(ui int, f figure, outcome uint8) bool {
	u := &st.units[ui]
	at := figTok(u.toks, f)
	if at < 0 {
		return false
	}
	words := killedWords
	if outcome == outcomeHurt {
		words = hurtWords
	}
	s := st.arts[u.art].Text
	end := at + 4
	from := at - 2
	if b, bs := boundOf(u.toks, at); b != 0 {
		// "killed at least 128 people": the death word stands two words
		// before the bound's words, not before the figure
		for from > 0 && u.toks[from+1].start >= bs {
			from--
		}
	}
	for k := max(from, 0); k < len(u.toks) && k <= end; k++ {
		if words[u.toks[k].low] {
			return true
		}
		// "including" right after the count's noun: skip to the comma
		// closing the list ("28 homes, including a school, and killed
		// residents" goes on with another clause, and stops)
		if k > at && u.toks[k-1].end == f.end && u.toks[k].low == "including" && strings.Contains(s[u.toks[k-1].end:u.toks[k].start], ",") {
			j := k + 1
			for j < len(u.toks) && j <= k+6 && !strings.Contains(s[u.toks[j-1].end:u.toks[j].start], ",") {
				j++
			}
			if j < len(u.toks) && j <= k+6 {
				if listEnds[u.toks[j].low] {
					return false
				}
				end, k = j+4, j-1 // the window goes on after the list
			}
		}
	}
	return false
}
