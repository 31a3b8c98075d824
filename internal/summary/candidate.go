package summary

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/text"
)

// story is what Build knows of the dossier while it weighs claims.
type story struct {
	arts      map[string]*corroborate.Article
	copies    map[string]bool // articles that reuse another article's text
	contested map[string]map[string]bool
	disputed  map[string][]dispute // article id -> passages that take a side in a conflict
	full      map[string]string    // surname -> the first full name the articles give it
	fitness   map[string]float64   // a sentence's wording score, -Inf when unfit
	// trims holds the supports' passages as wordings (wordingAt), those
	// readFitness read
	trims     map[corroborate.ClaimSupport]trim
	furniture map[string]int         // article id -> unusable sentences it opens with
	keys      keyNames               // the names most titles and leads use
	names     map[string]bool        // a word with a capital inside -> whether it is a name
	sample    []*corroborate.Article // the articles read for names
	given     *given                 // the full names sample gives, read when needed (namesGiven)
	budgeted  bool                   // whether a word budget holds (Options.Words), known before the wordings are weighed
	v         *vocab
	echo      *echoes // the articles' leads, read when a short budget weighs echoes
	wire      float64 // how much the summary is a short one of many articles (wireShare)
	// room is the words a word budget (budgeted) has left once the
	// sentences are chosen: what the opening sentence's wording may grow
	// by when it changes for one naming the subject
	room int
	// event is whether the chosen sentences open with the event lead put
	// in for them (see withEvent)
	event bool
	// dateline is whether an article opens with a dateline, by id, read
	// when needed (datelined)
	dateline map[string]bool
	// own is whether an article is a page in its writer's own voice, by
	// id, read when needed (ownPage); quotedFrom the articles that print
	// unquoted what another article quotes (see speakers)
	own        map[string]bool
	quotedFrom map[string]bool
}

// dispute is a passage on one side of a conflict and what stating it costs
// a wording: a summary states what the sources agree on.
type dispute struct {
	start, end int
	cost       float64
}

// disputes collects the conflict sides' passages: a minority side's cost
// most, the side most articles take a little, and a quotation whose
// speaker or wording is disputed costs whichever side it is on.
func disputes(cs []corroborate.Conflict) map[string][]dispute {
	out := map[string][]dispute{}
	for _, c := range cs {
		most := 0
		for _, sd := range c.Sides {
			most = max(most, len(sd.Articles))
		}
		for _, sd := range c.Sides {
			cost := 4.0
			switch {
			case c.Kind.Quote():
				cost = 3
			case len(sd.Articles) == most:
				cost = 1
			}
			for _, sp := range sd.Spans {
				out[sp.Article] = append(out[sp.Article], dispute{sp.Start, sp.End, cost})
			}
		}
	}
	return out
}

// disputeCost is what stating the passage [start, end) of article a costs.
func (st *story) disputeCost(a string, start, end int) float64 {
	cost := 0.0
	for _, d := range st.disputed[a] {
		if d.start < end && start < d.end {
			cost = math.Max(cost, d.cost)
		}
	}
	return cost
}

func newStory(d *corroborate.Dossier) *story {
	st := &story{arts: map[string]*corroborate.Article{}, copies: map[string]bool{}, contested: contestedArticles(d), disputed: disputes(d.Conflicts), full: map[string]string{},
		fitness: map[string]float64{}, furniture: map[string]int{}}
	for i := range d.Articles {
		st.arts[d.Articles[i].ID] = &d.Articles[i]
	}
	for _, r := range d.Reuse {
		st.copies[r.To] = true
	}
	st.v = newVocab(d.Articles)
	st.keys = findKeyNames(d.Articles)
	st.names = map[string]bool{}
	for i := range min(len(d.Articles), vocabSample) {
		st.sample = append(st.sample, &d.Articles[i*len(d.Articles)/min(len(d.Articles), vocabSample)])
	}
	return st
}

