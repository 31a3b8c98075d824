package claims

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// unit is one sentence of one article, ready for comparison.
type unit struct {
	art    int // index into the articles
	span   corroborate.Span
	toks   []token
	feats  []int     // feature ids, sorted, unique
	w      []float64 // weight of each feature, same order
	weight float64   // sum of w
	headW  float64   // sum of w outside the closing clause (tail)
	figs   []figure
	pos    float64 // relative position in the article, 0 = first sentence
	quoted bool    // mostly inside quotation marks
	// outcome is what befell people in the sentence: outcomeKilled,
	// outcomeHurt, both or neither
	outcome uint8
	// plain marks the features that are the sentence's own words: a
	// lower-case content word outside a name, not a figure or a date, and
	// not a word of attribution ("said", "according"); nil when none is
	plain []bool
	rel   []bool // per feature: found only in a relative clause
	// light marks the features of light words ("make", "herself";
	// lightWords), nil when the sentence has none
	light []bool
	// tail marks the features found only in a closing clause that adds to
	// the statement (", despite ...", ", saying ..."; tailOnly), nil when
	// the sentence has none
	tail []bool
	// nickname is the features of the name the sentence gives something
	// and of its naming word ("nicknamed Spelacchio"), -1s for none
	// (nicknameOf)
	nickname [2]int
	// post marks a sentence of a social post embedded in the article: it
	// aligns with the sentences that report it, but states no claim and
	// supports none (postLines)
	post bool
	// anchors are the features of the words used as verbs and of the
	// figures (anchorsOf): what two thinly alike sentences must share
	anchors []int
	// question marks a sentence that asks (isQuestion): it states no fact
	// a thinly alike statement does
	question bool
	// spoken marks the features found only in attributions: who said a
	// thing and to whom (markAttribution); nil when none is
	spoken []bool
	// event is what the main clause tells happened (eventOf)
	event event
	// pair is the two names of a subject "Lenovo and BlackBerry" opening
	// the sentence, as the tokens of their last words (compoundOf); zeros
	// for none
	pair [2]uint16
	// withheld marks the features found only in a clause of what the
	// sentence holds back ("declined to say whose phone ..."; withheldOnly),
	// nil when none is
	withheld []bool
	// sourcing is whether the sentence is its subject's own announcement
	// of a plan, a report of one, or neither (sourcingOf)
	sourcing uint8
}

// Outcomes of people in a sentence: "50 people were killed" and "50 people
// were injured" state two facts, however alike their other words.
const (
	outcomeKilled uint8 = 1 << iota
	outcomeHurt
)

var (
	killedWords = text.WordSet(`kill killed kills killing dead die died dies dying death deaths deadly fatal
fatalities fatality slain`)
	hurtWords = text.WordSet(`injure injured injures injuring injury injuries wound wounded wounding wounds
hurt`)
	// "escaped death" tells of no death
	escapeWords = text.WordSet("escap escape survive surviv avoid cheat cheated near")
)

// outcomeOf reads the outcome words of a sentence's tokens.
func outcomeOf(toks []token) uint8 {
	var o uint8
	for k, t := range toks {
		switch {
		case killedWords[t.low] && !(k > 0 && escapeWords[toks[k-1].lemma]):
			o |= outcomeKilled
		case hurtWords[t.low]:
			o |= outcomeHurt
		}
	}
	return o
}

// outcomesDiffer reports two sentences of which one tells only of deaths
// and the other only of injuries.
func outcomesDiffer(a, b *unit) bool {
	return a.outcome != b.outcome && a.outcome != 0 && b.outcome != 0 &&
		a.outcome != outcomeKilled|outcomeHurt && b.outcome != outcomeKilled|outcomeHurt
}

// vocab maps feature strings to small ids.
type vocab struct {
	ids  map[string]int
	kind []float64 // base weight of each feature by its kind
	df   []int     // sentences holding the feature
	// light marks the features of light words (lightWords): no own
	// words two sentences share by them (each unit keeps its features'
	// marks, unit.light, for the pair loop)
	light []bool
	// pairs maps a light word and a word it takes ("mak", "mistak") to
	// their anchor id (pair): negative, so that it is no feature's, and
	// kept apart from ids, so that no string is built for it
	pairs map[[2]string]int
}

