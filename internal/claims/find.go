package claims

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Options tunes Find. The zero value is ready to use.
type Options struct {
	// Threshold is the similarity (0 to 1) at which two sentences are taken
	// to state the same claim; 0 means DefaultThreshold.
	Threshold float64
	// MinArticles leaves out claims stated by fewer articles; 0 means 2, or
	// 1 when the story has a single article.
	MinArticles int
	// DisputedQuotes are quotations the articles give to different
	// speakers (the quote-speaker conflicts' words): a claim stating one is
	// worded without naming a speaker, so that it takes no side.
	DisputedQuotes []string
}

// DefaultThreshold is the alignment threshold used when Options.Threshold is 0.
const DefaultThreshold = 0.42

func (o Options) threshold() float64 {
	if o.Threshold <= 0 {
		return DefaultThreshold
	}
	return o.Threshold
}

// Result is what Find returns: the claims, most widely stated first, and the
// fact conflicts (number, date, name, negation) between articles.
type Result struct {
	Claims    []corroborate.Claim
	Conflicts []corroborate.Conflict
}

// story is the shared state of one Find call.
type story struct {
	arts     []corroborate.Article
	units    []unit
	groups   []group
	ids      []string
	links    map[[2]int][]corroborate.Passage // (from, to) article indices -> passages
	clusters []cluster
	// wordings holds each unit's sentence read as a wording (wordingOf),
	// once read: a sentence may be weighed for several claims.
	wordings map[int]wording
	// sentences holds an article's sentences once read (sentenceBefore)
	sentences map[int][]corroborate.Span
	// outletKeys holds each article's outlet folded (outletKey), once read
	// (outletOf)
	outletKeys []string
	// disputed holds Options.DisputedQuotes as letters and digits only
	// (text.LowerAlnum)
	disputed []string
	// den holds what each sentence denies, read once for alignment and
	// for the negation conflicts
	den *denials
	// claimed holds the sentences (article index, start) that support a
	// claim of two articles or more, once the claims are known
	claimed map[[2]int]bool
	// outcomeFigs holds the units' outcomeFigures, once read, for the
	// few units with any
	outcomeFigs map[int][]figure
	// idOrder holds each article id's place in ids (the last, for an id
	// given twice), once read (markContradiction)
	idOrder map[string]int
}

// Find aligns the sentences of arts into claims and finds the fact conflicts
// between them. reuse links (From is the origin of To) make articles count as
// one origin for the claims whose sentences lie in the reused passages (for
// every claim when a link has no passages); reuse may be nil. Claims with support from fewer than
// opt.MinArticles articles are left out; conflicts are reported whatever the
// support. Output order is deterministic for the same input.
func Find(arts []corroborate.Article, reuse []corroborate.Reuse, opt Options) Result {
	return Align(arts, opt).Find(arts, reuse, opt)
}

// Alignment is a story's sentences read and aligned into clusters (Align):
// the part of Find that reads nothing but the articles' text and
// sentences, so that a caller can run it while the reuse links and the
// disputed quotations are still being found.
type Alignment struct {
	st        *story
	threshold float64
}

// Align reads the sentences of arts and aligns them at opt's threshold
// (opt's other fields are read by Find). It reads only the articles' Text
// and Sentences.
func Align(arts []corroborate.Article, opt Options) *Alignment {
	st := &story{arts: arts}
	st.align(opt.threshold())
	return &Alignment{st: st, threshold: opt.threshold()}
}

