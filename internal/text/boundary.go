package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBoundary decides whether the final marks s[i:j], p the first, end the
// sentence that started at from, given that the next sentence would start
// at next.
func (r *rules) isBoundary(s string, from, i, j int, p rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(s[next:end])
	if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !isOpener(nr) && !isDash(nr) && !isBullet(nr) {
		return false
	}
	run := s[i:j]
	if p != '.' || strings.ContainsAny(run, "!?") || strings.Count(run, ".") == 2 && !strings.Contains(run, "…") {
		return true // "?", "!", "Ud.?", or an abbreviation's dot and a full stop: "nov.."
	}
	return r.dotEnds(s, from, i, next, end)
}

// dotEnds decides whether the dot at s[i], followed by a capital, a digit
// or an opening mark at next, ends the sentence that started at from.
func (r *rules) dotEnds(s string, from, i, next, end int) bool {
	tokStart := tokenStart(s, from, i)
	raw := s[tokStart:i]
	tok := strings.TrimLeftFunc(raw, isLead)
	switch {
	case raw == "":
		return spacedDots(s, from, i) != 3 // ". . ." leaves words out, ". . . ." ends
	case tok == "" && strings.ContainsAny(raw, "[("):
		return false // "[...]" leaves words out
	case tok == "":
		return true
	}
	nextWord := leadingWord(s[next:end])
	starts := has(r.starters, nextWord)
	atStart := strings.TrimLeftFunc(s[from:tokStart], func(c rune) bool { return isLead(c) || unicode.IsSpace(c) }) == ""
	nr, _ := utf8.DecodeRuneInString(s[next:end])
	switch {
	case atStart && isMarker(tok):
		return false // "1." or "a." opening a list item or heading
	case isNumber(tok) && len(tok) <= 2 && isLabel(s, from, tokStart):
		return false // "Step 1. Check the gauge."
	case isNumber(tok):
		if len(tok) <= 2 && has(r.months, nextWord) {
			return false // a day before its month: "am 3. Mai"
		}
		// "der 3. Platz"
		return !(r.ordinals && len(tok) <= 3 && nextWord != "" && !starts)
	case strings.HasSuffix(tok, "°") || strings.HasSuffix(tok, "º"):
		// "N°. 5" numbers; "20°." is a temperature.
		c, _ := utf8.DecodeLastRuneInString(strings.TrimRight(tok, "°º"))
		return unicode.IsDigit(c) || !unicode.IsDigit(nr)
	case strings.ContainsAny(tok, "°º") || isAddress(tok, r):
		return true // "20 °C.", "www.example.org.", "a@b.org.", "notes.pdf."
	case tok[0] >= '0' && tok[0] <= '9' && isUnit(tok):
		return true // "21h.", "5km."
	}
	if r.ordinals && roman(tok) > 0 && len(tok) > 1 && nextWord != "" && !starts {
		return false // "das III. Reich", "Friedrich II. Preußen"
	}
	w := trailingWord(tok)
	if w == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case has(r.titles, w):
		return false
	case unicode.IsDigit(nr) && has(r.numbered, w):
		return false
	case len(w) < len(tok) && !strings.ContainsAny(tok[:len(tok)-len(w)], ".-"):
		return true // "1990’s.", "don't." : a word, not a lone letter
	case utf8.RuneCountInString(w) == 1 && unicode.IsLower(first):
		// One part of "z. B.", "p. ej.", "u. a.": the last part ends a
		// sentence only before a starter. A unit after a number ("17 h.")
		// and the clock's "p. m." end one as "p.m." does.
		prev := prevToken(s, from, tokStart)
		switch {
		case isNumber(prev) && strings.Contains("hmglt", w):
			return true // a unit; "206 a. C." and "12 v. Chr." are eras
		case w == "m" && (prev == "a." || prev == "p."):
			return len(strings.Fields(s[from:tokStart])) > 3
		}
		return starts && dottedBefore(s, from, tokStart)
	case utf8.RuneCountInString(w) == 1:
		// An initial ("Jonas P. Whitcombe") rarely ends a sentence; the
		// pronoun after a lower-case word does ("than I.").
		if r.pronounI && w == "I" && lowerBefore(s, from, tokStart) {
			return true
		}
		return starts
	case strings.EqualFold(w, "a.m") || strings.EqualFold(w, "p.m"):
		// A clock time ends a sentence unless a day or a time zone follows
		// or it opens the sentence ("At 6 a.m. Mr. Ives left.").
		return !has(timeWords, nextWord) && len(strings.Fields(s[from:tokStart])) > 2
	case strings.Contains(w, "."):
		return starts // U.S., Ph.D.
	case has(enders, w):
		return true
	case has(r.weak, w) || r.compounds && strings.HasSuffix(w, "str"):
		return !unicode.IsDigit(nr) && starts
	}
	return true
}

// isLead reports whether r may stand before a sentence's first word: an
// opening mark, a bullet or a dash.
func isLead(r rune) bool { return isOpener(r) || isBullet(r) || isDash(r) }

// enders close a list and so often a sentence: before a capital they end
// it ("…, cones, etc. The rest").
var enders = WordSet("etc ecc usw")

// timeWords follow a clock time inside a sentence ("9 a.m. Tuesday").
var timeWords = WordSet("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun " +
	"est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest eastern central mountain pacific local")

func isDash(r rune) bool { return r == '—' || r == '–' || r == '-' }

// runOn reports whether the dot s[i:j], with no space after it, ends a
// sentence run into the next by a lost space: "the dawn.The bridge",
// "1,000.That". The word before is a plain word or number, not a title
// ("Mr.Smith"), and the word after is capitalised and not followed by
// another dot (a file or host name: "site.Example.org").
func (r *rules) runOn(s string, from, i, j, end int) bool {
	if j-i != 1 || j >= end {
		return false
	}
	if !r.wordEndsSentence(s, from, i, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || c == ',' }) {
		return false
	}
	k := j
	for k < end {
		c, size := utf8.DecodeRuneInString(s[k:end])
		if !isOpener(c) {
			break
		}
		k += size
	}
	w := leadingWord(s[k:end])
	if !capitalised(w) {
		return false
	}
	after := k + len(w)
	return after >= end || s[after] != '.' || after+1 >= end || s[after+1] == ' '
}