func newVocab() *vocab { return &vocab{ids: map[string]int{}} }

// idOf is id of the feature prefix+s ("#" and a figure's value), the
// string kept only when the feature is new: a look-up builds none.
func (v *vocab) idOf(prefix, s string, base float64) int {
	if id, ok := v.ids[prefix+s]; ok {
		return id
	}
	return v.id(prefix+s, base)
}

// pair is the anchor id of light word light taking word obj (anchorsOf):
// -1, -2, ... in the order first asked for.
func (v *vocab) pair(light, obj string) int {
	k := [2]string{light, obj}
	if id, ok := v.pairs[k]; ok {
		return id
	}
	if v.pairs == nil {
		v.pairs = map[[2]string]int{}
	}
	id := -1 - len(v.pairs)
	v.pairs[k] = id
	return id
}

func (v *vocab) id(f string, base float64) int {
	if id, ok := v.ids[f]; ok {
		return id
	}
	id := len(v.kind)
	v.ids[f] = id
	v.kind = append(v.kind, base)
	v.df = append(v.df, 0)
	v.light = append(v.light, lightWords[f])
	return id
}

// Base weights of feature kinds: a date or a counted figure says more about
// which statement a sentence makes than any one word.
const (
	weightWord   = 1.0
	weightName   = 1.5
	weightNumber = 2.0
	weightDate   = 3.0
	// weightNegation is small: "is not" and "is" still state about the
	// same thing, so they align, but they are not copies of one sentence.
	weightNegation = 0.5
)

// sentencesOf returns the article's sentence spans, splitting the text when
// the article came without them.
func sentencesOf(a corroborate.Article) []corroborate.Span {
	if len(a.Sentences) > 0 {
		return a.Sentences
	}
	return text.Sentences(a.Text)
}

// buildUnits tokenises every sentence of every article and gives each its
// features. Weights are set later by weigh, once document frequencies are known.
func buildUnits(arts []corroborate.Article, v *vocab) []unit {
	// room for every sentence given (an article without its sentences
	// adds its units by append): growing unit by unit copies large structs
	n := 0
	for _, a := range arts {
		n += len(a.Sentences)
	}
	units := make([]unit, 0, n)
	var sc scratch
	var ta tokenArena
	for ai, a := range arts {
		spans := sentencesOf(a)
		cased := hasLower(a.Text)
		posts := postLines(a.Text)
		for si, sp := range spans {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				continue
			}
			if notStatement(a.Text[sp.Start:sp.End], cased) || contributorLine(a.Text[sp.Start:sp.End]) {
				continue
			}
			u := unit{art: ai, span: sp, pos: float64(si) / float64(max(len(spans), 1)), post: inSpans(sp, posts)}
			u.toks = ta.tokenize(a.Text, sp.Start, sp.End)
			if heading(a.Text, sp, u.toks) || citation(a.Text, sp, u.toks) {
				continue
			}
			u.figs = figures(a.Text, u.toks)
			u.quoted = QuotedShare(a.Text[sp.Start:sp.End]) > 0.5
			u.feats, u.plain = features(a.Text, u.toks, u.figs, v, &sc)
			u.outcome = outcomeOf(u.toks)
			u.rel = relativeOnly(a.Text, u.toks, u.figs, u.feats, v)
			u.tail = tailOnly(a.Text, u.toks, u.figs, u.feats, v)
			u.nickname[0], u.nickname[1] = nicknameOf(u.toks, u.feats, u.rel, v)
			u.anchors = anchorsOf(a.Text, u.toks, u.figs, u.feats, v, &sc)
			u.question = isQuestion(a.Text[sp.Start:sp.End])
			u.spoken = spokenOnly(a.Text, u.toks, u.figs, u.feats, v)
			u.light = lightOnly(u.feats, v)
			u.withheld = withheldOnly(a.Text, u.toks, u.figs, u.feats, v)
			u.event = eventOf(a.Text, u.toks, u.quoted, u.question)
			u.pair = compoundOf(u.toks)
			u.sourcing = sourcingOf(a.Text, u.toks, opensText(a.Text, sp.Start))
			if len(u.feats) < 3 || attributionOnly(u.spoken) {
				continue
			}
			for _, f := range u.feats {
				v.df[f]++
			}
			units = append(units, u)
		}
	}
	return units
}

