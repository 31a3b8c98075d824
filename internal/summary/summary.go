// Package summary writes a short extractive summary of a story's dossier:
// sentences taken from the articles (trimmed of datelines and leading
// conjunctions, nothing else), chosen among the claims stated by the most
// independent origins, without repeating one another, in reading order,
// each citing every article that states it.
package summary

import (
	"math"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// Options tunes Build. The zero value is ready to use.
type Options struct {
	// Sentences is the length of the summary; 0 means 5.
	Sentences int
}

func (o Options) sentences() int {
	if o.Sentences <= 0 {
		return 5
	}
	return o.Sentences
}

// maxCandidates bounds the claims weighed for a summary.
const maxCandidates = 300

// candidate is one claim considered for the summary, with the wording
// chosen for it.
type candidate struct {
	text    string
	cites   []string
	words   map[string]bool
	score   float64
	pos     float64 // mean relative position of the claim in its articles
	origins int
}

// Build returns up to opt.Sentences summary sentences for d. It reads
// d.Articles, d.Claims and d.Conflicts; when d has fewer claims than wanted
// (a single article, or articles that share little), the articles'
// own sentences are aligned again with no minimum support and used too.
// Every sentence cites at least one article.
func Build(d *corroborate.Dossier, opt Options) []corroborate.SummarySentence {
	n := opt.sentences()
	out := []corroborate.SummarySentence{}
	if len(d.Articles) == 0 {
		return out
	}
	arts := map[string]*corroborate.Article{}
	for i := range d.Articles {
		arts[d.Articles[i].ID] = &d.Articles[i]
	}
	contested := contestedArticles(d)
	cs := d.Claims
	if len(cs) < n {
		r := claims.Find(d.Articles, d.Reuse, claims.Options{MinArticles: 1})
		cs = append(append([]corroborate.Claim(nil), cs...), r.Claims...)
	}
	var cands []*candidate
	seenText := map[string]bool{}
	// claims come most-supported first: the summary never reaches far down
	if len(cs) > maxCandidates {
		cs = cs[:maxCandidates]
	}
	for i := range cs {
		c := candidateFor(&cs[i], arts, contested)
		if c == nil || seenText[c.text] {
			continue
		}
		seenText[c.text] = true
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var chosen []*candidate
	for _, c := range cands {
		if len(chosen) == n {
			break
		}
		if redundant(c, chosen) {
			continue
		}
		chosen = append(chosen, c)
	}
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].pos < chosen[j].pos })
	for _, c := range chosen {
		out = append(out, corroborate.SummarySentence{Text: c.text, Cites: c.cites})
	}
	return out
}

// contestedArticles maps a claim id to the articles that take a side in a
// conflict about it: those that contradict it and those that state the value
// it is contradicted on.
func contestedArticles(d *corroborate.Dossier) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, c := range d.Claims {
		if len(c.Contradicts) == 0 {
			continue
		}
		m := map[string]bool{}
		against := map[string]bool{}
		for _, s := range c.Contradicts {
			m[s.Article] = true
			against[s.Article] = true
		}
		for _, cf := range d.Conflicts {
			involved := false
			for _, sd := range cf.Sides {
				for _, a := range sd.Articles {
					if against[a] {
						involved = true
					}
				}
			}
			if !involved {
				continue
			}
			for _, sd := range cf.Sides {
				for _, a := range sd.Articles {
					m[a] = true
				}
			}
		}
		out[c.ID] = m
	}
	return out
}

// candidateFor picks the wording of claim c to show: from an article that
// takes no side in a conflict about it when there is one, plain rather than
// quoted, neutral rather than loaded, of readable length. It returns nil
// when no wording is fit for a summary.
func candidateFor(c *corroborate.Claim, arts map[string]*corroborate.Article, contested map[string]map[string]bool) *candidate {
	type option struct {
		text  string
		score float64
	}
	var best *option
	counts := map[string]int{}
	var texts []string
	posSum := 0.0
	for _, s := range c.Support {
		a := arts[s.Article]
		if a == nil || s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			texts = append(texts, "")
			continue
		}
		t := clean(a.Text[s.Start:s.End])
		texts = append(texts, t)
		counts[t]++
		posSum += float64(s.Start) / float64(len(a.Text))
	}
	for i, s := range c.Support {
		t := texts[i]
		if t == "" {
			continue
		}
		sc := wording(t) + 0.3*float64(counts[t])
		if contested[c.ID][s.Article] {
			sc -= 3
		}
		if best == nil || sc > best.score {
			best = &option{t, sc}
		}
	}
	if best == nil || best.score < -2 {
		return nil
	}
	cand := &candidate{text: best.text, pos: posSum / float64(len(c.Support)), words: map[string]bool{}}
	for _, s := range c.Support {
		if !contains(cand.cites, s.Article) {
			cand.cites = append(cand.cites, s.Article)
		}
	}
	for _, w := range claims.ContentWords(best.text) {
		cand.words[w] = true
	}
	origins := c.Origins
	if origins == 0 {
		origins = len(cand.cites)
	}
	cand.origins = origins
	cand.score = 3*float64(origins) + math.Log1p(float64(len(cand.cites))) +
		2.5*(1-cand.pos) + best.score + informative(best.text)
	return cand
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// redundant reports whether c says mostly what a chosen sentence says.
func redundant(c *candidate, chosen []*candidate) bool {
	for _, o := range chosen {
		inter := 0
		for w := range c.words {
			if o.words[w] {
				inter++
			}
		}
		small := math.Min(float64(len(c.words)), float64(len(o.words)))
		if small > 0 && float64(inter)/small >= 0.6 {
			return true
		}
	}
	return false
}

// clean trims a sentence for the summary without changing what it says: a
// leading dateline ("ALBUQUERQUE, N.M. — ") and a leading conjunction go.
func clean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, dash := range []string{" — ", " – ", " -- "} {
		if i := strings.Index(s, dash); i > 0 && i < 40 && strings.ToUpper(s[:i]) == s[:i] {
			s = s[i+len(dash):]
			break
		}
	}
	for _, c := range []string{"But ", "And ", "However, ", "Still, ", "Meanwhile, "} {
		if strings.HasPrefix(s, c) && len(s) > len(c)+1 {
			s = strings.ToUpper(s[len(c):len(c)+1]) + s[len(c)+1:]
		}
	}
	return s
}