// Find is Find of the aligned articles, at the threshold Align used. arts
// are the articles given to Align, in the same order and with the same
// text and sentences; their other fields (their credits, which the claims'
// origins read) may have been filled since. An Alignment is used up by
// Find: a second call panics.
func (al *Alignment) Find(arts []corroborate.Article, reuse []corroborate.Reuse, opt Options) Result {
	st := al.st
	if st == nil {
		panic("claims: Alignment.Find called twice")
	}
	al.st = nil
	opt.Threshold = al.threshold
	st.arts = arts
	st.den.arts = arts
	for _, q := range opt.DisputedQuotes {
		if k := text.LowerAlnum(q); k != "" {
			st.disputed = append(st.disputed, k)
		}
	}
	st.links = linksOf(arts, reuse)
	for _, a := range arts {
		st.ids = append(st.ids, a.ID)
	}

	minArts := opt.MinArticles
	if minArts <= 0 {
		minArts = 2
		if len(arts) < 2 {
			minArts = 1
		}
	}
	// the claims and the conflicts read what align wrote and cache apart
	// what each reads later (the claims: wordings, sentences, outlets and
	// claimed sentences; the conflicts: denials and outcome figures), so
	// they are found alongside each other; the conflicts mark the claims
	// they contradict once both are known, in the order they were found
	var claims []corroborate.Claim
	var claimOf []int
	var finds []finding
	alongside(func() { claims, claimOf = st.claims(minArts) }, func() { finds = st.conflictFinds(opt) })
	res := Result{Claims: claims, Conflicts: []corroborate.Conflict{}}
	posts := st.postSpans()
	for _, x := range finds {
		for _, c := range x.fs {
			if restsOnPost(c.conflict, posts) {
				continue
			}
			res.Conflicts = append(res.Conflicts, c.conflict)
			if x.mark {
				st.markContradiction(claims, claimOf, c)
			}
		}
	}
	return res
}

// finding is one conflict finder's findings and whether they mark the
// claims they contradict.
type finding struct {
	fs   []found
	mark bool
}

// conflictFinds runs the conflict finders.
func (st *story) conflictFinds(opt Options) []finding {
	return []finding{
		{st.figureConflicts(), true},
		{st.outcomeConflicts(opt.threshold()), false},
		{st.ageConflicts(), false},
		{st.negationConflicts(), true},
		{st.inabilityConflicts(), false},
		{st.intentConflicts(), false},
		{st.tollConflicts(), false},
		{st.countConflicts(), false},
		{st.nameConflicts(), true},
		{st.agentConflicts(), false},
	}
}

// alongside runs work on a goroutine of its own while f runs on the
// caller's, and returns once both have. Should either panic, the panic
// goes on in the caller's goroutine (where the dossier turns it into the
// stage's failure), work's when both do, and only once work is done, so
// that no goroutine still reads the story once Find has returned.
func alongside(work, f func()) {
	done := make(chan struct{})
	var p any
	go func() {
		defer close(done)
		defer func() { p = recover() }()
		work()
	}()
	defer func() {
		<-done
		if p != nil {
			panic(p)
		}
	}()
	f()
}

// align reads the articles' sentences (units, groups of copies) and
// aligns them into clusters at threshold.
func (st *story) align(threshold float64) {
	v := newVocab()
	st.units = buildUnits(st.arts, v)
	weigh(st.units, v)
	st.groups = groupUnits(st.units)
	st.den = newDenials(st.units, st.arts)
	st.clusters = alignGroups(st.units, st.groups, st.den, threshold)
}

// postSpans maps an article's ID to the sentences of the social posts
// embedded in it.
func (st *story) postSpans() map[string][]corroborate.Span {
	out := map[string][]corroborate.Span{}
	for i := range st.units {
		if u := &st.units[i]; u.post {
			out[st.ids[u.art]] = append(out[st.ids[u.art]], u.span)
		}
	}
	return out
}

// restsOnPost reports a conflict with a side that rests only on social
// posts embedded in the articles (posts): a reader's post is its
// author's word, not an outlet's, and an outlet does not contradict a
// post it shows.
func restsOnPost(c corroborate.Conflict, posts map[string][]corroborate.Span) bool {
	if len(posts) == 0 {
		return false
	}
	for _, sd := range c.Sides {
		inPost := func(x corroborate.ClaimSupport) bool {
			return inSpans(corroborate.Span{Start: x.Start, End: x.End}, posts[x.Article])
		}
		if len(sd.Spans) > 0 && !slices.ContainsFunc(sd.Spans, func(x corroborate.ClaimSupport) bool { return !inPost(x) }) {
			return true
		}
	}
	return false
}

// found is a conflict with the units on its claim's side and against it, so
// that the claims matrix can show who contradicts what.
type found struct {
	conflict corroborate.Conflict
	cluster  int   // the claim the conflict is about, -1 when none
	against  []int // units stating the other value
	with     []int // units stating the claim's value, some perhaps in other words
}

