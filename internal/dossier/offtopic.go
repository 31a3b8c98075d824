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
// the story's other articles, each with its reason; an article just under
// the bounds whose proper names are the story's is not flagged
// (namesVouch). Two articles of another story, each the other's closest,
// vouch for each other in the others' centroid: they are flagged too when
// each passes the bounds only by the other (apartFromNearest), in a story
// large enough for the rest to be its majority. A story of fewer than
// three articles gives no basis and none is flagged.
func markOffTopic(arts []corroborate.Article) {
	for i := range arts { // a flag read back with a stored article is not this story's
		arts[i].OffTopic, arts[i].OffTopicReason = false, ""
	}
	sp := topicality(arts)
	if sp == nil {
		return
	}
	scores := sp.scores
	sorted := slices.DeleteFunc(slices.Clone(scores), math.IsNaN)
	if len(sorted) < 3 {
		return // fewer than three articles with words to compare
	}
	slices.Sort(sorted)
	for i, s := range scores {
		if math.IsNaN(s) {
			continue // no content word: nothing tells which story it is
		}
		m := medianWithout(sorted, s)
		if offTopic(arts, i, -1, s, m) {
			arts[i].OffTopic = true
			arts[i].OffTopicReason = fmt.Sprintf("shares little of its vocabulary with the other articles "+
				"(similarity %.2f, where the other articles' median is %.2f): probably another story", s, m)
		}
	}
	markPairs(arts, sp, sorted)
}

// countFlagged counts the articles flagged off topic.
func countFlagged(arts []corroborate.Article) int {
	n := 0
	for _, a := range arts {
		if a.OffTopic {
			n++
		}
	}
	return n
}

// offTopic reports whether an article of similarity s to the story, where
// the other articles' median is m, is below both bounds and its names do
// not vouch for it (namesVouch, without article skip when skip >= 0).
func offTopic(arts []corroborate.Article, i, skip int, s, m float64) bool {
	return s < offTopicSimilarity && s < offTopicShare*m && !(s >= namesVouchSimilarity && namesVouch(arts, i, skip))
}

// topicWords finds the words whose sharing tells whether articles cover one
// story: runs of letters and digits, an apostrophe between letters kept.
var topicWords = text.NewTokenizer(text.Rules{Apostrophe: text.JoinWordLetter})

// topicTerm is one distinct word of an article: its index in the story's
// vocabulary and its weight.
type topicTerm struct {
	word int32
	w    float64
}

// vocabulary numbers the story's words, keyed by the hash of the
// lower-cased word, and counts the articles each is in.
type vocabulary struct {
	index map[uint64]int32
	df    []int32
}

// terms returns the content words of s with their counts: lower-cased,
// stop words and words of fewer than three runes left out. hs and buf are
// scratch space, returned for the next article.
func (v *vocabulary) terms(s string, hs []uint64, buf []byte) ([]topicTerm, []uint64, []byte) {
	hs = hs[:0]
	var w text.Word
	for i := 0; topicWords.Next(s, i, len(s), &w); i = w.End {
		if w.Letters+w.Digits < 3 || w.Letters == 0 {
			continue
		}
		buf = appendLower(buf[:0], s[w.Start:w.End])
		if !text.TopicStop[string(buf)] {
			hs = append(hs, xxhash.Sum64(buf))
		}
	}
	slices.Sort(hs)
	distinct := 0
	for k := range hs {
		if k == 0 || hs[k] != hs[k-1] {
			distinct++
		}
	}
	out := make([]topicTerm, 0, distinct)
	for k, h := range hs {
		if k > 0 && h == hs[k-1] {
			out[len(out)-1].w++
			continue
		}
		id, ok := v.index[h]
		if !ok {
			id = int32(len(v.df))
			v.index[h] = id
			v.df = append(v.df, 0)
		}
		v.df[id]++
		out = append(out, topicTerm{word: id, w: 1})
	}
	return out, hs, buf
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

// topicSpace holds the story's articles as unit vectors of TF-IDF
// weighted words (vecs), their sum, each one's dot product with the sum
// (us) and the sum's squared norm (s2), and each article's topicality
// (scores, see topicality).
type topicSpace struct {
	vecs   [][]topicTerm
	sum    []float64
	us     []float64
	s2     float64
	scores []float64
	// apart and nearest are, once apartPairs ran, each article's
	// similarity without the article closest to it and that article's
	// index (-1 for none).
	apart   []float64
	nearest []int
}

// topicality scores how much each article shares the vocabulary of the
// story's other articles: the cosine between its words, weighted by
// TF-IDF within the story, and the centroid of the others' (each of unit
// length, so a long article does not stand for the story), from 0 to 1;
// NaN for an article with no content word.
// It returns nil for fewer than three articles: with one other article
// there is no story to be apart from.
func topicality(arts []corroborate.Article) *topicSpace {
	n := len(arts)
	if n < 3 {
		return nil
	}
	v := &vocabulary{index: map[uint64]int32{}}
	var hs []uint64
	var buf []byte
	vecs := make([][]topicTerm, n)
	for i, a := range arts {
		vecs[i], hs, buf = v.terms(a.Text, hs, buf)
	}
	// Each article as a unit vector, and their sum.
	sum := make([]float64, len(v.df))
	for _, vec := range vecs {
		var norm float64
		for k, t := range vec {
			// Smoothed: a word in every article keeps a weight, for it is
			// what the articles share.
			x := (1 + math.Log(t.w)) * math.Log(1+float64(n)/float64(v.df[t.word]))
			vec[k].w = x
			norm += x * x
		}
		if norm == 0 {
			continue
		}
		norm = math.Sqrt(norm)
		for k, t := range vec {
			vec[k].w = t.w / norm
			sum[t.word] += vec[k].w
		}
	}
	sp := &topicSpace{vecs: vecs, sum: sum, us: make([]float64, n), scores: make([]float64, n)}
	for _, x := range sum {
		sp.s2 += x * x
	}
	for i, vec := range vecs {
		// The others' centroid c is the sum less the article's own unit
		// vector u: u·c = u·sum - 1 and |c|² = |sum|² - 2 u·sum + 1.
		var us float64
		for _, t := range vec {
			us += t.w * sum[t.word]
		}
		sp.us[i] = us
		if len(vec) == 0 {
			sp.scores[i] = math.NaN()
			continue
		}
		if c2 := sp.s2 - 2*us + 1; c2 > 1e-12 {
			sp.scores[i] = max(0, (us-1)/math.Sqrt(c2))
		}
	}
	return sp
}

// medianWithout returns the median of sorted (in ascending order) with
// one element of value x left out.
func medianWithout(sorted []float64, x float64) float64 {
	p, _ := slices.BinarySearch(sorted, x)
	at := func(k int) float64 { // the k-th value once sorted[p] is left out
		if k >= p {
			k++
		}
		return sorted[k]
	}
	n := len(sorted) - 1
	if n%2 == 1 {
		return at(n / 2)
	}
	return (at(n/2-1) + at(n/2)) / 2
}
