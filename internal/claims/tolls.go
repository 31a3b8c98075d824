package claims

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// Confidences of a toll conflict: two exact counts of the dead (or the
// hurt) in one place, in sentences that need not align. Counts rise as a
// story goes on, so figures from reports of unknown times are shown as
// differing figures, just sure enough to be seen; a later report giving
// fewer than an earlier one contradicts it. A later report giving more is
// an update and no conflict.
const (
	confToll      = 0.5
	confTollFalls = 0.6
)

// tollPlaces, before a capitalised word, make it the place a toll is of:
// "hurt in Orvell", "killed at Tarn".
var tollPlaces = map[string]bool{"in": true, "at": true, "near": true}

// toll is one count of people killed or hurt in a named place: exact, or
// bounded one way ("at least 28").
type toll struct {
	unit    int
	f       figure
	outcome uint8
	written string // the place as the sentence writes it; its key is in lower case
}

// tolls finds the tolls of unit ui, given its outcome figures (figs, see
// outcomeFigures): an exact count or one bounded one way ("at least 28";
// no range, nothing rounded) of
// the people the sentence says were killed, or hurt (one outcome only), in
// a place it names; a sentence of another year ("in 2011") or that hedges
// or conditions the count gives none.
func (st *story) tolls(ui int, figs []figure) []toll {
	u := &st.units[ui]
	s := st.arts[u.art].Text
	var written []string
	for k := 1; k < len(u.toks); k++ {
		t := u.toks[k]
		if t.num && t.val >= 1800 && t.val <= 2100 && !strings.Contains(t.text, ",") {
			return nil // another year's event, perhaps
		}
		p := k - 1
		if u.toks[p].low == "the" && p > 0 {
			p--
		}
		if t.capital && t.lemma != "" && tollPlaces[u.toks[p].low] {
			// the whole name: "Port Arden", not "Port"
			e := k
			for e+1 < len(u.toks) && u.toks[e+1].capital && u.toks[e+1].lemma != "" && s[u.toks[e].end:u.toks[e+1].start] == " " &&
				!weekdays[u.toks[e+1].low] && months[u.toks[e+1].low] == 0 {
				e++
			}
			written = append(written, s[t.start:u.toks[e].end])
		}
	}
	if len(written) == 0 {
		return nil
	}
	var out []toll
	for _, f := range figs {
		if f.hedged && f.bound == 0 || f.approx || f.val < 2 || strings.Contains(f.key, "/") {
			continue
		}
		at := figTok(u.toks, f)
		if m := moodAt(s, u.toks, at, at); !m.asserts() || m.hedged {
			continue
		}
		for _, w := range written {
			out = append(out, toll{unit: ui, f: f, outcome: u.outcome, written: w})
		}
	}
	return out
}

