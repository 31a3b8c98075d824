package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// Some people a story calls by the first word of their name: a family
// name written first ("Kim Jong-un", then "Kim said ..."). A sentence
// that calls them so needs the full name before it as much as one that
// uses a surname ("Greer said") does.

// shortNames adds to full, under its first word, each full name in names
// (given times each by the sampled articles, most given first) written
// family name first (familyFirst, or its given name in two short words:
// familyBefore) that the articles call by that word alone more often than
// by its last and at least oftenGiven times. A given name used alone
// ("Alex's party" after "Alex Nash") is not read so: a company's name
// before its product's ("Kessco Ferries") looks the same.
func (st *story) shortNames(full map[string]string, names []string, given map[string]int) {
	var lone map[string]int
	for _, n := range names {
		if given[n] < oftenGiven {
			break
		}
		sn := surname(n)
		if full[sn] != n {
			continue
		}
		key := n
		if !familyFirst(n) {
			if key = st.familyBefore(n, given[n]); key == "" {
				continue
			}
		}
		first := key[:strings.IndexByte(key, ' ')]
		if titles[strings.ToLower(first)] {
			continue
		}
		if _, ok := full[first]; ok {
			continue
		}
		if lone == nil {
			lone = st.loneNames()
		}
		if lone[first] >= oftenGiven && lone[first] > lone[sn] {
			full[first] = key
		}
	}
}

// familyBefore is n, a full name of two short syllables ("Jong Un", as
// fullNames reads "Kim Jong Un"), with the family name the sampled
// articles write before it in most of its times uses ("Kim Jong Un"); ""
// when n is no such given name. A name of two words ("Kim Harland") is
// never read so, nor one of three its articles call by its last word
// ("Mary Ann Lee", then "Lee said": shortNames).
func (st *story) familyBefore(n string, times int) string {
	g, sn := n[:strings.IndexByte(n, ' ')], surname(n)
	if !syllable(g) || !syllable(sn) {
		return ""
	}
	before := map[string]int{}
	for _, a := range st.sample {
		fs := strings.Fields(a.Text)
		for i := 1; i+1 < len(fs); i++ {
			if fs[i] != g || !strings.HasPrefix(fs[i+1], sn) {
				continue
			}
			if _, base, _ := nameWord(fs[i+1]); base != sn {
				continue
			}
			if w, base, _ := nameWord(fs[i-1]); w == fs[i-1] && nameLike(base) && !notNames[strings.ToLower(base)] {
				before[base]++
			}
		}
	}
	for w, k := range before {
		if 2*k > times {
			return w + " " + n
		}
	}
	return ""
}

// titles are capitalised words before a name that are no part of it.
var titles = text.WordSet(`king queen prince princess pope sir lord lady dame judge justice general captain sheriff deputy detective officer sergeant chief governor mayor senator congressman congresswoman minister chancellor premier doctor professor coach saint uncle aunt father mother brother sister cardinal bishop ambassador commissioner inspector colonel major lieutenant admiral agent`)

// familyFirst reports a name written family name first, its given name
// joined by a hyphen to a syllable in lower case ("Kim Jong-un", "Tsai
// Ing-wen").
func familyFirst(n string) bool {
	g := n[strings.IndexByte(n, ' ')+1:]
	i := strings.IndexByte(g, '-')
	if i <= 0 || i+1 >= len(g) {
		return false
	}
	r, _ := firstRune(g[i+1:])
	return unicode.IsLower(r)
}

// syllableLetters bounds the letters of a syllable of a given name
// written family name first ("Jong", "Un").
const syllableLetters = 4

// syllable reports a word that may be one syllable of a given name
// written family name first: a capital, then at most syllableLetters
// letters in all, the rest in lower case.
func syllable(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 || len(w) > syllableLetters {
		return false
	}
	for _, c := range w[size:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// loneNames counts, for each capitalised word, the times the sampled
// articles use it alone inside a sentence: not where a sentence opens (any
// word is capitalised there), not after "the" (a title: "the Queen"), and
// not beside another capitalised word of a name.
func (st *story) loneNames() map[string]int {
	out := map[string]int{}
	for _, a := range st.sample {
		prevName, prevThe, opens := false, false, true
		fs := strings.Fields(a.Text)
		for i, fw := range fs {
			w, base, stops := nameWord(fw)
			isName := nameLike(base)
			if isName && !opens && !prevName && !prevThe {
				next := false
				if i+1 < len(fs) && !stops {
					n := strings.TrimFunc(fs[i+1], func(r rune) bool { return !unicode.IsLetter(r) })
					next = nameLike(n)
				}
				if !next {
					out[base]++
				}
			}
			prevName = isName && !stops
			prevThe = w == "the" || w == "The"
			opens = endsSentence(fw)
		}
	}
	return out
}

// nameWord is field f with the punctuation around it taken off (w) and
// then a possessive's "'s" (base); stops reports a name that does not run
// past f: a possessive ("Holm's") or punctuation after it ("Holm,") ends
// it.
func nameWord(f string) (w, base string, stops bool) {
	w = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	base = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w, base, base != w || f != "" && strings.ContainsAny(f[len(f)-1:], ",.;:!?)\"”")
}

// nameLike reports a word that may be a name's: a capital first, a letter
// in lower case last.
func nameLike(w string) bool {
	r, size := firstRune(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return len(w) >= 2 && size < len(w) && unicode.IsUpper(r) && unicode.IsLower(last)
}

// introducesName reports whether s introduces the person full calls sn:
// it gives a full name with surname sn, or, when sn is the first word of
// the name (shortNames), the name itself, however its given name is
// written ("Kim Jong Un" for "Kim Jong-un").
func introducesName(s, sn string, full map[string]string) bool {
	n, ok := full[sn]
	if !ok || surname(n) == sn {
		return introduces(s, sn)
	}
	return strings.Contains(text.LowerAlnum(s), text.LowerAlnum(n))
}

// shortKey reports whether sn is a key of full under the first word of its
// name (shortNames).
func shortKey(sn string, full map[string]string) bool {
	n, ok := full[sn]
	return ok && surname(n) != sn
}

// noteIntroduced marks in into the keys of full that s introduces: the
// surnames of the full names it gives, and the first words of names
// written so (shortNames) it gives in full.
func noteIntroduced(s string, full map[string]string, into map[string]bool) {
	for n := range fullNames(s) {
		into[surname(n)] = true
	}
	for _, w := range nameWords(s) {
		if w = strings.TrimSuffix(w, "\x00"); w != "" && shortKey(w, full) && introducesName(s, w, full) {
			into[w] = true
		}
	}
}

// opensName reports whether the name word ws[i] runs on into the next
// ("Kim" of "Kim Il-sung"): a longer name, no use of the word alone.
func opensName(ws []string, i int) bool {
	return i+1 < len(ws) && ws[i+1] != "" && !strings.HasSuffix(ws[i], "\x00")
}
