package reuse

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// article is one article prepared for alignment: its tokens, sentences,
// paragraphs, shingles, credits and the signals direction is judged on.
type article struct {
	idx      int
	id       string
	text     string
	lower    string // text in lower case, for the case-blind search of a cue's words (ownCue)
	toks     []token
	sents    []span // token ranges of the sentences
	paras    []corroborate.Span
	sentSets []sentWords // the words of each sentence, for sentence-level alignment
	shingles []shingle   // sorted by hash, then position
	credits  []foundCredit
	// spoken are the quotations the quotes stage gave a speaker (quotedOrigin).
	spoken []spokenQuote
	// authors are the names in the article's bylines (bylineKeys): a quotation
	// another article gives one of them is this article's text.
	authors []string
	// offTopic is Article.OffTopic: the article is probably another
	// story, and no origin of this one.
	offTopic bool
	// ownSourced are the sourcing credits ownSourcing took for the
	// article's own interviews; sharedSourcing gives back those another
	// article of the story credits too.
	ownSourced []foundCredit
	// outlet is the canonical name of the article's outlet: Article.Outlet,
	// or the outlet its own dateline or sign-off names, or the one it names
	// itself by (selfNamed); "" when unknown.
	outlet string
	given  string // Article.Outlet, canonical
	// selfNamed is the cue by which the article names itself as its outlet
	// ("has told Benzinga"), when no other article of the story does and a
	// copy of its text credits that outlet; maybeOutlet and maybeCue are
	// the outlet and cue before a copy confirms them.
	selfNamed, maybeOutlet, maybeCue string
	// republished is the article's republication notice ("This article
	// first appeared in X and was reproduced with permission"), as
	// written, and republishedAt where it stands; "" when it has none.
	// republishedBy is the outlet the notice names, "" when it names
	// none (readCredits).
	// described are the names the article calls a site's or a paper's
	// ("the satire site X"), credits or not.
	described     []string
	republished   string
	republishedAt corroborate.Span
	republishedBy string
	wire          bool             // the outlet is a news agency
	selfMark      string           // the article's own dateline or sign-off, as written
	markAt        corroborate.Span // where selfMark stands
	// staffCue is where an agency's copy speaks of the agency as its own
	// newsgatherer ("a Reuters witness"), when that tells its outlet.
	staffCue string
	time     time.Time
	dateOnly bool // the publication time is known to the day only
	days     newsDays
	content  int // number of content tokens
	words    int // bytes of all tokens: the denominator of shares
}

// span is a half-open range of token indexes.
type span struct{ lo, hi int32 }

// prepare builds the article's analysis view. quoted are byte spans of
// direct quotations found by the quotes stage (may be empty).
func prepare(idx int, a corroborate.Article, quoted []corroborate.Span, ix *aliasIndex, k int) *article {
	p := &article{idx: idx, id: a.ID, text: a.Text, lower: strings.ToLower(a.Text), time: a.Time, offTopic: a.OffTopic}
	for _, b := range a.Byline {
		p.authors = append(p.authors, bylineKeys(b)...)
	}
	p.dateOnly = a.Published != nil && len(*a.Published) <= len("2006-01-02")
	p.toks = tokenize(a.Text)
	sents := a.Sentences
	if len(sents) == 0 {
		sents = text.Sentences(a.Text)
	}
	p.sents = assignSentences(p.toks, sents)
	p.days = readDays(p)
	p.paras = text.Paragraphs(a.Text)
	p.republished, p.republishedAt = republication(a.Text)
	p.described = describedNames(a.Text)
	quoted = append(quoted, quotedSpans(a.Text, p.paras)...)
	markSpans(p.toks, append(quoted, embeddedPosts(a.Text, p.paras)...), fQuoted)
	markSpans(p.toks, append(boilerplate(a.Text, p.paras), shareButtons(a.Text, p.paras)...), fNoise)
	markSpans(p.toks, webAddresses(a.Text), fLink)
	for _, t := range p.toks {
		p.words += t.bytes()
		if t.content() {
			p.content++
		}
	}
	p.shingles = shingles(p.toks, k)
	p.sentSets = sentenceWords(p)
	if a.Outlet != nil && *a.Outlet != "" {
		p.given, _ = ix.canonical(*a.Outlet)
	}
	p.readCredits(ix, nil)
	return p
}

