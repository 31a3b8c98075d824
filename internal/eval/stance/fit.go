package stance

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/corroborate/corroborate/internal/claims"
)

// Fit trains multinomial logistic weights on pairs (class-balanced, each
// story discounted by its size, L2) and
// returns them, one row per claims.StanceClasses entry. It is how the
// weights in package claims were made, from the development half only.
func Fit(pairs []Pair, iters int, l2 float64) [][]float64 {
	xs, ys := vectors(pairs)
	return fitVectors(xs, ys, storiesOf(pairs), iters, l2)
}

// vectors are the feature vectors and gold class indices of pairs, each
// taken within its story.
func vectors(pairs []Pair) ([][]float64, []int) {
	ys := make([]int, len(pairs))
	for i, p := range pairs {
		ys[i] = classIndex(p.Stance)
	}
	return withinStory(pairs, claims.StanceVectors), ys
}

// withinStory calls f once for each claim of each story, with the bodies
// of the story's coverage, and returns f's answer for each pair's own
// article. A pair without coverage is a story of one.
func withinStory[T any](pairs []Pair, f func(claim string, bodies []string) []T) []T {
	out := make([]T, len(pairs))
	done := map[string][]T{}
	for i, p := range pairs {
		cov, at := p.Coverage, p.At
		if cov == nil {
			cov, at = []string{p.Body}, 0
		}
		k := p.Story + "\x00" + p.Claim
		r, ok := done[k]
		if !ok {
			r = f(p.Claim, cov)
			done[k] = r
		}
		out[i] = r[at]
	}
	return out
}

// storiesOf lists the story of each pair.
func storiesOf(pairs []Pair) []string {
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = p.Story
	}
	return out
}

// storyWeights weighs each pair by its story's size to the power
// -storyDamping, scaled to a mean of 1, so that one large story does not
// teach the model its own words and labels.
func storyWeights(stories []string) []float64 {
	size := map[string]float64{}
	for _, s := range stories {
		size[s]++
	}
	sw := make([]float64, len(stories))
	sum := 0.0
	for i, s := range stories {
		sw[i] = math.Pow(size[s], -storyDamping)
		sum += sw[i]
	}
	for i := range sw {
		sw[i] *= float64(len(sw)) / sum
	}
	return sw
}

// storyDamping is how much a story's size is discounted in the fit: 0
// weighs every pair alike, 1 every story alike. Every story alike: the
// cross-validation by story over all stories and the other half both
// gain (one story of 826 pairs otherwise teaches its own hoax), and less
// damping loses on both.
const storyDamping = 1.0

// fitVectors is Fit on feature vectors already computed, with the story
// of each.
func fitVectors(xs [][]float64, ys []int, stories []string, iters int, l2 float64) [][]float64 {
	sw := storyWeights(stories)
	count := make([]float64, len(claims.StanceClasses))
	for i, y := range ys {
		count[y] += sw[i]
	}
	nf := len(claims.StanceFeatures)
	if len(xs) > 0 {
		nf = len(xs[0])
	}
	nc := len(claims.StanceClasses)
	w := make([][]float64, nc)
	for c := range w {
		w[c] = make([]float64, nf)
	}
	cw := make([]float64, nc)
	for c := range cw {
		cw[c] = float64(len(xs)) / (float64(nc) * math.Max(count[c], 1))
	}
	lr := 0.5
	for it := 0; it < iters; it++ {
		grad := make([][]float64, nc)
		for c := range grad {
			grad[c] = make([]float64, nf)
		}
		for i, x := range xs {
			p := claims.StanceProbs(x, w)
			for c := 0; c < nc; c++ {
				g := p[c]
				if c == ys[i] {
					g--
				}
				g *= cw[ys[i]] * sw[i]
				for f := range x {
					grad[c][f] += g * x[f]
				}
			}
		}
		for c := range w {
			for f := range w[c] {
				reg := l2 * w[c][f]
				if f == 0 {
					reg = 0
				}
				w[c][f] -= lr * (grad[c][f]/float64(len(xs)) + reg)
			}
		}
	}
	return w
}

func classIndex(s string) int {
	for i, c := range claims.StanceClasses {
		if c == s {
			return i
		}
	}
	return len(claims.StanceClasses) - 1 // unknown labels count as discuss
}

// PredictWith classifies pairs with weights w instead of the built-in ones.
func PredictWith(pairs []Pair, w [][]float64) []string {
	xs, _ := vectors(pairs)
	out := make([]string, len(pairs))
	for i, x := range xs {
		out[i] = claims.StanceDecide(claims.StanceProbs(x, w), x)
	}
	return out
}

// WriteWeights prints w as the Go source of stanceWeights.
func WriteWeights(out io.Writer, w [][]float64) {
	fmt.Fprintln(out, "var stanceWeights = [][]float64{")
	for c, row := range w {
		var parts []string
		for _, v := range row {
			parts = append(parts, fmt.Sprintf("%.4f", v))
		}
		fmt.Fprintf(out, "\t{%s}, // %s\n", strings.Join(parts, ", "), claims.StanceClasses[c])
	}
	fmt.Fprintln(out, "}")
}