// tollConflicts finds articles giving different exact counts of the dead,
// or of the hurt, in one place, in sentences that did not align (aligned
// ones are read by figureConflicts, when both counts are exact). An
// article giving two counts of a place's toll is on neither side, and so is
// one giving another side's count anywhere: a count in a sentence naming
// another place is that place's, and a lower one in a sentence naming none
// may count a part (tollValues). When every article's time is known, a later
// article giving a higher count updates the earlier and is no conflict.
func (st *story) tollConflicts() []found {
	byKey := map[string][]toll{}
	counts := map[int]map[uint8]map[string]bool{} // article -> outcome -> values it gives
	for ui := range st.units {
		u := &st.units[ui]
		if u.post {
			continue
		}
		figs := st.outcomeFigures(ui)
		if len(figs) == 0 {
			continue
		}
		tls := st.tolls(ui, figs)
		for _, tl := range tls {
			k := fmt.Sprintf("%d|%s", tl.outcome, strings.ToLower(tl.written))
			byKey[k] = append(byKey[k], tl)
		}
		if len(tls) > 0 {
			// a count in another named place ("at least 80 at the
			// Bataclan") is no second count of this place's toll
			continue
		}
		if counts[u.art] == nil {
			counts[u.art] = map[uint8]map[string]bool{}
		}
		if counts[u.art][u.outcome] == nil {
			counts[u.art][u.outcome] = map[string]bool{}
		}
		for _, f := range figs {
			counts[u.art][u.outcome][f.value] = true
		}
	}
	cluOf := st.clusterOfUnit()
	var out []found
	for _, k := range sortedKeys(byKey) {
		tls := byKey[k]
		m := map[string]*side{}
		several := map[int]bool{} // articles giving more than one toll
		clusters := map[int]figure{}
		aligned := false
		for _, tl := range tls {
			u := &st.units[tl.unit]
			if tl.f.bound == 0 {
				// figureConflicts reads two exact counts of one claim that
				// clash, never a bound, nor two it reads as one rounded
				// count (41 and 40): those leave the toll to this reading
				if v, ok := clusters[cluOf[tl.unit]]; ok && v.value != tl.f.value && !compatible(v, tl.f) {
					aligned = true
				}
				clusters[cluOf[tl.unit]] = tl.f
			}
			norm := string(tl.f.bound) + tl.f.value
			sd := m[norm]
			if sd == nil {
				v := tl.f.surface
				if tl.f.bound != 0 {
					if b, from := boundOf(u.toks, figTok(u.toks, tl.f)); b != 0 {
						v = st.arts[u.art].Text[from:tl.f.end] // "at least 28 people"
					}
				}
				sd = &side{value: v, norm: norm, fig: tl.f}
				m[norm] = sd
			}
			if !containsInt(sd.arts, u.art) {
				sd.arts = append(sd.arts, u.art)
				sd.units = append(sd.units, tl.unit)
			}
			several[u.art] = several[u.art] || st.tollValues(tls, u.art, tl.f.key, counts[u.art][tl.outcome]) != 1
		}
		if aligned || len(m) < 2 {
			continue
		}
		// an article that gives another side's count elsewhere ("Earlier,
		// a nurse had counted four people injured") gives both values
		given := map[string]bool{} // values some article still stands for
		for _, sd := range m {
			if slices.ContainsFunc(sd.arts, func(a int) bool { return !several[a] }) {
				given[sd.fig.value] = true
			}
		}
		for _, sd := range m {
			for _, a := range sd.arts {
				for v := range given {
					if v != sd.fig.value && counts[a][tls[0].outcome][v] {
						several[a] = true
					}
				}
			}
		}
		sides := cleanSides(m, several)
		if len(sides) < 2 {
			continue
		}
		for _, sd := range sides {
			sd.fig = m[sd.norm].fig
		}
		if slices.ContainsFunc(sides, func(sd *side) bool { return sd.fig.bound != 0 }) && !conflicting(sides) {
			continue // "at least 28" and "30" can both be so
		}
		conf := st.tollConfidence(sides)
		if conf == 0 {
			continue
		}
		f := st.makeConflict(corroborate.ConflictNumber, -1, sides)
		tl := tls[0]
		word := "killed"
		if tl.outcome == outcomeHurt {
			word = "hurt"
		}
		place := tl.written
		for _, x := range tls {
			if x.unit == sides[0].units[0] {
				place = x.written // as the first side writes it
				break
			}
		}
		f.conflict.About = "how many people were " + word + " in " + place
		var vals []string
		for _, sd := range sides {
			vals = append(vals, fmt.Sprintf("%s (%s)", sd.value, st.who(sd.arts)))
		}
		f.conflict.Note = fmt.Sprintf("Articles give different counts of the people %s in %s: %s; counts may change as a story goes on.",
			word, place, strings.Join(vals, " vs "))
		f.conflict.Confidence = conf
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].conflict.About < out[j].conflict.About })
	return out
}

// tollConfidence is how sure a conflict between sides giving a count that
// rises as a story goes on (a toll, a running total) is: confToll
// when some article's time is unknown; when all are known, 0 if the counts
// never fall from an earlier article to a later one (updates), else
// confTollFalls.
func (st *story) tollConfidence(sides []*side) float64 {
	type dated struct {
		val float64
		at  int64
	}
	var ds []dated
	for _, sd := range sides {
		for _, a := range sd.arts {
			t := st.arts[a].Time
			if t.IsZero() {
				return confToll
			}
			ds = append(ds, dated{sd.fig.val, t.Unix()})
		}
	}
	for _, x := range ds {
		for _, y := range ds {
			if x.at < y.at && x.val > y.val {
				return confTollFalls
			}
		}
	}
	return 0
}

// tollValues is how many counts of noun key article art gives of one
// place's toll (tls), counting too those in sentences naming no place
// (unplaced values) that are higher: a lower one may count a part
// ("at least 80 people were killed" at one of the sites of "at least 128
// people killed in Paris"), a higher one is another toll. An article giving
// two is on neither side.
func (st *story) tollValues(tls []toll, art int, key string, unplaced map[string]bool) int {
	vals := map[string]float64{}
	for _, tl := range tls {
		if tl.f.key == key && st.units[tl.unit].art == art {
			vals[tl.f.value] = tl.f.val
		}
	}
	least := -1.0
	for _, v := range vals {
		if least < 0 || v < least {
			least = v
		}
	}
	for v := range unplaced {
		if x, ok := parseNumber(v); ok && x > least {
			vals[v] = x
		}
	}
	return len(vals)
}
