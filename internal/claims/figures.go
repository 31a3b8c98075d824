package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// figOcc is one figure in one article's sentence.
type figOcc struct {
	unit int
	art  int
	f    figure
}

// figureConflicts finds numbers and dates that articles give differently
// for the same thing: first within each claim (aligned sentences, the same
// unit or date granularity), then across the story for the same rate
// unit or the same dated event when the sentences share context, one
// story's delay, one doer's running total of one act (markTally), a
// distance between places named alike (markDistance), and for
// one owner's money measure of one year (measureConflicts). Bounds and
// ranges ("more than 200", "50 or 60") are never compared; rounded figures
// ("about 38,000") are compared at their precision; articles that give both
// values are left out.
func (st *story) figureConflicts() []found {
	var out []found
	index := map[string]int{} // conflict key -> index in out
	add := func(f found) {
		key := string(f.conflict.Kind) + "|" + sideValues(f.conflict.Sides)
		if k, ok := index[key]; ok {
			mergeSides(&out[k].conflict, f.conflict)
			out[k].conflict.Confidence = max(out[k].conflict.Confidence, f.conflict.Confidence)
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
			for _, f := range rep.figs {
				if !comparableFigure(f, rep.figs) {
					continue
				}
				slot := string(f.kind) + ":" + f.key
				for _, ui := range st.groups[gi].units {
					bySlot[slot] = append(bySlot[slot], figOcc{ui, st.units[ui].art, f})
				}
			}
		}
		for _, slot := range sortedKeys(bySlot) {
			sides := figureSides(bySlot[slot])
			if len(sides) < 2 || !conflicting(sides) {
				continue
			}
			conf := st.figureConfidence(sides, true)
			if conf == 0 {
				continue
			}
			f := st.makeConflict(bySlot[slot][0].f.kind, ci, sides)
			st.figureNote(&f.conflict, sides, conf)
			add(f)
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
			case f.kind == corroborate.ConflictNumber && strings.Contains(f.key, "/"):
				// story-wide, only rates ("vehicles a day"): counts, even of
				// what happened ("60 people were arrested"), recur with other
				// values for other days and places of one story
				slot = "number:" + f.key
			case f.kind == corroborate.ConflictNumber && f.event == delayEvent:
				// how late the story's event was: one figure, in whatever
				// sentence ("delayed by 30 minutes", "50 minutes late")
				slot = "number:" + f.key + ":" + f.event
			case f.event == distanceEvent:
				// how far apart two places are, in kilometres: compared
				// when the sentences give a name both (sameMeasure)
				slot = "number:" + f.key + ":" + f.event
			case isTally(f):
				// what one doer has done so far: the event names the
				// doer, the act and the unit
				slot = "number:" + f.event
			case f.kind == corroborate.ConflictDate && f.key != "weekday" && f.event != "":
				slot = "date:" + f.key + ":" + f.event
			default:
				continue
			}
			for _, ui := range st.groups[gi].units {
				bySlot[slot] = append(bySlot[slot], figOcc{ui, st.units[ui].art, f})
			}
		}
	}
	st.joinActivityRates(bySlot)
	for _, slot := range sortedKeys(bySlot) {
		sides := figureSides(bySlot[slot])
		if len(sides) < 2 || !conflicting(sides) {
			continue
		}
		conf := st.figureConfidence(sides, false)
		if isTally(sides[0].fig) {
			// a running total rises as a story goes on
			conf = min(conf, st.tollConfidence(sides))
		}
		if conf == 0 {
			continue
		}
		f := st.makeConflict(sides[0].fig.kind, cluOf[sides[0].units[0]], sides)
		if about := figureAbout(sides[0].fig); about != "" {
			f.conflict.About = about
		} else if isTally(sides[0].fig) {
			f.conflict.About = st.aloneAbout(sides)
		}
		st.figureNote(&f.conflict, sides, conf)
		add(f)
	}
	for _, f := range st.measureConflicts() {
		add(f)
	}
	return out
}

