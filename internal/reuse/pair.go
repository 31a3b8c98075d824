package reuse

import (
	"cmp"
	"slices"

	"github.com/corroborate/corroborate"
)

// pair is the alignment of two articles, a before b in story order, and
// what it says about reuse between them.
type pair struct {
	a, b     int
	passages []passage // ordered by their start in b
	own      []passage // the passages without echoes (see dropEchoes)
	matched  int32     // words matched in all passages
	content  int32     // narrative words matched: the evidence of copying
	quoted   int32     // words of quotations both carry
	bySent   int32     // words matched by sentence-level alignment
	lenA     int32     // tokens inside the passages, side a
	lenB     int32
	shareA   float64 // share of a's words inside the passages
	shareB   float64
	// Direction, set by direct: score > 0 means a is the origin.
	score    float64
	evidence []string
	points   []point // how each piece of evidence weighs, in step with evidence (weigh, note)
	common   bool    // both articles credit one outlet for the shared text
	// heard holds, when the pair counts only because one side credits an
	// outlet for the quotations it shares (quotesCreditedUnknown), those
	// passages' token spans on that side, a when heardOnA, and the outlet
	// credited, heardFrom (see dropRetold).
	heard     []span
	heardFrom string
	heardOnA  bool
	retold    bool // heard's quotations are carried by a third article (dropRetold)
	// authorQuoted says the pair counts only because one side quotes the
	// other's author (quotesOwnAuthor): the quoted words are its evidence.
	authorQuoted bool
	// cueGap counts, on a and on b, the words between the passages that
	// belong to a credit of that side alone: not text the other left out.
	cueGap [2]int32
}

// alignPair aligns two articles and reports whether they share enough
// narrative text to count as reuse. scratch is reused between calls.
func alignPair(a, b *article, opt Options, ix *aliasIndex, scratch []seed) (*pair, []seed) {
	scratch = seeds(a.shingles, b.shingles, scratch[:0])
	if len(scratch) < opt.MinShared {
		return nil, scratch
	}
	rs := runs(a, b, scratch, int32(opt.Shingle))
	ps := chain(a, b, rs, int32(opt.Gap), int32(opt.ShortRun), int32(opt.LongRun))
	kept := ps[:0]
	for _, p := range ps {
		snap(a, b, &p)
		if p.matched >= int32(opt.MinPassage) {
			kept = append(kept, p)
		}
	}
	kept = dropRepeated(a, b, kept)
	// Real shared wording: one long verbatim run, or several runs, outside
	// quotations; inside them too when one side credits the other's outlet
	// ("According to Reuters, '...'"). Once the pair has it, the passages
	// between those runs stand too. A phrase one side says twice, matched
	// twice to the other's once, is one run of evidence.
	once := dropEchoes(slices.Clone(kept))
	narrative := sharedWording(once, opt, false)
	var heard []span
	var heardFrom string
	var heardOnA bool
	var authorQuoted, copyIsA bool
	if !narrative {
		authorQuoted, copyIsA = quotesOwnAuthor(a, b, once, opt)
	}
	if !narrative && !authorQuoted && !(sharedWording(once, opt, true) && credited(a, b, kept, ix)) {
		var ok bool
		if heard, heardFrom, heardOnA, ok = quotesCreditedUnknown(a, b, once, opt, ix); !ok {
			return nil, scratch
		}
	}
	for _, p := range sentencePassages(a, b, kept, opt.SentenceWords, opt.SentenceOverlap) {
		if p.content+p.quoted >= int32(opt.SentenceWords) {
			kept = append(kept, p)
		}
	}
	kept = mergePassages(kept, int32(opt.Gap))
	// Passages of function words and page furniture alone (a player's
	// embed box, share buttons) are no copied text.
	kept = slices.DeleteFunc(kept, func(p passage) bool { return p.content+p.quoted == 0 })
	if authorQuoted {
		// the quotations of other speakers (a mayor both an op-ed and the
		// report quoting it quote) are no evidence of this pair
		cp, or := b, a
		if copyIsA {
			cp, or = a, b
		}
		kept = slices.DeleteFunc(kept, func(p passage) bool { return p.quoted > p.content && !inAuthorQuote(cp, or, p.side(copyIsA)) })
	}
	pr := &pair{a: a.idx, b: b.idx, passages: kept, heard: heard, heardFrom: heardFrom, heardOnA: heardOnA, authorQuoted: authorQuoted}
	for _, p := range kept {
		pr.matched += p.matched
		pr.content += p.content
		pr.quoted += p.quoted
		if p.bySent {
			pr.bySent += p.matched
		}
	}
	// The kind and the lengths compared for the direction count each copied
	// phrase once, and no page furniture inside a passage (share buttons
	// between two paragraphs).
	pr.own = dropEchoes(slices.Clone(kept))
	for _, p := range pr.own {
		pr.lenA += a.textTokens(p.a)
		pr.lenB += b.textTokens(p.b)
	}
	if pr.content < int32(opt.MinEvidence) && !authorQuoted {
		// Shared quotations are weak evidence, unless one side credits the
		// other's outlet for them: "According to Reuters, '...'".
		weak := 2*(pr.content+pr.quoted) >= int32(opt.MinEvidence)
		if !weak || !credited(a, b, kept, ix) {
			h, from, onA, ok := quotesCreditedUnknown(a, b, kept, opt, ix)
			if !ok {
				return nil, scratch
			}
			pr.heard, pr.heardFrom, pr.heardOnA = h, from, onA
		}
	}
	pr.shareA = share(a, kept, true)
	pr.shareB = share(b, kept, false)
	return pr, scratch
}