// claims turns clusters into contract claims, most origins first. claimOf
// maps a cluster index to its claim's index, -1 for clusters left out.
func (st *story) claims(minArts int) ([]corroborate.Claim, []int) {
	type built struct {
		c       corroborate.Claim
		cluster int
		pos     float64
	}
	var bs []built
	claimOf := make([]int, len(st.clusters))
	firsts := make([]map[int]int, len(st.clusters))
	st.claimed = map[[2]int]bool{}
	claimedBy := map[[2]int]int{}
	for ci := range st.clusters {
		firsts[ci] = st.firstUnits(&st.clusters[ci])
		// a sentence of one article's claim is no other claim's wording
		if len(firsts[ci]) >= max(minArts, 2) {
			for a, ui := range firsts[ci] {
				st.claimed[[2]int{a, st.units[ui].span.Start}] = true
				claimedBy[[2]int{a, st.units[ui].span.Start}] = ci
			}
		}
	}
	conts := st.continuations(firsts, claimedBy)
	goesOn := map[int]int{} // a cluster -> the cluster going on from it
	for x, y := range conts {
		goesOn[y] = x
	}
	for ci := range st.clusters {
		claimOf[ci] = -1
		cl := &st.clusters[ci]
		first := firsts[ci]
		if _, ok := conts[ci]; ok || len(first) < minArts || st.noClaimIn(first) {
			continue
		}
		// a claim is worded by a whole sentence that reads alone; a cluster
		// of quotations' pieces and fragments is none (it may still take a
		// side in a conflict)
		first = st.sameFigures(cl, first)
		arts := slices.Sorted(maps.Keys(first))
		text := st.claimWording(cl, st.wordingsOf(cl, first))
		if text == "" {
			continue
		}
		x, goes := goesOn[ci]
		if goes {
			text += " " + st.goingOn(text, first, firsts[x])
		}
		c := corroborate.Claim{Support: make([]corroborate.ClaimSupport, 0, len(arts))}
		for _, a := range arts {
			u := &st.units[first[a]]
			end := u.span.End
			if goes {
				end = st.units[firsts[x][a]].span.End // the support spans both sentences
			}
			c.Support = append(c.Support, corroborate.ClaimSupport{Article: st.ids[a], Start: u.span.Start, End: end})
		}
		c.Origins = st.claimOrigins(arts, first)
		c.Text = text
		bs = append(bs, built{c: c, cluster: ci, pos: st.groups[cl.leader].minPos})
	}
	sort.SliceStable(bs, func(i, j int) bool {
		a, b := bs[i], bs[j]
		if a.c.Origins != b.c.Origins {
			return a.c.Origins > b.c.Origins
		}
		if len(a.c.Support) != len(b.c.Support) {
			return len(a.c.Support) > len(b.c.Support)
		}
		return a.pos < b.pos
	})
	out := make([]corroborate.Claim, len(bs))
	for i, b := range bs {
		b.c.ID = "c" + strconv.Itoa(i+1)
		out[i] = b.c
		claimOf[b.cluster] = i
	}
	for x, y := range conts {
		claimOf[x] = claimOf[y] // one statement over two sentences
	}
	return out, claimOf
}

// wordingsOf is the sentences of cluster cl read as wordings (wordingOf):
// its leader's (unless a social post's or its article is not in first),
// then first's, the first
// sentence of each article (firstUnits), in the articles' order.
func (st *story) wordingsOf(cl *cluster, first map[int]int) []wording {
	var ws []wording
	// the leading sentence words no claim its article was taken out of
	// for another figure (sameFigures)
	if lead := st.groups[cl.leader].units[0]; !st.units[lead].post {
		if _, ok := first[st.units[lead].art]; ok {
			ws = append(ws, st.wordingOf(lead))
		}
	}
	for _, a := range slices.Sorted(maps.Keys(first)) {
		ws = append(ws, st.wordingOf(first[a]))
	}
	return ws
}

// firstUnits maps each article of cluster cl to its sentence that starts
// earliest, social posts left out. A whole sentence comes before a line
// with no closing stop (unstopped): an article's standfirst ("Ferry fares
// to rise by a third") restates its lead in short, and the lead is the
// sentence that holds the claim, the line none that words it.
func (st *story) firstUnits(cl *cluster) map[int]int {
	first := map[int]int{}
	for _, gi := range cl.groups {
		for _, ui := range st.groups[gi].units {
			u := &st.units[ui]
			if u.post {
				continue
			}
			prev, ok := first[u.art]
			if !ok {
				first[u.art] = ui
				continue
			}
			if a, b := st.unstopped(ui), st.unstopped(prev); a != b {
				if b {
					first[u.art] = ui
				}
				continue
			}
			if u.span.Start < st.units[prev].span.Start {
				first[u.art] = ui
			}
		}
	}
	return first
}

