package claims

import (
	"math"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// StanceFeatures names the model's input vector, the features of one
// (claim, article) pair: few and general on purpose, cues counted in the
// sentences that speak of the claim and the claim's own polarity (a
// headline that calls something a hoax is agreed with by an article that
// debunks it), rather than words of particular stories. Each feature
// again relative to the story's mean (how an article stands against the
// rest of its coverage) was tried and dropped: cross-validated by story
// it changed nothing, with twice the weights to fit.
var StanceFeatures = []string{
	"bias",
	"refute_x_claim_asserts", // the article refutes what the claim asserts
	"refute_x_claim_denies",  // the article refutes what the claim denies too
	"plain_x_claim_denies",   // the claim denies, the article refutes nothing
	"neg_x_claim_asserts",    // sentences repeating the claim with a negation
	"quoted_denial",          // a refutation quoted or attributed, about the claim
	"hedge_near",             // hedged sentences repeating the claim
	"hedge_lead",             // hedges in the first three sentences on the claim
	"weak_hedge",             // share of sentences leaving room for doubt
	"assert_near",            // confirming words in sentences repeating the claim
	"overlap",                // share of the claim's words the article uses
	"best_sentence",          // the largest share of the claim's words in one sentence
	"claim_denies",
	"claim_open", // the claim is hedged or a question
	"claim_question",
	"length",
}

// StanceVectors computes StanceFeatures for a claim and each article body
// of one story: the model's input, exported for fitting the weights. The
// story matters through the refuting words most of its articles use (see
// storyRefutations), which count for none of them.
func StanceVectors(claim string, bodies []string) [][]float64 {
	c := readStanceClaim(claim)
	docs := make([]stanceDoc, len(bodies))
	for i, b := range bodies {
		docs[i] = readStanceDoc(b)
	}
	common := storyRefutations(docs)
	out := make([][]float64, len(bodies))
	for i := range docs {
		out[i] = stanceArticle(c, docs[i], common)
	}
	return out
}

// StanceVector is StanceVectors for an article alone.
func StanceVector(claim, body string) []float64 {
	return StanceVectors(claim, []string{body})[0]
}

// stanceClaim is what the model needs of a claim: its key words and its
// own polarity.
type stanceClaim struct {
	keys                   map[string]bool
	denies, open, question bool
}

func readStanceClaim(claim string) stanceClaim {
	c := stanceClaim{keys: map[string]bool{}, question: strings.Contains(claim, "?")}
	toks := tokenize(claim, 0, len(claim))
	reported := len(toks) > 0 && firstPerson[toks[0].low]
	for i, t := range toks {
		reported = reported || speechVerbs[t.low] || t.low == "tell"
		switch {
		case refutesAt(toks, i) && !deniesRefutation(toks, i) || !reported && negatesVerb(claim, toks, i):
			c.denies = true
		case strongHedges[t.low] || weakHedges[t.low]:
			c.open = true
		case t.lemma != "" && len(t.lemma) > 2 && !refuteCues[t.low]:
			c.keys[t.lemma] = true
		}
	}
	c.denies = c.denies && !c.question
	c.open = c.open && !c.denies || c.question
	return c
}

// firstPerson opening a headline quote someone: "I never meant to ...".
var firstPerson = text.WordSet("i we i'm we're i've my our")

// deniesRefutation reports whether toks[i] is a denial of a refutation at
// most six words on ("denies hoax claims", "denied the photos were a
// hoax"), which vouches for the claim; or the refutation so denied.
func deniesRefutation(toks []token, i int) bool {
	for j := max(0, i-6); j < min(len(toks), i+7); j++ {
		switch {
		case j < i && denialVerbs[toks[j].low] && refuteCues[toks[i].low]:
			return true
		case j > i && denialVerbs[toks[i].low] && refuteCues[toks[j].low]:
			return true
		}
	}
	return false
}

// negatesVerb reports whether toks[i] denies what headline s states: "not"
// after an auxiliary, "never" or "-n't", before anything but a refuting
// word ("not fake"); or a leading "No," ("No, the tree has not been cut
// down"). A determiner "no" ("no show fee", "No joke: ...") and a "not"
// of no verb ("better not together") deny nothing.
func negatesVerb(s string, toks []token, i int) bool {
	t := toks[i].low
	switch {
	case t == "no":
		return i == 0 && len(toks) > 1 && strings.Contains(s[toks[0].end:toks[1].start], ",")
	case t == "not":
		if i == 0 || !beForms[toks[i-1].low] && !auxForms[toks[i-1].low] {
			return false // "better not together" negates no verb
		}
	case t != "never" && !strings.HasSuffix(t, "n't"):
		return false
	}
	return i+1 == len(toks) || !refuteCues[toks[i+1].low]
}

// aboutClaim reports whether a sentence with hits of the claim's n key
// words repeats the claim: a third of them, and two when the claim has
// more than three.
func aboutClaim(hits, n int) bool {
	return n > 0 && hits > 0 && float64(hits) >= float64(n)/3 && (hits >= 2 || n <= 3)
}

// stanceSentence is what the model counts in one sentence of an article.
type stanceSentence struct {
	hits                             int      // distinct key words of the claim
	names                            []string // lemmas of capitalised words past the first
	refute, neg, hedge, weak, assert int
	attributed, quoted               bool
}

// stanceDoc is an article body read once: its sentences and their words.
type stanceDoc struct {
	body  string
	spans []corroborate.Span
	toks  [][]token
}

func readStanceDoc(body string) stanceDoc {
	d := stanceDoc{body: body, spans: text.Sentences(body)}
	d.toks = make([][]token, len(d.spans))
	for i, sp := range d.spans {
		d.toks[i] = tokenize(body, sp.Start, sp.End)
	}
	return d
}

// storyRefutations are the refuting words that most articles of a story
// use (at least storyRefutationShare of them, in a story of
// storyRefutationMin or more): words of the story itself, not of one
// article's stance ("the satirical magazine", "her brain was exposed",
// every article on a hoax saying "hoax"). An article's refutations in
// these words do not count.
func storyRefutations(docs []stanceDoc) map[string]bool {
	if len(docs) < storyRefutationMin {
		return nil
	}
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, toks := range d.toks {
			for i, t := range toks {
				if !seen[t.low] && refutesAt(toks, i) {
					seen[t.low] = true
					df[t.low]++
				}
			}
		}
	}
	out := map[string]bool{}
	for w, n := range df {
		if float64(n) >= storyRefutationShare*float64(len(docs)) {
			out[w] = true
		}
	}
	return out
}