// attributionOnly reports a sentence all of whose words tell who said a
// thing and to whom (spoken, see unit.spoken): "Harbour master Ilse
// Brandt told the Lenna Post." before the quotation it leads to states
// nothing of its own.
func attributionOnly(spoken []bool) bool {
	return spoken != nil && !slices.Contains(spoken, false)
}

// leadInWords bounds the words of a bare lead-in ("Fox News reports:").
const leadInWords = 6

// notStatement reports a sentence that states nothing of its own: a bare
// lead-in to the quotation after it ("Fox News reports:"), a related
// story's headline or an editor's note in brackets ("[How the garden was
// built]"), or a heading or a related story's link set in capitals in an
// article written in mixed case (cased).
func notStatement(s string, cased bool) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ":") && len(strings.Fields(s)) <= leadInWords {
		return true
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return true
	}
	return cased && !hasLower(s) && len(strings.Fields(s)) >= 3
}

// headingWords bounds the words of a heading or a link's headline.
const headingWords = 12

// heading reports a sentence that is a line of its own, short, with no
// closing stop and no verb: a section heading ("The Moon Garden
// Challenge") names a subject and states nothing about it. A line that
// opens with a verb-less name and goes on ("Mayor Lind said ...") has a
// verb and is no heading.
func heading(s string, sp corroborate.Span, toks []token) bool {
	line := strings.TrimSpace(s[sp.Start:sp.End])
	if len(toks) == 0 || len(toks) > headingWords || !wholeLine(s, sp) {
		return false
	}
	end := strings.TrimRight(line, `"”’')»]`)
	if end == "" || strings.ContainsAny(end[len(end)-1:], ".!?:;,") {
		return false
	}
	for k := range toks {
		if isVerbish(toks, k) {
			return false
		}
	}
	return true
}

// citationParts is the fewest parts, set off by commas, semicolons or
// colons, a citation has.
const citationParts = 3

// citation reports a sentence that cites a source rather than states
// anything: a note or a credit made of names, a date or a page and
// nothing else, set off by commas ("Harriet Pell diary, June 4, 1872,
// Wexley Town Archive, Port Arden."). It has no verb, a year or a month,
// three parts or more, and capitalised words or figures make most of its
// words.
func citation(s string, sp corroborate.Span, toks []token) bool {
	if len(toks) == 0 || strings.Count(s[sp.Start:sp.End], ",")+strings.Count(s[sp.Start:sp.End], ";")+strings.Count(s[sp.Start:sp.End], ":") < citationParts-1 {
		return false
	}
	figure, named, words := false, 0, 0
	for k, t := range toks {
		if isVerbish(toks, k) || beForms[t.low] || auxForms[t.low] {
			return false
		}
		figure = figure || t.num && len(t.low) == 4 && t.val >= 1000 && t.val <= 2100 || isMonthTok(t)
		if stopWords[t.low] {
			continue
		}
		words++
		if t.capital || t.num {
			named++
		}
	}
	return figure && 3*named >= 2*words
}

