package claims

import (
	"math"
	"slices"
)

// Stances an article can take towards a claim.
const (
	Agree    = "agree"
	Disagree = "disagree"
	Discuss  = "discuss"
)

// StanceClasses lists the stances in the order of the model's weights.
var StanceClasses = []string{Agree, Disagree, Discuss}

// StanceScores returns the model's probability for each of StanceClasses.
func StanceScores(claim, body string) []float64 {
	return StanceProbs(StanceVector(claim, body), stanceWeights)
}

// Stance says whether an article body agrees with, disagrees with or
// discusses a claim, from lexical cues alone (see StanceFeatures):
// refutations, quoted denials and hedges in the sentences that speak of
// the claim, the claim's own polarity (an article debunking a headline
// that calls something a hoax agrees with it), headline questions, and how
// much of the claim the article repeats. The weights were fitted on the development half of a public
// stance benchmark (see `corroborate eval stance`).
func Stance(claim, body string) string {
	x := StanceVector(claim, body)
	return StanceDecide(StanceProbs(x, stanceWeights), x)
}

// StanceStory is Stance for every article body of one story at once: a
// refuting word most of the story's articles use describes the story
// rather than any article's stance (see StanceVectors).
func StanceStory(claim string, bodies []string) []string {
	out := make([]string, len(bodies))
	for i, x := range StanceVectors(claim, bodies) {
		out[i] = StanceDecide(StanceProbs(x, stanceWeights), x)
	}
	return out
}

// StanceDecide picks the stance from the class probabilities p (in the
// order of StanceClasses), each first rescaled by stanceBias, for the
// feature vector x. Disagree needs evidence as well as the larger
// probability (see stanceEvidence); without it the larger of the other
// two wins.
func StanceDecide(p, x []float64) string {
	best := -1
	for i := range p {
		if StanceClasses[i] == Disagree && !stanceEvidence(x) {
			continue
		}
		if best < 0 || p[i]*stanceBias[i] > p[best]*stanceBias[best] {
			best = i
		}
	}
	return StanceClasses[best]
}

// stanceEvidence reports whether feature vector x has what a
// disagreement needs beyond a relative score: a refutation within reach
// of the claim's words; or, for a claim that itself denies ("X is a
// hoax"), an article that refutes nothing and states the thing denied
// without hedging it (one that reports it "allegedly" discusses it). How
// much the rest of the story refutes is left to the weights: asking for
// more than the story's mean as well lost disagreements in stories most
// articles debunk, on the other half and in the cross-validation by story
// alike. A headline that asks a question is never disagreed with: it
// claims nothing (in the benchmark, 3 of 188 such pairs disagree).
func stanceEvidence(x []float64) bool {
	if len(x) < len(StanceFeatures) {
		return true // a vector of another model: no evidence to ask for
	}
	if x[fQuestion] > 0 {
		return false // a headline that asks asserts nothing to refute
	}
	return x[fRefute] > 0 || x[fQuoted] > 0 || x[fPlainDenies] > 0 && x[fHedgeNear] == 0 && x[fHedgeLead] == 0
}

// Positions in StanceFeatures of the features stanceEvidence reads.
var (
	fRefute      = slices.Index(StanceFeatures, "refute_x_claim_asserts")
	fQuoted      = slices.Index(StanceFeatures, "quoted_denial")
	fPlainDenies = slices.Index(StanceFeatures, "plain_x_claim_denies")
	fHedgeNear   = slices.Index(StanceFeatures, "hedge_near")
	fHedgeLead   = slices.Index(StanceFeatures, "hedge_lead")
	fQuestion    = slices.Index(StanceFeatures, "claim_question")
)

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
