package claims

import (
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/corroborate/corroborate"
)

// group is a set of units with identical features: copies of one sentence.
type group struct {
	units  []int // indices into units; the first is the representative
	nArt   int   // distinct articles
	minPos float64
}

// groupUnits collects identical sentences (same features) so that a story
// of many copies is compared once per distinct sentence.
func groupUnits(units []unit) []group {
	byKey := map[string]int{}
	var groups []group
	// the key is the feature ids in decimal, each followed by a space,
	// written into one reused buffer: a string is made only for a new key
	var key []byte
	nArts := 0
	for i := range units {
		key = key[:0]
		for _, f := range units[i].feats {
			key = strconv.AppendInt(key, int64(f), 10)
			key = append(key, ' ')
		}
		gi, ok := byKey[string(key)]
		if !ok {
			gi = len(groups)
			byKey[string(key)] = gi
			groups = append(groups, group{minPos: units[i].pos})
		}
		g := &groups[gi]
		g.units = append(g.units, i)
		g.minPos = min(g.minPos, units[i].pos)
		nArts = max(nArts, units[i].art+1)
	}
	// seen[a] is 1 + the last group found in article a
	seen := make([]int, nArts)
	for gi := range groups {
		for _, u := range groups[gi].units {
			if a := units[u].art; seen[a] != gi+1 {
				seen[a] = gi + 1
				groups[gi].nArt++
			}
		}
	}
	return groups
}

// cluster is one claim in the making: a leader group and the groups that
// align with it.
type cluster struct {
	leader int   // group index
	groups []int // group indices, leader first
	sims   []float64
}

// maxPostings bounds the leaders looked at through one feature: features
// shared by very many sentences find candidates only when the sentence has
// nothing rarer.
const maxPostings = 400

// maxCandidates bounds the leaders one sentence is compared with in full.
const maxCandidates = 24

// alignGroups clusters groups into claims: groups are visited from the most
// repeated and earliest, and each joins the most similar existing leader at
// or above threshold, or leads a new claim.
func alignGroups(units []unit, groups []group, den *denials, threshold float64) []cluster {
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ga, gb := &groups[order[a]], &groups[order[b]]
		if ga.nArt != gb.nArt {
			return ga.nArt > gb.nArt
		}
		return ga.minPos < gb.minPos
	})
	// feature ids are dense (vocab.id), so postings and the weight shared
	// with each leader are slices: acc by cluster, touched naming the
	// clusters reached for this group (seen[ci] == its turn), in the order
	// first reached
	nFeat := 0
	for i := range units {
		if n := len(units[i].feats); n > 0 {
			nFeat = max(nFeat, units[i].feats[n-1]+1)
		}
	}
	postings := make([][]int, nFeat) // feature -> cluster indices
	var clusters []cluster
	var acc []float64
	var seen []int
	var touched []int
	// buf and top are reused across groups: topCandidates fills top, so
	// the candidates gathered next start again in buf
	var buf, top []scored
	for turn, gi := range order {
		u := &units[groups[gi].units[0]]
		touched = touched[:0]
		add := func(ci int, w float64) {
			if seen[ci] != turn {
				seen[ci] = turn
				acc[ci] = 0
				touched = append(touched, ci)
			}
			acc[ci] += w
		}
		used := 0
		for k, f := range u.feats {
			p := postings[f]
			if len(p) > maxPostings {
				continue
			}
			used++
			for _, ci := range p {
				add(ci, u.w[k])
			}
		}
		if used == 0 {
			// only very common features: look through the rarest one
			rare := -1
			for k, f := range u.feats {
				if rare < 0 || len(postings[f]) < len(postings[u.feats[rare]]) {
					rare = k
				}
			}
			for _, ci := range postings[u.feats[rare]] {
				add(ci, u.w[rare])
			}
		}
		// the most promising leaders only: those sharing the most weight
		buf = buf[:0]
		for _, ci := range touched {
			buf = append(buf, scored{ci, acc[ci]})
		}
		cands := buf
		if len(cands) > maxCandidates {
			top = topCandidates(top[:0], cands, maxCandidates)
			cands = top
		}
		best, bestSim := -1, 0.0
		for _, cd := range cands {
			ci := cd.ci
			lu := &units[groups[clusters[ci].leader].units[0]]
			s := pairSimilarity(u, lu, threshold)
			if s >= threshold && (s > bestSim || (s == bestSim && ci < best)) &&
				!den.either(groups[gi].units[0], groups[clusters[ci].leader].units[0]) {
				best, bestSim = ci, s
			}
		}
		if best >= 0 {
			clusters[best].groups = append(clusters[best].groups, gi)
			clusters[best].sims = append(clusters[best].sims, bestSim)
			continue
		}
		ci := len(clusters)
		clusters = append(clusters, cluster{leader: gi, groups: []int{gi}, sims: []float64{1}})
		acc = append(acc, 0)
		seen = append(seen, -1)
		for _, f := range u.feats {
			postings[f] = append(postings[f], ci)
		}
	}
	return mergeClusters(units, groups, clusters, den, threshold)
}

