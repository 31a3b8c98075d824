package reuse

import (
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
)

// Case is one generated story: real source articles, copies derived from
// them with known operations, and the truth about who took what.
type Case struct {
	ID       string                `json:"id"`
	Type     string                `json:"type"`
	Articles []corroborate.Article `json:"articles"`
	Gold     []GoldPair            `json:"gold"`
}

// GoldPair is text of From found in To because To was derived from From.
type GoldPair struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Ranges are the byte ranges of To's text derived from From, whole
	// sentences as edited (credit frames excluded).
	Ranges [][2]int `json:"ranges"`
	// Credited: To credits the outlet From was published by (whether or
	// not From's Outlet is given).
	Credited bool `json:"credited"`
}

// Case types and their weights in a generated set.
var caseTypes = []struct {
	name   string
	weight int
}{
	{"verbatim", 12}, {"light-edit", 18}, {"condensed", 20}, {"paraphrase", 8},
	{"quote-credit", 10}, {"mix", 15}, {"siblings", 12}, {"quote-only", 13},
}

// Generate derives n cases from pool, reproducibly for a given seed: case i
// draws from its own random stream, so a case does not change when n does.
func Generate(pool []Source, n int, seed uint64) []Case {
	out := make([]Case, 0, n)
	total := 0
	for _, t := range caseTypes {
		total += t.weight
	}
	for i := range n {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		k := r.IntN(total)
		typ := caseTypes[0].name
		for _, t := range caseTypes {
			if k < t.weight {
				typ = t.name
				break
			}
			k -= t.weight
		}
		g := gen{r: r, pool: pool, n: i}
		out = append(out, g.build(typ))
	}
	return out
}

type gen struct {
	r    *rand.Rand
	pool []Source
	n    int
}

// pick draws a source not in group avoid (any when avoid is "") whose text
// shares no run of eight words with the texts in clean.
func (g *gen) pick(avoid []string, clean ...string) Source {
	for try := 0; ; try++ {
		s := g.pool[g.r.IntN(len(g.pool))]
		bad := false
		for _, a := range avoid {
			bad = bad || s.Group == a
		}
		if !bad || try > 50 {
			body := sourceText(s)
			if try > 100 || !sharesRun(body, clean...) {
				return s
			}
		}
	}
}

// own draws n consecutive sentences of a donor article as the copy's own
// text.
func (g *gen) own(donor Source, n int) []piece {
	all := donor.sentences()
	if n > len(all) {
		n = len(all)
	}
	start := g.r.IntN(len(all) - n + 1)
	out := make([]piece, 0, n)
	for i, t := range all[start : start+n] {
		out = append(out, piece{text: t, src: -1, para: i == 0 || g.r.IntN(3) == 0})
	}
	return out
}

// derive takes text of source s (slot src) the way a copy of the given style
// does.
func (g *gen) derive(s Source, src int, style string) []piece {
	r := g.r
	var out []piece
	switch style {
	case "verbatim":
		// a run of whole paragraphs, word for word, of two sentences or more
		p0 := r.IntN(len(s.Paras))
		p1 := p0 + 1 + r.IntN(len(s.Paras)-p0)
		for {
			out = out[:0]
			for _, para := range s.Paras[p0:p1] {
				for i, t := range para {
					out = append(out, piece{text: t, src: src, para: i == 0})
				}
			}
			switch {
			case len(out) >= 2:
				return out
			case p1 < len(s.Paras):
				p1++
			default:
				p0--
			}
		}
	case "light-edit":
		keep, rate := 0.6+0.4*r.Float64(), 0.05+0.1*r.Float64()
		for _, t := range s.sentences() {
			if r.Float64() < keep {
				out = append(out, piece{text: substitute(r, t, rate), src: src, para: r.IntN(3) == 0})
			}
		}
	case "paraphrase":
		// every sentence reworded: most shortened, a third of the words
		// swapped where a synonym is known, one longer word in five
		// replaced by another, many merged or moved
		keep := 0.5 + 0.4*r.Float64()
		vocab := vocabulary(g.pool[r.IntN(len(g.pool))])
		out = g.rewrite(s, src, rewriting{keep: keep, shorten: 0.8, synonyms: 0.35, reword: 0.2, vocab: vocab, merge: 0.3, swap: 0.3})
	default: // condensed
		keep := 0.4 + 0.4*r.Float64()
		out = g.rewrite(s, src, rewriting{keep: keep, shorten: 0.6, synonyms: 0.05, merge: 0.2, swap: 0.15})
	}
	if len(out) < 2 {
		ss := s.sentences()
		i := r.IntN(len(ss) - 1)
		out = []piece{{text: ss[i], src: src, para: true}, {text: ss[i+1], src: src}}
	}
	out[0].para = true
	return out
}

// rewriting sets how a copy rewrites the sentences it takes: the share it
// keeps, and the probabilities of shortening a sentence, swapping a word for
// a synonym, replacing a longer word by one of vocab, merging a sentence
// into the one before, and swapping it with the one before.
type rewriting struct {
	keep, shorten, synonyms, reword, merge, swap float64
	vocab                                        []string
}

// rewrite derives pieces from s (slot src) as w says.
func (g *gen) rewrite(s Source, src int, w rewriting) []piece {
	r := g.r
	var out []piece
	for _, t := range s.sentences() {
		if r.Float64() >= w.keep {
			continue
		}
		if r.Float64() < w.shorten {
			t = shorten(r, t)
		}
		t = substitute(r, t, w.synonyms)
		if w.reword > 0 {
			t = reword(r, t, w.vocab, w.reword)
		}
		if n := len(out); n > 0 && r.Float64() < w.merge {
			if m, ok := merge(out[n-1].text, t); ok {
				out[n-1].text = m
				continue
			}
		}
		out = append(out, piece{text: t, src: src, para: r.IntN(2) == 0})
		if n := len(out); n > 1 && r.Float64() < w.swap {
			out[n-1], out[n-2] = out[n-2], out[n-1]
		}
	}
	return out
}

// frame puts a copy together: own sentences before and after the derived
// blocks, and now and then between them.
func (g *gen) frame(donor Source, blocks ...[]piece) []piece {
	r := g.r
	out := g.own(donor, r.IntN(3))
	for _, b := range blocks {
		for i, p := range b {
			if i > 0 && p.para && r.Float64() < 0.15 {
				out = append(out, g.own(donor, 1)...)
			}
			out = append(out, p)
		}
	}
	out = append(out, g.own(donor, r.IntN(4))...)
	if len(out) > 0 {
		out[0].para = true
	}
	return out
}

// sharesRun reports whether body shares a run of eight words with any of
// others.
func sharesRun(body string, others ...string) bool {
	if len(others) == 0 {
		return false
	}
	seen := map[string]bool{}
	for _, o := range others {
		for _, k := range runsOf8(o) {
			seen[k] = true
		}
	}
	for _, k := range runsOf8(body) {
		if seen[k] {
			return true
		}
	}
	return false
}

// dropApostrophes removes straight and curly apostrophes.
var dropApostrophes = strings.NewReplacer("'", "", "’", "")

// runsOf8 lists the runs of eight words of s, words being runs of letters
// and digits, lower-cased, apostrophes dropped (so that "Iraq’s" and
// "Iraq's" are one word).
func runsOf8(s string) []string {
	s = dropApostrophes.Replace(strings.ToLower(s))
	w := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for i := 0; i+8 <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+8], " "))
	}
	return out
}
