package reuse

import (
	"fmt"
	"slices"
	"sync"

	"github.com/corroborate/corroborate"
)

// Result is what Analyze finds in one story. Slices indexed by article
// follow the order of the input.
type Result struct {
	// Reuse lists the text of one article found again in another, origin
	// first, ordered by copy then origin. A pair whose shared text is
	// explained by a third article (two copies of one wire story) is left
	// out.
	Reuse []corroborate.Reuse
	// Credits are each article's explicit credits to other outlets.
	Credits [][]corroborate.Credit
	// Originality is each article's share of text not taken from another
	// article of the story (0 to 1): the words outside the passages of the
	// reuse where it is the copy. An origin's text found in its copies still
	// counts as its own, unless which of the two copied the other was only
	// guessed: then the text they share is neither's own.
	Originality []float64
	// Origins counts the articles not substantially derived from another:
	// at most Options.DerivedShare of their text is taken from others. An
	// article flagged off topic (Article.OffTopic, probably another story)
	// is no origin of the story.
	Origins int
}

// Analyze finds reuse among the articles of one story: the passages each
// shares with another, aligned as byte ranges on both sides; their kind;
// which way the copying went and why; the credits in every article and
// whether each copy credits its origin's outlet. quotes are the quotations
// the quotes stage found, if it ran (nil is fine): text inside quotation
// marks is weak evidence of copying whether or not they are given, and a
// copy that quotes its origin's words as those of a speaker the quotes
// stage named is credited by that quotation.
//
// Cost: each article is tokenised and shingled once; one index of the
// story's shingles proposes the pairs worth aligning (see candidates), and
// each proposed pair is aligned in time linear in the two texts (merge join
// of sorted shingles). Nothing is quadratic in text length.
func Analyze(in []corroborate.Article, quotes []corroborate.Quote, opt Options) Result {
	opt = opt.withDefaults()
	ix := outletIndex()
	texts := make(map[string]string, len(in))
	for _, a := range in {
		texts[a.ID] = a.Text
	}
	quoted, spoken := quoteSpans(in, quotes), spokenQuotes(quotes, opt.Speakers, texts, ix)
	arts := make([]*article, len(in))
	parallel(len(in), opt.Workers, func(i int) {
		arts[i] = prepare(i, in[i], quoted[in[i].ID], ix, opt.Shingle)
		arts[i].spoken = spoken[in[i].ID]
	})
	storyCredits(arts, ix, opt.Workers)
	sharedSourcing(arts, ix)
	selfNaming(arts)
	markCommon(arts, 3, opt.Shingle)
	cands := candidates(arts, opt.MinShared, opt.MaxFanout, opt.Workers)
	found := make([]*pair, len(cands))
	var scratch sync.Pool
	parallel(len(cands), opt.Workers, func(x int) {
		s, _ := scratch.Get().(*[]seed)
		if s == nil {
			s = new([]seed)
		}
		a, b := arts[cands[x][0]], arts[cands[x][1]]
		var p *pair
		p, *s = alignPair(a, b, opt, ix, *s)
		found[x] = p
		scratch.Put(s)
	})
	var pairs []*pair
	for _, p := range found {
		if p != nil {
			pairs = append(pairs, p)
		}
	}
	pairs = dropRetold(arts, pairs, opt.Shingle, ix)
	confirmSelfNames(arts, pairs, ix)
	for _, p := range pairs {
		direct(p, arts[p.a], arts[p.b], ix)
	}
	edges := attribute(arts, orient(arts, pairs), opt.MinEvidence)
	return assemble(arts, edges, ix, opt)
}

