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

// isUnit reports whether tok is a number with a unit written on: "21h",
// "5km", "3,5kg".
func isUnit(tok string) bool {
	k := strings.IndexFunc(tok, unicode.IsLetter)
	return k > 0 && isNumber(tok[:k]) && trailingWord(tok[k:]) == tok[k:] && !strings.Contains(tok[k:], ".")
}

// spacedDots counts the dots of a spaced ellipsis ending at the dot s[i],
// one written on the word before included ("end. . . ." is four).
func spacedDots(s string, from, i int) int {
	n := 1
	for i-2 >= from && s[i-1] == ' ' && s[i-2] == '.' {
		n++
		i -= 2
	}
	return n
}

// enders close a list and so often a sentence: before a capital they end
// it ("…, cones, etc. The rest").
var enders = WordSet("etc ecc usw")

// timeWords follow a clock time inside a sentence ("9 a.m. Tuesday").
var timeWords = WordSet("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun " +
	"est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest eastern central mountain pacific local")

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
	tok = strings.Trim(tok, ".")
	dot := strings.IndexByte(tok, '.')
	if dot < 0 || has(r.titles, tok[:dot]) {
		return false
	}
	for tok != "" {
		part, rest, _ := strings.Cut(tok, ".")
		if len(part) >= 3 {
			return true
		}
		tok = rest
	}
	return false
}

// prevToken is the run of non-space runes before the one at tokStart,
// "" when there is none after from.
func prevToken(s string, from, tokStart int) string {
	end := tokStart
	for end > from && s[end-1] == ' ' {
		end--
	}
	return s[tokenStart(s, from, end):end]
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

// runOn reports whether the dot s[i:j], with no space after it, ends a
// sentence run into the next by a lost space: "the dawn.The bridge",
// "1,000.That". The word before is a plain word or number, not a title
// ("Mr.Smith"), and the word after is capitalised and not followed by
// another dot (a file or host name: "site.Example.org").
func (r *rules) runOn(s string, from, i, j, end int) bool {
	if j-i != 1 || j >= end {
		return false
	}
	tok := s[tokenStart(s, from, i):i]
	if utf8.RuneCountInString(tok) < 2 || has(r.titles, tok) || has(r.weak, tok) {
		return false
	}
	for _, c := range tok {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != ',' {
			return false
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(tok); unicode.IsUpper(last) {
		return false
	}
	w := leadingWord(s[j:end])
	c, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(c) || len(w) == size || !unicode.IsLower([]rune(w[size:])[0]) {
		return false
	}
	after := j + len(w)
	return after >= end || s[after] != '.' || after+1 >= end || s[after+1] == ' '
}

// has reports whether the lower-case form of w is in m, without
// allocating for words of ordinary length.
func has(m map[string]bool, w string) bool {
	var buf [64]byte
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n == len(buf) {
				return m[strings.ToLower(w)]
			}
			buf[n] = c
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		lr := unicode.ToLower(r)
		if n+utf8.RuneLen(lr) > len(buf) {
			return m[strings.ToLower(w)]
		}
		n += utf8.EncodeRune(buf[n:], lr)
		i += size
	}
	return m[string(buf[:n])]
}
