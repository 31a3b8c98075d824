package text

import "strings"

// WordSet returns the set of the words in words, separated by white space:
// how the stages write their word lists ("not never no without").
func WordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