// weights of what makes a claim summary-worthy, in the order that decides:
// independent origins, then centrality, then position; and each independent
// article more that opens with the claim (the event several leads tell).
// Under a word budget choose adds coverage: the part of the story's
// vocabulary a sentence says that those already taken do not; counts
// position once more (budgetLead), a short summary being what the leads say;
// and, under a short budget, how many articles' leads echo it (echo). A
// short summary of many articles (see wireShare) weighs the story's own
// telling more than copies: centrality (wireCentrality), opening an
// article (wireLead) and echoes (wireEcho) count more, and the articles
// stating a sentence word for word less (wireSupport, the share of their
// weight taken off); and a sentence that is mostly a quotation weighs
// less by its quoted share (wireQuote): the event in the reporter's words
// ("Iraq's army has shot down two planes ...") before what a lawmaker is
// quoted as saying of it.
var weights = struct {
	origins, cites, centrality, coverage, lead, leadDecay, informative, leads, budgetLead, echo float64
	wireCentrality, wireLead, wireEcho, wireSupport, wireQuote                                  float64
}{4, 6, 48, 32, 4, 0.5, 0.05, 8, 1, 8, 40, 25, 1.5, 0.8, 25}

// maxWordings bounds the wordings of one claim weighed: a claim that
// hundreds of articles state has its fit wordings among the first.
const maxWordings = 24

// wordingOf is one article's wording of a claim.
type wordingOf struct {
	text  string
	span  corroborate.ClaimSupport // the trimmed text's place in its article
	score float64
}

// candidate is one claim considered for the summary, with the wording
// chosen for it.
type candidate struct {
	claim   *corroborate.Claim // the claim it tells
	text    string
	cites   []string
	spans   []corroborate.ClaimSupport
	alts    []wordingOf // every usable wording, the chosen one included
	vec     map[string]float64
	norm    float64
	central float64 // the cosine of vec and the story's centroid
	quoted  float64 // the share of the wording inside quotation marks (claims.QuotedShare)
	nwords  int
	score   float64
	support float64 // what the articles stating it add to score
	origins int     // the independent origins stating it (Claim.Origins)
	pos     float64 // mean relative position of the claim in its articles
	lead    float64 // the claim's weight as a lead: 1 when an article opens with it
	leadc   float64 // what lead and leads add to score
	leads   int     // the articles, copies aside, that open with it
	echo    int     // the articles whose lead echoes it, -1 until counted
	// develops is the claim whose support holds this lead beside its own
	// wording, for a development (see developments)
	develops *candidate
	// settles is whether the candidate tells as done the deal another
	// article's lead tells as talks (see settled): the news to open with
	settles bool
	// contested is whether more articles contradict the claim than
	// state it (copies counted on both sides): stating it as fact would
	// take the weaker side of the story's dispute. A tie leaves both
	// sides as they weigh: the other side's sentence need not be marked
	// (Claim.Contradicts is on one claim of the two), and leaving out
	// one would state the other.
	contested bool
	at        corroborate.ClaimSupport // the chosen wording's passage
	sig       *signature               // the chosen wording's figures and phrases, read when needed
	// askedOf is the wording plain and clash were read from: plain is it
	// without the questions it reports (unasked), clash claims.Clasher
	// of plain
	askedOf string
	plain   string
	clash   func(string) bool
	// silentOf is the wording silent was read from (silentParties)
	silentOf string
	silent   []string
}

// candidateFor picks the wording of claim c to show and weighs the claim.
// The wording is a sentence of an article, usable on its own, written in
// the story's language; from the origin rather than a copy that credits
// it, from an article that takes no side in a conflict about the claim,
// plain rather than quoted or loaded. It returns nil when no wording is fit.
func (st *story) candidateFor(c *corroborate.Claim) *candidate {
	cand, _ := st.candidateOf(c)
	return cand
}

// quoted is the candidate of a claim that has no wording fit to show (the
// unfit one candidateOf returns) but quotations that name their speaker
// (saidBy), weighed without what their quoted share costs (quoteCost,
// given back to each such wording too poor to show as it stands): what
// the story's people said, for a summary whose plain sentences run out
// before its budget (see Build). nil when no such quotation is fit. It
// changes held.
func (st *story) quoted(held *candidate) *candidate {
	for i, w := range held.alts {
		if st.fitness[w.text] < minWording {
			if q := typedQuotes(w.text); saidBy(q) {
				held.alts[i].score += st.spokenCost(q)
			}
		}
	}
	if !st.settle(held) || !saidBy(held.text) {
		return nil
	}
	return held
}