// readCredits finds the article's credits, with the names of the story's
// outlets (nil when not known yet), and the outlet its own dateline or
// sign-off names.
func (p *article) readCredits(ix *aliasIndex, story storyNames) {
	p.credits = findCredits(p.text, ix, story)
	p.outlet, p.selfMark, p.selfNamed, p.staffCue = p.given, "", "", ""
	// An outlet's own dateline or sign-off is not a credit to another: it
	// names the article's outlet when that is unknown, and marks the text as
	// the outlet's own.
	self := func(c foundCredit) bool {
		return c.kind == creditDateline || c.kind == creditPreface ||
			(c.kind == creditSignoff && strings.Contains(strings.ToLower(c.Cue), "writer"))
	}
	// The mark may close the text ("Top Reads from X:"): it names the
	// outlet of the credits before it too.
	for _, c := range p.credits {
		if p.outlet == "" && self(c) {
			p.outlet = c.Outlet
		}
	}
	kept := p.credits[:0]
	for _, c := range p.credits {
		self := self(c)
		if ix.sameOutlet(p.outlet, c.Outlet) {
			if p.inNotice(c) {
				// "(Reuters) - … This article originally appeared at
				// Reuters": the outlet's own text, where it first ran.
				p.republished = ""
			}
			if self {
				p.selfMark, p.markAt = c.Cue, corroborate.Span{Start: c.Start, End: c.End}
			}
			continue // an outlet crediting itself
		}
		kept = append(kept, c)
	}
	if p.outlet == "" {
		kept = p.agencyCopy(kept, ix)
	}
	p.credits, p.ownSourced = ownSourcing(kept, p.outlet, ix)
	p.wire = p.outlet != "" && ix.isWire(p.outlet)
	p.republishedBy = ""
	if i := slices.IndexFunc(p.credits, p.inNotice); i >= 0 {
		p.republishedBy = p.credits[i].Outlet
	}
}

// inNotice reports whether c is a whole credit line inside the article's
// republication notice: the notice names c's outlet as where the text
// first ran.
func (p *article) inNotice(c foundCredit) bool {
	return c.whole && c.Start < p.republishedAt.End && c.End > p.republishedAt.Start
}

