package summary

import "math"

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
	leads []echoLead
	index map[string][]int // content word -> the leads that say it
}

type echoLead struct {
	article int
	vec     map[string]float64
}

// echoes reads the first echoLeads usable sentences of each sampled
// article, once, when first needed.
func (st *story) echoes() *echoes {
	if st.echo != nil {
		return st.echo
	}
	e := &echoes{index: map[string][]int{}}
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
			vec, _ := st.v.vector(t)
			k := len(e.leads)
			e.leads = append(e.leads, echoLead{article: ai, vec: vec})
			for w := range vec {
				e.index[w] = append(e.index[w], k)
			}
		}
	}
	st.echo = e
	return e
}

// count is the number of articles whose lead says most (echoShare) of what
// vec says of the story, its words weighed by the story's centroid.
func (e *echoes) count(v *vocab, vec map[string]float64) int {
	all := 0.0
	in := map[int]float64{}
	for w := range vec {
		x := v.centroid[w]
		all += x
		if x == 0 {
			continue
		}
		for _, k := range e.index[w] {
			in[k] += x
		}
	}
	if all == 0 {
		return 0
	}
	arts := map[int]bool{}
	for k, x := range in {
		if x/all >= echoShare {
			arts[e.leads[k].article] = true
		}
	}
	return len(arts)
}

// echoShare is the share of what a sentence says of the story that an
// article's lead must say for the article to echo it.
const echoShare = 0.6

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