// pairSimilarity is how far sentence u states what sentence lu states, 0
// when they cannot be one claim: other outcomes, two parties and one of
// them (splitsCompound), a party's own plan and a report of it
// (sourcesDiffer), one thing counted differently where a count is a
// bound or hedged (hedgedFiguresDiffer), a plan and what was done
// (planAndDeed), a fact held back and stated (withheldDiffer), fewer
// than minTold features alike besides who said them, too
// little in common outside relative clauses or of their own words, or
// nothing to anchor a thin likeness (see anchored). Heads alike once their
// closing clauses are left out, and one nickname, lift a near miss to the
// threshold.
func pairSimilarity(u, lu *unit, threshold float64) float64 {
	if outcomesDiffer(u, lu) || hedgedFiguresDiffer(u, lu) || splitsCompound(u, lu) || sourcesDiffer(u, lu) {
		return 0
	}
	o := sharedSplit(u, lu)
	if o.all == 0 || o.told < minTold || o.main/o.all < minMainShare || o.own/o.all < minPlainShare || nameLed(u, lu, o) || withheldDiffer(o) {
		return 0
	}
	s := sharedSimilarity(u, lu, o.all, o.n)
	if s < threshold && s >= threshold*headFloor {
		// one fact, each sentence adding something else after it
		if headSimilarity(u, lu, o) >= threshold+headMargin {
			s = threshold
		}
	}
	if s < threshold && s >= threshold*headFloor && sameToll(u, lu) {
		// "the disease has killed more than 2,000 people" / "more than
		// 2,000 people have died from the fever"
		s = threshold
	}
	if s < threshold && s >= threshold/2 && sameNickname(u, lu) {
		s = threshold
	}
	if s < threshold && s >= threshold*headFloor && sameEvent(u, lu) {
		// "Harbour police fired water cannon at fishermen ..." /
		// "Harbour police turned water cannon on the fishermen ..."
		s = threshold
	}
	if !anchored(u, lu, s, o.ownN) || s >= threshold && planAndDeed(u, lu) {
		return 0
	}
	return s
}

// minToll is the least death toll two sentences must give alike to be read
// as one statement of it: a handful of deaths may be two events.
const minToll = 10

// sameToll reports two sentences in the outlets' own words (not
// quotations) that tell only of deaths and give the same count of the
// same thing ("more than 2,000 people"), at least minToll: the toll of
// one event, however worded.
func sameToll(a, b *unit) bool {
	if a.outcome != outcomeKilled || b.outcome != outcomeKilled || a.quoted || b.quoted {
		return false
	}
	for _, x := range a.figs {
		if x.kind != corroborate.ConflictNumber || x.val < minToll {
			continue
		}
		for _, y := range b.figs {
			if y.kind == x.kind && y.key == x.key && y.value == x.value {
				return true
			}
		}
	}
	return false
}

// mergeShare is the least share of two claims' sentence pairs (one of
// each, from different articles) that must align for the claims to be
// one; mergePairs is the fewest such pairs read.
// mergeLeaders is the least similarity, as a share of the threshold, of
// the two claims' leading sentences: a sentence that runs two facts
// together (a copy printing two sentences as one) is like both claims
// and would bridge them.
const (
	mergeShare   = 0.5
	mergePairs   = 4
	mergeLeaders = 0.6
)