// assemble writes the contract's values from the kept edges.
func assemble(arts []*article, edges []edge, ix *aliasIndex, opt Options) Result {
	res := Result{
		Reuse:       make([]corroborate.Reuse, 0, len(edges)),
		Credits:     make([][]corroborate.Credit, len(arts)),
		Originality: make([]float64, len(arts)),
	}
	derived := make([][]passage, len(arts))
	// shared adds, for originality only, the text an origin shares with a
	// copy when the direction was guessed: which of the two wrote it is not
	// known, so neither counts it as its own (the origins are counted as
	// before: one of the two still stands for their text). An article shown
	// by evidence to be another copy's origin keeps its text.
	shared := make([][]passage, len(arts))
	proven := make([]bool, len(arts))
	for _, e := range edges {
		proven[e.from.idx] = proven[e.from.idx] || !e.guessed()
	}
	for _, e := range edges {
		r := corroborate.Reuse{
			From:     e.from.id,
			To:       e.to.id,
			Kind:     e.p.kind(e.fromIsA),
			Shared:   e.p.shareB,
			Evidence: append([]string{}, e.p.evidence...),
			Passages: bytePassages(e.from, e.to, e.p.passages, e.fromIsA),
		}
		if !e.fromIsA {
			r.Shared = e.p.shareA
		}
		r.Direction, r.For, r.Against = e.sides()
		if c, ok := ownCreditTo(e.to, e.from, e.p, !e.fromIsA, ix); ok {
			r.Credited = true
			cc := c.Credit
			r.Credit = &cc
		}
		for _, c := range miscredits(e.to, e.from, e.p.passages, !e.fromIsA, ix) {
			r.Miscredits = append(r.Miscredits, c.Credit)
		}
		if e.from.given == "" {
			r.OriginOutlet = e.from.outlet
		}
		// outlet is canonical on both sides: compared as written.
		if ix.sameOutlet(e.from.outlet, e.to.outlet) && !markCopied(e) {
			r.SameOutlet = e.from.outlet
			r.Evidence = append(r.Evidence, fmt.Sprintf("one outlet on both sides: %s and %s are both from %s%s%s: %s, which owes itself no credit",
				e.from.id, e.to.id, e.from.outlet, readFrom(e.from), readFrom(e.to), ownUpdate(e.from)))
		} else if !r.Credited && e.from.selfNamed != "" {
			r.Evidence = append(r.Evidence, fmt.Sprintf("outlet read from the text: %s is %s's own ('%s'), and %s does not credit it",
				e.from.id, e.from.outlet, clipCue(e.from.selfNamed), e.to.id))
		}
		// A quotation of the origin's own text, given to its speaker, is
		// one whether or not the copy also names the origin's outlet
		// ("'…,' Halden Home said" of Halden Home's release): the outlet's
		// credit, when there is one, is the one shown.
		quotation := false
		var free []spokenQuote // the copy's quotations: its words there cost it nothing
		if r.SameOutlet == "" {
			free = copyQuotations(e.to, e.p, !e.fromIsA)
			if c, _, ok := quotedOrigin(e.to, e.from, e.p, !e.fromIsA, free); ok {
				quotation = true
				if !r.Credited {
					r.Credited, r.Credit = true, &c
				}
			}
		}
		if !r.Credited && e.from.outlet == "" {
			note, none := unknownOriginNote(e, ix)
			r.Evidence = append(r.Evidence, note)
			r.NoTextCredit = none
		}
		res.Reuse = append(res.Reuse, r)
		for _, ps := range e.p.passages {
			q := ps
			if !e.fromIsA {
				q.a, q.b = ps.b, ps.a
			}
			if quotation {
				// Quoting a speaker's own text takes nothing from the
				// quoting article's independence: its words inside
				// quotations are free, the words it copies around them
				// are still taken ("...," Halden Home said, after a
				// paragraph of the release retold unquoted).
				for _, b := range unquotedRuns(e.to, q.b, free) {
					r := q
					r.b = b
					derived[e.to.idx] = append(derived[e.to.idx], r)
				}
				continue
			}
			derived[e.to.idx] = append(derived[e.to.idx], q)
			if e.guessed() && !proven[e.from.idx] {
				q.a, q.b = q.b, q.a
				shared[e.from.idx] = append(shared[e.from.idx], q)
			}
		}
	}
	for i, a := range arts {
		res.Credits[i] = make([]corroborate.Credit, 0, len(a.credits))
		for _, c := range a.credits {
			res.Credits[i] = append(res.Credits[i], c.Credit)
		}
		res.Originality[i] = 1
		taken := 0.0
		if a.words > 0 {
			taken = float64(coveredBytes(a, derived[i], false)) / float64(a.words)
			res.Originality[i] = 1 - taken
			if len(shared[i]) > 0 {
				res.Originality[i] = 1 - float64(coveredBytes(a, slices.Concat(derived[i], shared[i]), false))/float64(a.words)
			}
		}
		if taken <= opt.DerivedShare && !a.offTopic {
			res.Origins++
		}
	}
	return res
}

// ownUpdate says what text an outlet takes from its own article is: an
// agency updating its story, or an outlet reusing its own text.
func ownUpdate(origin *article) string {
	if origin.wire {
		return "an agency updating its own story"
	}
	return "an outlet reusing its own text"
}

// markCopied reports whether the copy's outlet was read from a dateline
// or sign-off it took with the origin's text: the mark is the origin's,
// and says nothing of the copy's outlet.
func markCopied(e edge) bool {
	return e.to.given == "" && e.to.selfMark != "" && overlapsPassage(e.to, e.to.markAt, e.p.passages, !e.fromIsA)
}

// readFrom says how an article's outlet was read from its own text, when
// its metadata names none: " (ID by its own text: 'sign-off', 'a Reuters
// witness')"; "" otherwise.
func readFrom(a *article) string {
	if a.given != "" || a.selfMark == "" {
		return ""
	}
	if a.staffCue != "" {
		return fmt.Sprintf(" (%s by its own text: '%s', '%s')", a.id, clipCue(a.selfMark), a.staffCue)
	}
	return fmt.Sprintf(" (%s by its own text: '%s')", a.id, clipCue(a.selfMark))
}

// quoteSpans gathers the byte spans of the quotes stage's mentions by
// article id.
func quoteSpans(arts []corroborate.Article, quotes []corroborate.Quote) map[string][]corroborate.Span {
	out := map[string][]corroborate.Span{}
	for _, q := range quotes {
		for _, m := range q.Mentions {
			if m.End > m.Start {
				out[m.Article] = append(out[m.Article], corroborate.Span{Start: m.Start, End: m.End})
			}
		}
	}
	return out
}

// parallel calls f(0..n-1) on up to workers goroutines.
func parallel(n, workers int, f func(int)) {
	if workers <= 1 || n < 2 {
		for i := range n {
			f(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// unquotedRuns are the runs of tokens of s in a that stand outside every
// quotation: in quotation marks, or in one of free (the quotations given a
// speaker and the blocks the article introduces as someone's words).
func unquotedRuns(a *article, s span, free []spokenQuote) []span {
	var out []span
	lo := s.lo
	for i := s.lo; i <= s.hi; i++ {
		if i < s.hi && !inQuotation(a, i, free) {
			continue
		}
		if i > lo {
			out = append(out, span{lo, i})
		}
		lo = i + 1
	}
	return out
}

// inQuotation reports whether token i of a is inside a quotation.
func inQuotation(a *article, i int32, free []spokenQuote) bool {
	t := a.toks[i]
	if t.flags&fQuoted != 0 {
		return true
	}
	for _, q := range free {
		if int(t.start) >= q.span.Start && int(t.end) <= q.span.End {
			return true
		}
	}
	return false
}