// wholeLine reports whether the span is all of its line.
func wholeLine(s string, sp corroborate.Span) bool {
	before := strings.TrimRight(s[:sp.Start], " \t")
	after := strings.TrimLeft(s[sp.End:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
}

// postLines returns the lines of s that are not the article's own
// statement: a social post embedded in it (a line signed "— Name
// (@handle) Date", and the line before a signature standing alone) and a
// bare link ("https://…"). A post embedded in two articles is its
// author's words, which the quotations show, not two outlets stating a
// fact: it supports no claim. An outlet that reports what the post says
// in its own sentence still states it, and two that do meet through the
// post they both embed.
func postLines(s string) []corroborate.Span {
	var out []corroborate.Span
	paras := text.Paragraphs(s)
	for k, para := range paras {
		p := s[para.Start:para.End]
		switch {
		case signedPost(p):
			if k > 0 && (strings.HasPrefix(p, "—") || strings.HasPrefix(p, "–")) {
				out = append(out, paras[k-1])
			}
			out = append(out, para)
		case bareLink(p):
			out = append(out, para)
		}
	}
	return out
}

// signedPost reports a line that closes with a post's sign-off: its last
// dash followed, within a short stretch, by the author's "(@handle)".
func signedPost(p string) bool {
	d := max(strings.LastIndex(p, "—"), strings.LastIndex(p, "–"))
	if d < 0 {
		return false
	}
	rest := p[d:]
	return text.PostSignoff(rest[:min(len(rest), 80)])
}

// bareLink reports a line that is one web address and nothing else.
func bareLink(p string) bool {
	return !strings.ContainsAny(p, " \t") && (strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "www."))
}

// inSpans reports whether sp lies within one of spans.
func inSpans(sp corroborate.Span, spans []corroborate.Span) bool {
	for _, x := range spans {
		if sp.Start >= x.Start && sp.End <= x.End {
			return true
		}
	}
	return false
}

// fragment reports a sentence no claim is worded by, though it may take a
// side in a conflict: a piece of a quotation (a stray quotation mark), a
// post with its links, a text cut off ("... turned out to be…") or a
// headline with no closing stop.
func fragment(s string) bool {
	s = strings.TrimSpace(s)
	end := strings.TrimRight(s, `"”’')»`)
	if end == "" || !strings.ContainsAny(end[len(end)-1:], ".!?") || strings.HasSuffix(end, "...") || strings.HasSuffix(end, "…") {
		return true
	}
	return strings.Contains(s, "http") || strings.Contains(s, "pic.twitter.com") || UnbalancedQuotes(s)
}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// features turns tokens into feature ids: lemmas of content words, names,
// figures ("#4") and dates ("@8-18"). Tokens inside a date count only as the
// date; a date that tells when someone spoke (saidOn) not at all. plain
// marks the features that are the sentence's own words (unit.plain), nil
// when none is.
func features(s string, toks []token, figs []figure, v *vocab, sc *scratch) (ids []int, plain []bool) {
	fs := sc.feats[:0]
	defer func() { sc.feats = fs[:0] }()
	inFig := func(t token) *figure {
		for i := range figs {
			if t.start >= figs[i].start && t.end <= figs[i].end {
				return &figs[i]
			}
		}
		return nil
	}
	firstNamed := firstWordNamed(s, toks, figs)
	titled := titleTokens(s, toks)
	for i, t := range toks {
		if isNegCue(toks, i) {
			// a denial never groups with the plain statement
			fs = append(fs, feat{v.id("¬", weightNegation), false})
			continue
		}
		if f := inFig(t); f != nil {
			if f.kind == corroborate.ConflictDate {
				if t.start == f.start && !saidOn(toks, i) {
					fs = append(fs, feat{v.idOf("@", f.value, weightDate), false})
				}
				continue
			}
			if t.num {
				fs = append(fs, feat{v.idOf("#", f.value, weightNumber), false})
				continue
			}
		}
		if t.num {
			fs = append(fs, feat{v.idOf("#", t.low, weightWord), false})
			continue
		}
		if t.lemma == "" || len(t.lemma) < 2 {
			continue
		}
		base := weightWord
		if t.capital && i > 0 {
			base = weightName
		}
		named := t.capital && (i > 0 || firstNamed) || nameParticle(s, toks, i) || titled != nil && titled[i]
		fs = append(fs, feat{v.id(t.lemma, base), !named && !attribution[t.low]})
	}
	// one entry per feature, plain when any of its words is
	slices.SortFunc(fs, func(a, b feat) int { return a.id - b.id })
	n, anyPlain := 0, false
	for i, f := range fs {
		if i == 0 || f.id != fs[i-1].id {
			n++
		}
		anyPlain = anyPlain || f.plain
	}
	ids = make([]int, 0, n)
	if anyPlain {
		plain = make([]bool, 0, n)
	}
	for i, f := range fs {
		if i > 0 && f.id == fs[i-1].id {
			if f.plain && anyPlain {
				plain[len(plain)-1] = true
			}
			continue
		}
		ids = append(ids, f.id)
		if anyPlain {
			plain = append(plain, f.plain)
		}
	}
	return ids, plain
}

// nameParticles join the words of a name ("de" in "Maison Culturelle de
// Port Arden", "van" in "Anna van Dijk").
var nameParticles = text.WordSet("de du des van von der den da di del della la le al el bin ibn")

// nameParticle reports a name particle between two capitalised words
// with single spaces: part of the name, not the sentence's own word.
func nameParticle(s string, toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !nameParticles[toks[i].low] {
		return false
	}
	return toks[i-1].capital && toks[i+1].capital && s[toks[i-1].end:toks[i].start] == " " && s[toks[i].end:toks[i+1].start] == " "
}

// feat is one word's feature and whether it is a plain one.
type feat struct {
	id    int
	plain bool
}

// scratch holds buffers features reuses from one sentence to the next.
type scratch struct {
	feats []feat
	ids   []int
	arena []int // anchors of the sentences read so far (anchorsOf)
}

// saidOn reports a date at toks[i] that tells when someone spoke ("Snow
// said Tuesday", "told reporters on March 3"), not when what they said
// happened: two sentences said on one day state no fact alike by it.
func saidOn(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "on" {
		k--
	}
	if k >= 1 && (toks[k].low == "reporters" || toks[k].low == "journalists") {
		k--
	}
	return k >= 0 && attribution[toks[k].low]
}

// weigh sets each unit's feature weights: the kind's base weight times a
// damped inverse sentence frequency, so words every sentence uses count less.
func weigh(units []unit, v *vocab) {
	n := float64(len(units))
	idf := make([]float64, len(v.kind))
	for i := range idf {
		idf[i] = v.kind[i] * math.Log(1+n/float64(max(v.df[i], 1)))
	}
	for i := range units {
		u := &units[i]
		u.w = make([]float64, len(u.feats))
		u.weight, u.headW = 0, 0
		for k, f := range u.feats {
			u.w[k] = idf[f]
			u.weight += idf[f]
			if u.tail == nil || !u.tail[k] {
				u.headW += idf[f]
			}
		}
	}
}

// shared is the summed weight of the features two units have in common,
// taking each feature's smaller weight (they are equal within one story).
func shared(a, b *unit) float64 {
	return sharedSplit(a, b).all
}

// minContained is the fewest features a short sentence must share with a
// long one to be read as a paraphrase of part of it.
const minContained = 3

// sharedCount is shared, and how many features the units have in common.
func sharedCount(a, b *unit) (float64, int) {
	o := sharedSplit(a, b)
	return o.all, o.n
}

// overlap is what two units have in common: the summed weight of the
// features they share, the part of it outside relative clauses, the part
// in plain features (both sentences' own words), and how many features
// they share and how many plain features outside attributions.
type overlap struct {
	all, main, own float64
	n, ownN        int
	// held is the weight of the features held back in one sentence and
	// not in the other (unit.withheld)
	held float64
	// told is how many of the n features are not found only in the
	// attributions of both sentences (unit.spoken): what the two say
	// alike, past who said it
	told int
	// head and headN are what the two share outside closing clauses
	// (unit.tail)
	head  float64
	headN int
}

// lightOnly marks the features of feats that are light words, nil when
// none is.
func lightOnly(feats []int, v *vocab) []bool {
	var out []bool
	for i, f := range feats {
		if v.light[f] {
			if out == nil {
				out = make([]bool, len(feats))
			}
			out[i] = true
		}
	}
	return out
}

// sharedSplit is the overlap of two units.
func sharedSplit(a, b *unit) overlap {
	var o overlap
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] == b.feats[j]:
			w := math.Min(a.w[i], b.w[j])
			o.all += w
			o.n++
			if !(a.spoken != nil && a.spoken[i] && b.spoken != nil && b.spoken[j]) {
				o.told++
			}
			if (a.withheld != nil && a.withheld[i]) != (b.withheld != nil && b.withheld[j]) {
				o.held += w
			}
			if !(a.rel != nil && a.rel[i]) && !(b.rel != nil && b.rel[j]) {
				o.main += w
			}
			if !(a.tail != nil && a.tail[i]) && !(b.tail != nil && b.tail[j]) {
				o.head += w
				o.headN++
			}
			if a.plain != nil && a.plain[i] && b.plain != nil && b.plain[j] {
				o.own += w
				if !(a.spoken != nil && a.spoken[i]) && !(b.spoken != nil && b.spoken[j]) && !(a.light != nil && a.light[i]) {
					o.ownN++
				}
			}
			i++
			j++
		case a.feats[i] < b.feats[j]:
			i++
		default:
			j++
		}
	}
	return o
}

