package reuse

import (
	"cmp"
	"slices"
)

// dropRetold removes the pairs that count only because one side credits
// an outlet for quotations the two share (quotesCreditedUnknown) when a
// third article, paired with neither of them, carries most of those
// quotations too: the words went round the story from their speaker (a
// video, a news conference, a statement), and the credit says where one
// article heard them, not that it took them from the other. A third
// article paired with one of the two (a reprint, a copy) says nothing of
// the sort: the quotation may well be the credited outlet's alone. Nor
// does a third article of the credited outlet, or one that credits that
// outlet too (in a sentence of its own, so it is paired with neither): it
// carries the outlet's words, as the crediting side does.
func dropRetold(arts []*article, pairs []*pair, k int, ix *aliasIndex) []*pair {
	var related map[[2]int]bool
	for _, p := range pairs {
		if p.heard == nil {
			continue
		}
		if related == nil {
			related = make(map[[2]int]bool, 2*len(pairs))
			for _, q := range pairs {
				related[[2]int{q.a, q.b}], related[[2]int{q.b, q.a}] = true, true
			}
		}
		teller := arts[p.b]
		if p.heardOnA {
			teller = arts[p.a]
		}
		heard := heardShingles(teller, p.heard, k)
		if len(heard) == 0 {
			continue
		}
		for _, c := range arts {
			if c.idx == p.a || c.idx == p.b || related[[2]int{c.idx, p.a}] || related[[2]int{c.idx, p.b}] {
				continue
			}
			if p.heardFrom != "" {
				if _, credits := creditTo(c, p.heardFrom, ix); credits || ix.sameOutlet(c.outlet, p.heardFrom) {
					continue
				}
			}
			if 2*carried(c, heard) >= len(heard) {
				p.retold = true
				break
			}
		}
	}
	return slices.DeleteFunc(pairs, func(p *pair) bool { return p.retold })
}

// heardShingles returns the hashes of a's shingles that lie inside
// quotations within the spans ss.
func heardShingles(a *article, ss []span, k int) []uint64 {
	var out []uint64
	for _, s := range a.shingles {
		in := false
		for _, r := range ss {
			in = in || (s.pos >= r.lo && s.pos+int32(k) <= r.hi)
		}
		if in && a.toks[s.pos].flags&fQuoted != 0 && a.toks[s.pos+int32(k)-1].flags&fQuoted != 0 {
			out = append(out, s.hash)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// carried counts the hashes of hs that are among c's shingles.
func carried(c *article, hs []uint64) int {
	n := 0
	for _, h := range hs {
		if _, ok := slices.BinarySearchFunc(c.shingles, h, func(s shingle, h uint64) int { return cmp.Compare(s.hash, h) }); ok {
			n++
		}
	}
	return n
}
