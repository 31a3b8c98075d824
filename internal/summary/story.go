package summary

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// vocab is what a story talks about: how rare each content word is across
// its articles, the centroid of its articles' words, and its commonest
// words (the function words of its language).
type vocab struct {
	idf      map[string]float64
	centroid map[string]float64
	cnorm    float64
	common   map[string]bool
}

// commonSample bounds the articles read for the story's commonest words.
const commonSample = 60

// vocabSample bounds the articles the vocabulary is read from, spread
// over the story: a few hundred copies of one story add no new words.
const vocabSample = 120

func newVocab(all []corroborate.Article) *vocab {
	v := &vocab{idf: map[string]float64{}, centroid: map[string]float64{}, common: map[string]bool{}}
	arts := all
	if len(all) > vocabSample {
		arts = make([]corroborate.Article, 0, vocabSample)
		for i := range vocabSample {
			arts = append(arts, all[i*len(all)/vocabSample])
		}
	}
	tfs := make([]map[string]float64, len(arts))
	df := map[string]int{}
	for i, a := range arts {
		tf := map[string]float64{}
		for _, w := range claims.ContentWords(eventText(a.Text)) {
			if tf[w] == 0 {
				df[w]++
			}
			tf[w]++
		}
		tfs[i] = tf
	}
	n := float64(len(arts))
	for w, c := range df {
		v.idf[w] = math.Log(1 + n/float64(c))
	}
	for _, tf := range tfs {
		total := 0.0
		for _, c := range tf {
			total += c
		}
		for w, c := range tf {
			// what the story is about is what its articles share: a
			// word's weight grows with how many of them use it, from
			// nothing for a word only one uses (a page's furniture, an
			// aside) once there are two; its idf only tempers it
			f := 1.0
			if n > 1 {
				f = float64(df[w]-1) / (n - 1)
			}
			v.centroid[w] += f * c / total * (1 + v.idf[w])
		}
	}
	for _, x := range v.centroid {
		v.cnorm += x * x
	}
	v.cnorm = math.Sqrt(v.cnorm)
	// a word counts once per article (the story's language is what its
	// articles share, not what one of them repeats), unless there is one
	// and among words as many articles use, the most used overall: with
	// few articles, many words are shared by all
	counts, uses := map[string]int{}, map[string]int{}
	for _, a := range arts[:min(len(arts), commonSample)] {
		seen := map[string]bool{}
		for _, w := range lowerWords(a.Text) {
			uses[w]++
			if !seen[w] || len(arts) == 1 {
				seen[w] = true
				counts[w]++
			}
		}
	}
	need := min(2, len(arts))
	ws := make([]string, 0, len(counts))
	for w := range counts {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if counts[ws[i]] != counts[ws[j]] {
			return counts[ws[i]] > counts[ws[j]]
		}
		if uses[ws[i]] != uses[ws[j]] {
			return uses[ws[i]] > uses[ws[j]]
		}
		return ws[i] < ws[j]
	})
	for _, w := range ws[:min(len(ws), 30)] {
		if counts[w] >= need {
			v.common[w] = true
		}
	}
	return v
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// vector is a sentence's content words weighted by rarity, and its norm.
//
// An event told with a phrase (eventPhrases: "faced off") counts as the
// word that tells it alone ("clashed").
func (v *vocab) vector(s string) (map[string]float64, float64) {
	vec := map[string]float64{}
	for _, w := range claims.ContentWords(eventText(s)) {
		vec[w] += v.idf[w]
	}
	norm := 0.0
	for _, x := range vec {
		norm += x * x
	}
	return vec, math.Sqrt(norm)
}

// centrality is the cosine between a sentence's vector and the story's
// centroid: how much of what the story is about the sentence says.
func (v *vocab) centrality(vec map[string]float64, norm float64) float64 {
	if norm == 0 || v.cnorm == 0 {
		return 0
	}
	dot := 0.0
	for w, x := range vec {
		dot += x * v.centroid[w]
	}
	return dot / norm / v.cnorm
}

// mass is the centroid's weight of the words of vec that covered lacks:
// how much of what the story is about a sentence says that is not said yet.
func (v *vocab) mass(vec map[string]float64, covered map[string]bool) float64 {
	m := 0.0
	for w := range vec {
		if !covered[w] {
			m += v.centroid[w]
		}
	}
	return m
}

// inLanguage reports whether s is written in the story's language: enough
// of its words are among the story's commonest.
func (v *vocab) inLanguage(s string) bool {
	ws := lowerWords(s)
	hits := 0
	for _, w := range ws {
		if v.common[w] {
			hits++
		}
	}
	return hits > 0 && hits*10 >= len(ws)
}

// coverage is the share of what sentence a says of the story (its words
// weighed by the story's centroid) that sentence b says too.
func (v *vocab) coverage(a, b map[string]float64) float64 {
	return weighedShare(a, b, v.centroid)
}

// weighedShare is the share of a's words, each weighed by weight, that b
// says too.
func weighedShare(a, b, weight map[string]float64) float64 {
	in, all := 0.0, 0.0
	for w := range a {
		x := weight[w]
		all += x
		if _, ok := b[w]; ok {
			in += x
		}
	}
	if all == 0 {
		return 0
	}
	return in / all
}

func cosine(a map[string]float64, an float64, b map[string]float64, bn float64) float64 {
	if an == 0 || bn == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	dot := 0.0
	for w, x := range a {
		dot += x * b[w]
	}
	return dot / an / bn
}

// eventPhrases are phrases that tell an event, whole words only, and
// eventTold the word that tells it alone (see eventWords): two leads, one
// saying a senator "faced off" with a doctor and one that they "clashed",
// tell one clash. "Brought down" tells a demolition only in the passive
// ("the tower was brought down"): "police brought down two drones" tells
// none. A sparring is a clash with or without the word after it ("sparred
// Wednesday with a reporter", "the two sparred over the truce"); "spared"
// is no clash.
var eventPhrases = regexp.MustCompile(`(?i)\b(?:fac(?:e|es|ed|ing)|squar(?:e|es|ed|ing)) off\b|\bspar(?:red|ring)\b|\bspars with\b|\b(?:torn|tore|tearing) down\b|\b(?:was|were|been|be|being) brought down\b`)

// eventText is s with each event phrase (eventPhrases) told in the word
// that tells it alone ("faced off" -> "clashed"), for the word statistics
// and the sentence vectors alike.
func eventText(s string) string {
	if !strings.Contains(s, " off") && !strings.Contains(s, " down") && !strings.Contains(s, " with") && !strings.Contains(s, "parr") {
		return s
	}
	return eventPhrases.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasSuffix(m, "off") {
			return "clashed"
		}
		if strings.HasSuffix(m, "with") {
			return "clashed with"
		}
		if strings.HasPrefix(strings.ToLower(m), "spar") {
			return "clashed"
		}
		if strings.Contains(m, " brought") {
			return m[:strings.Index(m, " ")+1] + "demolished"
		}
		return "demolished"
	})
}