// similarity scores how far two units state the same thing, from 0 to 1:
// the cosine of their weighted feature sets, raised towards the overlap of
// the smaller one when that one is wholly or mostly contained in the other
// (a short paraphrase of part of a long sentence).
func similarity(a, b *unit) float64 {
	s, n := sharedCount(a, b)
	return sharedSimilarity(a, b, s, n)
}

// sharedSimilarity is similarity, given the weight s and the number n of
// the features a and b share.
func sharedSimilarity(a, b *unit, s float64, n int) float64 {
	if s == 0 {
		return 0
	}
	cos := s / math.Sqrt(a.weight*b.weight)
	small := math.Min(a.weight, b.weight)
	over := s / small
	// containment counts only when the smaller sentence has substance and
	// the two share more than a word or two: "Most of the time the diaper
	// is there for emergencies" is not told by a long sentence that has
	// "time" and "emergency" in it
	if small >= 8 && over >= 0.7 && n >= minContained {
		return math.Max(cos, 0.5*(cos+over))
	}
	return cos
}

// QuotedShare is the share of s's bytes inside quotation marks, from 0 to 1.
func QuotedShare(s string) float64 {
	in, n := false, 0
	for _, r := range s {
		switch r {
		case '"', '“', '”':
			in = !in
			continue
		}
		if in {
			n += len(string(r))
		}
	}
	if len(s) == 0 {
		return 0
	}
	return float64(n) / float64(len(s))
}

