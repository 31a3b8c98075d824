package text

import "strings"

// EndsSentence reports whether line ends like a sentence or a clause: with
// ".", "!", "?", ":", ";" or "…", before any closing quotation marks and
// brackets ("He left.”", "(as planned.)"). A heading, a list item or a
// caption usually does not.
func EndsSentence(line string) bool {
	s := strings.TrimRight(line, ` "'”’»)`)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "…")
}
