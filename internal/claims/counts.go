package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// confCountOpen is how sure a story-wide count conflict is (countConflicts):
// two sentences that did not align, each giving one exact count of one
// thing with the same holder, may count it at different times or count two
// things; unsure, held back below SureConfidence.
const confCountOpen = 0.45

// countUnits are counted nouns, besides units of measure (measureUnits),
// whose counts recur with other values for other things: times, shares,
// and people, whose counts tolls read.
var countUnits = lemmaSet("percent year years month months day days week weeks hour hours minute minutes second seconds time times people person")

// countConflicts finds one thing counted differently in sentences of two
// articles that did not align ("227 passengers on flight MH370" / "Flight
// MH370 vanished … with 239 passengers"; "four nuclear power plants had shut
// down" / "Five nuclear power plants … have been shut down"): one exact count
// of the noun in each sentence (not people, which tolls read, nor a measure
// of time, distance or weight), the same words between the figure and the
// noun, the same holder where both name one (the name nearest before the
// figure), and either a name and a word next to the figure in common or two
// such words. An article that gives both values is on neither side. Unsure:
// see confCountOpen.
func (st *story) countConflicts() []found {
	type occ struct {
		unit int
		f    figure
	}
	byKey := map[string][]occ{}
	type count struct {
		art        int
		key, value string
	}
	given := map[count]bool{} // what each article counts anywhere
	for ui := range st.units {
		u := &st.units[ui]
		for _, f := range u.figs {
			if f.kind != corroborate.ConflictNumber {
				continue
			}
			given[count{u.art, f.key, f.value}] = true
			if u.quoted || u.post || f.hedged || f.approx || f.val < 2 || strings.Contains(f.key, "/") ||
				countUnits[f.key] || measureUnits[f.key] || keyCount(u.figs, f.key) != 1 || f.val >= 1800 && f.val <= 2100 {
				continue
			}
			byKey[f.key] = append(byKey[f.key], occ{ui, f})
		}
	}
	cluOf := st.clusterOfUnit()
	var out []found
	seen := map[string]bool{}
	for _, k := range sortedKeys(byKey) {
		occs := byKey[k]
		for i, a := range occs {
			for _, b := range occs[i+1:] {
				ua, ub := &st.units[a.unit], &st.units[b.unit]
				if ua.art == ub.art || cluOf[a.unit] == cluOf[b.unit] || a.f.val == b.f.val ||
					given[count{ua.art, k, b.f.value}] || given[count{ub.art, k, a.f.value}] || compatible(a.f, b.f) {
					continue
				}
				if !st.sameCounted(a.unit, a.f, b.unit, b.f) {
					continue
				}
				if st.sameMeasure(a.unit, a.f, b.unit, b.f, true) == 0 {
					continue // a condition, a question, two verbs
				}
				pair := k + "|" + a.f.value + "|" + b.f.value
				if seen[pair] {
					continue
				}
				seen[pair] = true
				sides := []*side{
					{value: a.f.surface, norm: a.f.value, fig: a.f, units: []int{a.unit}, arts: []int{ua.art}},
					{value: b.f.surface, norm: b.f.value, fig: b.f, units: []int{b.unit}, arts: []int{ub.art}},
				}
				f := st.makeConflict(corroborate.ConflictNumber, -1, sides)
				f.conflict.About = clipText(ua.textOf(st.arts), 120)
				f.conflict.Note = fmt.Sprintf("%s vs %s: one thing counted differently, perhaps at different times", a.f.surface, b.f.surface)
				f.conflict.Confidence = confCountOpen
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].conflict.About < out[j].conflict.About })
	return out
}

// sameCounted reports two counts of one noun that count one thing: the
// same words between figure and noun ("Chinese" in "153 Chinese passengers"
// counts a part), the same holder where both name one, and a name and a
// word near the figure in common, or two such words.
func (st *story) sameCounted(ua int, fa figure, ub int, fb figure) bool {
	if between(fa) != between(fb) {
		return false
	}
	if oa, ob := st.holder(ua, fa), st.holder(ub, fb); oa != "" && ob != "" && oa != ob {
		return false
	}
	near := 0
	wa := st.nearWords(ua, fa)
	for w := range st.nearWords(ub, fb) {
		if wa[w] {
			near++
		}
	}
	if near >= 2 {
		return true
	}
	if near == 0 {
		return false
	}
	na := map[string]bool{}
	for k, t := range st.units[ua].toks {
		if k > 0 && t.capital && t.lemma != "" && !isMonthTok(t) && !weekdays[t.low] {
			na[t.low] = true
		}
	}
	for k, t := range st.units[ub].toks {
		if k > 0 && na[t.low] {
			return true
		}
	}
	return false
}

// between is the words between a figure's number and its noun, lower case.
func between(f figure) string {
	w := strings.Fields(strings.ToLower(f.surface))
	if len(w) <= 2 {
		return ""
	}
	return strings.Join(w[1:len(w)-1], " ")
}

// holder is the nearest capitalised name before figure f in its sentence,
// within ten words ("New Democracy with 30 percent of the vote and 128
// seats"), "" when none.
func (st *story) holder(ui int, f figure) string {
	u := &st.units[ui]
	at := figTok(u.toks, f)
	for k := at - 1; k > 0 && k >= at-10; k-- {
		if t := u.toks[k]; t.capital && t.lemma != "" && !isMonthTok(t) && !weekdays[t.low] {
			return t.low
		}
	}
	return ""
}
