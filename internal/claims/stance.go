package claims

import (
	"math"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// Stances an article can take towards a claim.
const (
	Agree    = "agree"
	Disagree = "disagree"
	Discuss  = "discuss"
)

// StanceClasses lists the stances in the order of the model's weights.
var StanceClasses = []string{Agree, Disagree, Discuss}

// refuteCues say that something is not so.
var refuteCues = text.WordSet(`fake fakes faked fraud fraudulent hoax hoaxes hoaxer false falsely deny denies denied
denying debunk debunked debunks bogus untrue myth myths nope doubt doubts doubted retract retracted
retraction fabricated fabrication misleading incorrect wrong refute refuted refutes dismissed dismisses
satire satirical prank pranks hoaxed phony phoney scam spoof disputed disputes contrary insists`)

// hedgeCues report a claim without vouching for it.
var hedgeCues = text.WordSet(`reportedly allegedly alleged alleges claim claims claimed claiming rumor rumors
rumour rumours rumored rumoured unconfirmed unverified may might could possibly apparently purportedly
purported suggest suggests suggested believed speculation speculated appears appeared seems seemed
report reports reported according if whether unclear unknown supposedly possible likely`)

// assertCues vouch for a claim.
var assertCues = text.WordSet(`confirmed confirms confirm announced announces revealed reveals official officially
proved proven shows showed showing indeed verified footage video photos released statement`)

// negWords negate what follows.
var negWords = text.WordSet("not no never none nothing neither nor without isn't wasn't aren't weren't didn't doesn't don't hasn't haven't won't can't couldn't")

// StanceFeatures are the lexical features of one (claim, article) pair that
// the stance model weighs. The names document the vector's order.
var StanceFeatures = []string{
	"bias", "refute", "refute_lead", "hedge", "hedge_lead", "assert", "assert_lead",
	"claim_refute", "claim_hedge", "claim_refute_x_refute", "claim_refute_x_no_refute",
	"overlap", "overlap_lead", "best_sentence", "neg_near_claim", "refute_near_claim",
	"hedge_near_claim", "length", "claim_question", "quote_share",
}

// StanceVector computes StanceFeatures for a claim and an article body: the
// model's input, exported for fitting the weights.
func StanceVector(claim, body string) []float64 {
	cw := map[string]bool{}
	claimRefute, claimHedge := 0.0, 0.0
	for _, t := range tokenize(claim, 0, len(claim)) {
		if t.lemma != "" && len(t.lemma) > 2 {
			cw[t.lemma] = true
		}
		if refuteCues[t.low] || t.low == "not" || strings.HasSuffix(t.low, "n't") {
			claimRefute = 1
		}
		if hedgeCues[t.low] {
			claimHedge = 1
		}
	}
	spans := text.Sentences(body)
	var refute, refuteLead, hedge, hedgeLead, assertN, assertLead float64
	var negNear, refuteNear, hedgeNear, best float64
	seenAll := map[string]bool{}
	seenLead := map[string]bool{}
	words := 0
	for si, sp := range spans {
		toks := tokenize(body, sp.Start, sp.End)
		lead := si < 3
		hits := 0
		seen := map[string]bool{}
		var nNeg, nRef, nHedge float64
		for _, t := range toks {
			words++
			if cw[t.lemma] && !seen[t.lemma] {
				seen[t.lemma] = true
				hits++
				seenAll[t.lemma] = true
				if lead {
					seenLead[t.lemma] = true
				}
			}
			if refuteCues[t.low] {
				refute++
				nRef++
				if lead {
					refuteLead++
				}
			}
			if hedgeCues[t.low] {
				hedge++
				nHedge++
				if lead {
					hedgeLead++
				}
			}
			if assertCues[t.low] {
				assertN++
				if lead {
					assertLead++
				}
			}
			if negWords[t.low] {
				nNeg++
			}
		}
		share := 0.0
		if len(cw) > 0 {
			share = float64(hits) / float64(len(cw))
		}
		best = math.Max(best, share)
		if share >= 0.3 {
			negNear += nNeg
			refuteNear += nRef
			hedgeNear += nHedge
		}
	}
	n := float64(max(len(cw), 1))
	quoted := QuotedShare(body)
	cq := 0.0
	if strings.Contains(claim, "?") {
		cq = 1
	}
	hasRefute := 0.0
	if refute > 0 {
		hasRefute = 1
	}
	return []float64{
		1, math.Log1p(refute), math.Log1p(refuteLead), math.Log1p(hedge), math.Log1p(hedgeLead),
		math.Log1p(assertN), math.Log1p(assertLead),
		claimRefute, claimHedge, claimRefute * math.Log1p(refute), claimRefute * (1 - hasRefute),
		float64(len(seenAll)) / n, float64(len(seenLead)) / n, best,
		math.Log1p(negNear), math.Log1p(refuteNear), math.Log1p(hedgeNear),
		math.Log1p(float64(words)) / 8, cq, quoted,
	}
}

// StanceScores returns the model's probability for each of StanceClasses.
func StanceScores(claim, body string) []float64 {
	return StanceProbs(StanceVector(claim, body), stanceWeights)
}

// Stance says whether an article body agrees with, disagrees with or
// discusses a claim, from lexical cues alone: refuting and hedging words,
// negation near the claim's words, and how much of the claim the article
// repeats. The weights were fitted on the development half of a public
// stance benchmark (see `corroborate eval stance`).
func Stance(claim, body string) string {
	return StanceDecide(StanceScores(claim, body))
}

// StanceDecide picks the stance from the class probabilities p (in the
// order of StanceClasses), each first rescaled by stanceBias.
func StanceDecide(p []float64) string {
	best := 0
	for i := range p {
		if p[i]*stanceBias[i] > p[best]*stanceBias[best] {
			best = i
		}
	}
	return StanceClasses[best]
}

// StanceProbs returns the probability of each class under the multinomial
// logistic weights w (one row per StanceClasses entry) for the feature
// vector x: a softmax of the rows' dot products with x. Features past the
// end of a row have no weight.
func StanceProbs(x []float64, w [][]float64) []float64 {
	out := make([]float64, len(w))
	mx := math.Inf(-1)
	for c := range w {
		s := 0.0
		for i := range x {
			if i < len(w[c]) {
				s += w[c][i] * x[i]
			}
		}
		out[c] = s
		mx = math.Max(mx, s)
	}
	sum := 0.0
	for c := range out {
		out[c] = math.Exp(out[c] - mx)
		sum += out[c]
	}
	for c := range out {
		out[c] /= sum
	}
	return out
}