// candidateOf is candidateFor, and, when no wording of c is fit to show,
// the claim's candidate unsettled (no wording chosen, see quoted) in its
// place; both nil when c has no usable wording at all.
func (st *story) candidateOf(c *corroborate.Claim) (cand, unfit *candidate) {
	cand = &candidate{claim: c, echo: -1}
	counts := map[string]int{}
	posSum, lead := 0.0, 0.0
	var quoted []string // the wordings an article gives as a quotation
	own, _ := trimmed(c.Text)
	for i, s := range c.Support {
		a := st.arts[s.Article]
		if a == nil || s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			continue
		}
		first := !contains(cand.cites, s.Article)
		if first {
			cand.cites = append(cand.cites, s.Article)
			cand.spans = append(cand.spans, s)
		}
		posSum += float64(s.Start) / float64(len(a.Text))
		lw := st.leadWeight(a, s.Start, i < maxWordings)
		lead = math.Max(lead, lw)
		if lw == 1 && first && !st.copies[s.Article] {
			cand.leads++
		}
		if i >= maxWordings {
			continue
		}
		t, off, rawEnd := st.supportWording(a.Text, s)
		st.noteNames(t)
		fit, ok := st.fitness[t]
		if !ok {
			fit = st.fitnessOf(t, st.isName)
			st.fitness[t] = fit
		}
		before := a.Text[:s.Start]
		// a sentence inside a quotation opened before it either reads
		// well (and is looked at below) or shows a closing mark
		inQ := (!math.IsInf(fit, -1) || strings.ContainsAny(t, `"”'`)) && inQuotation(before)
		if q := quotedPart(t, inQ); q != "" {
			quoted = append(quoted, text.LowerAlnum(q))
		}
		if math.IsInf(fit, -1) || brokenOff(before) || inQ || quoteTail(before, t) || st.speakers(s.Article) {
			continue
		}
		counts[t]++
		w := wordingOf{text: t, span: corroborate.ClaimSupport{Article: s.Article, Start: s.Start + off, End: rawEnd}}
		w.score = fit
		if t == own {
			// the claim's own statement, rather than a sentence of
			// another article aligned with it on a shared clause
			w.score += ownWording
		}
		if st.copies[s.Article] {
			w.score -= 0.5
		}
		if st.contested[c.ID][s.Article] {
			w.score -= 3
		}
		w.score -= st.disputeCost(s.Article, s.Start, s.End)
		cand.alts = append(cand.alts, w)
	}
	if len(quoted) > 0 {
		var said []string
		cand.alts, said = unquoted(cand.alts, quoted)
		for _, a := range said {
			st.source(a)
		}
	}
	if len(cand.alts) == 0 || len(cand.cites) == 0 {
		return nil, nil
	}
	for i := range cand.alts {
		cand.alts[i].score += 0.3 * float64(counts[cand.alts[i].text])
	}
	attribute(cand.alts)
	credited(cand.alts)
	cand.pos = posSum / float64(len(cand.cites))
	cand.lead = lead
	origins := c.Origins
	if origins == 0 {
		origins = len(cand.cites)
	}
	cand.origins = origins
	cand.leadc = weights.lead*lead + weights.leads*float64(max(0, cand.leads-1))
	cand.support = support(origins, len(cand.cites))
	// the side of a dispute more articles take is stated, as the
	// claims stage's conflict passages already weigh it (disputeCost);
	// the other side is not (see uncontested)
	cand.contested = against(c, cand.cites) > len(cand.cites)
	if !st.settle(cand) {
		return nil, cand
	}
	return cand, nil
}

