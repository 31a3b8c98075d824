package quotes

import (
	"sort"

	"github.com/corroborate/corroborate/internal/unionfind"
)

// clusterUnits joins matched wordings into quotations, each cluster in
// order, clusters in order of first appearance. Every wording of a
// quotation matches its longest wording, the text the quotation is shown
// with: a short opening two statements share ("We are aware of reports")
// does not chain a statement to another one that only begins the same way.
func clusterUnits(ws []wording, units []unit, edges map[[2]int]bool) [][]int {
	sets := unionfind.New(len(ws))
	for e := range edges {
		sets.Union(e[0], e[1])
	}
	var out [][]int
	for _, cl := range sets.Groups() {
		out = append(out, splitCluster(cl, ws, units, edges)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// splitCluster splits a cluster of wordings into quotations. Near copies
// of one wording (most words of each shared, or a long passage shared by
// two overlapping excerpts) stay together; a wording that is a short part
// of a longer one joins the quotation of the longer. When a part belongs
// to longer wordings of different quotations (two statements that open
// alike), it joins the one holding another part of its own mention
// (`"We have seen the claims," she said. "None of them checks
// out."`), else the one it covers most of, and never chains them.
func splitCluster(cl []int, ws []wording, units []unit, edges map[[2]int]bool) [][]int {
	if len(cl) < 3 {
		return [][]int{cl}
	}
	pos := make(map[int]int, len(cl))
	for i, wi := range cl {
		pos[wi] = i
	}
	near := unionfind.New(len(cl))
	hosts := make([][]int, len(cl)) // longer wordings each one is part of
	cover := map[[2]int]float64{}   // share of the longer a part covers
	for e := range edges {
		a, okA := pos[e[0]]
		b, okB := pos[e[1]]
		if !okA || !okB {
			continue
		}
		na, nb := wordCountOf(ws[e[0]].words), wordCountOf(ws[e[1]].words)
		l := align(ws[e[0]].words, ws[e[1]].words).matched
		if 5*l >= 4*max(na, nb) || 5*l < 4*min(na, nb) {
			near.Union(a, b)
			continue
		}
		if na > nb {
			a, b, na, nb = b, a, nb, na
		}
		hosts[a] = append(hosts[a], b)
		cover[[2]int{a, b}] = float64(l) / float64(max(1, nb))
	}
	comps := near.Groups()
	compOf := make([]int, len(cl))
	size := make([]int, len(comps))
	for ci, c := range comps {
		for _, i := range c {
			compOf[i] = ci
			size[ci] = max(size[ci], wordCountOf(ws[cl[i]].words))
		}
	}
	order := make([]int, len(comps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return size[order[i]] > size[order[j]] })
	group := make([]int, len(comps)) // component -> its quotation, -1 undecided
	for i := range group {
		group[i] = -2
	}
	var ambiguous []int
	for _, ci := range order {
		gs := map[int]bool{}
		for _, i := range comps[ci] {
			for _, h := range hosts[i] {
				if g := group[compOf[h]]; g >= 0 {
					gs[g] = true
				}
			}
		}
		switch len(gs) {
		case 0:
			group[ci] = ci
		case 1:
			for g := range gs {
				group[ci] = g
			}
		default:
			group[ci] = -1
			ambiguous = append(ambiguous, ci)
		}
	}
	for _, ci := range ambiguous {
		score := map[int]float64{}
		for _, i := range comps[ci] {
			for _, h := range hosts[i] {
				if g := group[compOf[h]]; g >= 0 {
					score[g] = max(score[g], cover[[2]int{i, h}])
				}
			}
		}
		for g := range score {
			if sharesMention(comps[ci], g, group, compOf, comps, cl, ws, units) {
				score[g]++
			}
		}
		best := -1
		for g, s := range score {
			if best < 0 || s > score[best] || s == score[best] && g < best {
				best = g
			}
		}
		group[ci] = best
	}
	byGroup := map[int][]int{}
	for ci, c := range comps {
		for _, i := range c {
			byGroup[group[ci]] = append(byGroup[group[ci]], cl[i])
		}
	}
	out := make([][]int, 0, len(byGroup))
	for _, g := range byGroup {
		sort.Ints(g)
		out = append(out, g)
	}
	return out
}

// sharesMention reports whether a mention with a wording in component c
// has another part in quotation g.
func sharesMention(c []int, g int, group, compOf []int, comps [][]int, cl []int, ws []wording, units []unit) bool {
	mine := map[[2]int]bool{}
	inC := map[int]bool{}
	for _, i := range c {
		inC[i] = true
		for _, ui := range ws[cl[i]].units {
			mine[[2]int{units[ui].art, units[ui].men}] = true
		}
	}
	for i := range cl {
		if inC[i] || group[compOf[i]] != g {
			continue
		}
		for _, ui := range ws[cl[i]].units {
			if mine[[2]int{units[ui].art, units[ui].men}] {
				return true
			}
		}
	}
	return false
}
