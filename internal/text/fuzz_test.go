package text

import (
	"testing"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "A. B.", "Sen. X said. “Yes,” he said. U.S. N.M. Aug. 18.", "\n\n\n", "...!!!??", "“a\n\n”", "Dr.\u00a0X. Y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span [%d,%d) out of order or range (prev end %d, len %d)", sp.Start, sp.End, prev, len(s))
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[sp.Start:sp.End])) {
				t.Fatalf("span [%d,%d) splits a rune", sp.Start, sp.End)
			}
			prev = sp.End
		}
	})
}
