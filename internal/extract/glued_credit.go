package extract

import (
	"regexp"
	"strings"
)

// reCreditLabel matches a picture credit's label opening a line ("Photo:
// ", "Image: ").
var reCreditLabel = regexp.MustCompile(`^(?:Photo|Image|Picture|Photograph)s?:\s*`)

// minGluedCredit is the fewest bytes of a credit's word before the
// quotation run into it.
const minGluedCredit = 4

// gluedCreditAt is where the quotation starts in a line that opens with a
// picture's credit run into it, its space lost ("Photo: Calderpics“We
// sail at dawn,” she said."): the credit is the label and the first word
// up to the opening quotation mark, four letters in at least. It is -1
// when the line opens with no credit, or with one that keeps its space,
// or when fewer than four words follow: then the line is the credit's, or
// a caption's, as it is. A sentence glued to the credit without a mark
// between ("Photo: CalderpicsMarsh insisted") is left whole: cutting the
// word in two would write words the page does not have.
func gluedCreditAt(s string) int {
	if !strings.HasPrefix(s, "Photo") && !strings.HasPrefix(s, "Image") && !strings.HasPrefix(s, "Picture") {
		return -1
	}
	loc := reCreditLabel.FindStringIndex(s)
	if loc == nil {
		return -1
	}
	word := s[loc[1]:]
	if sp := strings.IndexAny(word, " \t"); sp >= 0 {
		word = word[:sp]
	}
	at := strings.IndexAny(word, "“\"")
	if at < minGluedCredit {
		return -1
	}
	if len(strings.Fields(s[loc[1]+at:])) < 4 {
		return -1
	}
	return loc[1] + at
}

// splitGluedCredits cuts a picture's credit run into the sentence after
// it (gluedCreditAt) off its line, as a line of its own that the chrome
// rules read as a credit; the sentence stays. Lines are copied only when
// one is cut.
func splitGluedCredits(lines []line) []line {
	return cutLines(lines, gluedCreditAt, "photo credit", "")
}
