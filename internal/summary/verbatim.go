package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// verbatim reports where text holds sentence s word for word: the same
// characters, a run of white space (a line break, a no-break space) in
// text standing for the single space of s, and nothing else told apart
// from nothing: a straight and a curly quotation mark or apostrophe are
// different characters, so an article that spells "Vells’" as
// "Vells'" does not hold the sentence. The match starts and ends at a
// word's edge. ok is false when text does not hold s.
func verbatim(text, s string) (start, end int, ok bool) {
	words := strings.Fields(s)
	if len(words) == 0 {
		return 0, 0, false
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], words[0])
		if i < 0 {
			return 0, 0, false
		}
		start = from + i
		from = start + 1
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && isWordRune(r) && isWordRune(firstOf(words[0])) {
			continue
		}
		if end, ok := matchRest(text, start+len(words[0]), words[1:]); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// matchRest matches words at text[at:], each after a run of white space,
// and returns where the last ends, when that is a word's edge.
func matchRest(text string, at int, words []string) (int, bool) {
	for _, w := range words {
		sp := at
		for sp < len(text) {
			r, n := utf8.DecodeRuneInString(text[sp:])
			if !unicode.IsSpace(r) {
				break
			}
			sp += n
		}
		if sp == at || !strings.HasPrefix(text[sp:], w) {
			return 0, false
		}
		at = sp + len(w)
	}
	last, _ := utf8.DecodeLastRuneInString(text[:at])
	if r, _ := utf8.DecodeRuneInString(text[at:]); at < len(text) && isWordRune(r) && isWordRune(last) {
		return 0, false
	}
	return at, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstOf(w string) rune { r, _ := utf8.DecodeRuneInString(w); return r }

// clashes reports whether the passage sp, aligned with sentence s (clash
// is claims.Clasher of s, both read without their questions: unasked), cannot be true together with it (another day, a
// denial), or its article says someone other than a person s names did it
// ("..., not Kushner, ..."): it is no support.
func (st *story) clashes(s string, clash func(string) bool, sp corroborate.ClaimSupport) bool {
	a := st.arts[sp.Article]
	if a == nil || clash(a.Text[sp.Start:sp.End]) || claims.CountsClash(s, a.Text[sp.Start:sp.End]) { // or a count against s's ("127 people" / "at least 128 people")
		return true
	}
	for _, x := range a.Sentences {
		if x.Start >= 0 && x.End <= len(a.Text) && x.Start < x.End && claims.Disowns(s, a.Text[x.Start:x.End]) {
			return true
		}
	}
	return false
}

// cite turns a chosen candidate into a summary sentence: Cites are the
// articles whose text holds the sentence verbatim (verbatim), the
// supporting ones first in the order of their support, with where each
// holds it; SupportedBy are the other articles that state the same claim
// in other words, with their passages, save those whose passage clashes
// with the sentence (claims.Clash). Both count as the claim's support
// when it is weighed.
func (st *story) cite(c *candidate, order []string) corroborate.SummarySentence {
	s := corroborate.SummarySentence{Text: c.text, Cites: []string{}, Spans: []corroborate.ClaimSupport{}}
	held := map[string]bool{}
	add := func(id string) bool {
		a := st.arts[id]
		if a == nil || held[id] {
			return held[id]
		}
		if start, end, ok := verbatim(a.Text, c.text); ok {
			held[id] = true
			s.Cites = append(s.Cites, id)
			s.Spans = append(s.Spans, corroborate.ClaimSupport{Article: id, Start: start, End: end})
			return true
		}
		return false
	}
	clash := func(p string) bool { return c.clasher()(unasked(p)) }
	for i, id := range c.cites {
		if !add(id) && !st.clashes(c.text, clash, c.spans[i]) {
			s.SupportedBy = append(s.SupportedBy, c.spans[i])
		}
	}
	for _, id := range order {
		add(id)
	}
	return s
}
