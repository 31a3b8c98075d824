package quotes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// speakerConflicts reports a quote-speaker conflict for one quotation when
// two articles give matched words (the same wording, or wordings that
// match) to named speakers that cannot be the same source. Outlets,
// unnamed speakers and speakers sharing a name word are left alone.
func speakerConflicts(about string, cl []int, ws []wording, units []unit, edges map[[2]int]bool, arts []corroborate.Article, sp *speakerSet) []corroborate.Conflict {
	// The confident speakers of each wording, with an article of each.
	who := make([]map[int]int, len(cl))
	for k, wi := range cl {
		who[k] = map[int]int{}
		for _, ui := range ws[wi].units {
			if u := units[ui]; confident(sp, u.speaker) {
				if _, ok := who[k][u.speaker]; !ok {
					who[k][u.speaker] = u.art
				}
			}
		}
	}
	clash := map[int]bool{}
	for x := range cl {
		for y := x; y < len(cl); y++ {
			if x != y && !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] {
				continue
			}
			for a := range who[x] {
				for b := range who[y] {
					if a == b || sp.related(a, b) || !differentArticles(cl[x], cl[y], a, b, ws, units) {
						continue
					}
					clash[a], clash[b] = true, true
				}
			}
		}
	}
	if len(clash) == 0 {
		return nil
	}
	var sides []corroborate.ConflictSide
	var all []int
	for _, wi := range cl {
		all = append(all, ws[wi].units...)
	}
	for s := range clash {
		side := corroborate.ConflictSide{Value: sp.list[s].Name, Articles: articlesOf(all, units, arts, func(u unit) bool { return u.speaker == s })}
		sides = append(sides, side)
	}
	sort.Slice(sides, func(i, j int) bool {
		fi, fj := firstArticle(sides[i], arts), firstArticle(sides[j], arts)
		if fi != fj {
			return fi < fj
		}
		return sides[i].Value < sides[j].Value
	})
	var names []string
	for _, s := range sides {
		names = append(names, fmt.Sprintf("%s (%s)", s.Value, strings.Join(s.Articles, ", ")))
	}
	return []corroborate.Conflict{{
		Kind:  "quote-speaker",
		About: about,
		Sides: sides,
		Note:  "the same words are attributed to " + strings.Join(names, " and to "),
	}}
}

// differentArticles reports whether speaker a in wording wa and speaker b in
// wording wb occur in two different articles.
func differentArticles(wa, wb, a, b int, ws []wording, units []unit) bool {
	for _, i := range ws[wa].units {
		if units[i].speaker != a {
			continue
		}
		for _, j := range ws[wb].units {
			if units[j].speaker == b && units[j].art != units[i].art {
				return true
			}
		}
	}
	return false
}

// confident reports whether speaker i can take part in a conflict: a named
// person, organisation or document that is not a news outlet.
func confident(sp *speakerSet, i int) bool {
	if i < 0 {
		return false
	}
	s := sp.list[i]
	return s.Named && !s.Outlet
}

// wordingConflicts reports a quote-wording conflict when matched wordings
// of a quotation, printed by different articles, differ beyond punctuation,
// case, hyphenation or spelling. Each side is one wording with the articles
// that print it.
func wordingConflicts(cl []int, ws []wording, units []unit, edges map[[2]int]bool, arts []corroborate.Article, opt Options) []corroborate.Conflict {
	differ := map[int]bool{}
	var example [2][]string
	for x := range cl {
		for y := x + 1; y < len(cl); y++ {
			a, b := ws[cl[x]], ws[cl[y]]
			if !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] || len(a.words) < opt.minShared() || len(b.words) < opt.minShared() {
				continue
			}
			if !inDifferentArticles(a, b, units) {
				continue
			}
			for _, s := range align(a.words, b.words).subs {
				if material(s) {
					differ[cl[x]], differ[cl[y]] = true, true
					if example[0] == nil {
						example = s
					}
					break
				}
			}
		}
	}
	if len(differ) < 2 {
		return nil
	}
	var sides []corroborate.ConflictSide
	for _, wi := range cl {
		if !differ[wi] {
			continue
		}
		u0 := units[ws[wi].units[0]]
		sides = append(sides, corroborate.ConflictSide{Value: u0.text, Articles: articlesOf(ws[wi].units, units, arts, func(unit) bool { return true })})
	}
	return []corroborate.Conflict{{
		Kind:  "quote-wording",
		About: sides[0].Value,
		Sides: sides,
		Note:  fmt.Sprintf("the quotation reads %q in one version and %q in another", strings.Join(example[0], " "), strings.Join(example[1], " ")),
	}}
}

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
