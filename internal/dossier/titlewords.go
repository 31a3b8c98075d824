package dossier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// stem5 is a word's first five letters, a stem for comparing headlines
// with sentences.
func stem5(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

// eachKeyWord calls f with each word of s that can tell a story: of three
// letters or more, not a function word, folded to lower case. A word
// written twice comes twice.
func eachKeyWord(s string, f func(string)) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		upper := false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r) {
				break
			}
			upper = upper || unicode.IsUpper(r)
			j += n
		}
		w := strings.Trim(s[i:j], "-")
		if upper {
			w = strings.ToLower(w)
		}
		if len(w) >= 3 && !titleStop[w] {
			f(w)
		}
		i = j
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	i, words := 0, 0
	for words < n {
		j := strings.IndexAny(s[i:], " \n")
		if j < 0 {
			return s
		}
		i += j + 1
		words++
	}
	return s[:i]
}

// titleStop are function words and the words every report uses.
var titleStop = text.WordSet("the and but for nor yet with from into onto over under after before than then that this these those there here its are was were been being has have had does did will would can could should may might must shall not who whom whose which what when where why how all any some more most also just only very such said says say one other because while during between against through both each few many much own same too again further once now new like told his her their our your him them they she you about who")
