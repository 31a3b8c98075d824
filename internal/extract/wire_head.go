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

// wireHeadAt is where the first content line's wire head ends: its note
// to editors (reWireNote), then its byline run into the dateline
// (reWireByline). It is -1 when the line opens with neither.
func wireHeadAt(s string) int {
	if loc := reWireNote.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	if m := reWireByline.FindStringSubmatchIndex(s); m != nil {
		return m[3]
	}
	return -1
}

// splitWireHead cuts a wire's note to editors and its byline off the
// story's lead, which carries them before its dateline ("(Updates with
// the vote) By Ana Ros March 3 (Reuters) - The Calder ferry …"): each is
// listed as removed, the note as a wire desk note and the byline as a
// wire byline, whose line is returned for the article's byline; the lead
// opens with its dateline. Only the first line of content is read.
func splitWireHead(lines []line) ([]line, string) {
	byline := ""
	for i := 0; i < min(len(lines), 2); i++ {
		if lines[i].kind != "" {
			continue
		}
		for range 2 { // a note, then a byline
			at := wireHeadAt(lines[i].text)
			if at < 0 {
				break
			}
			kind := "wire byline"
			if reWireNote.MatchString(lines[i].text) {
				kind = "wire desk note"
			}
			head := line{text: strings.TrimSpace(lines[i].text[:at]), kind: kind}
			if kind == "wire byline" {
				byline = head.text
			}
			lines[i].text = strings.TrimSpace(lines[i].text[at:])
			lines = append(lines[:i], append([]line{head}, lines[i:]...)...)
			i++
		}
		break
	}
	return lines, byline
}
