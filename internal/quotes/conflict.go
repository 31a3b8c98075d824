package quotes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// speakerConflicts reports a quote-speaker conflict for one quotation when
// two articles give matched words to named speakers that cannot be the same
// source. Outlets, unnamed speakers and speakers sharing a name word are
// left alone.
func speakerConflicts(about string, cl []int, units []unit, edges map[[2]int]bool, arts []corroborate.Article, sp *speakerSet) []corroborate.Conflict {
	clash := map[int]bool{} // speakers in some conflicting pair
	for x := 0; x < len(cl); x++ {
		for y := x + 1; y < len(cl); y++ {
			a, b := units[cl[x]], units[cl[y]]
			if !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] || a.art == b.art {
				continue
			}
			if !confident(sp, a.speaker) || !confident(sp, b.speaker) || a.speaker == b.speaker || sp.related(a.speaker, b.speaker) {
				continue
			}
			clash[a.speaker], clash[b.speaker] = true, true
		}
	}
	if len(clash) == 0 {
		return nil
	}
	var sides []corroborate.ConflictSide
	var names []string
	for s := range clash {
		side := corroborate.ConflictSide{Value: sp.list[s].Name, Articles: articlesOf(cl, units, arts, func(u unit) bool { return u.speaker == s })}
		sides = append(sides, side)
	}
	sort.Slice(sides, func(i, j int) bool { return firstArticle(sides[i], arts) < firstArticle(sides[j], arts) })
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

// confident reports whether speaker i can take part in a conflict: a named
// person, organisation or document that is not a news outlet.
func confident(sp *speakerSet, i int) bool {
	if i < 0 {
		return false
	}
	s := sp.list[i]
	return s.Named && !s.Outlet
}

// wordingConflicts reports a quote-wording conflict when matched copies of
// a quotation in different articles differ in wording, not only in
// punctuation, case, hyphenation or spelling. Each side is one wording with
// the articles that print it.
func wordingConflicts(cl []int, units []unit, edges map[[2]int]bool, arts []corroborate.Article, opt Options) []corroborate.Conflict {
	differ := map[int]bool{}
	var example [2][]string
	for x := 0; x < len(cl); x++ {
		for y := x + 1; y < len(cl); y++ {
			a, b := units[cl[x]], units[cl[y]]
			if !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] || a.art == b.art {
				continue
			}
			if len(a.words) < opt.minShared() || len(b.words) < opt.minShared() {
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
	if len(differ) == 0 {
		return nil
	}
	byText := map[string]*corroborate.ConflictSide{}
	var order []string
	for _, ui := range cl {
		if !differ[ui] {
			continue
		}
		u := units[ui]
		k := strings.Join(u.words, " ")
		if byText[k] == nil {
			byText[k] = &corroborate.ConflictSide{Value: u.text}
			order = append(order, k)
		}
		byText[k].Articles = appendString(byText[k].Articles, arts[u.art].ID)
	}
	if len(order) < 2 {
		return nil
	}
	sides := make([]corroborate.ConflictSide, len(order))
	for i, k := range order {
		sides[i] = *byText[k]
	}
	return []corroborate.Conflict{{
		Kind:  "quote-wording",
		About: sides[0].Value,
		Sides: sides,
		Note:  fmt.Sprintf("the quotation reads %q in one version and %q in another", strings.Join(example[0], " "), strings.Join(example[1], " ")),
	}}
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
