package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A news site sets its own furniture among the paragraphs: a video's
// caption between its "CLOSE" button and its "VPC" tag, a "Story
// Highlights" label run into a caption and the first highlight, and
// teasers for other stories under a label in capitals ("HARBOUR FARES:
// Ferry tickets up again").

// reVideoCaption matches a video player's caption left as a line between
// its close button and its player's tag ("CLOSE The ferry ran aground at
// dawn. VPC").
var reVideoCaption = regexp.MustCompile(`^CLOSE\s.{10,}\sVPC$`)

// reCapsTeaser matches a teaser for another story: a label of one to three
// words in capitals, a colon, and a headline that ends no sentence
// ("HARBOUR FARES: Ferry tickets up again", "LATEST: From the Calder
// Boat Show"), its headline maybe after the medium it links to ("FROM
// EARLIER: Video: Ferry crew explains the late sailing").
var reCapsTeaser = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’&.]+(?: \p{Lu}[\p{Lu}'’&.]*){0,2}): (?:(?i:video|watch|photos|gallery): )?(\p{Lu}[^!?:"“”]*[^.!?:"“”\s])$`)

// memoFields are the labels of a memo's or a letter's head ("TO: …",
// "FROM: …"), content whatever follows them.
var memoFields = map[string]bool{"TO": true, "FROM": true, "RE": true, "DATE": true, "SUBJECT": true, "CC": true, "BCC": true, "ATTN": true, "Q": true, "A": true}

// teaserKind names a line of a site's own furniture (see above), or "".
func teaserKind(s string) string {
	t := strings.TrimSpace(s)
	// both shapes open with a capital: a cheap test before the regexps,
	// which run on every line
	if t == "" || t[0] < 'A' || t[0] > 'Z' && t[0] < utf8.RuneSelf {
		return ""
	}
	if strings.HasPrefix(t, "CLOSE") && reVideoCaption.MatchString(t) {
		return "video caption"
	}
	if !strings.Contains(t, ": ") {
		return ""
	}
	if m := reCapsTeaser.FindStringSubmatch(t); m != nil && !memoFields[m[1]] {
		if n := len(strings.Fields(m[2])); n >= 3 && n <= 15 {
			return "teaser"
		}
	}
	return ""
}

// reHighlightsLabel matches a "Story Highlights" label run into the line
// around it.
var reHighlightsLabel = regexp.MustCompile(`(^|\s)(Story Highlights|STORY HIGHLIGHTS)(\s|$)`)

// splitHighlights cuts a "Story Highlights" label out of a line of text
// it was run into ("… the quay. (Photo: AP) Story Highlights The ferry is
// back"): what stood before it and after it are lines of their own, read
// as any line is, and the label is chrome. Lines are copied only when one
// is cut.
func splitHighlights(lines []line) []line {
	var out []line
	for i, l := range lines {
		var m []int
		// the two spellings the label takes: no lower-cased copy of each line
		if l.kind == "" && (strings.Contains(l.text, "Story Highlights") || strings.Contains(l.text, "STORY HIGHLIGHTS")) {
			m = reHighlightsLabel.FindStringSubmatchIndex(l.text)
		}
		if m == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(lines)+2), lines[:i]...)
		}
		if before := strings.TrimSpace(l.text[:m[4]]); before != "" {
			out = append(out, line{text: before})
		}
		out = append(out, line{text: l.text[m[4]:m[5]], kind: "story highlights"})
		if after := strings.TrimSpace(l.text[m[5]:]); after != "" {
			out = append(out, line{text: after})
		}
	}
	if out == nil {
		return lines
	}
	return out
}
