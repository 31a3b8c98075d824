package summary

import (
	"math"

	"github.com/corroborate/corroborate/internal/claims"
)

// echoLeads is how many of its first usable sentences an article's lead
// is read as: where a news article tells its event.
const echoLeads = 2

// echoes are the story's articles' leads, read for how many articles tell
// what a candidate says in words of their own: the event each article
// words its own way is no claim many articles state (each lead is aligned
// with no other), but every lead echoes it, while a detail many copies
// repeat word for word is echoed by none. What a short summary says first
// is what most leads echo; a centroid weighs the same words, with no
// regard to where they stand.
type echoes struct {
	article []int            // lead -> the sampled article it opens
	mass    []float64        // lead -> the weight of what it says of the story
	index   map[string][]int // content word -> the leads that say it
	in      []float64        // count's scratch: lead -> the weight it says
	touched []int            // count's scratch: the leads in holds weight for
	arts    []bool           // count's scratch: article -> echoes
}

// echoes reads the first echoLeads usable sentences of each sampled
// article, once, when first needed.
func (st *story) echoes() *echoes {
	if st.echo != nil {
		return st.echo
	}
	e := &echoes{index: map[string][]int{}}
	read := map[string][]string{}
	for ai, a := range st.sample {
		first := st.furnitureFirst(a)
		taken := 0
		for i := first; i < len(a.Sentences) && i < first+leadSpan && taken < echoLeads; i++ {
			sp := a.Sentences[i]
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				continue
			}
			t, _ := trimmedAt(a.Text, sp.Start, sp.End)
			if !usableIn(t, st.isName) {
				continue
			}
			taken++
			k := len(e.article)
			e.article = append(e.article, ai)
			ws, ok := read[t]
			if !ok {
				// copies open with the same lead: it is read once
				ws = claims.ContentWords(t)
				read[t] = ws
			}
			m := 0.0
			for _, w := range ws {
				if ks := e.index[w]; len(ks) == 0 || ks[len(ks)-1] != k {
					e.index[w] = append(ks, k)
					m += st.v.centroid[w]
				}
			}
			e.mass = append(e.mass, m)
		}
	}
	e.in = make([]float64, len(e.article))
	e.arts = make([]bool, len(st.sample))
	st.echo = e
	return e
}

// count is the number of articles whose lead says most (echoShare) of what
// vec says of the story, its words weighed by the story's centroid, and of
// which vec says a fair part (echoBack): a lead echoes a sentence that
// tells what it tells, not one that names a word or two of it ("The Halla
// ferry sailed from Tarnport." names what every lead of its sinking names
// and tells none of them).
func (e *echoes) count(v *vocab, vec map[string]float64) int {
	all := 0.0
	for w := range vec {
		x := v.centroid[w]
		all += x
		if x == 0 {
			continue
		}
		for _, k := range e.index[w] {
			if e.in[k] == 0 {
				e.touched = append(e.touched, k)
			}
			e.in[k] += x
		}
	}
	n := 0
	for _, k := range e.touched {
		if a := e.article[k]; all > 0 && e.in[k]/all >= echoShare && e.in[k] >= echoBack*e.mass[k] && !e.arts[a] {
			e.arts[a] = true
			n++
		}
	}
	for _, k := range e.touched {
		e.in[k] = 0
		e.arts[e.article[k]] = false
	}
	e.touched = e.touched[:0]
	return n
}

// echoShare is the share of what a sentence says of the story that an
// article's lead must say for the article to echo it, and echoBack the
// share of what the lead says that the sentence must say.
const (
	echoShare = 0.6
	echoBack  = 0.5
)

// echoWeight is what the articles whose leads echo c add to it under a
// word budget of echoBudget words or fewer (less under a longer one): a
// weight for each doubling beyond two articles, so that in a story of two
// articles, where both leads echo most of what either says, it counts for
// nothing.
func (st *story) echoWeight(c *candidate) float64 {
	if len(st.sample) <= echoFloor {
		return 0
	}
	if c.echo < 0 {
		c.echo = st.echoes().count(st.v, c.vec)
	}
	if c.echo <= echoFloor {
		return 0
	}
	return weights.echo * math.Log2(float64(c.echo)/echoFloor)
}

// echoFloor is the echoing articles that count for nothing; echoBudget the
// longest budget (in words) under which echoes count in full.
const (
	echoFloor  = 2
	echoBudget = 100
)
