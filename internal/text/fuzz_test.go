package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSentences checks the splitter's contract for any text and language:
// spans in order, within the text, on rune boundaries, and nothing but white
// space between them (no text lost).
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "A. B.", "Sen. X said. “Yes,” he said. U.S. N.M. Aug. 18.", "\n\n\n", "...!!!??", "“a\n\n”", "Dr.\u00a0X. Y",
		"1. Close the bridge 2. Reroute", "am 3. Mai. „Ja.“ Dann", "« Non. » Puis", "a . . . . B", "dawn.The end", "(i) a (ii) b", "was a cold \nnight"} {
		for _, lang := range []string{"", "en", "de", "es"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		prev := 0
		for _, sp := range SentencesIn(s, lang) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span [%d,%d) out of order or range (prev end %d, len %d)", sp.Start, sp.End, prev, len(s))
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[sp.Start:sp.End])) {
				t.Fatalf("span [%d,%d) splits a rune", sp.Start, sp.End)
			}
			if gap := s[prev:sp.Start]; utf8.ValidString(gap) && strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Fatalf("text lost before span [%d,%d): %q", sp.Start, sp.End, gap)
			}
			prev = sp.End
		}
		if gap := s[prev:]; utf8.ValidString(gap) && strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("text lost at the end: %q", gap)
		}
	})
}
