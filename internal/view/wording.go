package view

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
)

// Wording is one way several sources word a statement: the words, as the
// first of them writes them, and each source's passage.
type Wording struct {
	Text     string
	Passages []Passage
}

// Sources are the sources that word it so, in order.
func (w Wording) Sources() []Source { return SourcesOf(w.Passages) }

// SourcesOf is the source of each passage, in order.
func SourcesOf(ps []Passage) []Source {
	out := make([]Source, len(ps))
	for i, p := range ps {
		out[i] = p.Source
	}
	return out
}

// Wordings sorts the passages stating text (a claim, a summary sentence)
// by source: own holds those that word it as text does, others the other
// wordings, each once with every source that words it so, in the order of
// their first source. Two wordings are one when they differ only in
// spacing, case or punctuation (sameWords). A passage
// with no text (its article is missing) is a wording of its own.
func Wordings(text string, passages []Passage) (own []Passage, others []Wording) {
	ps := slices.Clone(passages)
	slices.SortStableFunc(ps, func(a, b Passage) int { return cmp.Compare(a.Source.N, b.Source.N) })
	key := sameWords(text)
	for _, p := range ps {
		k := sameWords(p.Text)
		if p.Text != "" && k == key {
			own = append(own, p)
			continue
		}
		i := slices.IndexFunc(others, func(w Wording) bool { return p.Text != "" && sameWords(w.Text) == k })
		if i < 0 {
			others = append(others, Wording{Text: p.Text})
			i = len(others) - 1
		}
		others[i].Passages = append(others[i].Passages, p)
	}
	return own, others
}

// sameWords is s reduced to what makes two wordings differ: its words,
// lower-cased, after the dateline that opens it, if any (the first
// sentence of a wire's copy is its lead's words). Punctuation goes, but for a point or comma inside a number
// ("5.5", "4,000"): a passage that takes in the quotation marks around a
// sentence, or a comma another leaves out, words it the same.
func sameWords(s string) string {
	r := []rune(s[outlets.DatelineEnd(s, false):])
	var sb strings.Builder
	for i, c := range r {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			sb.WriteRune(unicode.ToLower(c))
		case (c == '.' || c == ',') && i > 0 && i+1 < len(r) && unicode.IsDigit(r[i-1]) && unicode.IsDigit(r[i+1]):
			sb.WriteRune(c)
		default:
			sb.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}
