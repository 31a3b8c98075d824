package claims

import "testing"

// TestKeptPromiseIsDeed checks that a noun "promise" before "to" ("kept
// his promise to resign") leads no plan: the sentence tells the deed,
// while the verb ("promised to resign") still tells a plan, no claim of
// the deed.
func TestKeptPromiseIsDeed(t *testing.T) {
	checkAligned(t, []alignCase{
		{"kept his promise to resign / resigned",
			"Ivo Marsh kept his promise to resign from the Calder harbor board on Monday.",
			"Ivo Marsh resigned from the Calder harbor board on Monday.",
			true},
		{"promised to resign / resigned",
			"Ivo Marsh promised to resign from the Calder harbor board on Monday.",
			"Ivo Marsh resigned from the Calder harbor board on Monday.",
			false},
	})
}
