package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// LowerAlnum is s lower-cased with all but its letters and digits taken out,
// so that quotation marks, apostrophes, punctuation and spacing do not tell
// two tellings of the same words apart ("Don’t go," → "dontgo").
func LowerAlnum(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// ASCII by byte (most text is), the rest by rune as range reads it
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
