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

// reTrailingLabelCredit matches a picture's credit under its label closing
// a line after a sentence (creditLabel); its group is the credit.
var reTrailingLabelCredit = regexp.MustCompile(`[.!?”"]\s+((?:Photo|Picture|Image|Photograph|Credit|Photo credit):\s*` + creditNames + `)$`)

// reSentenceBreak matches the end of a sentence with another after it.
var reSentenceBreak = regexp.MustCompile(`[.!?]["”’)]?\s+["“‘(]?\p{Lu}`)

const (
	// maxLabelCaption is the most words a caption of one sentence closed
	// by its credit under a label has before the credit.
	maxLabelCaption = 25
	// shortLabelCaption is the most words a caption of more than one
	// sentence closed the same way has: a question or a title and who the
	// picture shows ("Dead or alive? Islamic State leader …").
	shortLabelCaption = 15
)

// labelCreditAt is where a picture's credit under its label starts at the
// end of a paragraph of the article, glued to it when the page was
// flattened ("… at the town hall on Pier Street. Photo: Calder Harbor
// Board"), -1 when the line closes with no such credit or is a caption:
// one sentence of up to maxLabelCaption words before the credit, or more
// sentences of up to shortLabelCaption words, which the chrome rules
// remove whole (creditLabel).
func labelCreditAt(s string) int {
	c := strings.LastIndexByte(s, ':')
	if c < 0 {
		return -1
	}
	from := max(0, c-16) // the label, its space and the stop before it
	m := reTrailingLabelCredit.FindStringSubmatchIndex(s[from:])
	if m == nil {
		return -1
	}
	at := from + m[2]
	head := strings.TrimSpace(s[:at])
	if n := wordCount(head); n <= shortLabelCaption || n <= maxLabelCaption && !reSentenceBreak.MatchString(head) {
		return -1
	}
	return at
}

// splitLabelCredits cuts a picture's credit under its label off the
// paragraph it closes (labelCreditAt), as a line of chrome of its own; the
// paragraph's sentences stay, as they do before the page's pictures
// credited together (splitSynopsisCredit). Lines are copied only when one
// is cut.
func splitLabelCredits(lines []line) []line {
	return cutLines(lines, labelCreditAt, "", "credit line")
}
