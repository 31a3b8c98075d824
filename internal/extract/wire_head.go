package extract

import (
	"regexp"
	"strings"
)

var (
	// reWireNote matches the note a wire puts before a story's new version
	// ("(Updates with the board's vote) ", "(Adds quote in paragraph 4) "):
	// for the editors who take the copy, not the readers.
	reWireNote = regexp.MustCompile(`^\((?:Updates|Adds|Corrects|Recasts|Repeats|Refiles|Changes|Rewrites|Writes through)\b[^()]{0,200}\)\s+`)
	// reWireByline matches the byline a wire runs into its dateline's date
	// and mark ("By Ana Ros March 3 (Reuters) - …"): the byline is group 1.
	reWireByline = regexp.MustCompile(`^(By \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}?) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \((?:Reuters|AP|AFP|UPI|Bloomberg)\)`)
)

// wireHeadAt is where a line's wire head ends and what it is: its note to
// editors (reWireNote, a "wire desk note") or its byline run into the
// dateline (reWireByline, a "wire byline"). at is -1 when the line opens
// with neither.
func wireHeadAt(s string) (at int, kind string) {
	if loc := reWireNote.FindStringIndex(s); loc != nil {
		return loc[1], "wire desk note"
	}
	if m := reWireByline.FindStringSubmatchIndex(s); m != nil {
		return m[3], "wire byline"
	}
	return -1, ""
}

// splitWireHead cuts a wire's note to editors and its byline off the
// story's lead, which carries them before its dateline ("(Updates with
// the vote) By Ana Ros March 3 (Reuters) - The Calder ferry …"): each is
// listed as removed, the note as a wire desk note and the byline as a
// wire byline, whose line is returned for the article's byline; the lead
// opens with its dateline. Only the first line of content is read, and
// lines are copied only when one is cut.
func splitWireHead(lines []line) ([]line, string) {
	i := 0
	for i < min(len(lines), 2) && lines[i].kind != "" {
		i++
	}
	if i == min(len(lines), 2) {
		return lines, ""
	}
	var heads []line
	byline, lead := "", lines[i].text
	for range 2 { // a note, then a byline
		at, kind := wireHeadAt(lead)
		if at < 0 {
			break
		}
		heads = append(heads, line{text: strings.TrimSpace(lead[:at]), kind: kind})
		if kind == "wire byline" {
			byline = heads[len(heads)-1].text
		}
		lead = strings.TrimSpace(lead[at:])
	}
	if heads == nil {
		return lines, ""
	}
	out := make([]line, 0, len(lines)+len(heads))
	out = append(append(append(out, lines[:i]...), heads...), line{text: lead})
	return append(out, lines[i+1:]...), byline
}
