package reuse

import (
	"cmp"
	"slices"
	"sync"
)

// posting is one article holding a shingle, by its rank as a likely origin.
type posting struct {
	hash uint64
	rank int32
}

// originRank orders articles by how likely each is to be an origin before
// any alignment: a known earlier publication time first, then a news
// agency's own text, then longer texts. With textRank it only decides which
// pairs are tried when a passage is shared by very many articles.
func originRank(arts []*article) []int32 {
	order := make([]int32, len(arts))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(x, y int32) int {
		a, b := arts[x], arts[y]
		if a.time.IsZero() != b.time.IsZero() {
			if a.time.IsZero() {
				return 1
			}
			return -1
		}
		if c := a.time.Compare(b.time); c != 0 {
			return c
		}
		if a.wire != b.wire {
			if a.wire {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.content, a.content)
	})
	return order
}

// textRank gives each article (by originRank position) its place in a
// second order that ignores times: a news agency's text or one carrying its
// own dateline or sign-off first, then longer texts. An origin whose time
// is unknown still ranks high here.
func textRank(arts []*article, order []int32) []int32 {
	byText := make([]int32, len(order))
	for r := range byText {
		byText[r] = int32(r)
	}
	slices.SortStableFunc(byText, func(x, y int32) int {
		a, b := arts[order[x]], arts[order[y]]
		if wa, wb := a.wire || a.selfMark != "", b.wire || b.selfMark != ""; wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.content, a.content)
	})
	out := make([]int32, len(order))
	for pos, r := range byText {
		out[r] = int32(pos)
	}
	return out
}

// topOf is the part of a large group every holder pairs with: its half
// fanout first holders by originRank and half fanout best by textRank.
// It is sorted by rank.
func topOf(grp []posting, fanout int, text []int32) []posting {
	half := fanout / 2
	top := append([]posting(nil), grp[:half]...)
	rest := append([]posting(nil), grp[half:]...)
	slices.SortStableFunc(rest, func(x, y posting) int { return cmp.Compare(text[x.rank], text[y.rank]) })
	top = append(top, rest[:min(half, len(rest))]...)
	slices.SortFunc(top, func(x, y posting) int { return cmp.Compare(x.rank, y.rank) })
	return top
}

// candidates returns the pairs of articles (lower index first) worth
// aligning, using one index of the shingles of the whole story rather than
// comparing every pair. For each article it picks, greedily, the articles
// that explain most of its shared shingles: first the one sharing most,
// then the one sharing most of what is left, and so on up to maxOrigins,
// each sharing at least minShared shingles not yet explained. Two copies
// of one origin are not paired when the origin explains all they share:
// that reuse is the origin's, and finding its direction would cost a pair
// per two copies. A shingle held by more than maxFanout articles only pairs
// each holder with the maxFanout most likely origins among them (topOf), so
// a wire text republished by hundreds of outlets costs a number of pairs
// linear in the outlets, not quadratic.
func candidates(arts []*article, minShared, maxFanout, workers int) [][2]int32 {
	const maxOrigins = 4
	order := originRank(arts)
	total := 0
	for _, a := range arts {
		total += len(a.shingles)
	}
	ps := make([]posting, 0, total)
	for r, ai := range order {
		sh := arts[ai].shingles
		for i, s := range sh {
			if i > 0 && sh[i-1].hash == s.hash {
				continue
			}
			ps = append(ps, posting{s.hash, int32(r)})
		}
	}
	ps = radixSort(ps) // by hash; ranks stay in order within a hash
	// groups[g] is a run of ps sharing one hash held by two or more articles;
	// member[r] lists the groups article rank r is in.
	var groups [][2]int32
	member := make([][]int32, len(arts))
	for lo := 0; lo < len(ps); {
		hi := lo + 1
		for hi < len(ps) && ps[hi].hash == ps[lo].hash {
			hi++
		}
		if hi-lo >= 2 {
			g := int32(len(groups))
			groups = append(groups, [2]int32{int32(lo), int32(hi)})
			for _, p := range ps[lo:hi] {
				member[p.rank] = append(member[p.rank], g)
			}
		}
		lo = hi
	}
	// Large groups pair their holders with their top (topOf) only.
	text := textRank(arts, order)
	tops := make([][]posting, len(groups))
	for g, span := range groups {
		if grp := ps[span[0]:span[1]]; len(grp) > maxFanout {
			tops[g] = topOf(grp, maxFanout, text)
		}
	}
	// partners is the part of group g that article rank r pairs with.
	partners := func(r, g int32) []posting {
		grp := ps[groups[g][0]:groups[g][1]]
		if tops[g] != nil && !holds(tops[g], r) {
			return tops[g]
		}
		return grp
	}
	ranks := make(chan int32)
	var mu sync.Mutex
	var out [][2]int32
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count := make([]int32, len(arts))
			var touched []int32
			var explained []bool
			var mine [][2]int32
			for r := range ranks {
				for _, g := range member[r] {
					for _, p := range partners(r, g) {
						if p.rank == r {
							continue
						}
						if count[p.rank] == 0 {
							touched = append(touched, p.rank)
						}
						count[p.rank]++
					}
				}
				explained = append(explained[:0], make([]bool, len(member[r]))...)
				for range maxOrigins {
					best := int32(-1)
					for _, q := range touched {
						if count[q] >= int32(minShared) && (best < 0 || count[q] > count[best] || (count[q] == count[best] && q < best)) {
							best = q
						}
					}
					if best < 0 {
						break
					}
					// Among the partners sharing nearly as much (nine tenths),
					// also try the earliest and the most origin-like by text:
					// copies share each other's additions (a credit line), so
					// the origin may share a little less with a copy than
					// another copy does.
					early, byText := best, best
					for _, q := range touched {
						if 10*count[q] < 9*count[best] {
							continue
						}
						if q < early {
							early = q
						}
						if text[q] < text[byText] {
							byText = q
						}
					}
					for _, q := range []int32{best, early, byText} {
						a, b := order[r], order[q]
						mine = append(mine, [2]int32{min(a, b), max(a, b)})
					}
					// What best holds is explained: take it out of every count.
					for k, g := range member[r] {
						if explained[k] || !holds(ps[groups[g][0]:groups[g][1]], best) {
							continue
						}
						explained[k] = true
						for _, p := range partners(r, g) {
							if p.rank != r {
								count[p.rank]--
							}
						}
					}
				}
				for _, q := range touched {
					count[q] = 0
				}
				touched = touched[:0]
			}
			mu.Lock()
			out = append(out, mine...)
			mu.Unlock()
		}()
	}
	for r := range arts {
		ranks <- int32(r)
	}
	close(ranks)
	wg.Wait()
	slices.SortFunc(out, func(x, y [2]int32) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
	return slices.Compact(out)
}

// holds reports whether the group (sorted by rank) has article rank r.
func holds(grp []posting, r int32) bool {
	_, ok := slices.BinarySearchFunc(grp, r, func(p posting, r int32) int { return cmp.Compare(p.rank, r) })
	return ok
}

// radixSort sorts postings by hash, stably (least significant byte first,
// eight passes), so postings built in rank order stay in rank order within
// a hash. It returns the sorted slice, which may be a new one.
func radixSort(ps []posting) []posting {
	tmp := make([]posting, len(ps))
	for shift := uint(0); shift < 64; shift += 8 {
		var count [257]int
		for _, p := range ps {
			count[int(byte(p.hash>>shift))+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, p := range ps {
			b := byte(p.hash >> shift)
			tmp[count[b]] = p
			count[b]++
		}
		ps, tmp = tmp, ps
	}
	return ps
}
