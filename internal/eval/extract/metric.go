// Package extract scores main-text extraction on a folder laid out like the
// ScrapingHub article-extraction benchmark: html/<id>.html.gz pages and a
// ground-truth.json of {id: {"url", "articleBody"}}.
//
// The metric is the benchmark's own: tokens are the \w+ runs of a text (case
// kept); each text becomes the multiset of its 4-token shingles; a page's
// true positives, false positives and false negatives are counted over the
// shingles and normalised by their sum. Precision is the mean per-page
// precision over pages that predicted something, recall the mean per-page
// recall over pages that expected something, and F1 the harmonic mean of the
// two means.
package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShingleSize is the number of tokens in a shingle.
const ShingleSize = 4

// Score is one page's shingle counts, normalised so that TP+FP+FN is 1 (or
// all zero when both texts are empty).
type Score struct{ TP, FP, FN float64 }

// Match scores a predicted text against the true one.
func Match(truth, pred string) Score {
	want := shingles(truth)
	got := shingles(pred)
	var s Score
	for k, g := range got {
		w := want[k]
		s.TP += float64(min(g, w))
		if g > w {
			s.FP += float64(g - w)
		}
	}
	for k, w := range want {
		if g := got[k]; w > g {
			s.FN += float64(w - g)
		}
	}
	if sum := s.TP + s.FP + s.FN; sum > 0 {
		s.TP, s.FP, s.FN = s.TP/sum, s.FP/sum, s.FN/sum
	}
	return s
}

// Empty reports whether neither text had a token.
func (s Score) Empty() bool { return s.TP == 0 && s.FP == 0 && s.FN == 0 }

// Precision is the page's precision and whether it takes part in the mean:
// pages that predicted nothing are left out, except a page where both the
// prediction and the truth are empty, which counts as precision 1.
func (s Score) Precision() (float64, bool) {
	switch {
	case s.Empty():
		return 1, true
	case s.TP+s.FP == 0:
		return 0, false
	case s.FP == 0 && s.FN == 0:
		return 1, true
	}
	return s.TP / (s.TP + s.FP), true
}

// Recall is the page's recall and whether it takes part in the mean: pages
// that expected nothing are left out.
func (s Score) Recall() (float64, bool) {
	switch {
	case s.TP+s.FN == 0:
		return 0, false
	case s.FP == 0 && s.FN == 0:
		return 1, true
	}
	return s.TP / (s.TP + s.FN), true
}

// Means averages per-page precision and recall as the benchmark does and
// returns them with the F1 of the two means.
func Means(scores []Score) (f1, precision, recall float64) {
	var sp, sr float64
	var np, nr int
	for _, s := range scores {
		if p, ok := s.Precision(); ok {
			sp += p
			np++
		}
		if r, ok := s.Recall(); ok {
			sr += r
			nr++
		}
	}
	if np > 0 {
		precision = sp / float64(np)
	}
	if nr > 0 {
		recall = sr / float64(nr)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return f1, precision, recall
}

// Tokens returns the \w+ runs of s: letters, digits (any numeric rune) and
// underscores, as Python's Unicode \w defines them.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the ShingleSize-token shingles of s. A text with fewer
// tokens than that is one shingle of all its tokens; an empty text has none.
func shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	if len(toks) < ShingleSize {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+ShingleSize <= len(toks); i++ {
		m[strings.Join(toks[i:i+ShingleSize], "\x00")]++
	}
	return m
}