// agencyCopy reads the outlet of an article that names none in its
// dateline as the news agency whose copy it is: its desk's sign-off closes
// it ("(Writing by Ana Ros; Editing by Li Wei)") and it speaks of that one
// agency as its own newsgatherer ("a Reuters witness said", "Reuters
// television showed"). The sign-off becomes its own mark, and its
// references to the agency are not credits.
func (p *article) agencyCopy(cs []foundCredit, ix *aliasIndex) []foundCredit {
	mark, at := outlets.DeskSignoff(p.text)
	if mark == "" {
		return cs
	}
	agency, cue := outlets.StaffAgency(p.text)
	if agency == "" {
		return cs
	}
	p.outlet, p.selfMark, p.markAt, p.staffCue = agency, mark, corroborate.Span{Start: at, End: at + len(mark)}, cue
	return slices.DeleteFunc(cs, func(c foundCredit) bool { return ix.sameOutlet(c.Outlet, agency) })
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
		i, _ := slices.BinarySearchFunc(toks, int32(sp.Start), func(t token, off int32) int { return cmp.Compare(t.start, off) })
		for ; i < len(toks) && int(toks[i].start) < sp.End; i++ {
			if int(toks[i].end) <= sp.End {
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
// A credit to the outlet's own people ("according to Fox News
// forecasters") is dropped the same way.
func ownSourcing(cs []foundCredit, outlet string, ix *aliasIndex) (kept, own []foundCredit) {
	if outlet != "" {
		return cs, nil
	}
	reported := func(o string) bool {
		for _, c := range cs {
			if !c.sourcing && !c.staff && ix.sameOutlet(c.Outlet, o) {
				return true
			}
		}
		return false
	}
	out := make([]foundCredit, 0, len(cs))
	for _, c := range cs {
		if !c.sourcing && !c.staff || c.described || reported(c.Outlet) {
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
	// The names are folded once: the loops below compare every sourcing
	// credit with every credit of the story.
	keys := make([][]outletKey, len(arts))
	own := make([]outletKey, len(arts))
	for i, a := range arts {
		if len(a.ownSourced) == 0 && len(a.credits) == 0 && a.outlet == "" {
			continue
		}
		own[i] = ix.key(a.outlet)
		for _, cs := range [][]foundCredit{a.credits, a.ownSourced} {
			for _, c := range cs {
				keys[i] = append(keys[i], ix.key(c.Outlet))
			}
		}
	}
	credits := func(j int, k outletKey) bool {
		for _, x := range keys[j] {
			if x.same(k) {
				return true
			}
		}
		return false
	}
	back := make([][]foundCredit, len(arts))
	for i, a := range arts {
		for _, c := range a.ownSourced {
			k := ix.key(c.Outlet)
			for j := range arts {
				// Another article crediting the outlet, or the outlet's own
				// article: this one is not the outlet's.
				if j != i && (own[j].same(k) || credits(j, k)) {
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

// storyCredits reads every article's credits again with the names of the
// outlets the story credits that the directory does not know ("VIA:
// Benzinga" in one article makes "told Benzinga" a credit in another), and
// gives each such outlet one spelling across the story.
func storyCredits(arts []*article, ix *aliasIndex, workers int) {
	var all []foundCredit
	var given []string
	for _, a := range arts {
		all = append(all, a.credits...)
		all = append(all, a.ownSourced...)
		if a.outlet != "" {
			if _, known := ix.canonical(a.outlet); !known {
				given = append(given, a.outlet)
			}
		}
		for _, n := range a.described {
			// only names that need the story to be read as outlets
			if _, _, ok := ix.outletName(n); !ok {
				given = append(given, n)
			}
		}
	}
	names := creditedNames(all, given)
	if names == nil {
		return
	}
	parallel(len(arts), workers, func(i int) {
		a := arts[i]
		if names.unread(a.text, append(slices.Clone(a.credits), a.ownSourced...)) {
			a.readCredits(ix, names)
		}
		names.spell(a.credits)
		names.spell(a.ownSourced)
	})
}

// selfNaming marks an article of unknown outlet as maybe outlet X's own
// when it is the only article of the story that names X only as someone's
// interlocutor ("a source has told Benzinga", "told Benzinga on Saturday")
// while other articles credit X for what it reported ("says a report from
// Benzinga", "VIA: Benzinga"): the one that reports its own interviews may
// be X. Several such articles ("told Tolo News" in five) leave X unplaced,
// as does a story in which an article's outlet is X already. The mark
// stands only when an article sharing text with it credits X for that text
// (confirmSelfNames).
func selfNaming(arts []*article) {
	type tally struct {
		name       string
		reporters  int
		candidates []*article
		taken      bool // an article's outlet is X
	}
	byKey := map[string]*tally{}
	get := func(name string) *tally {
		k := nameKey(name)
		t := byKey[k]
		if t == nil {
			t = &tally{name: name}
			byKey[k] = t
		}
		return t
	}
	perArticle := make([]int, len(arts)) // outlets each article is a candidate for
	for _, a := range arts {
		if a.outlet != "" {
			get(a.outlet).taken = true
		}
	}
	for i, a := range arts {
		own := map[string]bool{}    // outlets a names only as an interlocutor
		report := map[string]bool{} // outlets a credits for their reporting
		for _, cs := range [][]foundCredit{a.credits, a.ownSourced} {
			for _, c := range cs {
				get(c.Outlet)
				if c.sourcing && !c.described {
					own[nameKey(c.Outlet)] = true
				} else {
					report[nameKey(c.Outlet)] = true
				}
			}
		}
		for k := range report {
			byKey[k].reporters++
		}
		if a.outlet != "" {
			continue
		}
		for k := range own {
			if !report[k] {
				byKey[k].candidates = append(byKey[k].candidates, a)
				perArticle[i]++
			}
		}
	}
	for _, t := range byKey {
		if t.taken || t.reporters == 0 || len(t.candidates) != 1 || perArticle[t.candidates[0].idx] != 1 {
			continue
		}
		a := t.candidates[0]
		for _, c := range append(slices.Clone(a.credits), a.ownSourced...) {
			if nameKey(c.Outlet) == nameKey(t.name) {
				a.maybeOutlet, a.maybeCue = t.name, c.Cue
				break
			}
		}
	}
}

// confirmSelfNames takes an article marked as maybe outlet X's own
// (selfNaming) for X's when an article it shares text with credits X for
// that text with a cue of reporting ("says a report from X", "VIA: X",
// "told news website X") in its own words, outside the text the two share
// (a credit inside it may have been dropped by the marked article when it
// took the text, "told X" kept): the shared text is X's, and the marked
// article is the one that writes as X. Its credits to X are its own and
// leave it.
func confirmSelfNames(arts []*article, pairs []*pair, ix *aliasIndex) {
	for _, p := range pairs {
		for _, side := range []struct {
			own, other *article
			otherIsA   bool
		}{{arts[p.a], arts[p.b], false}, {arts[p.b], arts[p.a], true}} {
			x := side.own
			if x.maybeOutlet == "" || x.outlet != "" {
				continue
			}
			for _, c := range side.other.credits {
				// A credit line is the copy's own words; a cue inside the
				// shared text may be the other's, copied with it.
				outside := c.whole || !overlapsPassage(side.other, corroborate.Span{Start: c.Start, End: c.End}, p.passages, side.otherIsA)
				if (!c.sourcing || c.described) && outside && ix.sameOutlet(c.Outlet, x.maybeOutlet) &&
					scopeHolds(side.other, c, p.passages, side.otherIsA) {
					x.outlet, x.selfNamed = x.maybeOutlet, x.maybeCue
					x.wire = ix.isWire(x.outlet)
					x.credits = slices.DeleteFunc(x.credits, func(c foundCredit) bool { return ix.sameOutlet(c.Outlet, x.outlet) })
					if ix.sameOutlet(x.republishedBy, x.outlet) {
						// a notice naming the outlet says where its own
						// text first ran, as readCredits reads it
						x.republished, x.republishedBy = "", ""
					}
					break
				}
			}
		}
	}
}
