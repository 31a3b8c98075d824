package claims

import (
	"math"
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
	return StanceDecide(StanceScores(claim, body))
}

// StanceStory is Stance for every article body of one story at once: each
// article is also weighed against the rest of the coverage (see
// StanceVectors), which is how stance carries from one story to another.
func StanceStory(claim string, bodies []string) []string {
	out := make([]string, len(bodies))
	for i, x := range StanceVectors(claim, bodies) {
		out[i] = StanceDecide(StanceProbs(x, stanceWeights))
	}
	return out
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
