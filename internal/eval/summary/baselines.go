package summary

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// System summarises a cluster's articles in about words words; it returns
// the sentences in reading order.
type System func(arts []corroborate.Article, words int) []string

func sentencesOf(a corroborate.Article) []string {
	var out []string
	for _, s := range a.Sentences {
		if s.Start >= 0 && s.End <= len(a.Text) && s.Start < s.End {
			if t := strings.Join(strings.Fields(a.Text[s.Start:s.End]), " "); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// upTo takes sentences until they hold words words.
func upTo(ss []string, words int) []string {
	var out []string
	n := 0
	for _, s := range ss {
		if n >= words {
			break
		}
		out = append(out, s)
		n += len(strings.Fields(s))
	}
	return out
}

// Lead is the first article's first sentences.
func Lead(arts []corroborate.Article, words int) []string {
	if len(arts) == 0 {
		return nil
	}
	return upTo(sentencesOf(arts[0]), words)
}

// LeadEach is each article's first sentence in turn, then each one's
// second, and so on.
func LeadEach(arts []corroborate.Article, words int) []string {
	var all [][]string
	for _, a := range arts {
		all = append(all, sentencesOf(a))
	}
	var order []string
	for i := 0; ; i++ {
		more := false
		for _, ss := range all {
			if i < len(ss) {
				order = append(order, ss[i])
				more = true
			}
		}
		if !more {
			break
		}
	}
	return upTo(order, words)
}

// baselineStop are words too common to weigh in the centroid.
var baselineStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an and or but of to in on at for with by from as is are was were be been
	it its this that these those he she they his her their we our you i not no said say says will would can could
	has have had do did than then there which who whom what when where how also about after over into more`) {
		baselineStop[w] = true
	}
}

// Centroid is the TF-IDF centroid baseline: sentences ranked by cosine
// with the cluster's TF-IDF centroid (IDF over the articles), a sentence
// too close to one already taken (cosine above 0.6) skipped, in rank order.
func Centroid(arts []corroborate.Article, words int) []string {
	type sent struct {
		text  string
		vec   map[string]float64
		words []string // vec's words, sorted: the order sums run in
		norm  float64
	}
	df := map[string]int{}
	var ss []sent
	for _, a := range arts {
		seen := map[string]bool{}
		for _, t := range sentencesOf(a) {
			v := map[string]float64{}
			for _, w := range Tokens(t) {
				if !baselineStop[w] {
					v[w]++
					if !seen[w] {
						seen[w] = true
						df[w]++
					}
				}
			}
			ss = append(ss, sent{text: t, vec: v})
		}
	}
	n := float64(len(arts))
	centroid := map[string]float64{}
	for i := range ss {
		for w, c := range ss[i].vec {
			ss[i].vec[w] = c * math.Log(1+n/float64(df[w]))
			centroid[w] += ss[i].vec[w]
		}
		ss[i].words = slices.Sorted(maps.Keys(ss[i].vec))
		ss[i].norm = math.Sqrt(dotIn(ss[i].words, ss[i].vec, ss[i].vec))
	}
	cos := func(a sent, b map[string]float64, bn float64) float64 {
		if a.norm == 0 || bn == 0 {
			return 0
		}
		return dotIn(a.words, a.vec, b) / a.norm / bn
	}
	cn := math.Sqrt(dotIn(slices.Sorted(maps.Keys(centroid)), centroid, centroid))
	idx := make([]int, len(ss))
	score := make([]float64, len(ss))
	for i := range ss {
		idx[i] = i
		score[i] = cos(ss[i], centroid, cn)
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	var out []string
	var taken []int
	total := 0
	for _, i := range idx {
		if total >= words {
			break
		}
		if len(strings.Fields(ss[i].text)) < 6 {
			continue
		}
		dup := false
		for _, j := range taken {
			if cos(ss[i], ss[j].vec, ss[j].norm) > 0.6 {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		taken = append(taken, i)
		out = append(out, ss[i].text)
		total += len(strings.Fields(ss[i].text))
	}
	return out
}

// dotIn is the dot product of a and b summed over words, a's words in a
// fixed (sorted) order, so that floating-point rounding, and with it the
// ranking of near ties, is the same on every run (a map's order is not).
func dotIn(words []string, a, b map[string]float64) float64 {
	dot := 0.0
	for _, w := range words {
		dot += a[w] * b[w]
	}
	return dot
}
