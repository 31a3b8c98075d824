// Package summary writes a short extractive summary of a story's dossier:
// sentences copied from the articles (a leading dateline, wire prefix or
// conjunction left out, nothing else changed), chosen first by how many
// independent origins state them, then by how central they are to what
// the story's articles talk about, then by how near the lead they stand
// (under a word budget, each next one by what it adds to what the ones
// taken say, and under a short one by how many articles' leads echo it);
// an article's lead that tells news of its own around a recap of the
// event (a wire follow-up's "Police detained the captain of the ferry
// that capsized ...") weighed as a sentence of its own, not as one more
// wording of the event; whole sentences of the story (none cut off by a truncated
// text or a broken line, no headline's wording, no review's credit line, no piece of a quotation,
// no "I" or "we" that no speaker is said to speak, no "you've" or "your"
// spoken to the reader, no words another article gives as a quotation
// stated as fact); without repeating one another (two articles' leads
// telling the same event count once, in other words too: "approved
// legislation", "passed a bill"; in a short summary of many articles, a
// lead retelling the event around news of its own too; and, wherever in
// its article it stands, a sentence that says little of the story beyond
// what another chosen sentence, or the chosen ones between them, say of
// the event it tells: "tried but failed to launch" after "attempted to
// launch ..., but it failed") or stating both sides of a clash (what a
// question reported asks, "a reporter who asked what makes him confident
// that ...", is no side of one: the reply "I’m not confident" is news);
// a sentence of an article beside the story (one that never names the
// subject every other article names: a film's synopsis) weighed down;
// an article's lead told in the wording of another article's lead of the
// same event that names whom it is about ("fired Harbour Master Ivo
// Brand", not "fired the harbour master");
// ordered for reading, opening with the event the articles lead with (put
// in, when the sentences chosen are all details or background, from the
// lead that tells the news), in the wording that names the story's subject
// (the names most titles and leads use), so that a name, a person's role
// ("The nurse ...") or a paper's short name ("The Post ...") is introduced
// before it is referred to and a
// sentence that points back ("He said", "He’s", "That follows", "After
// all, ...", "Yes, ...", "The company will ...", "..., the paper added.",
// "The revelation came after ...", "On Monday, she ...", "... to get just
// that.", "Neither knew ...", "At public events, the two ...", "... asked
// his successor ...", "..., said the official, who ...")
// comes right after what it points to, or another article's wording that
// stands alone takes its place, or it is left out; one that names one of a
// set ("the third agency") or a vote ("voted no") comes after the sentence
// that names the set or what was voted on, or is left out; one fact (a pledge "in half" and "50%") stated
// once; each citing every article that states it, with the passage in each,
// and no article whose passage contradicts it.
package summary

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// Options tunes Build. The zero value is ready to use.
type Options struct {
	// Sentences is the number of sentences; 0 means 5, or no bound of its
	// own when Words is set.
	Sentences int
	// Words, when above 0, is a length budget in words: sentences are
	// chosen, the one that adds most first (see choose), while they fit,
	// so that the weakest is the one left out. Only when no sentence fits
	// is the first one longer.
	// When room is left, one more sentence fills it (see fill): it comes
	// last and, when it runs past the budget, is marked BeyondBudget.
	Words int
}

func (o Options) sentences() int {
	switch {
	case o.Sentences > 0:
		return o.Sentences
	case o.Words > 0:
		return math.MaxInt
	}
	return 5
}

// maxRounds bounds the times Build chooses again after leaving out the
// sentences that refer to what the summary does not introduce.
const maxRounds = 4

// maxWeak bounds the claims of a single article weighed: a story of
// hundreds of articles has better sentences among the claims several state.
const maxWeak = 2000

