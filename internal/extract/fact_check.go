package extract

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A fact-check page opens with the claim it checks and its rating, each on
// a line of its own ("Claim: A sea serpent swims in Calder harbor.", then
// "FALSE"), and heads the paragraph that tells where the claim came from
// with a label ("Origins: On 3 March the satire site … published …").
//
// The claim's label stays: the sentence after it is what the page rates,
// not what it says, and without "Claim:" it would read as the page's own
// statement (the rating, which follows on a line of its own, says the
// opposite). The rating stays too. The origins label is the page's
// furniture: the sentence after it is the page's own account, so the label
// is cut off and listed, and the sentence stays.

// factCheckKind is the kind of a fact-check page's section label cut off
// its paragraph.
const factCheckKind = "fact-check label"

// factCheckRatings are the ratings fact-check sites give a claim, in lower
// case.
var factCheckRatings = text.WordSet("true false mixture undetermined unproven unfounded miscaptioned " +
	"misattributed outdated legend scam satire fake real")

// factCheckRating reports a line that is a fact-check's rating alone
// ("FALSE", "Mostly true", "Rating: False", "Correct attribution").
func factCheckRating(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, ".!"))
	for _, label := range []string{"rating:", "verdict:", "status:"} {
		if rest, ok := strings.CutPrefix(s, label); ok {
			s = strings.TrimSpace(rest)
		}
	}
	switch s {
	case "mostly true", "mostly false", "partly true", "partly false", "half true", "pants on fire",
		"correct attribution", "labeled satire", "research in progress", "probably true", "probably false":
		return true
	}
	return factCheckRatings[s]
}

// factCheckHead reports a text that opens as a fact-check page does: a
// line of its first three that gives the claim under its label ("Claim:
// …"), with its rating on the next line (factCheckRating).
func factCheckHead(lines []line) bool {
	for i := 0; i+1 < len(lines) && i < 3; i++ {
		if rest, ok := strings.CutPrefix(lines[i].text, "Claim:"); ok && strings.TrimSpace(rest) != "" && factCheckRating(lines[i+1].text) {
			return true
		}
	}
	return false
}

// originsLabelAt is where the paragraph under a fact-check's origins label
// starts ("Origins: On 3 March …"), -1 when the line opens with no such
// label or with nothing after it.
func originsLabelAt(s string) int {
	for _, label := range []string{"Origins:", "Origin:"} {
		if rest, ok := strings.CutPrefix(s, label); ok {
			if body := strings.TrimLeft(rest, " \t"); body != "" {
				return len(s) - len(body)
			}
		}
	}
	return -1
}

// splitFactCheckLabels cuts the origins label (originsLabelAt) off the
// paragraphs of a fact-check page (factCheckHead), as a line of its own of
// kind factCheckKind; other texts are returned as they are.
func splitFactCheckLabels(lines []line) []line {
	if !factCheckHead(lines) {
		return lines
	}
	return cutLines(lines, originsLabelAt, factCheckKind, "")
}
