package claims

import (
	"fmt"
	"math"
	"slices"
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

// figOcc is one figure in one article's sentence.
type figOcc struct {
	unit int
	art  int
	f    figure
}

// figureConflicts finds numbers and dates that articles give differently
// for the same thing: first within each claim (aligned sentences, the same
// unit or date granularity), then across the story for the same rate
// unit or the same dated event when the sentences share context. Bounds and
// ranges ("more than 200", "50 or 60") are never compared; rounded figures
// ("about 38,000") are compared at their precision; articles that give both
// values are left out.
func (st *story) figureConflicts() []found {
	var out []found
	index := map[string]int{} // conflict key -> index in out
	add := func(f found) {
		key := f.conflict.Kind + "|" + sideValues(f.conflict.Sides)
		if k, ok := index[key]; ok {
			mergeSides(&out[k].conflict, f.conflict)
			return
		}
		index[key] = len(out)
		out = append(out, f)
	}
	for ci := range st.clusters {
		cl := &st.clusters[ci]
		if len(cl.groups) < 2 {
			continue // every member has the same features, hence the same figures
		}
		bySlot := map[string][]figOcc{}
		for _, gi := range cl.groups {
			rep := &st.units[st.groups[gi].units[0]]
			count := map[string]int{}
			for _, f := range rep.figs {
				count[f.kind+":"+f.key]++
			}
			for _, f := range rep.figs {
				slot := f.kind + ":" + f.key
				if count[slot] != 1 || f.hedged || f.key == "weekday" {
					// weekdays shift with time zones, midnight and the
					// day of writing: not compared
					continue
				}
				for _, ui := range st.groups[gi].units {
					bySlot[slot] = append(bySlot[slot], figOcc{ui, st.units[ui].art, f})
				}
			}
		}
		for _, slot := range sortedKeys(bySlot) {
			sides := figureSides(bySlot[slot])
			if len(sides) < 2 || !conflicting(sides) || !st.localContext(sides) {
				continue
			}
			add(st.makeConflict(bySlot[slot][0].f.kind, ci, sides))
		}
	}
	cluOf := st.clusterOfUnit()
	bySlot := map[string][]figOcc{}
	for gi := range st.groups {
		rep := &st.units[st.groups[gi].units[0]]
		for _, f := range rep.figs {
			var slot string
			switch {
			case f.hedged:
				continue
			case f.kind == "number" && strings.Contains(f.key, "/"):
				// story-wide, only rates ("vehicles a day"): counts, even of
				// what happened ("60 people were arrested"), recur with other
				// values for other days and places of one story
				slot = "number:" + f.key
			case f.kind == "date" && f.key != "weekday" && f.event != "":
				slot = "date:" + f.key + ":" + f.event
			default:
				continue
			}
			for _, ui := range st.groups[gi].units {
				bySlot[slot] = append(bySlot[slot], figOcc{ui, st.units[ui].art, f})
			}
		}
	}
	for _, slot := range sortedKeys(bySlot) {
		sides := figureSides(bySlot[slot])
		if len(sides) < 2 || !conflicting(sides) || !st.sharedContext(sides) {
			continue
		}
		f := st.makeConflict(sides[0].fig.kind, cluOf[sides[0].units[0]], sides)
		if about := figureAbout(sides[0].fig); about != "" {
			f.conflict.About = about
		}
		add(f)
	}
	return out
}

// figureAbout words what a story-wide figure conflict is about: "how many
// vehicles a day". It returns "" when the sentence says it better.
func figureAbout(f figure) string {
	if f.kind != "number" || !strings.Contains(f.key, "/") {
		return ""
	}
	words := strings.Fields(f.surface)
	var unit []string
	for _, w := range words {
		if _, ok := parseNumber(strings.ToLower(w)); ok || multipliers[strings.ToLower(w)] > 0 {
			continue
		}
		unit = append(unit, w)
	}
	if len(unit) == 0 {
		return ""
	}
	return "how many " + strings.Join(unit, " ") + " a " + f.key[strings.IndexByte(f.key, '/')+1:]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// figureSides groups figure occurrences by value (and, for dates, by
// relation), one occurrence per article, dropping articles that give more
// than one value, and orders the sides by support.
func figureSides(occs []figOcc) []*side {
	perArt := map[int]map[string]bool{}
	bySide := map[string]*side{}
	var keys []string
	for _, o := range occs {
		k := string(o.f.rel) + o.f.value
		if perArt[o.art] == nil {
			perArt[o.art] = map[string]bool{}
		}
		perArt[o.art][k] = true
		sd := bySide[k]
		if sd == nil {
			sd = &side{value: o.f.surface, norm: k, fig: o.f}
			bySide[k] = sd
			keys = append(keys, k)
		}
		if !containsInt(sd.arts, o.art) {
			sd.arts = append(sd.arts, o.art)
			sd.units = append(sd.units, o.unit)
		}
	}
	var sides []*side
	for _, k := range keys {
		sd := bySide[k]
		var arts, units []int
		for i, a := range sd.arts {
			if len(perArt[a]) == 1 {
				arts = append(arts, a)
				units = append(units, sd.units[i])
			}
		}
		if len(arts) > 0 {
			sd.arts, sd.units = arts, units
			sides = append(sides, sd)
		}
	}
	sortSides(sides)
	return sides
}

// conflicting reports whether some two sides cannot both be true.
func conflicting(sides []*side) bool {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if !compatible(sides[i].fig, sides[j].fig) {
				return true
			}
		}
	}
	return false
}