// Build returns the summary of d. It reads d.Articles, d.Reuse, d.Conflicts,
// d.Claims and more: the claims stated by too few articles to be in
// d.Claims (a single one), which the summary may still use when the story
// offers nothing better. Every sentence cites at least one article, the
// articles whose text holds it verbatim, with the place in each (Spans,
// in Cites' order), and names the other supporting articles with their
// passages (SupportedBy).
func Build(d *corroborate.Dossier, more []corroborate.Claim, opt Options) []corroborate.SummarySentence {
	out := []corroborate.SummarySentence{}
	if len(d.Articles) == 0 {
		return out
	}
	st := newStory(d)
	all := make([]*corroborate.Claim, 0, len(d.Claims)+len(more))
	for i := range d.Claims {
		all = append(all, &d.Claims[i])
	}
	for i := range more[:min(len(more), maxWeak)] {
		all = append(all, &more[i])
	}
	st.budgeted = opt.Words > 0
	st.readFitness(all)
	var cands []*candidate
	var unfit []*candidate // claims with no wording fit to show, unsettled
	seen := map[string]bool{}
	for _, c := range all {
		cand, held := st.candidateOf(c)
		if held != nil {
			unfit = append(unfit, held)
		}
		if cand == nil {
			continue
		}
		if seen[cand.text] {
			continue
		}
		seen[cand.text] = true
		cands = append(cands, cand)
	}
	cands, unspoken := st.unspoken(cands)
	unfit = append(unfit, unspoken...)
	cands = append(cands, st.developments(cands, seen)...)
	cands = st.onTopic(uncontested(cands))
	st.wire = wireShare(len(st.arts), opt.Words)
	st.lone(cands)
	st.apart(cands)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	// a sentence naming its subject by surname alone, with no sentence
	// before it to introduce them, gives its place to the next candidate
	full := st.persons()
	// every candidate, for refill: one left out in a round for leaning on
	// a name may be introduced by the sentences chosen in the last
	every := slices.Clone(cands)
	var chosen []*candidate
	for round := 0; ; round++ {
		chosen = st.choose(cands, opt)
		chosen, st.event = st.withEvent(cands, chosen, opt)
		st.room = opt.Words - budgetUsed(chosen)
		n := len(chosen)
		chosen = st.order(chosen, full)
		bad := st.unintroduced(chosen, full)
		if len(bad) == 0 {
			// order leaves out a sentence that the opening one's wording
			// tells too (nameFirst): another takes its place
			if round > 0 || len(chosen) < n {
				// the rounds left out candidates that lean on what the
				// summary did not say then; the chosen may say it now
				chosen = st.refill(every, chosen, full, opt)
			}
			break
		}
		if round == maxRounds {
			// the sentences still leaning on what the summary does not
			// say are left out, and then those that leaned on them
			// ("In the call, he explained ..." after "Rubio, who ...")
			chosen = st.leftOut(chosen, bad, full)
			chosen = st.refill(every, chosen, full, opt)
			break
		}
		kept := cands[:0]
		for _, c := range cands {
			if !bad[c] {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	if opt.Words > 0 && len(chosen) < opt.sentences() && opt.Words-budgetUsed(chosen) >= minRoom {
		// the story's plain sentences ran out before the budget: what
		// its people said goes on, each quotation naming its speaker
		n := len(chosen)
		chosen = st.refill(st.said(unfit, seen), chosen, full, opt)
		if len(chosen) > n {
			// a quotation may introduce someone whom a sentence the
			// rounds left out names unintroduced: it may come back
			chosen = st.refill(every, chosen, full, opt)
		}
	}
	order := make([]string, len(d.Articles))
	for i := range d.Articles {
		order[i] = d.Articles[i].ID
	}
	for _, c := range chosen {
		out = append(out, st.cite(c, order))
	}
	if f := st.fill(cands, chosen, full, opt); f != nil {
		s := st.cite(f, order)
		s.BeyondBudget = opt.Words-budgetUsed(chosen) < f.nwords
		out = append(out, s)
	}
	return out
}

// leftOut is chosen without the sentences in bad, and without those that,
// once they are left out, lean on what the summary no longer says
// (unintroduced), the order kept; chosen's array is reused.
func (st *story) leftOut(chosen []*candidate, bad map[*candidate]bool, full map[string]string) []*candidate {
	for len(bad) > 0 {
		chosen = slices.DeleteFunc(chosen, func(c *candidate) bool { return bad[c] })
		bad = st.unintroduced(chosen, full)
	}
	return chosen
}

// refill adds to chosen, once the sentences that lean on what the summary
// does not say are left out, the strongest candidates left that repeat
// none of them, fit the budget and, put in their place, lean on nothing
// the summary does not say, up to the sentences asked for: a story whose
// sentences mostly name its people by surname ("Holm said ...") still
// gets the ones that stand alone. It tries maxRefill candidates at most.
func (st *story) refill(cands, chosen []*candidate, full map[string]string, opt Options) []*candidate {
	in := map[*candidate]bool{}
	for _, c := range chosen {
		in[c] = true
	}
	tried := 0
	for _, c := range cands {
		if len(chosen) >= opt.sentences() || tried == maxRefill {
			break
		}
		if in[c] || opt.Words > 0 && budgetUsed(chosen)+c.nwords > opt.Words || st.redundant(c, chosen) {
			continue
		}
		tried++
		next := st.order(append(slices.Clone(chosen), c), full)
		if len(st.unintroduced(next, full)) == 0 {
			chosen = next
			in[c] = true
		}
	}
	return chosen
}

// said is the candidates of the claims in unfit (unsettled, see
// candidateOf) that a quotation naming its speaker states (quoted),
// strongest first, none whose text is seen already nor one only off-topic
// articles state (onTopic: the summary has sentences of its own story).
func (st *story) said(unfit []*candidate, seen map[string]bool) []*candidate {
	var out []*candidate
	for _, c := range unfit {
		if cand := st.quoted(c); cand != nil && !seen[cand.text] && !st.offTopic(cand) {
			seen[cand.text] = true
			out = append(out, cand)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// maxRefill bounds the candidates refill tries.
const maxRefill = 50

// apart weighs down, by apartShare, each sentence of an article that
// states nothing another article states, in a story of three articles
// or more where others do: a page beside the story (a film's synopsis
// beside the news of its star) rather than a telling of it.
//
// So is each sentence of an article that states nothing another article
// states and never names a name every other article of the story names
// (its subject, "Carrey"), in a story of three articles or more, even
// where no two articles state anything alike: a film's synopsis that
// tells its plot and not of the actor the news is about, however many of
// the film's names it shares with the news. One that names the subject
// otherwise ("Isis", not "Islamic State") but states what another
// article states stays.
func (st *story) apart(cands []*candidate) {
	if len(st.arts) < 3 {
		return
	}
	shared := map[string]bool{}
	for _, c := range cands {
		// what an article and its copies state alike tells nothing of
		// the articles apart from the story: two versions of one wire
		// story share every sentence
		if len(c.cites) > 1 && c.origins != 1 {
			for _, a := range c.cites {
				shared[a] = true
			}
		}
	}
	var off map[string]bool
	if len(shared) < 2 {
		// read only when too few articles share claims to tell which
		// stand apart
		if off = st.unnamed(); len(off) == 0 {
			return
		}
	}
	for _, c := range cands {
		if len(c.cites) == 1 && !shared[c.cites[0]] && (len(shared) >= 2 || off[c.cites[0]]) {
			c.score *= apartShare
		}
	}
}

// apartShare is what is left of the score of a sentence from an article
// apart from the story.
const apartShare = 0.4

// unnamed is the articles of the story's sample that never name, in their
// title or text, one of the story's key names that the most titles and
// leads use (keyNames) and every other article of the sample names, in a
// story of three articles or more.
func (st *story) unnamed() map[string]bool {
	if len(st.sample) < 3 || len(st.keys) == 0 {
		return nil
	}
	var out map[string]bool
	named := make([]map[string]bool, len(st.sample))
	for i, a := range st.sample {
		named[i] = nameKeys(a.Title + "\n" + a.Text)
	}
	top := 0.0
	for _, x := range st.keys {
		top = max(top, x)
	}
	for k, x := range st.keys {
		if x < top {
			continue
		}
		miss := -1
		for i := range named {
			if named[i][k] {
				continue
			}
			if miss >= 0 {
				miss = -2 // two articles do not name it
				break
			}
			miss = i
		}
		if miss >= 0 {
			if out == nil {
				out = map[string]bool{}
			}
			out[st.sample[miss].ID] = true
		}
	}
	return out
}

// lone takes loneCost off the score of each candidate that a single
// article states, in a story of loneMany articles or more: what one of
// many articles says and none of the others does (one outlet's
// explanation of an absence, against several that give another) is the
// weakest fact a summary can state. A short summary of many articles
// (st.wire), which weighs each article's own telling of the event over
// copies, takes off that much less.
func (st *story) lone(cands []*candidate) {
	if len(st.arts) < loneMany {
		return
	}
	for _, c := range cands {
		if len(c.cites) == 1 {
			c.score -= loneCost * (1 - st.wire)
		}
	}
}

// The story size from which lone weighs, and what it takes off.
const (
	loneMany = 6
	loneCost = 6.0
)

// uncontested leaves out the candidates that more articles contradict
// than state (candidate.contested), unless nothing else is left: a
// summary does not take the weaker side of a dispute as fact.
func uncontested(cands []*candidate) []*candidate {
	var kept []*candidate
	for _, c := range cands {
		if !c.contested {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// choose takes candidates that say something the ones already taken do
// not (redundant), the strongest first (score), while they fit the
// budget. Under a word budget each next one is the candidate that adds
// most: its strength, its position once more (weights.budgetLead), and the
// share of the story's vocabulary (the centroid's weight) it says that the
// sentences already taken do not (weights.coverage): a sentence saying
// the same words again gains nothing from them; and, the shorter the
// budget the more, how many articles' leads echo it (echoWeight). A
// sentence taken early that the ones taken after it tell between them
// (toldByRest: the toll "killed ... at least two Israelis" after "killing
// two women, the first Israeli casualties" and "killed more than two
// dozen Gazans") gives its place to the next.
func (st *story) choose(cands []*candidate, opt Options) []*candidate {
	n := opt.sentences()
	g := st.gains(cands, opt)
	taken := map[*candidate]bool{}
	var chosen []*candidate
	words := 0
	// fits reports whether c fits the budget; over is whether the first
	// sentence may run past it, when none fits
	over := false
	fits := func(c *candidate) bool { return opt.Words <= 0 || words+c.nwords <= opt.Words || over }
	// prune leaves out a sentence chosen early that the ones chosen
	// after it tell between them (toldByRest), so that the next may take
	// its place; false when there is none, or maxPruned are left out
	pruned := 0
	prune := func() bool {
		if pruned == maxPruned {
			return false
		}
		k := st.toldByRest(chosen)
		if k < 0 {
			return false
		}
		pruned++
		words -= chosen[k].nwords
		chosen = slices.Delete(chosen, k, k+1)
		g = st.gains(cands, opt)
		for _, c := range chosen {
			g.take(c)
		}
		return true
	}
	for {
		if len(chosen) >= n || opt.Words > 0 && len(chosen) > 0 && opt.Words-words < minRoom {
			if prune() {
				continue
			}
			break
		}
		var best *candidate
		bestGain := math.Inf(-1)
		for _, c := range cands {
			if taken[c] || !fits(c) {
				continue
			}
			if gain := g.of(c); gain > bestGain && !st.redundant(c, chosen) {
				best, bestGain = c, gain
			}
		}
		if best == nil && len(chosen) == 0 && !over {
			over = true
			continue
		}
		if best == nil {
			if prune() {
				continue
			}
			break
		}
		over = false
		taken[best] = true
		room := -1
		if opt.Words > 0 {
			room = max(opt.Words-words, best.nwords)
		}
		if o := st.settled(best, cands, chosen, taken, room); o != nil {
			taken[o] = true
			best, o.settles = o, true
		}
		if o := st.ledBy(best, cands, chosen, taken, room); o != nil {
			taken[o] = true
			best = o
		}
		st.nameLead(best, cands, chosen, taken, room)
		chosen = append(chosen, best)
		words += best.nwords
		g.take(best)
	}
	return chosen
}

// gains weighs what a candidate adds to a summary that says covered: its
// score and, under a word budget, its position once more and the share of
// the story's vocabulary it says that covered lacks, against the most any
// candidate says (top).
type gains struct {
	st      *story
	covered map[string]bool
	top     float64
	echo    float64 // how much the articles echoing a candidate count (echoWeight)
	wire    float64 // how much the summary is a short one of many articles (wireShare)
}

func (st *story) gains(cands []*candidate, opt Options) *gains {
	g := &gains{st: st, covered: map[string]bool{}}
	if opt.Words > 0 {
		// a short summary says what the articles' leads echo; a long one
		// has room for the rest
		g.echo = min(1, echoBudget/float64(opt.Words))
		g.wire = st.wire
		for _, c := range cands {
			g.top = max(g.top, st.v.mass(c.vec, nil))
		}
	}
	return g
}

func (g *gains) of(c *candidate) float64 {
	if g.top == 0 {
		return c.score
	}
	gain := c.score + g.echo*g.st.echoWeight(c) + weights.budgetLead*c.leadc + weights.coverage*g.st.v.mass(c.vec, g.covered)/g.top
	if g.wire > 0 {
		gain += g.wire * (weights.wireCentrality*c.central + weights.wireLead*c.lead + weights.wireEcho*g.st.echoWeight(c) -
			weights.wireSupport*c.support - weights.wireQuote*c.quoted)
	}
	return gain
}

// wireShare is how much a summary of articles articles under a budget of
// words words is a short one of many, from 0 to 1: nothing for two
// articles (wireFew) or a budget of wireLong words or more, in full from
// wireMany articles under wireShort words or fewer. In a newswire story
// of ten articles a biography line or a researcher's quote that many
// rewrites copy word for word is stated by more articles than the event
// each tells in its own words; a short summary of them says the event,
// what every article opens with and what the story's vocabulary is about.
func wireShare(articles, words int) float64 {
	if words <= 0 {
		return 0
	}
	many := float64(articles-wireFew) / float64(wireMany-wireFew)
	short := float64(wireLong-words) / float64(wireLong-wireShort)
	return min(1, max(0, many)) * min(1, max(0, short))
}

// The bounds of wireShare.
const (
	wireFew   = 2
	wireMany  = 10
	wireShort = 100
	wireLong  = 200
)

// take counts c's words as said.
func (g *gains) take(c *candidate) {
	for w := range c.vec {
		g.covered[w] = true
	}
}

// fill is the sentence that fills what room the chosen sentences leave
// under a word budget, however little: of the candidates left that repeat
// none of them and refer to no one they have not introduced, the one that
// adds most to them, weighed as choose weighs each next sentence (gains,
// the chosen ones' words said): not the strongest on its own, which may
// say again in other words what the chosen ones say (a quotation on the
// event the lead tells) where another tells what they do not. It
// may run past the budget; it goes last, so a summary cut at the budget
// keeps the chosen sentences whole and fills the rest. It follows chosen
// sentences that use the whole budget too: a reader who cuts the text at
// a length in characters (665 bytes for a 100-word summary of wire copy)
// has room left when their words are short. nil when the first sentence
// alone runs past the budget.
func (st *story) fill(cands, chosen []*candidate, full map[string]string, opt Options) *candidate {
	if opt.Words <= 0 || len(chosen) == 0 || opt.Sentences > 0 && len(chosen) >= opt.Sentences {
		return nil
	}
	if opt.Words < budgetUsed(chosen) {
		return nil // the first sentence alone runs past the budget
	}
	in := map[*candidate]bool{}
	g := st.gains(cands, opt)
	for _, c := range chosen {
		in[c] = true
		g.take(c)
	}
	left := make([]*candidate, 0, len(cands))
	gain := make(map[*candidate]float64, len(cands))
	for _, c := range cands {
		if !in[c] {
			left = append(left, c)
			gain[c] = g.of(c)
		}
	}
	sort.SliceStable(left, func(i, j int) bool { return gain[left[i]] > gain[left[j]] })
	for _, c := range left {
		if st.redundant(c, chosen) || len(st.unintroduced(append(chosen[:len(chosen):len(chosen)], c), full)) > 0 {
			continue
		}
		return c
	}
	return nil
}

// budgetUsed is the words of the chosen sentences.
func budgetUsed(chosen []*candidate) int {
	n := 0
	for _, c := range chosen {
		n += c.nwords
	}
	return n
}

// minRoom is the fewest words left under a budget that a whole sentence
// may fit (no usable one is shorter).
const minRoom = 4

// redundant reports whether c says mostly what a chosen sentence says;
// or both open articles and tell the story's event alike: most of what
// one says of the story (its words weighed by how central they are) the
// other says too, some of it in words other than names (leadPlain); or
// it cannot be true together with a chosen sentence
// about the same thing, saying alike what happened (leadPlain of its
// words in lower case) (claims.Clash): a summary does not state both
// sides of a contradiction as fact. Two events on two days that name the
// same people ("told supporters on Wednesday", "will headline a
// fundraiser on Monday") clash only by their weekdays. A lead that tells news of its own
// around the event (a development) and the event's own lead go together,
// except in a short summary of many articles (st.wire), where both
// opening articles and each saying most of what the other says of the
// story (sameThing) is the event told twice: a write-thru's rewritten
// lead ("After twenty years of lawsuits, Congress on Thursday sent ...").
// A party's "declined to comment" after its own word is no news
// (answered).
func (st *story) redundant(c *candidate, chosen []*candidate) bool {
	if st.toldTogether(c, chosen) || answered(c, chosen) {
		return true
	}
	return st.repeats(c, chosen)
}

// repeats reports whether one chosen sentence on its own says what c says
// (redundant without the sentences that tell it between them).
func (st *story) repeats(c *candidate, chosen []*candidate) bool {
	for _, o := range chosen {
		// two articles' leads that tell one event with the same count
		// ("the fourth person in the state to die", "A fourth death in
		// central Illinois") tell it twice, whatever else each names
		if min(c.lead, o.lead) == 1 && sharedOrdinal(c.signature(), o.signature()) && sharedWords(folded(c.vec), folded(o.vec)) >= sameWords {
			return true
		}
		if related(c, o) {
			// a development and the claim it was aligned with share
			// the recap of the event; what tells them apart is the news
			// each says that the other does not
			if min(novelty(c.vec, o.vec), novelty(o.vec, c.vec)) < devNovel || c.clashes(o) {
				return true
			}
			// a short summary of many articles tells the event once: a
			// second lead that retells most of it, whatever it adds, has
			// no room
			if st.wire > 0 && min(c.lead, o.lead) == 1 && min(st.v.coverage(c.vec, o.vec), st.v.coverage(o.vec, c.vec)) >= sameThing {
				return true
			}
			// two opening sentences that each say most of what the other
			// says of the story, in words of their own beyond names,
			// tell one event, unless one tells an event the other does
			// not (the captain "detained" after the capsizing)
			// (or, in other words, tell its event: "got into a heated
			// debate", "embroiled in a heated back-and-forth")
			if min(c.lead, o.lead) == 1 && (min(st.v.coverage(c.vec, o.vec), st.v.coverage(o.vec, c.vec)) >= sameLead &&
				plainShared(c, o) >= saidPlain || sameEvent(st.v, c.vec, o.vec)) && !newEvent(c.vec, o.vec) && !newEvent(o.vec, c.vec) {
				return true
			}
			continue
		}
		inter := sharedWords(c.vec, o.vec)
		cov := 0.0
		if inter >= sameWords {
			cov = max(st.v.coverage(c.vec, o.vec), st.v.coverage(o.vec, c.vec))
		}
		if cov >= sameLead && min(c.lead, o.lead) == 1 && plainShared(c, o) >= leadPlain && ownShare(c.vec, o.vec) >= leadOwn || cov >= sameThing && plainShared(c, o) >= leadPlain && c.clashes(o) {
			return true
		}
		if inter >= saidWords && cov >= saidAgain && min(c.lead, o.lead) >= nearLead && plainShared(c, o) >= saidPlain {
			return true
		}
		// two sentences that each say nearly all the other says of the
		// story, in words of their own beyond names, tell one thing
		// wherever in their articles they stand ("riot police fired tear
		// gas at migrants at the border", "riot police unleashed tear gas
		// ... to drive migrants back from the border")
		if inter >= toldWords && min(st.v.coverage(c.vec, o.vec), st.v.coverage(o.vec, c.vec)) >= toldAgain &&
			plainShared(c, o) >= toldWords-2 {
			return true
		}
		if min(c.lead, o.lead) >= nearLead && sameEvent(st.v, c.vec, o.vec) || st.v.retells(c.vec, folded(o.vec)) || st.v.retells(o.vec, folded(c.vec)) {
			return true
		}
		if cosine(c.vec, c.norm, o.vec, o.norm) >= 0.5 {
			return true
		}
		small := min(len(c.vec), len(o.vec))
		if small > 0 && float64(inter)/float64(small) >= 0.6 {
			return true
		}
		// two sentences that give two figures alike ("24 dead and 121
		// missing", "the remains of 24 people, with 121 still
		// missing") tell one fact
		if inter >= 3 && sharedFigures(c.signature(), o.signature()) >= 2 {
			return true
		}
		if inter >= 3 && sameFact(c.signature(), o.signature()) {
			return true
		}
	}
	return false
}

// clashes is claims.Clash of c's sentence and o's, each read without the
// questions it says were asked or argued over (unasked: "a reporter who
// asked what makes him confident that ...", "clashing over whether
// funding ... was used"): a question states nothing, so the answer to it
// ("responding: “I’m not confident.”") or one side's word on it ("alleged
// that ... had been funded") is no contradiction of the sentence that asks
// it. Each is read once for as long as its wording stands.
func (c *candidate) clashes(o *candidate) bool { return c.clasher()(o.unasked()) }

// unasked is unasked of c's wording, kept while the wording stands.
func (c *candidate) unasked() string {
	if c.askedOf != c.text || c.clash == nil {
		c.askedOf, c.plain = c.text, unasked(c.text)
		c.clash = claims.Clasher(c.plain)
	}
	return c.plain
}

// clasher is claims.Clasher of c's wording read without its questions
// (unasked), for sentences read so too.
func (c *candidate) clasher() func(string) bool {
	c.unasked()
	return c.clash
}

// asked is a question a sentence reports, up to the next comma: what
// someone asked, or what was argued over.
var asked = regexp.MustCompile(`(?i)(?:\b(?:asked|asking|asks|wondered|wondering)(?: him| her| them| officials)? (?:why|what|whether|how|if|when|who)|\bwhether)\b[^,;:]*`)

// unasked is s without the questions it reports (asked).
func unasked(s string) string {
	if !strings.Contains(s, "hether") && !strings.Contains(s, "sk") && !strings.Contains(s, "onder") {
		return s
	}
	return asked.ReplaceAllString(s, "asked")
}

// Coverage from which two articles' leads tell the same event, and from
// which two sentences that clash are about the same thing.
const (
	// nearLead is the lead weight of an article's first two sentences
	// (see leadWeight): an event told there in other words is the lead's.
	nearLead  = 0.6
	sameLead  = 0.6
	sameThing = 0.5
	// sameWords is the fewest content words two sentences share before
	// their coverage counts: one word at the heart of a story ("drug")
	// is no event.
	sameWords = 4
	// saidAgain is the coverage from which two sentences each among
	// the first two of its article (nearLead) that share saidWords
	// content words at least say one thing, whatever verb tells their
	// event ("what the captain believed to be a whale struck the front
	// of the ship", "... was struck at the front by what the coastguard
	// believed was a whale"): the event told twice.
	saidAgain = 0.77
	saidWords = 8
	// toldAgain is the coverage, both ways, from which two sentences
	// that share toldWords content words at least (toldWords-2 of them
	// in lower case) tell one thing wherever they stand.
	toldAgain = 0.9
	toldWords = 6
	// saidPlain is the fewest words in lower case (no name's) of those
	// that the two share: a museum's long name and a former mayor's say
	// who and where, not what happened ("captured an embrace at the
	// opening of the Tarnport Maritime Museum", "one of the speakers at
	// the opening of the Tarnport Maritime Museum").
	saidPlain = 3
	// leadPlain is the fewest words in lower case two opening sentences
	// that say most of one another (sameLead) share to tell one event:
	// two that share nothing but names ("President Vell ... the tone of
	// her meeting with Chancellor Marrow", "President Vell said she raised
	// the fishing dispute ... with Chancellor Marrow") tell two things.
	leadPlain = 2
	// leadOwn is the least share of its own words (weighed by rarity,
	// not by the story's centroid) each of two opening sentences that
	// say most of one another (sameLead) gives the other to tell one
	// event: two that share only the story's frame ("death penalty",
	// "prosecutors", the state) and tell it of two cases ("prosecutors
	// will seek the death penalty for a former student", "the court
	// won't hear a death penalty case in which a convicted killer ...")
	// tell two things.
	leadOwn = 0.2
)

// plainShared counts the content words c and o both write in lower case:
// what they say of an event, not the names they give. Each wording's
// words are read once (candidate.signature), not once for every pair.
func plainShared(c, o *candidate) int {
	a, b := c.signature().plain, o.signature().plain
	n := 0
	for _, w := range b {
		if slices.Contains(a, w) {
			n++
		}
	}
	return n
}

// lowerOnly is s without its words that open with a capital letter.
func lowerOnly(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if r, _ := firstRune(w); !unicode.IsUpper(r) {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// sharedWords counts the content words a and b share.
func sharedWords(a, b map[string]float64) int {
	n := 0
	for w := range a {
		if _, ok := b[w]; ok {
			n++
		}
	}
	return n
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }

// sameEvent reports whether sentences a and b, each among the first of its
// article, tell one event in other words ("the Senate approved
// legislation" / "the Senate passed a bill"): read with the words of one
// event folded together (eventWords), they share sameWords content words
// at least, and most of what one says of the story (sameLead) the other
// says too.
func sameEvent(v *vocab, a, b map[string]float64) bool {
	fa, fb := folded(a), folded(b)
	if !sharesEvent(fa, fb) {
		return false
	}
	return max(v.foldedCoverage(a, fb), v.foldedCoverage(b, fa)) >= sameLead
}

// retold is the share of what a sentence says of the story (its words
// weighed by the centroid) that another, wherever in its article it
// stands, must say too for it to tell that one's event again: "North Korea
// attempted to launch a missile on Friday, but it failed" in a story's
// third paragraph is the lead's "North Korea tried but failed to launch a
// missile Friday" again.
const retold = 0.8

// retells reports whether sentence a tells again what fb (a sentence or
// several, folded) tells: they share an event (sharesEvent), fb tells
// every event a tells (not "Police detained the captain of the ferry that
// capsized", whose detention is news), and retold of what a says of the
// story fb says too.
func (v *vocab) retells(a, fb map[string]float64) bool {
	fa := folded(a)
	if !sharesEvent(fa, fb) {
		return false
	}
	for w := range fa {
		if _, ok := fb[w]; !ok && eventClasses[w] {
			return false
		}
	}
	return v.foldedCoverage(a, fb) >= retold
}

// newEvent reports whether a tells an event (eventClasses) that b does
// not tell.
func newEvent(a, b map[string]float64) bool {
	fb := folded(b)
	for w := range folded(a) {
		if _, ok := fb[w]; !ok && eventClasses[w] {
			return true
		}
	}
	return false
}

// sharesEvent reports whether the folded sentences fa and fb share
// sameWords content words at least, one of them an event's (eventClasses):
// the story's names and places alone are no event.
func sharesEvent(fa, fb map[string]float64) bool { return tellsWith(fa, fb, sameWords) }

// toldTogether reports whether the chosen sentences, between them, tell
// the event c tells and retold of what c says of the story: "The deputy
// commissioner was also asked to resign and complied." after "Biden fired
// the commissioner ... and accepted the deputy's resignation" and "His
// deputy, Ed Marr, resigned Friday".
func (st *story) toldTogether(c *candidate, chosen []*candidate) bool {
	if len(chosen) < 2 {
		return false // one is weighed alone (retells)
	}
	said := map[string]float64{}
	fc, one := folded(c.vec), false
	for _, o := range chosen {
		fo := folded(o.vec)
		// one of them shares c's event word and tellsWords content words
		// with it ("The exchange killed ... at least two Israelis" after
		// "... killing two women, the first Israeli casualties"; sharing
		// the event as sharesEvent does, with more words, is the same
		// test); "launched a competition" is not told by "a launch or
		// landing" and a competition told apart
		one = one || tellsWith(fc, fo, tellsWords)
		for w, x := range fo {
			said[w] += x
		}
	}
	return one && st.v.retells(c.vec, said)
}

// eventWords fold the words one event is told with (lemmas, as
// claims.ContentWords gives them) into one, its class.
var eventWords = map[string]string{"approv": "pass", "legislation": "bill", "measur": "bill",
	"nominat": "pick", "chosen": "pick", "select": "pick", "tapped": "pick", "choos": "pick",
	"slain": "kill", "dead": "kill", "died": "kill", "die": "kill", "detain": "arrest",
	"quit": "resign", "embrac": "hug", "won": "win", "victory": "win", "shot": "shoot",
	"lawsuit": "sue", "su": "sue", "hurt": "wound", "injur": "wound", "injury": "wound",
	"dismiss": "fir", "sack": "fir", "oust": "fir", "attempt": "try", "acquir": "buy", "acquisition": "buy", "purchas": "buy",
	"wok": "wake", "awok": "wake", "woken": "wake", "back-and-forth": "clash", "demolition": "demolish", "implod": "demolish",
	"air-strik": "airstrik"}

// eventClasses are the events eventWords folds into, and others told with
// one word: two leads telling the same one of them tell one event.
var eventClasses = map[string]bool{"pass": true, "bill": true, "pick": true, "kill": true, "arrest": true,
	"resign": true, "hug": true, "win": true, "shoot": true, "sue": true, "sentenc": true, "convict": true,
	"charg": true, "launch": true, "crash": true, "sign": true, "ban": true, "announc": true, "elect": true,
	"wound": true, "fir": true, "aliv": true, "buy": true, "wake": true, "clash": true, "demolish": true, "resum": true,
	"extradit": true, "marry": true, "airstrik": true}

func fold(w string) string {
	if f, ok := eventWords[w]; ok {
		return f
	}
	// a noun or adjective made of the event's word is the event's word:
	// "the election" of one "elected", "the presidential race" of the
	// "president", "his resignation" of one who "resigned"
	for _, suf := range derived {
		if stem, ok := strings.CutSuffix(w, suf.from); ok && len(stem) >= 4 {
			stem += suf.to
			if f, ok := eventWords[stem]; ok {
				return f
			}
			return stem
		}
	}
	return w
}

// derived are the endings that make a noun or an adjective of a word
// (claims.ContentWords leaves them on), longest first, and what is left
// of the word they make it of.
var derived = []struct{ from, to string }{{"ential", "ent"}, {"ation", ""}, {"ion", ""}}

// folded is vec's words folded by eventWords.
func folded(vec map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(vec))
	for w, x := range vec {
		out[fold(w)] += x
	}
	return out
}

// foldedCoverage is coverage with a's words folded to meet fb, b's words
// folded: the share of what a says of the story that b says too.
func (v *vocab) foldedCoverage(a, fb map[string]float64) float64 {
	in, all := 0.0, 0.0
	for w := range a {
		x := v.centroid[w]
		all += x
		if _, ok := fb[fold(w)]; ok {
			in += x
		}
	}
	if all == 0 {
		return 0
	}
	return in / all
}

// tellsWith reports whether the folded sentences fa and fb share an
// event's word (eventClasses) and, with it, n content words at least.
func tellsWith(fa, fb map[string]float64, n int) bool {
	if sharedWords(fa, fb) < n {
		return false
	}
	for w := range fa {
		if _, ok := fb[w]; ok && eventClasses[w] {
			return true
		}
	}
	return false
}

// toldByRest is the index of the last chosen sentence but the first
// that the other chosen sentences tell between them (toldTogether), -1
// when there is none.
func (st *story) toldByRest(chosen []*candidate) int {
	for k := len(chosen) - 1; k > 0; k-- {
		rest := make([]*candidate, 0, len(chosen)-1)
		rest = append(append(rest, chosen[:k]...), chosen[k+1:]...)
		if st.toldTogether(chosen[k], rest) {
			return k
		}
	}
	return -1
}

// maxPruned bounds the chosen sentences left out for being told by the
// others: what takes the place of one is weaker, and on the development
// sets a second one left out cost more than the retelling it saves.
const maxPruned = 1

// tellsWords is the fewest content words, an event's word among them,
// that one chosen sentence shares with a sentence for the chosen ones to
// tell it between them (toldTogether).
const tellsWords = 3

// ownShare is the least share, of a's words and of b's weighed by their
// rarity (the vectors' own weights, not the story's centroid), that the
// other says too.
func ownShare(a, b map[string]float64) float64 {
	return min(weighedShare(a, b, a), weighedShare(b, a, b))
}