// storyRefutationShare and storyRefutationMin: see storyRefutations. The
// share was chosen by cross-validation by story over every story of the
// stance benchmark (0.5 to 0.8 all help; 0.6 best).
const (
	storyRefutationShare = 0.6
	storyRefutationMin   = 4
)

// refuteScope is how many words either side of a refuting word its
// target may be: "denied that the squid was ever seen", "the photos of
// the squid are fake".
const refuteScope = 8

// reportNouns name a report rather than its content: what a refutation of
// "the story" or "these claims" refutes is the claim the article covers.
var reportNouns = text.WordSet(`story stories report reports claim claims rumour rumours rumor rumors
article articles allegation allegations news photo photos picture pictures image images video post posts
tale`)

// reportOfOther reports whether the report noun toks[j] says what it is
// a report of ("rumours of a budget overrun", "claims that he owed tax"):
// then the claim's own words must be in reach for it to be the claim's.
func reportOfOther(toks []token, j int) bool {
	if j+1 == len(toks) {
		return false
	}
	switch toks[j+1].low {
	case "of", "about", "that", "on", "over":
		return true
	}
	return false
}

// refutesClaim reports whether the refuting word toks[i] bears on claim c:
// one of the claim's words or a noun naming a report lies within
// refuteScope words (a report of something named, see reportOfOther,
// needs the claim's words), or a pronoun just before is its subject ("it's a
// hoax", "this is fake"). "Officials denied the strike failed" in an
// article on the strike's target refutes something else.
func refutesClaim(c stanceClaim, toks []token, i int) bool {
	for j := max(0, i-refuteScope); j < min(len(toks), i+refuteScope+1); j++ {
		if j != i && (c.keys[toks[j].lemma] || reportNouns[toks[j].low] && !reportOfOther(toks, j)) {
			return true
		}
	}
	for j := max(0, i-3); j < i; j++ {
		switch toks[j].low {
		case "it", "it's", "this", "that", "these", "they", "they're", "that's":
			return true
		}
	}
	return false
}

