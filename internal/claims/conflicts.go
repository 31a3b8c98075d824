package claims

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// side is one value of a conflict and the units that state it.
type side struct {
	value string // as written in the first unit that states it
	norm  string // normalised, for grouping
	fig   figure // for figure sides: the figure of the first occurrence
	units []int  // one per article
	arts  []int  // article indices, same order as units
}

// cleanSides drops articles that state more than one value for the slot
// (several) and orders the sides by support.
func cleanSides(m map[string]*side, several map[int]bool) []*side {
	var sides []*side
	for _, sd := range m {
		var units, arts []int
		for k, a := range sd.arts {
			if !several[a] {
				units = append(units, sd.units[k])
				arts = append(arts, a)
			}
		}
		if len(arts) > 0 {
			sides = append(sides, &side{value: sd.value, norm: sd.norm, units: units, arts: arts})
		}
	}
	sortSides(sides)
	return sides
}

func sortSides(sides []*side) {
	sort.Slice(sides, func(i, j int) bool {
		if len(sides[i].arts) != len(sides[j].arts) {
			return len(sides[i].arts) > len(sides[j].arts)
		}
		return sides[i].arts[0] < sides[j].arts[0]
	})
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// conflictNouns name, for a conflict's note, what its sides give.
var conflictNouns = map[corroborate.ConflictKind]string{
	corroborate.ConflictNumber: "figures", corroborate.ConflictDate: "dates",
	corroborate.ConflictName: "names", corroborate.ConflictNegation: "accounts",
}

// makeConflict builds the contract conflict for sides found in cluster ci;
// the first side is the claim's, the others are against it.
func (st *story) makeConflict(kind corroborate.ConflictKind, ci int, sides []*side) found {
	c := corroborate.Conflict{Kind: kind, Sides: []corroborate.ConflictSide{}}
	if ci >= 0 {
		lu := &st.units[st.groups[st.clusters[ci].leader].units[0]]
		c.About = clipText(lu.textOf(st.arts), 120)
	}
	var parts []string
	for _, sd := range sides {
		cs := corroborate.ConflictSide{Value: sd.value}
		for k, a := range sd.arts {
			cs.Articles = append(cs.Articles, st.ids[a])
			sp := st.units[sd.units[k]].span
			cs.Spans = append(cs.Spans, corroborate.ClaimSupport{Article: st.ids[a], Start: sp.Start, End: sp.End})
		}
		sort.Strings(cs.Articles)
		sort.Slice(cs.Spans, func(i, j int) bool { return cs.Spans[i].Article < cs.Spans[j].Article })
		c.Sides = append(c.Sides, cs)
		parts = append(parts, fmt.Sprintf("%q (%s)", sd.value, st.who(sd.arts)))
	}
	c.Note = fmt.Sprintf("Articles give different %s: %s.", conflictNouns[kind], strings.Join(parts, " vs "))
	f := found{conflict: c, cluster: ci, with: sides[0].units}
	for _, sd := range sides[1:] {
		f.against = append(f.against, sd.units...)
	}
	return f
}

// who names a few articles by outlet (or id), for notes.
func (st *story) who(arts []int) string {
	var names []string
	seen := map[string]bool{}
	for _, a := range arts {
		n := st.ids[a]
		if o := st.arts[a].Outlet; o != nil && *o != "" {
			n = *o
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if len(names) > 3 {
		return fmt.Sprintf("%s and %d more", strings.Join(names[:2], ", "), len(names)-2)
	}
	return strings.Join(names, ", ")
}

// clipText shortens s to at most n runes at a word boundary.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < n/2 {
		return string(r) + "…"
	}
	return string(r)[:cut] + "…"
}
