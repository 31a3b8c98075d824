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

// Months and Weekdays are the English names of the months and the days of
// the week, lower case, for word lists that leave calendar words out.
const (
	Months   = "january february march april may june july august september october november december"
	Weekdays = "monday tuesday wednesday thursday friday saturday sunday"
)