// comparableFigure reports a figure of figs compared within a claim: not
// hedged (a bound or a range: a figure with a bound is hedged), not a
// weekday (weekdays shift with time zones, midnight and the day of
// writing), and its sentence's only figure of its kind and key. The
// figure conflicts of a claim compare these, and a sentence giving
// another of them than the claim's does not state it (givesOtherFigure).
func comparableFigure(f figure, figs []figure) bool {
	if f.hedged || f.key == "weekday" {
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

// joinActivityRates moves a rate counted as an activity ("38,000 daily
// crossings", slot number:crossing/day) into the slot of the rate counted
// as who does it ("38,000 vehicles cross the span every day", slot
// number:vehicl/day): the same measure in other words, so the figures agree
// or conflict as one. The activity is the verb right after the figure; the
// counted activity is a unit noun made from that verb ("crossing", "visit").
func (st *story) joinActivityRates(bySlot map[string][]figOcc) {
	byVerb := map[string]string{} // "cross/day" -> "number:vehicl/day"
	for _, slot := range sortedKeys(bySlot) {
		for _, o := range bySlot[slot] {
			i := strings.IndexByte(o.f.key, '/')
			if o.f.kind != corroborate.ConflictNumber || i < 0 {
				continue
			}
			u := &st.units[o.unit]
			g := st.figureIn(o.unit, o.f)
			for _, t := range u.toks {
				if t.start < g.end {
					continue
				}
				if !t.num && !t.capital && t.lemma != "" && t.lemma != o.f.key[:i] {
					if act := t.lemma + o.f.key[i:]; byVerb[act] == "" {
						byVerb[act] = slot
					}
				}
				break
			}
		}
	}
	for _, slot := range sortedKeys(bySlot) {
		key := strings.TrimPrefix(slot, "number:")
		i := strings.IndexByte(key, '/')
		if key == slot || i < 0 || lemma(key[:i]) == key[:i] {
			continue
		}
		if to := byVerb[lemma(key[:i])+key[i:]]; to != "" && to != slot {
			bySlot[to] = append(bySlot[to], bySlot[slot]...)
			delete(bySlot, slot)
		}
	}
}

// figureAbout words what a story-wide figure conflict is about: "how many
// vehicles a day". It returns "" when the sentence says it better.
func figureAbout(f figure) string {
	if f.kind != corroborate.ConflictNumber || !strings.Contains(f.key, "/") {
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
	// an article's first value, and whether it gives another
	first, several := map[int]string{}, map[int]bool{}
	bySide := map[string]*side{}
	var keys []string
	for _, o := range occs {
		k := string(o.f.rel) + o.f.value
		if f, ok := first[o.art]; !ok {
			first[o.art] = k
		} else if f != k {
			several[o.art] = true
		}
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
			if !several[a] {
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

// sharedContext reports whether sentences ua and ub, on two incompatible
// sides, are about the same thing story-wide: a dated event needs one more
// shared content word, a rate ("vehicles a day") none.
func (st *story) sharedContext(ua, ub int, f figure) bool {
	need := 0 // a rate ("vehicles a day") is specific enough
	if f.kind == corroborate.ConflictDate {
		need = 1
	}
	return st.sharedWords(&st.units[ua], &st.units[ub], f) >= need
}

// localContext reports whether, in two aligned sentences, the words next to
// the figures meet: "destroyed 42 homes" and "destroyed 45 homes" are one
// fact; "one attacker was killed" and "two attackers set off vests", in one
// loosely aligned claim, are two.
func (st *story) localContext(ua int, fa figure, ub int, fb figure) bool {
	wa := st.nearWords(ua, fa)
	for w := range st.nearWords(ub, fb) {
		if wa[w] {
			return true
		}
	}
	return false
}

// nearWords are the content lemmas within a few words of figure f in unit
// ui, leaving out the figure's own unit and months.
func (st *story) nearWords(ui int, f figure) map[string]bool {
	u := &st.units[ui]
	out := map[string]bool{}
	at := figTok(u.toks, f)
	if at < 0 {
		return out
	}
	skip := map[string]bool{}
	for _, part := range strings.Split(f.key, "/") {
		skip[part] = true
	}
	for k := max(at-5, 0); k < len(u.toks) && k <= at+6; k++ {
		t := u.toks[k]
		if t.lemma != "" && !t.num && !skip[t.lemma] && !isMonthTok(t) && (t.end <= f.start || t.start >= f.end) {
			out[t.lemma] = true
		}
	}
	return out
}

// figTok is the index of the first token of figure f in toks, -1 if none.
func figTok(toks []token, f figure) int {
	for k, t := range toks {
		if t.start >= f.start {
			return k
		}
	}
	return -1
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
	// sentences are short: lists searched in turn cost less than the
	// maps they stand for (a's words, and b's counted)
	words := make([]string, 0, 64)
	for _, t := range a.toks {
		if t.lemma != "" && !t.num && t.lemma != f.event && !keyPart(f.key, t.lemma) && !isMonthTok(t) {
			words = append(words, t.lemma)
		}
	}
	counted := make([]string, 0, 16)
	for _, t := range b.toks {
		if t.lemma != "" && slices.Contains(words, t.lemma) && !slices.Contains(counted, t.lemma) {
			counted = append(counted, t.lemma)
		}
	}
	return len(counted)
}

// keyPart reports whether w is one of the parts of key between slashes
// ("vehicle/day").
func keyPart(key, w string) bool {
	for {
		part, rest, more := strings.Cut(key, "/")
		if part == w {
			return true
		}
		if !more {
			return false
		}
		key = rest
	}
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

// spanOf is the span of article id among spans, which hold one per article.
func spanOf(spans []corroborate.ClaimSupport, id string, k int) corroborate.ClaimSupport {
	for _, sp := range spans {
		if sp.Article == id {
			return sp
		}
	}
	return spans[k]
}

// mergeSides adds the articles of b's sides to a's sides of the same value.
func mergeSides(a *corroborate.Conflict, b corroborate.Conflict) {
	for _, sb := range b.Sides {
		for i := range a.Sides {
			if strings.EqualFold(a.Sides[i].Value, sb.Value) {
				for k, id := range sb.Articles {
					if !slices.Contains(a.Sides[i].Articles, id) {
						a.Sides[i].Articles = append(a.Sides[i].Articles, id)
						a.Sides[i].Spans = append(a.Sides[i].Spans, spanOf(sb.Spans, id, k))
					}
				}
				sort.Strings(a.Sides[i].Articles)
				sort.Slice(a.Sides[i].Spans, func(x, y int) bool { return a.Sides[i].Spans[x].Article < a.Sides[i].Spans[y].Article })
			}
		}
	}
}