// unstopped reports a sentence that is a line of its own with no closing
// stop: a standfirst or a heading.
func (st *story) unstopped(ui int) bool {
	u := &st.units[ui]
	s := st.arts[u.art].Text
	end := strings.TrimRight(strings.TrimSpace(s[u.span.Start:u.span.End]), `"”’')»`)
	return wholeLine(s, u.span) && (end == "" || !strings.ContainsAny(end[len(end)-1:], ".!?"))
}

// SureConfidence is the confidence from which a conflict is taken as sure:
// only those mark their claim as contradicted (Claim.Contradicts), so that
// the claims matrix never shows a disagreement the dossier holds back.
const SureConfidence = 0.5

// markContradiction records on the conflict's claim where articles state the
// other side, for sure conflicts.
func (st *story) markContradiction(claims []corroborate.Claim, claimOf []int, f found) {
	if f.cluster < 0 || claimOf[f.cluster] < 0 || f.conflict.Confidence < SureConfidence {
		return
	}
	c := &claims[claimOf[f.cluster]]
	// an article that states the claim's value in other words ("38,000
	// daily crossings" for "38,000 vehicles a day") supports the claim
	against := map[string]bool{}
	for _, ui := range f.against {
		against[st.ids[st.units[ui].art]] = true
	}
	for _, ui := range f.with {
		u := &st.units[ui]
		if u.post {
			continue
		}
		if !(f.conflict.Kind == corroborate.ConflictNegation && against[st.ids[u.art]]) && !slices.ContainsFunc(c.Support, func(x corroborate.ClaimSupport) bool { return x.Article == st.ids[u.art] }) {
			c.Support = append(c.Support, corroborate.ClaimSupport{Article: st.ids[u.art], Start: u.span.Start, End: u.span.End})
		}
	}
	if st.idOrder == nil {
		st.idOrder = make(map[string]int, len(st.ids))
		for i, id := range st.ids {
			st.idOrder[id] = i
		}
	}
	order := st.idOrder
	slices.SortStableFunc(c.Support, func(x, y corroborate.ClaimSupport) int { return order[x.Article] - order[y.Article] })
	// an article whose passage denies the claim's point does not also
	// support it: the contradiction wins, while someone else still states
	// it (one that tells the same event with another figure, date or name
	// still states the event)
	kept := slices.DeleteFunc(slices.Clone(c.Support), func(x corroborate.ClaimSupport) bool { return against[x.Article] })
	if f.conflict.Kind == corroborate.ConflictNegation && len(kept) > 0 && len(kept) < len(c.Support) {
		c.Support = kept
		c.Origins = min(c.Origins, len(kept))
	}
	// a claim worded by an article that states the other side would read
	// one value and be stated by the article that gives the other: it
	// takes the words of one that states its side
	if st.wordedAgainst(c, f.against) {
		for _, ui := range f.with {
			if u := &st.units[ui]; !u.post && !against[st.ids[u.art]] {
				c.Text = st.wordingOf(ui).bare()
				break
			}
		}
	}
	for _, ui := range f.against {
		u := &st.units[ui]
		dup := false
		for _, x := range c.Contradicts {
			if x.Article == st.ids[u.art] {
				dup = true
			}
		}
		if !dup {
			c.Contradicts = append(c.Contradicts, corroborate.ClaimSupport{Article: st.ids[u.art], Start: u.span.Start, End: u.span.End})
		}
	}
}

// wordedAgainst reports whether claim c's text is the wording of one of
// the units against it.
func (st *story) wordedAgainst(c *corroborate.Claim, against []int) bool {
	for _, ui := range against {
		if st.wordingOf(ui).bare() == c.Text {
			return true
		}
	}
	return false
}

// clusterOfUnit maps each unit to its cluster index.
func (st *story) clusterOfUnit() []int {
	out := make([]int, len(st.units))
	for ci, cl := range st.clusters {
		for _, gi := range cl.groups {
			for _, ui := range st.groups[gi].units {
				out[ui] = ci
			}
		}
	}
	return out
}
