package reuse

import (
	"math/rand/v2"

	"github.com/corroborate/corroborate"
)

// Story generates one synthetic story of n articles from pool, for speed
// and memory benchmarks: about one article in twenty is an origin (a real
// source article); one in ten is an article of its own; the rest derive from
// one origin (four in five) or two, in any style, with text of their own,
// and one in ten of those copies another copy instead. With wire set, one
// origin feeds every other article, as a news agency's story picked up by
// hundreds of outlets. Reproducible for a seed.
func Story(pool []Source, n int, seed uint64, wire bool) []corroborate.Article {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	g := gen{r: r, pool: pool}
	styles := []string{"verbatim", "light-edit", "condensed"}
	norig := max(2, n/20)
	if wire {
		norig = 1
	}
	var origins []Source
	seen := map[string]bool{}
	for len(origins) < min(norig, len(pool)) {
		s := pool[r.IntN(len(pool))]
		if !seen[s.ID] {
			seen[s.ID] = true
			origins = append(origins, s)
		}
	}
	out := make([]corroborate.Article, 0, n)
	var derived []Source // copies, as sources for copies of copies
	for i := 0; len(out) < n; i++ {
		id := caseID(i, "story")
		if i < len(origins) {
			out = append(out, *article(id, sourceText(origins[i])))
			continue
		}
		donor := pool[r.IntN(len(pool))]
		var blocks [][]piece
		switch x := r.Float64(); {
		case !wire && x < 0.1:
			blocks = [][]piece{g.own(donor, 4+r.IntN(8))}
		case len(derived) > 0 && x < 0.19:
			blocks = [][]piece{g.derive(derived[r.IntN(len(derived))], 0, styles[r.IntN(3)])}
		default:
			blocks = [][]piece{g.derive(origins[r.IntN(len(origins))], 0, styles[r.IntN(3)])}
			if !wire && r.Float64() < 0.2 {
				blocks = append(blocks, g.derive(origins[r.IntN(len(origins))], 1, styles[r.IntN(3)]))
			}
		}
		body := sourceText(Source{Paras: paras(g.frame(donor, blocks...))})
		out = append(out, *article(id, body))
		if len(derived) < 50 {
			if s, ok := newSource(id, "story", body); ok {
				derived = append(derived, s)
			}
		}
	}
	return out
}

// paras regroups pieces into paragraphs of sentences.
func paras(ps []piece) [][]string {
	var out [][]string
	for i, p := range ps {
		if i == 0 || p.para {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], p.prefix+p.text+p.suffix)
	}
	return out
}
