package extract

import "strings"

// captionTwinWords is the fewest words a line said again in a caption has
// before it is read as that caption's copy: fewer may be a heading the
// caption happens to repeat.
const captionTwinWords = 8

// markCaptionTwins labels as captions the copies of a caption that a page
// prints next to it without its date or credit: a picture's caption said
// once or twice above the same caption with its credit ("The crew at the
// quay on Monday." over "May 3, 2026 The crew at the quay on Monday. Ana
// Ros/Calder Post"). A copy stands right next to its caption, or next to
// another copy; a line elsewhere that the caption quotes is the
// article's.
func markCaptionTwins(lines []line) {
	for i, l := range lines {
		if l.kind != "caption" {
			continue
		}
		for _, step := range []int{-1, 1} {
			for j := i + step; j >= 0 && j < len(lines) && lines[j].kind == "" && captionCopy(lines[j].text, l.text); j += step {
				lines[j].kind = "caption"
			}
		}
	}
}

// captionCopy reports a line of captionTwinWords words or more that a
// caption holds whole, its closing stop aside.
func captionCopy(s, caption string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), ".")
	return len(t) < len(caption) && len(strings.Fields(t)) >= captionTwinWords && strings.Contains(caption, t)
}
