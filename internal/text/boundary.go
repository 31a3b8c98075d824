package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBoundary decides whether the final mark p at s[i] ends the sentence
// that started at from, given that the next sentence would start at next.
func (r *rules) isBoundary(s string, from, i int, p rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(s[next:end])
	if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !isOpener(nr) && !isDash(nr) && !isBullet(nr) {
		return false
	}
	if p != '.' {
		return true
	}
	tokStart := tokenStart(s, from, i)
	tok := strings.TrimLeftFunc(s[tokStart:i], isOpener)
	if tok == "" {
		return true // a lone dot: the last of a spaced ellipsis ". . ."
	}
	nextWord := leadingWord(s[next:end])
	starts := r.starters[strings.ToLower(nextWord)]
	if tokStart == from && isMarker(tok) {
		return false // "1." or "a." opening a list item or heading
	}
	if isNumber(tok) && len(tok) <= 2 && isLabel(s, from, tokStart) {
		return false // "Step 1. Check the gauge."
	}
	if isNumber(tok) {
		if r.months[strings.ToLower(nextWord)] && len(tok) <= 2 {
			return false // a day before its month: "am 3. Mai"
		}
		if r.ordinals && len(tok) <= 3 && nextWord != "" && !starts {
			return false // "der 3. Platz"
		}
		return true
	}
	if strings.ContainsAny(tok, "°º") || isAddress(tok, r) {
		return true // "20 °C.", "www.example.org.", "a@b.org.", "notes.pdf."
	}
	w := trailingWord(tok)
	if w == "" {
		return true
	}
	lw := strings.ToLower(w)
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case r.titles[lw] && (unicode.IsUpper(first) || len(lw) >= 3):
		return false
	case r.numbered[lw] && unicode.IsDigit(nr):
		return false
	case utf8.RuneCountInString(w) == 1 && unicode.IsLower(first):
		// One part of "z. B.", "p. ej.", "u. a.": the last part ends a
		// sentence only before a starter.
		return starts && dottedBefore(s, from, tokStart)
	case utf8.RuneCountInString(w) == 1:
		// An initial ("Jonas P. Whitcombe") rarely ends a sentence; the
		// pronoun after a lower-case word does ("than I.").
		if r.pronounI && w == "I" && lowerBefore(s, from, tokStart) {
			return true
		}
		return starts
	case lw == "a.m" || lw == "p.m":
		// A clock time ends a sentence unless a day or a time zone follows.
		return !timeWords[strings.ToLower(nextWord)]
	case strings.Contains(w, "."):
		return starts // U.S., Ph.D.
	case r.weak[lw]:
		return !unicode.IsDigit(nr) && starts
	}
	return true
}

// timeWords follow a clock time inside a sentence ("9 a.m. Tuesday").
var timeWords = WordSet("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun " +
	"est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest")

// isLabel reports whether the sentence from from to tokStart is one
// capitalised word, so a number after it is a label ("Step 1.", "Phase 2.").
func isLabel(s string, from, tokStart int) bool {
	w := strings.TrimSpace(s[from:tokStart])
	if w == "" || strings.ContainsAny(w, " \t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && trailingWord(w) == w
}

func isDash(r rune) bool { return r == '—' || r == '–' || r == '-' }

// tokenStart returns where the run of non-space runes ending at i starts,
// not before from.
func tokenStart(s string, from, i int) int {
	for i > from {
		r, size := utf8.DecodeLastRuneInString(s[from:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	return i
}

// isNumber reports whether tok is digits, maybe with inner dots or commas
// ("12", "1.000", "3,5").
func isNumber(tok string) bool {
	last := len(tok) - 1
	for k := 0; k <= last; k++ {
		c := tok[k]
		if c >= '0' && c <= '9' || (c == '.' || c == ',') && k > 0 && k < last {
			continue
		}
		return false
	}
	return true
}

// isAddress reports whether tok, the text before a final dot, is a web
// address, an e-mail address or a file name rather than an abbreviation:
// one of its dotted parts is three characters or longer ("example.org",
// "notes.pdf"), unless the first is a title ("Sig.ra", "Dott.ssa").
func isAddress(tok string, r *rules) bool {
	if strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.Contains(tok, "/") && strings.Contains(tok, ".") {
		return true
	}
	if !strings.Contains(tok, ".") {
		return false
	}
	parts := strings.Split(strings.Trim(tok, "."), ".")
	if len(parts) < 2 || r.titles[strings.ToLower(parts[0])] {
		return false
	}
	for _, p := range parts {
		if len(p) >= 3 {
			return true
		}
	}
	return false
}

// dottedBefore reports whether the token before the one at tokStart is a
// short dotted part ("z." before "B."), so tokStart ends a dotted chain.
func dottedBefore(s string, from, tokStart int) bool {
	end := tokStart
	for end > from && (s[end-1] == ' ') {
		end--
	}
	if end <= from || s[end-1] != '.' {
		return false
	}
	w := trailingWord(s[tokenStart(s, from, end):end])
	return w != "" && utf8.RuneCountInString(w) <= 2
}

// lowerBefore reports whether the word before tokStart ends in a
// lower-case letter.
func lowerBefore(s string, from, tokStart int) bool {
	end := tokStart
	for end > from && s[end-1] == ' ' {
		end--
	}
	if end <= from {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[from:end])
	return unicode.IsLower(r)
}

// trailingWord is the run of letters and inner dots at the end of s.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.Trim(s[i:], ".")
}

// leadingWord is the first word of s after any opening marks.
func leadingWord(s string) string {
	s = strings.TrimLeftFunc(s, isOpener)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}
