package claims

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/reuse"
	"github.com/corroborate/corroborate/internal/unionfind"
)

// linksOf indexes the reuse links by (from, to) article index. A link
// without passages, or whose copy takes more than a third of its text from
// the origin, keeps an empty slice: the whole of 'to' counts as derived.
func linksOf(arts []corroborate.Article, rs []corroborate.Reuse) map[[2]int][]corroborate.Passage {
	idx := map[string]int{}
	for i, a := range arts {
		idx[a.ID] = i
	}
	out := map[[2]int][]corroborate.Passage{}
	for _, r := range rs {
		a, okA := idx[r.From]
		b, okB := idx[r.To]
		if !okA || !okB || a == b {
			continue
		}
		k := [2]int{a, b}
		if r.Shared > reuse.DefaultDerivedShare {
			// a copy that takes more than a third of its text from the
			// other counts with it for every claim, as for the story's
			// origins: its own wording of a fact it shares with its
			// origin is a rewrite, not a second report
			out[k] = []corroborate.Passage{}
			continue
		}
		if ps, ok := out[k]; ok && len(ps) == 0 {
			continue // already joined for every claim
		}
		out[k] = append(out[k], r.Passages...)
		if len(r.Passages) == 0 && out[k] == nil {
			out[k] = []corroborate.Passage{}
		}
	}
	return out
}

// claimOrigins counts the independent origins among a claim's supporting
// articles: an article whose supporting sentence lies in a passage it
// reused from another supporting article counts with that article, and one
// crediting another outlet with it with that outlet (joinCredited). Links
// that carry no passages, or whose copy takes more than a third of its
// text from the origin (linksOf), join the two articles for every claim.
func (st *story) claimOrigins(arts []int, first map[int]int) int {
	idx := make(map[int]int, len(arts))
	for k, a := range arts {
		idx[a] = k
	}
	sets := unionfind.New(len(arts))
	for _, from := range arts {
		for _, to := range arts {
			ps, ok := st.links[[2]int{from, to}]
			if !ok || from == to {
				continue
			}
			if len(ps) > 0 && !covered(st.units[first[to]].span, ps) {
				continue
			}
			sets.Union(idx[from], idx[to])
		}
	}
	st.joinCredited(arts, first, sets)
	return sets.Count()
}

// joinCredited joins in sets (indexed as arts) the articles whose
// supporting sentence (first) credits an outlet ("The Harbour Times
// reported that ...", Article.Credits) with that outlet's article, and
// with one another when they credit the same outlet: a report of another
// outlet's report is that outlet's, not an origin of its own.
func (st *story) joinCredited(arts []int, first map[int]int, sets *unionfind.Sets) {
	var byOutlet map[string]int // outlet key -> index into arts, once needed
	var credited map[string]int // outlet key -> index into arts
	for k, a := range arts {
		o := st.creditIn(a, st.units[first[a]].span)
		if o == "" {
			continue
		}
		if byOutlet == nil {
			byOutlet, credited = st.byOutlet(arts), map[string]int{}
		}
		if j, ok := byOutlet[o]; ok {
			sets.Union(k, j)
		}
		if j, ok := credited[o]; ok {
			sets.Union(k, j)
		} else {
			credited[o] = k
		}
	}
}

// creditIn is the key (outletKey) of the outlet that article a credits
// within span, "" when none.
func (st *story) creditIn(a int, span corroborate.Span) string {
	for _, c := range st.arts[a].Credits {
		if c.Start >= span.Start && c.End <= span.End && c.Outlet != "" {
			return outletKey(c.Outlet)
		}
	}
	return ""
}

// byOutlet maps the outlets of articles arts (outletOf) to the index in
// arts of the first article of each.
func (st *story) byOutlet(arts []int) map[string]int {
	out := map[string]int{}
	for k, a := range arts {
		if o := st.outletOf(a); o != "" {
			if _, ok := out[o]; !ok {
				out[o] = k
			}
		}
	}
	return out
}

// outletOf is article a's outlet folded (outletKey), "" when unknown.
func (st *story) outletOf(a int) string {
	if st.outletKeys == nil {
		st.outletKeys = make([]string, len(st.arts))
		for i, x := range st.arts {
			if x.Outlet != nil && *x.Outlet != "" {
				st.outletKeys[i] = outletKey(*x.Outlet)
			}
		}
	}
	return st.outletKeys[a]
}

// outletKey folds an outlet's name, in any form, to compare outlets.
func outletKey(name string) string {
	n, _ := outlets.Canonical(name)
	return outlets.Key(n)
}

// covered reports whether reused passages cover at least half of span.
func covered(span corroborate.Span, ps []corroborate.Passage) bool {
	n := 0
	for _, p := range ps {
		lo, hi := max(span.Start, p.To[0]), min(span.End, p.To[1])
		if hi > lo {
			n += hi - lo
		}
	}
	return 2*n >= span.End-span.Start
}