// textOf is the unit's sentence text.
func (u *unit) textOf(arts []corroborate.Article) string {
	return strings.TrimSpace(arts[u.art].Text[u.span.Start:u.span.End])
}

// UnbalancedQuotes reports a sentence with a stray quotation mark: a
// double mark left open or closed ("... returned home."), or a single
// mark that opens a quotation with none to close it ('Even though you
// are ...) or closes one never opened. Such a sentence is a piece of a
// quotation cut from the sentences around it, not a statement of its own.
// An apostrophe inside a word ("you're"), after a plural's s ("the
// teachers' union", "PBS' show") or split from its word ("Rihanna 's")
// is no mark.
func UnbalancedQuotes(s string) bool {
	q := countQuotes(s)
	return q.straight%2 == 1 || q.open != q.closed || q.sOpen != q.sClosed
}

// hasMark reports whether s holds any of marks, each one character, as
// strings.ContainsAny would, but by bytes: no character's UTF-8 holds
// another's, and ContainsAny reads s rune by rune once a mark is not ASCII.
func hasMark(s string, marks ...string) bool {
	for _, m := range marks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// quoteCount is the quotation marks of a text by kind.
type quoteCount struct{ straight, open, closed, sOpen, sClosed int }

func countQuotes(s string) quoteCount {
	var q quoteCount
	if !hasMark(s, `"`, "“", "”", "'", "‘", "’") {
		return q // most sentences: no need to read them as runes
	}
	rs := []rune(s)
	for i, r := range rs {
		prev, next := ' ', ' '
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case '"':
			q.straight++
		case '“':
			q.open++
		case '”':
			q.closed++
		case '\'', '‘', '’':
			before := unicode.IsLetter(prev) || unicode.IsDigit(prev)
			after := unicode.IsLetter(next) || unicode.IsDigit(next)
			switch {
			case before && after: // an apostrophe: "you're"
			case !before && unicode.IsDigit(next): // a decade: "the '90s"
			case !before && (next == 's' || next == 't') && (i+2 >= len(rs) || !unicode.IsLetter(rs[i+2])): // "Rihanna 's"
			case !before && after || r == '‘' && !before && !unicode.IsSpace(next):
				q.sOpen++
			case !after && (before && prev != 's' && prev != 'S' || unicode.IsPunct(prev)):
				q.sClosed++
			}
		}
	}
	return q
}