// sharedWording reports whether the word-level passages ps that rest on
// real shared wording (wordingOK) hold enough of it: MinEvidence/2 words,
// and one long run or MinRuns short ones. quotes counts the words of
// quotations too.
func sharedWording(ps []passage, opt Options, quotes bool) bool {
	var evidence, longest, nruns int32
	for _, p := range ps {
		if !p.wordingOK(quotes) {
			continue
		}
		if quotes {
			evidence += p.content + p.quoted
			longest = max(longest, p.longestQuoted)
			nruns += p.runsQuoted
		} else {
			evidence += p.content
			longest = max(longest, p.longest)
			nruns += p.runs
		}
	}
	return evidence*2 >= int32(opt.MinEvidence) && (longest >= int32(opt.LongRun) || nruns >= int32(opt.MinRuns))
}

// credited reports whether either article credits the other's outlet in a
// scope holding one of the passages.
func credited(a, b *article, ps []passage, ix *aliasIndex) bool {
	return creditsFor(b, a, ps, false, ix) || creditsFor(a, b, ps, true, ix)
}

// mergePassages joins passages that overlap on both sides, or follow each
// other in both texts with at most gap tokens between them.
func mergePassages(ps []passage, gap int32) []passage {
	slices.SortFunc(ps, func(x, y passage) int {
		if c := cmp.Compare(x.b.lo, y.b.lo); c != 0 {
			return c
		}
		return cmp.Compare(x.a.lo, y.a.lo)
	})
	var out []passage
	for _, p := range ps {
		if n := len(out); n > 0 {
			q := &out[n-1]
			overlap := p.b.lo < q.b.hi && p.a.lo < q.a.hi && p.a.hi > q.a.lo
			follows := p.b.lo >= q.b.hi && p.b.lo-q.b.hi <= gap && p.a.lo >= q.a.hi && p.a.lo-q.a.hi <= gap
			if overlap || follows {
				q.a.lo, q.a.hi = min(q.a.lo, p.a.lo), max(q.a.hi, p.a.hi)
				q.b.hi = max(q.b.hi, p.b.hi)
				q.matched += p.matched
				q.content += p.content
				q.quoted += p.quoted
				q.bySent = q.bySent && p.bySent
				q.longest = max(q.longest, p.longest)
				q.runs += p.runs
				q.longestQuoted = max(q.longestQuoted, p.longestQuoted)
				q.runsQuoted += p.runsQuoted
				limit := min(q.a.hi-q.a.lo, q.b.hi-q.b.lo)
				q.matched = min(q.matched, limit)
				q.content = min(q.content, q.matched)
				q.quoted = min(q.quoted, q.matched-q.content)
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// dropRepeated removes the passages whose span on one side is, nearly
// whole, the span of another passage too, when their spans on the other
// side are whole paragraphs: a block of paragraphs one article repeats
// word for word (a player's embed box above each of its videos, the same
// promotion between paragraphs) is the site's template, not text copied
// from the other, whose one instance it matches each time. A phrase
// repeated inside a sentence (an echo, see dropEchoes) is not such a
// block.
func dropRepeated(a, b *article, ps []passage) []passage {
	same := func(x, y span) bool {
		lo, hi := max(x.lo, y.lo), min(x.hi, y.hi)
		return hi > lo && 5*(hi-lo) >= 4*max(x.hi-x.lo, y.hi-y.lo)
	}
	var drop []bool
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			blocks := same(ps[i].a, ps[j].a) && wholeParas(b, ps[i].b) && wholeParas(b, ps[j].b) ||
				same(ps[i].b, ps[j].b) && wholeParas(a, ps[i].a) && wholeParas(a, ps[j].a)
			if blocks {
				if drop == nil {
					drop = make([]bool, len(ps))
				}
				drop[i], drop[j] = true, true
			}
		}
	}
	if drop == nil {
		return ps
	}
	out := ps[:0]
	for i, p := range ps {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// wholeParas reports whether the tokens sp of p open a paragraph and close
// one: a block of whole paragraphs.
func wholeParas(p *article, sp span) bool {
	if sp.hi <= sp.lo {
		return false
	}
	first, last := int(p.toks[sp.lo].start), int(p.toks[sp.hi-1].end)
	opens := sp.lo == 0 || paraOf(p, int(p.toks[sp.lo-1].start)) != paraOf(p, first)
	closes := int(sp.hi) == len(p.toks) || paraOf(p, int(p.toks[sp.hi].start)) != paraOf(p, last-1)
	return opens && closes
}

// paraOf is the index of the paragraph of p holding byte off.
func paraOf(p *article, off int) int {
	k, _ := slices.BinarySearchFunc(p.paras, off, func(s corroborate.Span, off int) int {
		if s.End <= off {
			return -1
		}
		if s.Start > off {
			return 1
		}
		return 0
	})
	return k
}

// dropEchoes removes passages whose span on one side lies inside another,
// longer passage's span on that side: a phrase the origin or the copy
// repeats ("between the harbor district and the northern suburbs") aligns
// once where it was copied and again as an echo elsewhere, and the echo
// would count the same words twice and break the passages' order.
func dropEchoes(ps []passage) []passage {
	within := func(x, y span) bool { return x.lo >= y.lo && x.hi <= y.hi }
	out := ps[:0]
	for i, p := range ps {
		echo := false
		for j, q := range ps {
			if i == j {
				continue
			}
			longer := q.matched > p.matched || q.matched == p.matched && j < i
			if longer && (within(p.a, q.a) || within(p.b, q.b)) {
				echo = true
				break
			}
		}
		if !echo {
			out = append(out, p)
		}
	}
	return out
}

// share is the share of p's word bytes inside the passages (side a or b).
func share(p *article, ps []passage, onA bool) float64 {
	if p.words == 0 {
		return 0
	}
	return float64(coveredBytes(p, ps, onA)) / float64(p.words)
}

// coveredBytes counts the word bytes of p inside the union of the passages.
func coveredBytes(p *article, ps []passage, onA bool) int {
	spans := make([]span, 0, len(ps))
	for _, q := range ps {
		spans = append(spans, q.side(onA))
	}
	slices.SortFunc(spans, func(x, y span) int { return cmp.Compare(x.lo, y.lo) })
	n, next := 0, int32(0)
	for _, s := range spans {
		for i := max(s.lo, next); i < s.hi; i++ {
			n += p.toks[i].bytes()
		}
		next = max(next, s.hi)
	}
	return n
}

// bytePassages converts token passages to the contract's byte ranges, origin
// first.
func bytePassages(from, to *article, ps []passage, fromIsA bool) []corroborate.Passage {
	out := make([]corroborate.Passage, 0, len(ps))
	for _, p := range ps {
		fa, ta := p.a, p.b
		if !fromIsA {
			fa, ta = p.b, p.a
		}
		out = append(out, corroborate.Passage{
			From: [2]int{int(from.toks[fa.lo].start), int(from.toks[fa.hi-1].end)},
			To:   [2]int{int(to.toks[ta.lo].start), int(to.toks[ta.hi-1].end)},
		})
	}
	slices.SortFunc(out, func(x, y corroborate.Passage) int {
		if c := cmp.Compare(x.To[0], y.To[0]); c != 0 {
			return c
		}
		return cmp.Compare(x.From[0], y.From[0])
	})
	return out
}

// kind names the reuse from a to b (fromIsA) or b to a: verbatim when
// every word of the passages matches, whether or not the copy keeps the
// origin's paragraph order (paragraphs lifted word for word and
// rearranged are still copied verbatim); near-verbatim when most words
// match, in the origin's order, and the copy's passages are about as long
// as the origin's (light edits: words swapped, added or dropped);
// condensed when the copy's passages are markedly shorter (sentences
// shortened), out of the origin's order (reordered), or rest on
// sentence-level matches (sentences merged or rewritten). The copy's own
// text outside the passages, and whole sentences left out between them, do
// not change the kind.
func (p *pair) kind(fromIsA bool) string {
	origin, copied := p.lenA, p.lenB
	if !fromIsA {
		origin, copied = copied, origin
	}
	if origin == 0 {
		return "condensed"
	}
	// The passages in the copy's order: do they run through the origin in
	// its order?
	type pos struct{ c, o span }
	order := make([]pos, len(p.own))
	matched, bySent := int32(0), int32(0)
	for x, q := range p.own {
		matched += q.matched
		if q.bySent {
			bySent += q.matched
		}
		order[x] = pos{q.b, q.a}
		if !fromIsA {
			order[x] = pos{q.a, q.b}
		}
	}
	slices.SortFunc(order, func(x, y pos) int { return cmp.Compare(x.c.lo, y.c.lo) })
	inOrder := true
	for x := 1; x < len(order); x++ {
		inOrder = inOrder && order[x].o.lo >= order[x-1].o.hi
	}
	identity := float64(matched) / float64(max(origin, copied))
	kept := float64(copied) / float64(origin)
	sentShare := float64(bySent) / float64(max(matched, 1))
	switch {
	case sentShare >= 0.3:
		return "condensed"
	case identity >= 0.99 && bySent == 0:
		return "verbatim"
	case identity >= 0.8 && kept >= 0.9 && inOrder:
		return "near-verbatim"
	}
	return "condensed"
}

// creditsFor reports whether copy has a credit naming origin's outlet whose
// scope holds one of the passages (side a of the passages when copyIsA).
func creditsFor(copy, origin *article, ps []passage, copyIsA bool, ix *aliasIndex) bool {
	if origin.outlet == "" {
		return false
	}
	for _, c := range copy.credits {
		if ix.sameOutlet(c.Outlet, origin.outlet) && scopeHolds(copy, c, ps, copyIsA) {
			return true
		}
	}
	return false
}
