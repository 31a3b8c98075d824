package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldMarks is s without its combining marks: "Núñez" is "Nunez", "Moïse"
// is "Moise", so two spellings of one name compare equal.
func FoldMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