// relativeOpeners open a clause set off by commas that describes someone
// named ("Roe, who goes by ..., was"): its words are not what the sentence
// states.
var relativeOpeners = text.WordSet("who whose which dubbed nicknamed known")

// personOpeners open a clause that may describe a person named ("...
// Brenn, who signed the first bill in 2009."): it says who the person is,
// also when it runs to the end of the sentence (describes).
var personOpeners = text.WordSet("who whose")

// clauseSpeech are verbs by which a closing clause tells what people say
// or think (", who say the best way is ..."): the clause is then what the
// sentence reports, not a description.
var clauseSpeech = text.WordSet(`say says said tell tells told argue argues argued believe believes believed
warn warns warned insist insists insisted claim claims claimed contend contends contended think thinks
thought add adds added note notes noted fear fears feared want wants wanted`)

// describes reports whether the clause opening at toks[open] (", who
// ...") describes the person named just before it: the name is
// capitalised, and the clause does not tell what the person says or
// thinks within its first words.
func describes(toks []token, open int) bool {
	if !personOpeners[toks[open].low] || open < 2 || !toks[open-1].capital {
		return false
	}
	for j := open + 1; j < len(toks) && j <= open+3; j++ {
		if clauseSpeech[toks[j].low] {
			return false
		}
	}
	return true
}

// settingOpeners open a phrase that sets a sentence's scene before its
// first comma ("At the opening of the Harbour Museum on Friday, ...").
var settingOpeners = text.WordSet("at in on during amid after before following despite since throughout inside outside")

// settingWords bounds the words of an opening phrase read as the scene.
const settingWords = 14

// conditionOpeners open a condition before a sentence's first comma ("If
// you watched the parade on Friday, you may have noticed ..."): what it
// names is not asserted. conditionWords bounds its words.
var conditionOpeners = text.WordSet("if unless")

const conditionWords = 30

// relativeOnly marks, for each of a sentence's features (feats), one found
// only in a clause that is not what the sentence states: a relative
// clause set between commas (", who goes by ..., was"), a clause that
// describes a person named and runs to the end of the sentence (", who
// first opened the ferry line in 2003."), an opening phrase that sets the
// scene ("At the opening of the Harbour Museum on Friday, ...") and an
// opening condition ("If you watched ..., you may have noticed"); a date
// counts with the words around it. Another
// clause that runs to the end of its sentence (", which has 300,000
// employees.") is part of what the sentence states.
func relativeOnly(s string, toks []token, figs []figure, feats []int, v *vocab) []bool {
	inClause := make([]bool, len(toks))
	any := false
	if len(toks) > 0 && (settingOpeners[toks[0].low] || conditionOpeners[toks[0].low]) {
		bound := settingWords
		if conditionOpeners[toks[0].low] {
			bound = conditionWords
		}
		for k := 1; k < len(toks) && k <= bound; k++ {
			gap := s[toks[k-1].end:toks[k].start]
			if strings.Contains(gap, ",") {
				for j := range k {
					inClause[j] = true
				}
				any = true
				break
			}
			if strings.ContainsAny(gap, ".;:!?()—–") {
				break
			}
		}
	}
	open := -1 // first token of the relative clause being read
	for k := 1; k < len(toks); k++ {
		gap := s[toks[k-1].end:toks[k].start]
		switch {
		case strings.Contains(gap, ","):
			if open >= 0 {
				for j := open; j < k; j++ {
					inClause[j] = true
				}
				any = true
			}
			open = -1
			if relativeOpeners[toks[k].low] {
				open = k
			}
		case strings.ContainsAny(gap, ".;:!?()—–\"“”"):
			open = -1
		}
	}
	if open >= 0 && describes(toks, open) {
		for j := open; j < len(toks); j++ {
			inClause[j] = true
		}
		any = true
	}
	if !any {
		return nil
	}
	return onlyIn(toks, figs, feats, v, inClause)
}

