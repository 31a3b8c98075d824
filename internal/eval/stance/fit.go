package stance

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/corroborate/corroborate/internal/claims"
)

// Fit trains multinomial logistic weights on pairs (class-balanced, L2) and
// returns them, one row per claims.StanceClasses entry. It is how the
// weights in package claims were made, from the development half only.
func Fit(pairs []Pair, iters int, l2 float64) [][]float64 {
	xs := make([][]float64, len(pairs))
	ys := make([]int, len(pairs))
	count := make([]float64, len(claims.StanceClasses))
	for i, p := range pairs {
		xs[i] = claims.StanceVector(p.Claim, p.Body)
		ys[i] = classIndex(p.Stance)
		count[ys[i]]++
	}
	nf := len(claims.StanceFeatures)
	nc := len(claims.StanceClasses)
	w := make([][]float64, nc)
	for c := range w {
		w[c] = make([]float64, nf)
	}
	cw := make([]float64, nc)
	for c := range cw {
		cw[c] = float64(len(pairs)) / (float64(nc) * math.Max(count[c], 1))
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
				g *= cw[ys[i]]
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
	out := make([]string, len(pairs))
	for i, p := range pairs {
		pr := claims.StanceProbs(claims.StanceVector(p.Claim, p.Body), w)
		best := 0
		for c := range pr {
			if pr[c] > pr[best] {
				best = c
			}
		}
		out[i] = claims.StanceClasses[best]
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