// stanceArticle computes StanceFeatures for a claim and an article, leaving out
// refutations in the story's common words.
func stanceArticle(c stanceClaim, d stanceDoc, common map[string]bool) []float64 {
	n := len(c.keys)
	body, spans := d.body, d.spans
	sents := make([]stanceSentence, len(spans))
	seenAll := map[string]bool{}
	words := 0
	var best float64
	for si, sp := range spans {
		toks := d.toks[si]
		words += len(toks)
		ss := &sents[si]
		seen := map[string]bool{}
		for i, t := range toks {
			if c.keys[t.lemma] && !seen[t.lemma] {
				seen[t.lemma] = true
				seenAll[t.lemma] = true
				ss.hits++
			}
			switch {
			case refutesAt(toks, i) && !deniesRefutation(toks, i) && !common[t.low]:
				if refutesClaim(c, toks, i) {
					ss.refute++
				}
			case isNegCue(toks, i):
				ss.neg++
			case strongHedges[t.low] || withheldAt(toks, i) || hearsayAt(toks, i):
				ss.hedge++
			case weakHedges[t.low]:
				ss.weak++
			case assertCues[t.low]:
				ss.assert++
			}
			ss.attributed = ss.attributed || speechVerbs[t.low]
			if i > 0 && t.capital && t.lemma != "" {
				ss.names = append(ss.names, t.lemma)
			}
		}
		ss.quoted = strings.ContainsAny(body[sp.Start:sp.End], "\"“”")
		if n > 0 {
			best = math.Max(best, float64(ss.hits)/float64(n))
		}
	}
	// the names the sentences repeating the claim use for its subject
	names := map[string]bool{}
	for _, ss := range sents {
		if aboutClaim(ss.hits, n) {
			for _, l := range ss.names {
				names[l] = true
			}
		}
	}
	var refNear, negNear, quotedDenial, hedgeNear, hedgeLead, weak, assertNear float64
	for si, ss := range sents {
		// a cue counts when its sentence speaks of the claim: one of its
		// words or a name the sentences repeating it use; a denial or a
		// hedge about anything else in the article does not
		about := aboutClaim(ss.hits, n)
		if !about && ss.hits == 0 && !namesAny(ss.names, names) && ss.refute == 0 {
			continue
		}
		if si < 3 {
			hedgeLead += float64(ss.hedge)
		}
		weak += b2f(ss.weak > 0)
		switch {
		case ss.refute > 0 && (ss.attributed || ss.quoted):
			quotedDenial++
		case ss.refute > 0:
			refNear++
		case ss.neg > 0 && about:
			negNear++
		}
		if about {
			hedgeNear += b2f(ss.hedge > 0)
			assertNear += b2f(ss.assert > 0)
		}
	}
	overlap := 0.0
	if n > 0 {
		overlap = float64(len(seenAll)) / float64(n)
	}
	refutes := math.Log1p(refNear + quotedDenial)
	denies := b2f(c.denies)
	return []float64{
		1,
		(1 - denies) * refutes, denies * refutes, denies * b2f(refutes == 0),
		(1 - denies) * math.Log1p(negNear),
		math.Log1p(quotedDenial),
		math.Log1p(hedgeNear), math.Log1p(hedgeLead), weak / float64(max(len(spans), 1)),
		math.Log1p(assertNear),
		overlap, best,
		denies, b2f(c.open), b2f(c.question),
		math.Log1p(float64(words)) / 8,
	}
}

func namesAny(ls []string, set map[string]bool) bool {
	for _, l := range ls {
		if set[l] {
			return true
		}
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