// onlyIn marks, for each of a sentence's features (feats), one whose
// words all lie in the tokens marked in.
func onlyIn(toks []token, figs []figure, feats []int, v *vocab, in []bool) []bool {
	only := make([]bool, len(feats))
	var out []int
	for k, t := range toks {
		key := t.lemma
		if d := dateAt(figs, t); d != "" {
			key = d
		} else if t.lemma == "" || len(t.lemma) < 2 || t.num {
			continue
		}
		id, ok := v.ids[key]
		if !ok {
			continue
		}
		at, found := slices.BinarySearch(feats, id)
		if !found {
			continue
		}
		if in[k] {
			only[at] = true
		} else {
			out = append(out, at)
		}
	}
	for _, at := range out {
		only[at] = false
	}
	return only
}

// dateAt returns the feature of the date that token t opens ("@" and the
// date's value), or "".
func dateAt(figs []figure, t token) string {
	for i := range figs {
		if figs[i].kind == corroborate.ConflictDate && figs[i].start == t.start {
			return "@" + figs[i].value
		}
	}
	return ""
}

// mainShare is the share of the weight two units have in common that lies
// outside relative clauses set between commas: "The executioner, who goes
// by the name Al-Kestlowi, was rushed to hospital" and "He, who goes by the
// name Al-Kestlowi, was also present" share only the clause, which states
// neither sentence's point.
func mainShare(a, b *unit) float64 {
	o := sharedSplit(a, b)
	if o.all == 0 {
		return 1
	}
	return o.main / o.all
}

// tailOpeners open a closing clause that adds to what a sentence states:
// "..., saying he made no threats", "... despite a long list of topics",
// "... — leading to the arrest of ...".
var tailOpeners = text.WordSet("despite saying adding noting leading citing amid")

// tailOnly marks the features of a sentence found only in its closing
// clause (tailOpeners, after a comma or a dash, or "despite" and "amid"
// anywhere past the sentence's first words), nil when it has none: two
// sentences telling one fact may each add something else after it.
func tailOnly(s string, toks []token, figs []figure, feats []int, v *vocab) []bool {
	for k := 4; k < len(toks); k++ {
		w := toks[k].low
		if !tailOpeners[w] {
			continue
		}
		gap := s[toks[k-1].end:toks[k].start]
		if w != "despite" && w != "amid" && !strings.ContainsAny(gap, ",—–") {
			continue
		}
		in := make([]bool, len(toks))
		for j := k; j < len(toks); j++ {
			in[j] = true
		}
		return onlyIn(toks, figs, feats, v, in)
	}
	return nil
}

// minHeadShared is the fewest features two sentences' heads (unit.tail)
// must share to be read as one fact told with something else added: a
// name, a figure and a verb ("Sotloff", "camera", "killed") are two facts.
const minHeadShared = 4

// headSimilarity is similarity with the features of the sentences' closing
// clauses (unit.tail) left out, given their overlap o; 0 when neither has
// one or when they share fewer than minHeadShared features outside them.
func headSimilarity(a, b *unit, o overlap) float64 {
	if a.tail == nil && b.tail == nil || o.headN < minHeadShared {
		return 0
	}
	if a.headW == 0 || b.headW == 0 {
		return 0
	}
	return o.head / math.Sqrt(a.headW*b.headW)
}