// wordingAt is support s's passage of text as a wording: trimmed
// (trimmedAt), with the offset of its start in the passage and the end of
// the passage, trailing space left out.
func wordingAt(text string, s corroborate.ClaimSupport) (t string, off, end int) {
	raw := strings.TrimRightFunc(text[s.Start:s.End], unicode.IsSpace)
	t, off = trimmedAt(text, s.Start, s.Start+len(raw))
	return t, off, s.Start + len(raw)
}

// trim is a passage read as a wording (wordingAt).
type trim struct {
	t        string
	off, end int
}

// supportWording is wordingAt, read once.
func (st *story) supportWording(text string, s corroborate.ClaimSupport) (t string, off, end int) {
	if tr, ok := st.trims[s]; ok {
		return tr.t, tr.off, tr.end
	}
	return wordingAt(text, s)
}

// fitnessOf is how well wording t reads as a sentence of the summary
// (wording), -Inf when it is not fit to show at all; name tells a name
// from words run together (isName).
func (st *story) fitnessOf(t string, name func(string) bool) float64 {
	fit := math.Inf(-1)
	// read with wire copy's typed quotation marks as marks
	if q := typedQuotes(t); usableIn(q, name) && whole(q) && !ownVoice(q) && st.v.inLanguage(q) {
		fit = wording(q) + st.spokenRebate(q)
	}
	return fit
}

// credited weighs down each wording in alts that credits another outlet
// for what it says (creditsCopy: "..., reports the Associated Press"):
// by copyCredit when another wording of the claim does not, so that the
// origin's own wording is the one shown; by soleCredit when each does, a
// report the story has only at second hand ("..., according to the
// Kessmouth Ledger."), which it may still tell.
func credited(alts []wordingOf) {
	var is []bool
	n := 0
	for i, w := range alts {
		if creditsCopy(typedQuotes(w.text)) {
			if is == nil {
				is = make([]bool, len(alts))
			}
			is[i] = true
			n++
		}
	}
	if n == 0 {
		return
	}
	cost := float64(copyCredit)
	if n == len(alts) {
		cost = soleCredit
	}
	for i := range alts {
		if is[i] {
			alts[i].score -= cost
		}
	}
}

// What crediting another outlet costs a wording, when another wording of
// its claim does not and when none does.
const (
	copyCredit = 4
	soleCredit = 1
)

// settle makes the best of cand's wordings its wording and weighs it, the
// wordings too poor to choose left out; false, and cand unchanged but for
// the order of its wordings, when even the best is too poor.
func (st *story) settle(cand *candidate) bool {
	sort.SliceStable(cand.alts, func(i, j int) bool { return cand.alts[i].score > cand.alts[j].score })
	best := cand.alts[0]
	if best.score < minWording {
		return false
	}
	// a wording too poor to choose is no stand-in either, when another
	// sentence's wording is wanted (one that stands alone, or names a
	// person in full)
	for i, w := range cand.alts {
		if w.score < minWording {
			cand.alts = cand.alts[:i]
			break
		}
	}
	st.use(cand, best)
	cand.score = cand.support +
		weights.centrality*cand.central + cand.leadc + best.score +
		weights.informative*informative(best.text)
	return true
}

// support is what the articles stating a claim add to its score: each
// independent origin beyond the first (weights.origins), and the articles
// on a log scale (weights.cites), each copy of an origin's text counting
// as copyShare of an article: a copy shows how far a wording travelled,
// not another source standing behind it. Two versions of one wire story
// weigh less than two outlets telling it each its own way.
func support(origins, cites int) float64 {
	origins = min(origins, cites)
	return weights.origins*float64(origins-1) + weights.cites*math.Log2(float64(origins)+copyShare*float64(cites-origins))
}

// copyShare is what a copy counts for, against an independent article,
// in the articles stating a claim.
const copyShare = 0.5

