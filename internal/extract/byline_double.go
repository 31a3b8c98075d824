package extract

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// doubledWords are the words a page prints twice around a byline: the
// lead ("By By Ana Ros", "By: By Ana Ros", "Written by by Ana Ros") and
// the joiners of a list of names ("Ana Ros and and Li Wei"), in the
// languages bylines come in.
var doubledWords = text.WordSet("by and & par por von di de door av et und y e")

// undoubled reads a byline a page printed with words said twice: the
// label over a byline that has it already ("By By Ana Ros", "By: By Ana
// Ros"), a joiner said twice ("Ana Ros and and Li Wei"), or the whole
// name said again, with its lead or without ("By Ana Ros By Ana Ros", "Ana
// Ros Ana Ros"). One copy stays: of a doubled lead, the last, whose form
// the byline reader knows ("By" rather than "By:"). A name whose one word
// repeats ("Duran Duran") is a name, and any other line is returned as it
// is.
func undoubled(s string) string {
	if !repeatsWord(s) {
		return s // most lines: no word said twice, nothing to read
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return s
	}
	out := make([]string, 0, len(words))
	changed := false
	for i, w := range words {
		if i > 0 && doubledWords[bylineWord(w)] && bylineWord(w) == bylineWord(words[i-1]) {
			out[len(out)-1] = w
			changed = true
			continue
		}
		out = append(out, w)
	}
	lead := 0
	if doubledWords[bylineWord(out[0])] && bylineWord(out[0]) != "de" && bylineWord(out[0]) != "e" {
		lead = 1 // "By", "Por": the label, not the name
	}
	if name := out[lead:]; len(name) >= 4 {
		k := len(name) / 2
		switch {
		case len(name)%2 == 0 && sameWords(name[:k], name[k:]):
			out, changed = append(out[:lead:lead], name[:k]...), true
		case len(name)%2 == 1 && lead == 1 && bylineWord(name[k]) == bylineWord(out[0]) && sameWords(name[:k], name[k+1:]):
			out, changed = append(out[:lead:lead], name[:k]...), true
		}
	}
	if !changed {
		return s
	}
	return strings.TrimRight(strings.Join(out, " "), " ,;:")
}

// bylineWord is a byline's word as the doubling test compares it: in lower
// case, without the colon or comma that may follow it ("By:").
func bylineWord(w string) string {
	return strings.ToLower(strings.TrimRight(w, ":,"))
}

// sameWords reports two runs of the same words, case aside.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if bylineWord(a[i]) != bylineWord(b[i]) {
			return false
		}
	}
	return true
}

// repeatsWord reports a line that may be a byline said twice (undoubled):
// two words in a row the same, or its first word after a lead word
// ("By") said again further on, case and a closing colon or comma aside,
// among its first 32 words. It allocates nothing: most lines read for a
// byline say nothing twice.
func repeatsWord(s string) bool {
	var w [32]string
	n := 0
	for i := 0; i < len(s) && n < len(w); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if j > i {
			w[n] = strings.TrimRight(s[i:j], ":,")
			n++
		}
		i = j
	}
	first := 0
	for d := range doubledWords {
		if n > 0 && strings.EqualFold(w[0], d) {
			first = 1
		}
	}
	for a := 1; a < n; a++ {
		if strings.EqualFold(w[a], w[a-1]) || a > first && first < n && strings.EqualFold(w[a], w[first]) {
			return true
		}
	}
	return false
}
