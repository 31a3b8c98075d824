package summary

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/text"
)

// signature is what tells one fact from another in a sentence: the figures
// it gives and the pairs of content words it says one after the other
// ("pledged to cut" gives "pledg cut").
type signature struct {
	text  string
	figs  map[string]bool
	pairs map[string]bool
	// plain are the distinct content words the wording writes in lower
	// case: what it says of an event, not the names it gives (plainShared)
	plain []string
	// ords are the ordinals it counts with ("fourth", "4th"), "first"
	// aside: the place of one in a count
	ords []string
}

// signature reads c's wording's signature, once for each wording.
func (c *candidate) signature() *signature {
	if c.sig != nil && c.sig.text == c.text {
		return c.sig
	}
	sig := &signature{text: c.text, figs: figures(c.text), pairs: map[string]bool{}}
	ws := claims.ContentWords(c.text)
	for i := 1; i < len(ws); i++ {
		sig.pairs[ws[i-1]+" "+ws[i]] = true
	}
	for _, w := range strings.Fields(c.text) {
		if w = strings.ToLower(strings.Trim(w, `"“”'‘’,.;:!?()`)); ordinals[w] != "" && !slices.Contains(sig.ords, ordinals[w]) {
			sig.ords = append(sig.ords, ordinals[w])
		}
	}
	seen := map[string]bool{}
	for _, w := range claims.ContentWords(lowerOnly(c.text)) {
		if !seen[w] {
			seen[w] = true
			sig.plain = append(sig.plain, w)
		}
	}
	c.sig = sig
	return sig
}

// number is a figure as written: digits with their thousands' commas and
// decimals; a fraction in words is the share it stands for.
var number = regexp.MustCompile(`(?i)\d[\d,]*(?:\.\d+)?|\b(?:half|halve|halved|halving|(?:a|one|two) thirds?|(?:a|one|three) quarters?)\b`)

// shares are the fractions in words, as the percentage figure they stand
// for ("in half" and "50%-52%" give one figure; "a third" and "33%"); a
// third or a quarter counts only after "a", "one", "two" or "three", not as
// an ordinal ("the third day").
var shares = map[string]string{"half": "50", "halve": "50", "halved": "50", "halving": "50",
	"third": "33", "thirds": "67", "quarter": "25", "quarters": "75"}

// figures are the figures s gives, a share in words as its percentage;
// a number that ends a name ("Kick-Ass 2", "Apollo 11") is the name's.
func figures(s string) map[string]bool {
	out := map[string]bool{}
	for _, at := range number.FindAllStringIndex(s, -1) {
		if inName(s[:at[0]]) {
			continue
		}
		m := strings.ToLower(s[at[0]:at[1]])
		if p, ok := shares[m[strings.LastIndexByte(m, ' ')+1:]]; ok {
			m = p
		}
		out[strings.ReplaceAll(m, ",", "")] = true
	}
	return out
}

// sameFact reports whether two sentences state one fact in other words:
// they give a figure alike ("in half", "50%") and say two content words
// one after the other alike ("pledged to cut" and "pledged to cut in
// half"). Sentences that share a phrase but no figure, or a figure but no
// phrase, may tell different facts.
func sameFact(a, b *signature) bool {
	fig := false
	for f := range a.figs {
		if b.figs[f] {
			fig = true
			break
		}
	}
	if !fig {
		return false
	}
	for p := range a.pairs {
		if b.pairs[p] {
			return true
		}
	}
	return false
}

// sharedFigures counts the figures a and b both give, years aside ("2016"
// dates two different facts alike).
func sharedFigures(a, b *signature) int {
	n := 0
	for f := range a.figs {
		if b.figs[f] && !year.MatchString(f) {
			n++
		}
	}
	return n
}

// sharedOrdinal reports whether a and b count with one ordinal alike.
func sharedOrdinal(a, b *signature) bool {
	for _, o := range a.ords {
		if slices.Contains(b.ords, o) {
			return true
		}
	}
	return false
}

// ordinals are the ordinals in words and in figures, each as its number;
// "first" is left out: "the first time", "first reported" count nothing.
var ordinals = map[string]string{"second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4",
	"fifth": "5", "5th": "5", "sixth": "6", "6th": "6", "seventh": "7", "7th": "7", "eighth": "8", "8th": "8",
	"ninth": "9", "9th": "9", "tenth": "10", "10th": "10"}

// year is a figure that reads as a year.
var year = regexp.MustCompile(`^(?:1[89]|20)\d\d$`)

// inName reports whether a figure after before ends a name: the word
// just before it, not the sentence's first, is written in capitals and is
// no month's ("June 24" is a date), an abbreviation's ("No. 2") or a word
// that leads a figure ("About 40").
func inName(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	w := strings.TrimRight(before, " ")
	k := strings.LastIndexByte(w, ' ')
	w = strings.TrimLeft(w[k+1:], `"“‘'(`)
	r, _ := firstRune(w)
	low := strings.ToLower(w)
	// the sentence's first word is in capitals whatever it is ("In 2019")
	return k >= 0 && unicode.IsUpper(r) && !strings.ContainsAny(w, ".,;:") && !monthNames[low] && !figureWords[low]
}

// figureWords stand before a figure in capitals at the head of a clause
// or in a heading's style, and end no name.
var figureWords = text.WordSet(`in on at by since about around nearly almost some only from until after before over under of for to with than all just more less top`)

// monthNames are the months written in full, and shortened without a stop.
var monthNames = text.WordSet(text.Months + " jan feb mar apr jun jul aug sep sept oct nov dec")
