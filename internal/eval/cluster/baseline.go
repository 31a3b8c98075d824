package cluster

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// BaselineThreshold is the fixed cosine threshold of the baseline.
const BaselineThreshold = 0.2

// Baseline is the reference the issue names: single-pass clustering by
// TF-IDF cosine. Tokens are the lower-cased runs of letters and digits,
// less English function words (baselineStopwords); TF is the raw count and
// IDF (smoothed, ln((1+n)/(1+df))+1) comes from all the texts at once; each
// text, in order, joins the cluster whose centroid (sum of unit vectors)
// is most similar when the cosine reaches threshold, else opens one. It
// returns a cluster label per text.
func Baseline(texts []string, threshold float64) []string {
	docs := make([]map[string]float64, len(texts))
	df := map[string]int{}
	for i, t := range texts {
		tf := map[string]float64{}
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if !baselineStopwords[w] {
				tf[w]++
			}
		}
		for w := range tf {
			df[w]++
		}
		docs[i] = tf
	}
	n := float64(len(texts))
	for _, d := range docs {
		var sq float64
		for w, tf := range d {
			d[w] = tf * (math.Log((1+n)/(1+float64(df[w]))) + 1)
			sq += d[w] * d[w]
		}
		for w := range d {
			d[w] /= math.Sqrt(sq)
		}
	}
	var centroids []map[string]float64
	labels := make([]string, len(texts))
	for i, d := range docs {
		best, bestCos := -1, threshold
		for k, c := range centroids {
			if cos := cosine(d, c); cos >= bestCos {
				if cos > bestCos || best < 0 {
					best, bestCos = k, cos
				}
			}
		}
		if best < 0 {
			best = len(centroids)
			centroids = append(centroids, map[string]float64{})
		}
		for w, x := range d {
			centroids[best][w] += x
		}
		labels[i] = "b" + strconv.Itoa(best+1)
	}
	return labels
}

// cosine of unit vector d with the (unnormalised) centroid c.
func cosine(d, c map[string]float64) float64 {
	var dotp, sq float64
	for _, x := range c {
		sq += x * x
	}
	if sq == 0 {
		return 0
	}
	for w, x := range d {
		dotp += x * c[w]
	}
	return dotp / math.Sqrt(sq)
}

// baselineStopwords are the English function words the baseline ignores, a
// fixed list of its own so that tuning the clusterer cannot move it.
var baselineStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all almost also although always am among an and
another any anyone anything are around as at be became because become becomes been before behind being below beside
besides between beyond both but by can cannot could did do does doing done down during each either else enough even ever
every few for former from further had has have having he hence her here hers herself him himself his how however i if in
indeed into is it its itself just least less many may me meanwhile might mine more moreover most mostly much must my myself
neither never nevertheless no nobody none nor not nothing now of off often on once one only onto or other others otherwise
our ours ourselves out over own per perhaps rather same several she should since so some somehow someone something
sometimes still such than that the their theirs them themselves then there thereafter therefore these they this those
though through throughout thus to together too toward towards under until up upon us very via was we well were what
whatever when whenever where whereas wherever whether which while who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves s t`) {
		m[w] = true
	}
	return m
}()