// hedges attribute what a sentence tells to someone's word, or leave it
// unconfirmed ("An Afghan mother claims to have killed ...", "allegedly
// fought", "reportedly blocked", "could not independently confirm"). internal/claims reads
// hedges for stance (strongHedges, withheldAt) but exports no reader of
// them.
var hedges = regexp.MustCompile(`\b(?:claims?|claimed) to (?:have|be)\b|\b(?:[Aa]llegedly|[Pp]urportedly|[Rr]eportedly|[Pp]urported|[Uu]nconfirmed|[Uu]nverified)\b|\b(?:could not|cannot|can't|has yet to|have yet to|did not) (?:independently )?(?:confirm|verify)\b(?: (?:the|his|her|their|its) (name|identity|identities|age|ages)\b)?`)

// asides are relative clauses set off by commas ("Smith, who allegedly
// fought guards in 2019, was ..."): what they hedge is a detail, not the
// claim the sentence tells.
var asides = regexp.MustCompile(`, (?:who|whom|whose|which) [^,;]*(?:,|$)`)

// hedged reports whether s hedges what its main clause tells (hedges,
// asides left out): not a detail, such as a name the police "could not
// confirm".
func hedged(s string) bool {
	if !strings.Contains(s, "lleg") && !strings.Contains(s, "urport") && !strings.Contains(s, "eportedly") &&
		!strings.Contains(s, "laim") && !strings.Contains(s, "onfirm") && !strings.Contains(s, "erif") {
		return false
	}
	if strings.Contains(s, ", wh") {
		s = asides.ReplaceAllString(s, ",")
	}
	for _, m := range hedges.FindAllStringSubmatch(s, -1) {
		if m[1] == "" { // not a detail withheld: "could not confirm the name"
			return true
		}
	}
	return false
}

// hedgeWording is what attributing a claim adds to a wording when another
// wording of the same claim states it as fact: a summary tells what is
// claimed as claimed, as one of its sources does.
const hedgeWording = 2

// attribute raises the wordings of one claim that hedge it (hedged) by
// hedgeWording, when others state it plainly.
func attribute(alts []wordingOf) {
	var is []bool
	n := 0
	for i, w := range alts {
		if hedged(w.text) {
			if is == nil {
				is = make([]bool, len(alts))
			}
			is[i] = true
			n++
		}
	}
	if n == 0 || n == len(alts) {
		return
	}
	for i := range alts {
		if is[i] {
			alts[i].score += hedgeWording
		}
	}
}

// minWording is the least score a wording needs to be shown.
const minWording = -2.5

// ownWording is what being the claim's own text adds to a wording.
const ownWording = 1

// against counts the articles that contradict claim c (Claim.Contradicts:
// another figure, date or name, or a denial, in a conflict the claims
// stage is sure of), those among its cites aside.
func against(c *corroborate.Claim, cites []string) int {
	var seen []string
	for _, x := range c.Contradicts {
		if !contains(cites, x.Article) && !contains(seen, x.Article) {
			seen = append(seen, x.Article)
		}
	}
	return len(seen)
}

// use makes w the candidate's wording: its text, and its passage among the
// cited ones.
func (st *story) use(c *candidate, w wordingOf) {
	c.text = w.text
	c.at = w.span
	for i := range c.spans {
		if c.spans[i].Article == w.span.Article {
			c.spans[i] = w.span
		}
	}
	// what is read from the wording follows it
	c.nwords = words(w.text)
	c.vec, c.norm = st.v.vector(w.text)
	c.central = st.v.centrality(c.vec, c.norm)
	c.quoted = claims.QuotedShare(w.text)
	c.echo = -1
}

// leadWeight is 1 for an article's first sentence, falling with each
// sentence after it; page furniture the article opens with (photo
// captions, a credit line) does not count. Furniture is looked for only
// when read is true: a claim hundreds of articles state has its leads
// among its first wordings.
func (st *story) leadWeight(a *corroborate.Article, start int, read bool) float64 {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > start })
	if read && i > 0 {
		i -= min(i, st.furnitureFirst(a))
	}
	return 1 / (1 + weights.leadDecay*float64(i))
}

// leadSpan bounds the furniture an article may open with.
const leadSpan = 12

