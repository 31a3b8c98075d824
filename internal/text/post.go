package text

import "regexp"

// rePostHandle is an embedded social post's author handle in brackets,
// "(@harborwatch)".
var rePostHandle = regexp.MustCompile(`\(@\w{1,30}\)`)

// PostSignoff reports whether s holds the sign-off of an embedded social
// post: its author's handle in brackets, as in "— Harbor Watch
// (@harborwatch) May 2, 2019". Such a line is quoted material, and its date
// is the post's, not the article's.
func PostSignoff(s string) bool { return rePostHandle.MatchString(s) }
