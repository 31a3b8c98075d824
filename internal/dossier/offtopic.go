package dossier

import (
	"fmt"
	"math"
	"slices"

	"github.com/cespare/xxhash/v2"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// The thresholds of an off-topic article, chosen on the Multi-News dev
// clusters and the FNC-1 stories with an article of another story mixed
// into each (docs/offtopic.md has the figures): its similarity to the
// others is below offTopicSimilarity and below offTopicShare of the
// median similarity of the story's articles. The absolute bound keeps a
// story whose articles all share little (a loose cluster) from having its
// least typical one called another story; the relative one keeps an
// article of a tight story that tells it in other words from being called
// off topic.
const (
	offTopicSimilarity = 0.10
	offTopicShare      = 0.35
)

// markOffTopic flags the articles that share little of the vocabulary of
// the story's other articles, each with its reason. A story of fewer than
// three articles gives no basis and none is flagged.
func markOffTopic(arts []corroborate.Article) {
	for i := range arts { // a flag read back with a stored article is not this story's
		arts[i].OffTopic, arts[i].OffTopicReason = false, ""
	}
	scores := topicality(arts)
	if scores == nil {
		return
	}
	others := make([]float64, 0, len(scores)-1)
	for i, s := range scores {
		others = append(append(others[:0], scores[:i]...), scores[i+1:]...)
		m := median(others)
		if s < offTopicSimilarity && s < offTopicShare*m {
			arts[i].OffTopic = true
			arts[i].OffTopicReason = fmt.Sprintf("shares little of its vocabulary with the other articles "+
				"(similarity %.2f, where the other articles' median is %.2f): probably another story", s, m)
		}
	}
}

// topicWords finds the words whose sharing tells whether articles cover one
// story: runs of letters and digits, an apostrophe between letters kept.
var topicWords = text.NewTokenizer(text.Rules{Apostrophe: text.JoinWordLetter})

// topicVector is one article's words as weights, keyed by the hash of the
// lower-cased word, with its Euclidean norm.
type topicVector struct {
	w    map[uint64]float64
	norm float64
}

// topicTerms counts the content words of s: lower-cased, stop words and
// words of fewer than three runes left out.
func topicTerms(s string, buf []byte) map[uint64]float64 {
	tf := map[uint64]float64{}
	var w text.Word
	for i := 0; topicWords.Next(s, i, len(s), &w); i = w.End {
		if w.Letters+w.Digits < 3 || w.Letters == 0 {
			continue
		}
		buf = appendLower(buf[:0], s[w.Start:w.End])
		if topicStop[string(buf)] {
			continue
		}
		tf[xxhash.Sum64(buf)]++
	}
	return tf
}

// appendLower appends s lower-cased to buf (ASCII letters only; other runes
// as they are, which is enough to compare words across articles).
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// topicality scores how much each article shares the vocabulary of the
// story's other articles: the cosine between its words, weighted by
// TF-IDF within the story, and the centroid of the others' (each of unit
// length, so a long article does not stand for the story). It returns nil
// for fewer than three articles: with one other article there is no story
// to be apart from.
func topicality(arts []corroborate.Article) []float64 {
	n := len(arts)
	if n < 3 {
		return nil
	}
	var buf []byte
	tfs := make([]map[uint64]float64, n)
	df := map[uint64]int{}
	for i, a := range arts {
		tfs[i] = topicTerms(a.Text, buf)
		for h := range tfs[i] {
			df[h]++
		}
	}
	vecs := make([]topicVector, n)
	sum := map[uint64]float64{} // the sum of every article's unit vector
	for i, tf := range tfs {
		var norm float64
		for h, c := range tf {
			// Smoothed: a word in every article keeps a weight, for it is
			// what the articles share.
			x := (1 + math.Log(c)) * math.Log(1+float64(n)/float64(df[h]))
			tf[h] = x
			norm += x * x
		}
		norm = math.Sqrt(norm)
		vecs[i] = topicVector{w: tf, norm: norm}
		if norm == 0 {
			continue
		}
		for h, x := range tf {
			sum[h] += x / norm
		}
	}
	var s2 float64 // the sum's squared norm
	for _, x := range sum {
		s2 += x * x
	}
	scores := make([]float64, n)
	for i, v := range vecs {
		if v.norm == 0 {
			continue
		}
		// The others' centroid c is the sum less the article's own unit
		// vector u: u·c = u·sum - 1 and |c|² = |sum|² - 2 u·sum + 1.
		var us float64
		for h, x := range v.w {
			us += x / v.norm * sum[h]
		}
		if c2 := s2 - 2*us + 1; c2 > 1e-12 {
			scores[i] = (us - 1) / math.Sqrt(c2)
		}
	}
	return scores
}

// median returns the median of xs (xs is not changed).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// topicStop are function words and words every news report uses, which
// say nothing about which story an article covers.
var topicStop = text.WordSet(`the and for that with was were are has have had not but from this they
	their them his her its she him who whom which what when where why how all any been being can could
	would should will may might must than then there these those into onto over under about after before
	also just more most other some such only own same very our out off again further once here both each
	few nor too did does doing you your yours ours mine said says say told according one two three
	new year years last first time people percent like get got make made many much even still back well
	now way because while during between through against since until per via including around across
	upon whether though although yet either neither every another among within without mr mrs ms
	` + text.Months + " " + text.Weekdays)