// mergeClusters joins two claims of two articles or more each when most
// of their sentences, taken in pairs across articles, align: the leaders
// are compared alone when the claims form, and two wordings of one fact
// ("woke up in the middle of brain surgery and asked how it was going",
// "woke up while undergoing brain surgery and began speaking about how
// the surgery was going") may each gather its own copies before they
// meet. No pair may hold a denial of the other. A claim that took
// another in is not taken into a third.
func mergeClusters(units []unit, groups []group, clusters []cluster, den *denials, threshold float64) []cluster {
	reps := make([][]int, len(clusters)) // representative units of multi-article claims
	feats := make([][]int, len(clusters))
	byFeat := map[int][]int{}
	seen := map[int]bool{}
	for ci := range clusters {
		if !multiArticle(units, groups, clusters[ci]) {
			continue
		}
		clear(seen)
		for _, g := range clusters[ci].groups {
			ui := groups[g].units[0]
			reps[ci] = append(reps[ci], ui)
			for _, f := range units[ui].feats {
				if !seen[f] {
					seen[f] = true
					feats[ci] = append(feats[ci], f)
					byFeat[f] = append(byFeat[f], ci)
				}
			}
		}
	}
	// candidate pairs: claims sharing minContained features or more, not
	// counting words of the whole story; a before b, in order
	var pairs [][2]int
	count := make([]int, len(clusters))
	var touched []int
	for a := range clusters {
		touched = touched[:0]
		for _, f := range feats[a] {
			cs := byFeat[f]
			if len(cs) > maxPostings/8 {
				continue
			}
			for _, b := range cs {
				if b > a {
					if count[b] == 0 {
						touched = append(touched, b)
					}
					count[b]++
				}
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			if count[b] >= minContained {
				pairs = append(pairs, [2]int{a, b})
			}
			count[b] = 0
		}
	}
	into := make([]int, len(clusters))
	for i := range into {
		into[i] = -1
	}
	took := make([]bool, len(clusters))
	for _, p := range pairs {
		a, b := p[0], p[1]
		if into[a] >= 0 || into[b] >= 0 || took[b] {
			continue
		}
		la, lb := &units[groups[clusters[a].leader].units[0]], &units[groups[clusters[b].leader].units[0]]
		if similarity(la, lb) < mergeLeaders*threshold {
			continue // sentences spanning two facts bridge two claims
		}
		if !mostAlign(units, reps[a], reps[b], threshold) || anyDenies(units, den, reps[a], reps[b]) {
			continue
		}
		into[b] = a
		took[a] = true
	}
	var out []cluster
	index := make([]int, len(clusters))
	for ci, cl := range clusters {
		if into[ci] >= 0 {
			continue
		}
		index[ci] = len(out)
		out = append(out, cl)
	}
	for ci, cl := range clusters {
		if a := into[ci]; a >= 0 {
			m := &out[index[a]]
			m.groups = append(m.groups, cl.groups...)
			m.sims = append(m.sims, cl.sims...)
		}
	}
	return out
}

// headFloor and headMargin: two sentences whose similarity falls short
// of the threshold, though not by more than headFloor of it, state one
// claim when, their closing clauses left out (unit.tail), they are alike
// by headMargin more than the threshold.
const (
	headFloor  = 0.6
	headMargin = 0.08
)

// minMainShare is the least share of what two sentences have in common
// that must lie outside relative clauses for them to state one claim.
const minMainShare = 0.3

// minTold is the fewest features two sentences must share besides who
// said them (unit.spoken, in both): "“We told him we were there to help
// him,” Sgt Ana Vell said" and "Vell said she helped him out of the
// hatch" share the speaker and one verb, two things she said.
const minTold = 2

// minPlainShare is the least share of what two sentences have in common
// that must be their own words (plain features: a verb or a common noun,
// not a name, a figure, a date or "said"): sentences that share a name, a
// place and a day but say nothing alike about them state two facts
// ("Officials of the Harbour Trust met in Wexley on Monday" / "The
// Harbour Trust's archive in Wexley burned on Monday").
const minPlainShare = 0.12

// nameLedShare is the share of what two sentences have in common below
// which their own words must be more than one, or hold a verb or a figure
// alike (an anchor), for them to state one claim, when both open with
// one run of a name and its title: that run is most of what they share ("Deputy Harbour Minister Ana Vell
// said the ferry tax would be cut" / "Deputy Harbour Minister Ana Vell
// visited the ferry yards": one person, two facts).
const nameLedShare = 0.25

// nameLed reports two sentences, overlapping by o, that open with one
// name and title and share little else (see nameLedShare).
func nameLed(u, lu *unit, o overlap) bool {
	if o.own/o.all >= nameLedShare || o.ownN >= 2 || shareAnchor(u.anchors, lu.anchors) {
		return false
	}
	a, b := leadingName(u.toks), leadingName(lu.toks)
	return len(a) >= 2 && slices.EqualFunc(a, b, func(x, y token) bool { return x.low == y.low })
}

// leadingName is the run of capitalised words that opens a sentence
// ("Prime Minister Ana Vell said ..."), past an opening "The".
func leadingName(toks []token) []token {
	if len(toks) > 0 && toks[0].low == "the" {
		toks = toks[1:]
	}
	n := 0
	for n < len(toks) && toks[n].capital && !toks[n].num {
		n++
	}
	return toks[:n]
}

// scored is a candidate leader and the weight it shares with a sentence.
type scored struct {
	ci int
	w  float64
}

// topCandidates keeps the k candidates sharing the most weight (ties to the
// earlier leader), in no particular order, appended to top (given empty,
// so that its array serves again).
func topCandidates(top, cs []scored, k int) []scored {
	// top is a heap with the worst kept candidate at its root, so that a
	// better one replaces it in log k steps; the set kept is the same
	// whatever the order of cs, as better orders all candidates
	for _, c := range cs {
		if len(top) < k {
			top = append(top, c)
			for i := len(top) - 1; i > 0; {
				p := (i - 1) / 2
				if !better(top[p], top[i]) {
					break
				}
				top[p], top[i] = top[i], top[p]
				i = p
			}
			continue
		}
		if better(c, top[0]) {
			top[0] = c
			siftWorst(top)
		}
	}
	return top
}

// better orders candidates: more shared weight first, ties to the earlier
// leader.
func better(a, b scored) bool { return a.w > b.w || (a.w == b.w && a.ci < b.ci) }

// siftWorst restores top's heap order (the worst at the root) after its
// root was replaced.
func siftWorst(top []scored) {
	for i := 0; ; {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(top) && better(top[w], top[l]) {
			w = l
		}
		if r < len(top) && better(top[w], top[r]) {
			w = r
		}
		if w == i {
			return
		}
		top[i], top[w] = top[w], top[i]
		i = w
	}
}

// denial is a verb or a copula's complement a sentence denies of its
// subject, in an asserted clause ("Vale has not accused Ricks"): the
// subject's lemma and written form, and the denied word's lemma.
type denial struct{ subj, subjLow, word string }

// denials reads what each sentence denies (see denial) the first time a
// pair of sentences that would otherwise align needs it, or the negation
// conflicts do, and keeps it: only the sentences a cheap scan of their
// tokens finds a denial in are parsed, and none twice.
type denials struct {
	units []unit
	arts  []corroborate.Article // the tokens' offsets point into their texts
	read  []bool
	negs  map[int][]negation // unit -> its negations and refutations, for the few with any
	dens  [][]denial         // per unit: those of negs a sentence that aligns must not state
	neg   []bool             // per unit: it holds a negation cue or a refuted clause
}

// newDenials is a denials of units, none read yet.
func newDenials(units []unit, arts []corroborate.Article) *denials {
	return &denials{units: units, arts: arts, read: make([]bool, len(units)), negs: map[int][]negation{},
		dens: make([][]denial, len(units)), neg: make([]bool, len(units))}
}

// negationsOf is what unit i denies: its negations, then its refutations.
func (d *denials) negationsOf(i int) []negation {
	d.of(i)
	return d.negs[i]
}

// of reads unit i once.
func (d *denials) of(i int) {
	if d.read[i] {
		return
	}
	d.read[i] = true
	u := &d.units[i]
	refutes := false
	for j := range u.toks {
		if isNegCue(u.toks, j) {
			d.neg[i] = true
		}
		refutes = refutes || mayRefute(u.toks[j])
	}
	if !d.neg[i] && !refutes {
		return
	}
	s := d.arts[u.art].Text
	ns := negations(s, u.toks)
	if refutes {
		// "denied that it issued a law": a refuted clause denies it too
		rs := refutations(s, u.toks)
		d.neg[i] = d.neg[i] || len(rs) > 0
		ns = append(ns, rs...)
	}
	if len(ns) > 0 {
		d.negs[i] = ns
	}
	for _, n := range ns {
		if n.kind == "noun" || n.subj == "" || len(n.phrase) == 0 || !denialMood(s, u.toks, n).asserts() {
			continue
		}
		d.dens[i] = append(d.dens[i], denial{subj: lemma(n.subj), subjLow: n.subj, word: n.phrase[0]})
	}
}

// either reports whether one of two sentences (units a and b) denies, in
// its own clause, what the other states of the same subject ("Vale has not
// accused Ricks of anything", "Ricks has been accused by Vale"): they share
// the words of one claim but cannot both be true, so neither supports the
// other's claim. Only a denied verb or copula with its subject counts, and
// only when the other sentence holds that word and that subject with no
// negation of its own: "lasted not even five months" and "less than five
// months", or one caption quoted in both, align as before.
func (d *denials) either(a, b int) bool {
	d.of(a)
	d.of(b)
	return deniesIn(d.dens[a], &d.units[b], d.neg[b], d.arts) || deniesIn(d.dens[b], &d.units[a], d.neg[a], d.arts)
}

// deniesIn reports whether one of dens is stated plainly by sentence b
// (negated: b holds a negation cue or a refuted clause).
func deniesIn(dens []denial, b *unit, negated bool, arts []corroborate.Article) bool {
	if len(dens) == 0 || negated {
		return false
	}
	for _, d := range dens {
		subj, plain := false, false
		for j, t := range b.toks {
			subj = subj || t.lemma == d.subj || t.low == d.subjLow
			plain = plain || t.lemma == d.word && !negatedAt(arts[b.art].Text, b.toks, j)
		}
		if subj && plain {
			return true
		}
	}
	return false
}

// mostAlign reports whether at least mergeShare of the pairs of xs and ys
// from different articles, and mergePairs of them or more, align.
func mostAlign(units []unit, xs, ys []int, threshold float64) bool {
	n := 0
	for _, x := range xs {
		for _, y := range ys {
			if units[x].art != units[y].art {
				n++
			}
		}
	}
	if n < mergePairs {
		return false
	}
	need := int(math.Ceil(mergeShare * float64(n)))
	ok, left := 0, n
	for _, x := range xs {
		for _, y := range ys {
			if units[x].art == units[y].art {
				continue
			}
			left--
			if pairSimilarity(&units[x], &units[y], threshold) >= threshold {
				ok++
			}
			if ok >= need {
				return true
			}
			if ok+left < need {
				return false
			}
		}
	}
	return false
}

// anyDenies reports whether a sentence of xs and one of ys from different
// articles deny one another (see denials.either).
func anyDenies(units []unit, den *denials, xs, ys []int) bool {
	for _, x := range xs {
		for _, y := range ys {
			if units[x].art != units[y].art && den.either(x, y) {
				return true
			}
		}
	}
	return false
}

// multiArticle reports whether cluster cl has sentences of two articles or
// more.
func multiArticle(units []unit, groups []group, cl cluster) bool {
	first := -1
	for _, g := range cl.groups {
		for _, ui := range groups[g].units {
			if first < 0 {
				first = units[ui].art
			} else if units[ui].art != first {
				return true
			}
		}
	}
	return false
}
