package claims

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// side is one value of a conflict and the units that state it.
type side struct {
	value string // as written in the first unit that states it
	norm  string // normalised, for grouping
	units []int  // one per article
	arts  []int  // article indices, same order as units
}

// figureConflicts compares the numbers and dates that the aligned sentences
// of each claim give for the same unit ("people", "city", a day, a year).
// Hedged figures ("about 200,000") and articles that give both values are
// left out, so that only plain disagreements are reported.
func (st *story) figureConflicts() []found {
	var out []found
	seen := map[string]bool{}
	for ci := range st.clusters {
		cl := &st.clusters[ci]
		if len(cl.groups) < 2 {
			continue // every member has the same features, hence the same figures
		}
		bySlot := map[string]map[string]*side{}
		artVals := map[string]map[int]map[string]bool{} // slot -> article -> values
		for _, gi := range cl.groups {
			ui := st.groups[gi].units[0]
			u := &st.units[ui]
			count := map[string]int{}
			for _, f := range u.figs {
				count[f.kind+":"+f.key]++
			}
			for _, f := range u.figs {
				slot := f.kind + ":" + f.key
				if count[slot] != 1 || f.hedged {
					continue
				}
				if bySlot[slot] == nil {
					bySlot[slot] = map[string]*side{}
					artVals[slot] = map[int]map[string]bool{}
				}
				for _, uj := range st.groups[gi].units {
					a := st.units[uj].art
					if artVals[slot][a] == nil {
						artVals[slot][a] = map[string]bool{}
					}
					artVals[slot][a][f.value] = true
					sd := bySlot[slot][f.value]
					if sd == nil {
						sd = &side{value: f.surface, norm: f.value}
						bySlot[slot][f.value] = sd
					}
					if !containsInt(sd.arts, a) {
						sd.arts = append(sd.arts, a)
						sd.units = append(sd.units, uj)
					}
				}
			}
		}
		slots := make([]string, 0, len(bySlot))
		for s := range bySlot {
			slots = append(slots, s)
		}
		sort.Strings(slots)
		for _, slot := range slots {
			sides := cleanSides(bySlot[slot], artVals[slot])
			if len(sides) < 2 {
				continue
			}
			kind := slot[:strings.IndexByte(slot, ':')]
			if kind == "number" && !numbersDiffer(sides) {
				continue
			}
			f := st.makeConflict(kind, ci, sides)
			key := f.conflict.Kind + "|" + sideKey(f.conflict.Sides)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}

// cleanSides drops articles that state more than one value for the slot and
// orders the sides by support.
func cleanSides(m map[string]*side, artVals map[int]map[string]bool) []*side {
	var sides []*side
	for _, sd := range m {
		var units, arts []int
		for k, a := range sd.arts {
			if len(artVals[a]) == 1 {
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

// numbersDiffer reports whether the values are really different figures, not
// the same one rounded ("216,000" and "216,412").
func numbersDiffer(sides []*side) bool {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if !sameFigure(sides[i].norm, sides[j].norm) {
				return true
			}
		}
	}
	return false
}

// sameFigure reports whether two normalised figures can be one value
// written at different precision: "2" and "2.04", "216,000" and "216,412".
func sameFigure(a, b string) bool {
	var x, y float64
	fmt.Sscan(a, &x)
	fmt.Sscan(b, &y)
	return x == y || roundsTo(y, a) || roundsTo(x, b)
}

// roundsTo reports whether v, rounded to the precision s is written at,
// equals s's value.
func roundsTo(v float64, s string) bool {
	var x float64
	fmt.Sscan(s, &x)
	unit := 1.0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		unit = math.Pow(10, -float64(len(s)-i-1))
	} else {
		for k := len(s) - 1; k > 0 && s[k] == '0'; k-- {
			unit *= 10
		}
	}
	return math.Abs(math.Round(v/unit)*unit-x) < unit/1000
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// makeConflict builds the contract conflict for sides found in cluster ci;
// the first side is the claim's, the others are against it.
func (st *story) makeConflict(kind string, ci int, sides []*side) found {
	c := corroborate.Conflict{Kind: kind, Sides: []corroborate.ConflictSide{}}
	if ci >= 0 {
		lu := &st.units[st.groups[st.clusters[ci].leader].units[0]]
		c.About = clipText(lu.textOf(st.arts), 120)
	}
	var parts []string
	for _, sd := range sides {
		cs := corroborate.ConflictSide{Value: sd.value}
		for _, a := range sd.arts {
			cs.Articles = append(cs.Articles, st.ids[a])
		}
		sort.Strings(cs.Articles)
		c.Sides = append(c.Sides, cs)
		parts = append(parts, fmt.Sprintf("%q (%s)", sd.value, st.who(sd.arts)))
	}
	what := map[string]string{"number": "figures", "date": "dates", "name": "names", "negation": "accounts"}[kind]
	c.Note = fmt.Sprintf("Articles give different %s: %s.", what, strings.Join(parts, " vs "))
	f := found{conflict: c, cluster: ci}
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

func sideKey(sides []corroborate.ConflictSide) string {
	var ks []string
	for _, s := range sides {
		ks = append(ks, s.Value+"="+strings.Join(s.Articles, ","))
	}
	sort.Strings(ks)
	return strings.Join(ks, ";")
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