// compatible reports whether two figures for one thing can both be true:
// the same value at their precision, or a date within the other's bound.
func compatible(a, b figure) bool {
	if a.kind == "number" {
		if a.approx || b.approx {
			unit := math.Max(precision(a.value), precision(b.value))
			return math.Abs(a.val-b.val) <= unit
		}
		return sameFigure(a.value, b.value)
	}
	if a.key == "weekday" {
		return a.value == b.value
	}
	if a.rel == '=' && b.rel != '=' {
		a, b = b, a
	}
	switch {
	case a.rel == b.rel:
		return a.ord == b.ord
	case b.rel == '=' && a.rel == '<':
		return b.ord <= a.ord
	case b.rel == '=' && a.rel == '>':
		return b.ord >= a.ord
	case a.rel == '<' && b.rel == '>':
		return b.ord <= a.ord
	default: // '>' and '<'
		return a.ord <= b.ord
	}
}

// precision is the place of a figure's last significant digit: 1000 for
// "38000", 0.1 for "1.5".
func precision(v string) float64 {
	if i := strings.IndexByte(v, '.'); i >= 0 {
		return math.Pow(10, -float64(len(v)-i-1))
	}
	unit := 1.0
	for k := len(v) - 1; k > 0 && v[k] == '0'; k-- {
		unit *= 10
	}
	return unit
}

// sharedContext reports whether some sentences on two incompatible sides
// are about the same thing: a dated event needs one more shared content
// word, a rate ("vehicles a day") none.
func (st *story) sharedContext(sides []*side) bool {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if compatible(sides[i].fig, sides[j].fig) {
				continue
			}
			need := 0 // a rate ("vehicles a day") is specific enough
			if sides[i].fig.kind == "date" {
				need = 1
			}
			for _, ua := range sides[i].units {
				for _, ub := range sides[j].units {
					if st.sharedWords(&st.units[ua], &st.units[ub], sides[i].fig) >= need {
						return true
					}
				}
			}
		}
	}
	return false
}

// localContext reports whether, for two incompatible sides, the words
// next to the figures meet: "destroyed 42 homes" and "destroyed 45 homes"
// are one fact; "one attacker was killed" and "two attackers set off vests",
// in one loosely aligned claim, are two.
func (st *story) localContext(sides []*side) bool {
	near := func(ui int, f figure) map[string]bool {
		u := &st.units[ui]
		out := map[string]bool{}
		at := -1
		for k, t := range u.toks {
			if t.start >= f.start && at < 0 {
				at = k
			}
		}
		if at < 0 {
			return out
		}
		skip := map[string]bool{}
		for _, part := range strings.Split(f.key, "/") {
			skip[part] = true
		}
		for k := max(at-5, 0); k < len(u.toks) && k <= at+6; k++ {
			t := u.toks[k]
			if t.lemma != "" && !t.num && !skip[t.lemma] && !isMonthTok(t) && t.end <= f.start || (t.start >= f.end && t.lemma != "" && !t.num && !skip[t.lemma] && !isMonthTok(t)) {
				out[t.lemma] = true
			}
		}
		return out
	}
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if compatible(sides[i].fig, sides[j].fig) {
				continue
			}
			for _, ua := range sides[i].units {
				wa := near(ua, st.figureIn(ua, sides[i].fig))
				for _, ub := range sides[j].units {
					for w := range near(ub, st.figureIn(ub, sides[j].fig)) {
						if wa[w] {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// figureIn finds in unit ui the figure of the same slot as f, with its own
// offsets (copies of a sentence sit at other offsets than the group's
// representative).
func (st *story) figureIn(ui int, f figure) figure {
	for _, g := range st.units[ui].figs {
		if g.kind == f.kind && g.key == f.key && g.value == f.value {
			return g
		}
	}
	return f
}

// sharedWords counts the content lemmas two sentences share, leaving out
// the figure's own unit and event and the words inside figures.
func (st *story) sharedWords(a, b *unit, f figure) int {
	skip := map[string]bool{f.event: true}
	for _, part := range strings.Split(f.key, "/") {
		skip[part] = true
	}
	words := map[string]bool{}
	for _, t := range a.toks {
		if t.lemma != "" && !t.num && !skip[t.lemma] && !isMonthTok(t) {
			words[t.lemma] = true
		}
	}
	n := 0
	for _, t := range b.toks {
		if words[t.lemma] {
			n++
			delete(words, t.lemma)
		}
	}
	return n
}

// sideValues is a conflict's side values, sorted, as one string.
func sideValues(sides []corroborate.ConflictSide) string {
	var vs []string
	for _, s := range sides {
		vs = append(vs, strings.ToLower(s.Value))
	}
	sort.Strings(vs)
	return strings.Join(vs, "|")
}

// mergeSides adds the articles of b's sides to a's sides of the same value.
func mergeSides(a *corroborate.Conflict, b corroborate.Conflict) {
	for _, sb := range b.Sides {
		for i := range a.Sides {
			if strings.EqualFold(a.Sides[i].Value, sb.Value) {
				for _, id := range sb.Articles {
					if !slices.Contains(a.Sides[i].Articles, id) {
						a.Sides[i].Articles = append(a.Sides[i].Articles, id)
					}
				}
				sort.Strings(a.Sides[i].Articles)
			}
		}
	}
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
