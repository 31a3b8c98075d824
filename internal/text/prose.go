package text

import (
	"unicode"
	"unicode/utf8"
)

// EndsSentence reports whether line ends like a sentence or a clause: with
// ".", "!", "?", ":", ";" or "…", before any closing quotation marks,
// brackets and spaces ("He left.”", "(as planned.)"). A heading, a list
// item or a caption usually does not.
func EndsSentence(line string) bool {
	// From the end, byte by byte while the text is ASCII: this runs on
	// every line of every article.
	for s := line; s != ""; {
		switch s[len(s)-1] {
		case '.', '!', '?', ':', ';':
			return true
		case ' ', '"', '\'', ')':
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '”', '’', '»':
			s = s[:len(s)-n]
		case '…':
			return true
		default:
			return false
		}
	}
	return false
}

// StartsUpper reports whether s opens with an upper-case letter ("Calder",
// "USA", "Ébène"); see capitalised for a word written in title case.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
