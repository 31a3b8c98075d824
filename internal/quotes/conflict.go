package quotes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// speakerConflicts reports a quote-speaker conflict for one quotation when
// two articles give matched words to speakers that cannot be one source:
// people or named bodies that can speak (never an outlet, a place or a
// fragment of a sentence), not sharing a name word, neither speaking for
// the other (a spokesman of the body, its acronym). The confidence weighs
// how each side's speaker was found (a name by the quote, a pronoun, a
// pronoun with another person named in between), whether the words are a
// whole quote or a few words inside a reported sentence, how many words
// the sides share, and how many articles stand on each side.
func speakerConflicts(about string, cl []int, ws []wording, units []unit, edges map[[2]int]bool, arts []corroborate.Article, ms [][]Mention, sp *speakerSet) []corroborate.Conflict {
	// The units of each wording by speaker, for speakers that can speak,
	// and how surely each unit's speaker said the words.
	who := make([]map[int][]int, len(cl))
	strength := map[int]float64{}
	speaks := map[int]bool{}
	for k, wi := range cl {
		who[k] = map[int][]int{}
		for _, ui := range ws[wi].units {
			u := units[ui]
			if u.speaker < 0 {
				continue
			}
			ok, seen := speaks[u.speaker]
			if !seen {
				ok = sp.canSpeak(u.speaker)
				speaks[u.speaker] = ok
			}
			if !ok {
				continue
			}
			if s := unitStrength(u, ms, sp); s > 0 {
				strength[ui] = s
				who[k][u.speaker] = append(who[k][u.speaker], ui)
			}
		}
	}
	type clash struct {
		a, b int // speakers
		conf float64
		ua   []int // units on each side that took part
		ub   []int
	}
	var clashes []clash
	for x := range cl {
		for y := x; y < len(cl); y++ {
			if x != y && !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] {
				continue
			}
			if len(who[x]) == 0 || len(who[y]) == 0 || (x == y && len(who[x]) < 2) {
				continue
			}
			shared := wordCountOf(ws[cl[x]].words)
			if x != y {
				shared = align(ws[cl[x]].words, ws[cl[y]].words).matched
			}
			lf := lengthFactor(shared)
			if lf == 0 {
				continue
			}
			for a, uas := range who[x] {
				for b, ubs := range who[y] {
					if a == b || sp.related(a, b) {
						continue
					}
					c := clash{a: a, b: b}
					kf := kindFactor(sp.list[a], sp.list[b])
					for _, i := range uas {
						for _, j := range ubs {
							if units[i].art == units[j].art {
								continue
							}
							s := min(strength[i], strength[j])
							c.conf = max(c.conf, 0.9*s*lf*kf)
							c.ua, c.ub = append(c.ua, i), append(c.ub, j)
						}
					}
					if c.ua != nil {
						clashes = append(clashes, c)
					}
				}
			}
		}
	}
	if len(clashes) == 0 {
		return nil
	}
	best := 0.0
	for _, c := range clashes {
		best = max(best, c.conf)
	}
	// The sides: every speaker of a clash as strong as a reader would see,
	// or of every clash when none is.
	side := map[int]map[int]bool{}
	for _, c := range clashes {
		if best >= 0.5 && c.conf < 0.5 {
			continue
		}
		for k, s := range [2]int{c.a, c.b} {
			if side[s] == nil {
				side[s] = map[int]bool{}
			}
			for _, ui := range [2][]int{c.ua, c.ub}[k] {
				side[s][ui] = true
			}
		}
	}
	var sides []corroborate.ConflictSide
	for s, us := range side {
		var idx []int
		for ui := range us {
			idx = append(idx, ui)
		}
		sort.Ints(idx)
		sides = append(sides, corroborate.ConflictSide{Value: sp.list[s].Name, Articles: articlesOf(idx, units, arts, func(unit) bool { return true }), Spans: spansOf(idx, units, arts)})
	}
	sort.Slice(sides, func(i, j int) bool {
		fi, fj := firstArticle(sides[i], arts), firstArticle(sides[j], arts)
		if fi != fj {
			return fi < fj
		}
		return sides[i].Value < sides[j].Value
	})
	for _, s := range sides {
		if len(s.Articles) >= 2 {
			best += 0.05
		}
	}
	var names []string
	for _, s := range sides {
		names = append(names, fmt.Sprintf("%s (%s)", s.Value, strings.Join(s.Articles, ", ")))
	}
	return []corroborate.Conflict{{
		Kind:       corroborate.ConflictQuoteSpeaker,
		About:      about,
		Sides:      sides,
		Note:       "the same words are attributed to " + strings.Join(names, " and to "),
		Confidence: clamp01(best),
	}}
}

