package reuse

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// article is one article prepared for alignment: its tokens, sentences,
// paragraphs, shingles, credits and the signals direction is judged on.
type article struct {
	idx      int
	id       string
	text     string
	toks     []token
	sents    []span // token ranges of the sentences
	paras    []corroborate.Span
	sentSets []sentWords // the words of each sentence, for sentence-level alignment
	shingles []shingle   // sorted by hash, then position
	credits  []foundCredit
	// ownSourced are the sourcing credits ownSourcing took for the
	// article's own interviews; sharedSourcing gives back those another
	// article of the story credits too.
	ownSourced []foundCredit
	// outlet is the canonical name of the article's outlet: Article.Outlet,
	// or the outlet its own dateline or sign-off names; "" when unknown.
	outlet   string
	wire     bool   // the outlet is a news agency
	selfMark string // the article's own dateline or sign-off, as written
	time     time.Time
	dateOnly bool // the publication time is known to the day only
	content  int  // number of content tokens
	words    int  // bytes of all tokens: the denominator of shares
}

// span is a half-open range of token indexes.
type span struct{ lo, hi int32 }

// prepare builds the article's analysis view. quoted are byte spans of
// direct quotations found by the quotes stage (may be empty).
func prepare(idx int, a corroborate.Article, quoted []corroborate.Span, ix *aliasIndex, k int) *article {
	p := &article{idx: idx, id: a.ID, text: a.Text, time: a.Time}
	p.dateOnly = a.Published != nil && len(*a.Published) <= len("2006-01-02")
	p.toks = tokenize(a.Text)
	sents := a.Sentences
	if len(sents) == 0 {
		sents = text.Sentences(a.Text)
	}
	p.sents = assignSentences(p.toks, sents)
	p.paras = text.Paragraphs(a.Text)
	quoted = append(quoted, quotedSpans(a.Text, p.paras)...)
	markSpans(p.toks, append(quoted, embeddedTweets(a.Text, p.paras)...), fQuoted)
	markSpans(p.toks, boilerplate(a.Text, p.paras), fNoise)
	for _, t := range p.toks {
		p.words += t.bytes()
		if t.content() {
			p.content++
		}
	}
	p.shingles = shingles(p.toks, k)
	p.sentSets = sentenceWords(p)
	p.credits = findCredits(a.Text, ix)
	if a.Outlet != nil && *a.Outlet != "" {
		p.outlet, _ = ix.canonical(*a.Outlet)
	}
	// An outlet's own dateline or sign-off is not a credit to another: it
	// names the article's outlet when that is unknown, and marks the text as
	// the outlet's own.
	kept := p.credits[:0]
	for _, c := range p.credits {
		self := c.kind == creditDateline || c.kind == creditPreface ||
			(c.kind == creditSignoff && strings.Contains(strings.ToLower(c.Cue), "writer"))
		if self && p.outlet == "" {
			p.outlet = c.Outlet
		}
		if ix.sameOutlet(p.outlet, c.Outlet) {
			if self {
				p.selfMark = c.Cue
			}
			continue // an outlet crediting itself
		}
		kept = append(kept, c)
	}
	p.credits, p.ownSourced = ownSourcing(kept, p.outlet, ix)
	p.wire = p.outlet != "" && ix.isWire(p.outlet)
	return p
}

// assignSentences gives every token the index of the sentence holding it
// (the last sentence starting at or before it) and returns each sentence's
// token range.
func assignSentences(toks []token, sents []corroborate.Span) []span {
	if len(sents) == 0 {
		sents = []corroborate.Span{{Start: 0, End: 0}}
	}
	out := make([]span, len(sents))
	s := 0
	for i := range toks {
		for s+1 < len(sents) && int(toks[i].start) >= sents[s+1].Start {
			s++
		}
		toks[i].sent = int32(s)
	}
	for i := range out {
		out[i] = span{-1, -1}
	}
	for i, t := range toks {
		sp := &out[t.sent]
		if sp.lo < 0 {
			sp.lo = int32(i)
		}
		sp.hi = int32(i + 1)
	}
	for i := range out {
		if out[i].lo < 0 {
			out[i] = span{0, 0}
		}
	}
	return out
}

// markSpans sets flag on the tokens that lie inside any of spans.
func markSpans(toks []token, spans []corroborate.Span, flag uint8) {
	for _, sp := range spans {
		for i := range toks {
			if int(toks[i].start) >= sp.Start && int(toks[i].end) <= sp.End {
				toks[i].flags |= flag
			}
		}
	}
}

// ownSourcing drops, from the credits of an article whose outlet is
// unknown, those that only say a source spoke to an outlet ("the source
// told Fox News", "Speaking to Mirror Online") when the article credits
// none of that outlet's text: that is how an outlet writes up its own
// interviews. "Fox News reports: ... a source told Fox News" keeps both.
func ownSourcing(cs []foundCredit, outlet string, ix *aliasIndex) (kept, own []foundCredit) {
	if outlet != "" {
		return cs, nil
	}
	reported := func(o string) bool {
		for _, c := range cs {
			if !c.sourcing && ix.sameOutlet(c.Outlet, o) {
				return true
			}
		}
		return false
	}
	out := make([]foundCredit, 0, len(cs))
	for _, c := range cs {
		if !c.sourcing || reported(c.Outlet) {
			out = append(out, c)
		} else {
			own = append(own, c)
		}
	}
	return out, own
}

// sharedSourcing gives each article back the sourcing credits ownSourcing
// took from it when another article of the story credits the same outlet:
// several outlets writing "the teacher told PinkNews" cannot all be
// PinkNews, so the interview is that outlet's, and a credit to it.
func sharedSourcing(arts []*article, ix *aliasIndex) {
	credits := func(a *article, outlet string) bool {
		for _, cs := range [][]foundCredit{a.credits, a.ownSourced} {
			for _, c := range cs {
				if ix.sameOutlet(c.Outlet, outlet) {
					return true
				}
			}
		}
		return false
	}
	back := make([][]foundCredit, len(arts))
	for i, a := range arts {
		for _, c := range a.ownSourced {
			for j, b := range arts {
				if j != i && !ix.sameOutlet(b.outlet, c.Outlet) && credits(b, c.Outlet) {
					back[i] = append(back[i], c)
					break
				}
			}
		}
	}
	for i, a := range arts {
		if len(back[i]) > 0 {
			a.credits = append(a.credits, back[i]...)
			slices.SortStableFunc(a.credits, func(x, y foundCredit) int { return cmp.Compare(x.Start, y.Start) })
		}
	}
}