// furnitureFirst counts the sentences a opens with that no summary could
// use (page furniture, captions, fragments), up to leadSpan; read once
// per article, usually one sentence.
func (st *story) furnitureFirst(a *corroborate.Article) int {
	n, ok := st.furniture[a.ID]
	if ok {
		return n
	}
	for n < min(len(a.Sentences), leadSpan) {
		sp := a.Sentences[n]
		if sp.Start >= 0 && sp.End <= len(a.Text) && sp.Start < sp.End && st.usableRaw(a.Text[sp.Start:sp.End]) {
			break
		}
		n++
	}
	st.furniture[a.ID] = n
	return n
}

// usableRaw is usable for a sentence as it stands in an article, trimmed.
func (st *story) usableRaw(raw string) bool {
	t, _ := trimmed(raw)
	return usableIn(t, st.isName)
}

// isName reports whether w, a word with a capital inside, is spelt so
// twice at least in the story's sampled articles, in one article or across
// two (a name, "HarbourLink"), not two page elements run together
// ("TarnportThe").
func (st *story) isName(w string) bool { return st.nameIn(st.names, w) }

// nameIn is isName, with the words already read kept in names.
func (st *story) nameIn(names map[string]bool, w string) bool {
	if ok, seen := names[w]; seen {
		return ok
	}
	n := 0
	for _, a := range st.sample {
		n += min(2, strings.Count(a.Text, w)+strings.Count(a.Title, w))
		if n >= 2 {
			break
		}
	}
	names[w] = n >= 2
	return n >= 2
}

// contestedArticles maps a claim id to the articles that take a side in a
// conflict about it: those that contradict it and those that state the value
// it is contradicted on.
func contestedArticles(d *corroborate.Dossier) map[string]map[string]bool {
	sidesOf := map[string][]int{} // article -> conflicts it takes a side in
	for i, cf := range d.Conflicts {
		for _, sd := range cf.Sides {
			for _, a := range sd.Articles {
				sidesOf[a] = append(sidesOf[a], i)
			}
		}
	}
	out := map[string]map[string]bool{}
	for _, c := range d.Claims {
		if len(c.Contradicts) == 0 {
			continue
		}
		m := map[string]bool{}
		done := map[int]bool{}
		for _, s := range c.Contradicts {
			m[s.Article] = true
			for _, ci := range sidesOf[s.Article] {
				if done[ci] {
					continue
				}
				done[ci] = true
				for _, sd := range d.Conflicts[ci].Sides {
					for _, a := range sd.Articles {
						m[a] = true
					}
				}
			}
		}
		out[c.ID] = m
	}
	return out
}

// quotedPart is the part of sentence t that stands in its article as a
// quotation: from its opening quotation mark, or from its start when it
// stands inside a quotation opened before it (inside), to the mark that
// closes it; "" when t does not open quoted.
func quotedPart(t string, inside bool) string {
	t = typedQuotes(t)
	r, n := firstRune(t)
	switch {
	case r == '"' || r == '“':
		t = t[n+len(string(r)):]
	case !inside:
		return ""
	}
	if i := strings.IndexAny(t, `"”`); i >= 0 {
		return t[:i]
	}
	return t
}

// unquoted leaves out of alts the wordings that an article of the story
// gives as a quotation (quoted, read by letters), unless the wording
// marks it as one: what one article quotes
// someone as saying, another printing it unquoted (the speaker's own
// page, a copy that lost the marks) is still what that person said, no
// fact the summary may state in its own voice. It returns the wordings
// kept and the articles of those left out.
func unquoted(alts []wordingOf, quoted []string) ([]wordingOf, []string) {
	kept := alts[:0]
	var said []string
	for _, w := range alts {
		if r, _ := firstRune(w.text); r == '"' || r == '“' {
			kept = append(kept, w) // a quotation given as one
			continue
		}
		l := text.LowerAlnum(w.text)
		quotes := false
		for _, q := range quoted {
			if len(l) >= minQuoted && strings.Contains(q, l) {
				quotes = true
				break
			}
		}
		if quotes {
			said = append(said, w.span.Article)
		} else {
			kept = append(kept, w)
		}
	}
	return kept, said
}

// minQuoted is the fewest letters of a wording matched against a
// quotation: a short phrase may be quoted for its own sake.
const minQuoted = 24