// unitStrength is how surely a mention's speaker is who said the words,
// from 0 (no evidence) to 1 (a name next to a whole quote).
func unitStrength(u unit, ms [][]Mention, sp *speakerSet) float64 {
	m := ms[u.art][u.men]
	if m.title {
		return 0
	}
	s := 1.0
	switch m.how {
	case resPronoun:
		s = 0.8
	case resCarried:
		s = 0.6
	}
	if m.rival {
		s = 0.3
	}
	if m.Partial {
		s *= 0.6
	}
	spk := sp.list[u.speaker]
	if spk.Kind == "person" && !strings.Contains(spk.Name, " ") {
		s *= 0.85 // a name the article never gives in full
	}
	if spk.Kind != "person" && reportingCues[strings.ToLower(m.Cue)] {
		s *= 0.5 // a body that reports the words rather than says them
	}
	return s
}

// reportingCues say that someone reported words, not that they said them.
var reportingCues = map[string]bool{"reported": true, "reports": true, "writes": true, "wrote": true, "according to": true}

// lengthFactor: a few shared words may be a common phrase; a sentence is a quotation.
func lengthFactor(shared int) float64 {
	switch {
	case shared >= 8:
		return 1
	case shared >= 6:
		return 0.85
	case shared >= 4:
		return 0.55
	}
	return 0
}

// kindFactor: two people are the clearest disagreement; a body may speak
// through a person the other article names; two bodies alone are unsure
// unless several articles stand on a side.
func kindFactor(a, b Speaker) float64 {
	switch {
	case a.Kind == "person" && b.Kind == "person":
		return 1
	case a.Kind == "person" && speaksForSomeone(a) || b.Kind == "person" && speaksForSomeone(b):
		return 0.5 // "a spokesman, John Doe" may speak for the body the other names
	case a.Kind == "person" || b.Kind == "person":
		return 0.9
	}
	return 0.55 // two bodies often issue one statement (a ministry and its government)
}

// speaksForSomeone reports whether a person's roles make them a voice of
// a body: a spokesman, a press secretary, a representative.
func speaksForSomeone(p Speaker) bool {
	for _, r := range p.Roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if spokesRoles[strings.Trim(w, ".,")] {
				return true
			}
		}
	}
	return false
}

// spokesRoles are roles whose words are a body's words.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true, "press": true}

// inDifferentArticles reports whether some article prints a and another b.
func inDifferentArticles(a, b wording, units []unit) bool {
	for _, i := range a.units {
		for _, j := range b.units {
			if units[i].art != units[j].art {
				return true
			}
		}
	}
	return false
}

// articlesOf lists, in story order, the ids of the articles whose units in
// cl satisfy keep.
func articlesOf(cl []int, units []unit, arts []corroborate.Article, keep func(unit) bool) []string {
	var idx []int
	for _, ui := range cl {
		if keep(units[ui]) {
			idx = append(idx, units[ui].art)
		}
	}
	sort.Ints(idx)
	var out []string
	for _, i := range idx {
		out = appendString(out, arts[i].ID)
	}
	return out
}

// spansOf lists where each unit stands, in story order then text order.
func spansOf(us []int, units []unit, arts []corroborate.Article) []corroborate.ClaimSupport {
	idx := append([]int(nil), us...)
	sort.Slice(idx, func(i, j int) bool {
		a, b := units[idx[i]], units[idx[j]]
		if a.art != b.art {
			return a.art < b.art
		}
		return a.span.Start < b.span.Start
	})
	out := make([]corroborate.ClaimSupport, 0, len(idx))
	for _, ui := range idx {
		u := units[ui]
		out = append(out, corroborate.ClaimSupport{Article: arts[u.art].ID, Start: u.span.Start, End: u.span.End})
	}
	return out
}

func firstArticle(s corroborate.ConflictSide, arts []corroborate.Article) int {
	for i, a := range arts {
		for _, id := range s.Articles {
			if a.ID == id {
				return i
			}
		}
	}
	return len(arts)
}

func appendString(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
