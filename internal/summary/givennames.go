package summary

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// The full names the articles give, told from a capitalised word before a
// company's name where a sentence opens ("Senior Kessco staff",
// "Ultimately Kessco was blocked"), which names no person.

// nameAtStart reports whether full name n, met where a sentence opens, is
// a person's name: the sampled articles give it inside a sentence too; or
// its last word opens no other name they give, as a company's does
// ("Senior Kessco executives" when they write "Kessco Group"), and its
// first word is none they write in lower case ("Nelitza Gutierrez, the
// housekeeper, said ..." but not "Whatever Kessco plans", when "whatever"
// is written too).
func (st *story) nameAtStart(n string) bool {
	g := st.namesGiven()
	if g.inside[n] {
		return true
	}
	if g.firsts[surname(n)] {
		return false
	}
	first := strings.ToLower(n[:strings.IndexByte(n, ' ')])
	lower, ok := g.lower[first]
	if !ok {
		for _, a := range st.sample {
			if lower = strings.Contains(a.Text, " "+first+" ") || strings.Contains(a.Text, " "+first+","); lower {
				break
			}
		}
		g.lower[first] = lower
	}
	return !lower
}

// given counts the full names the sampled articles give (fullNames), and
// marks those given at least once inside a sentence rather than at its
// start, where any word is capitalised ("Whatever Kessco does ...").
type given struct {
	times  map[string]int
	inside map[string]bool
	firsts map[string]bool // the first words of the names
	lower  map[string]bool // a word -> whether the sample writes it in lower case, read when asked
}

// namesGiven is the names the sampled articles give, read once.
func (st *story) namesGiven() *given {
	if st.given != nil {
		return st.given
	}
	g := &given{times: map[string]int{}, inside: map[string]bool{}, firsts: map[string]bool{}, lower: map[string]bool{}}
	for _, a := range st.sample {
		namesIn(a.Text, func(n string, opens bool) bool {
			if g.times[n]++; g.times[n] == 1 {
				g.firsts[n[:strings.IndexByte(n, ' ')]] = true
			}
			if !opens {
				g.inside[n] = true
			}
			return true
		})
	}
	st.given = g
	return g
}

// sentenceAdverb reports a capitalised adverb that opens a sentence
// ("Ultimately Kessco was blocked", "Apparently Holm is ..."): no first
// name, though it stands before one.
func sentenceAdverb(w string) bool {
	for _, suf := range adverbEnds {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adverbEnds end adverbs and no common first name ("Emily", "Kelly" and
// "Beverly" end otherwise).
var adverbEnds = []string{"ally", "ately", "ently", "antly", "edly", "ously", "ively", "ingly", "fully"}

// endsSentence reports whether word fw ends a sentence: its last mark
// before closing quotation marks is a full stop, a question or an
// exclamation mark, and it is no short title or initial ("Mr.", "Gen.",
// "F.").
func endsSentence(fw string) bool {
	w := strings.TrimRight(fw, `"”’')`)
	if w == "" || !strings.ContainsAny(w[len(w)-1:], ".!?") {
		return false
	}
	if r, _ := firstRune(w); w[len(w)-1] == '.' && unicode.IsUpper(r) && text.Abbreviation(w) {
		return false
	}
	return true
}
