package view

// NoConflicts is the sentence every surface shows when the articles of a
// story of more than one article contradict each other nowhere; claims and
// quotes say which of the two stages have run.
func NoConflicts(claims, quotes bool) string {
	what := "facts and quotations"
	switch {
	case !claims:
		what = "quotations (facts not computed yet)"
	case !quotes:
		what = "facts (quotations not computed yet)"
	}
	return "The articles do not contradict each other on " + what + "."
}
