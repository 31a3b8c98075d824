package extract

import (
	"regexp"
	"strings"
)

// A page's widgets leave their parts in a plain text as lines of their
// own: a related story's box ("lRelated Ferry fares rise" over a section
// label, the headline again and a count), and a reader's comment with its
// signature and time ("ANA ROS" over "AT 8:08 AM MAY 2, 2015"). The
// icon fonts such widgets draw with leave a letter glued to their label
// ("lRelated", "cComments").

// reIconLabel matches a widget's label with its icon's letter glued in
// front ("lRelated", "cComments").
var reIconLabel = regexp.MustCompile(`^[a-z](Related|Comments?|Share|Email|Print)\b`)

// dropIconLetter returns s without the icon's letter of a widget's label
// (reIconLabel), s itself when it has none.
func dropIconLetter(s string) string {
	t := strings.TrimSpace(s)
	// a lower-case letter run into a capital, checked before the regexp
	// (this runs on every line)
	if len(t) > 2 && 'a' <= t[0] && t[0] <= 'z' && 'A' <= t[1] && t[1] <= 'Z' && reIconLabel.MatchString(t) {
		return t[1:]
	}
	return s
}

// reCommentTime matches the time a reader's comment was posted, on a
// line of its own ("AT 8:08 AM FEBRUARY 17, 2015").
var reCommentTime = regexp.MustCompile(`(?i)^at \d{1,2}:\d{2}\s?[ap]\.?m\.?,? [a-z]+\.? \d{1,2},? \d{4}$`)

// reLoneCount matches a widget's count left alone on a line ("8").
var reLoneCount = regexp.MustCompile(`^\d{1,4}$`)

// markWidgets labels the parts of a related story's box and of a reader's
// comment (see above). A comment's words are taken only between the
// comments' label and the commenter's name in capitals over the time; a
// name and a time without the label go alone.
func markWidgets(lines []line) {
	for i := range lines {
		switch {
		case lines[i].kind == "related links" && reIconLabel.MatchString(strings.TrimSpace(lines[i].text)):
			t := strings.TrimSpace(lines[i].text)
			markWidgetTail(lines, i, strings.TrimSpace(t[reIconLabel.FindStringIndex(t)[1]:]))
		case lines[i].kind == "" && reCommentTime.MatchString(strings.TrimSpace(lines[i].text)):
			markComment(lines, i)
		}
	}
}

// markWidgetTail extends the related box at i over the lines after it that
// are its parts: a section's label in capitals, its headline said again,
// a count.
func markWidgetTail(lines []line, i int, headline string) {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].kind != "" {
			continue // the box's other chrome ("SEE ALL RELATED")
		}
		t := strings.TrimSpace(lines[j].text)
		if t != headline && !reLoneCount.MatchString(t) && !capsLabel(t) {
			return
		}
		lines[j].kind = lines[i].kind
	}
}

// markComment labels the reader's comment posted at the time on line i:
// the time, a count after it, the commenter's name in capitals before it,
// and, when the comments' label stands at most three lines above the
// name, the comment's words between them.
func markComment(lines []line, i int) {
	lines[i].kind = "comments"
	c := i + 1
	for c < len(lines) && lines[c].kind != "" && c <= i+2 {
		c++ // the comments' other chrome ("SEE ALL COMMENTS")
	}
	if c < len(lines) && lines[c].kind == "" && reLoneCount.MatchString(strings.TrimSpace(lines[c].text)) {
		lines[c].kind = "comments"
	}
	name := i - 1
	if name < 0 || lines[name].kind != "" || !capsName(lines[name].text) {
		return
	}
	lines[name].kind = "comments"
	for j := name - 1; j >= 0 && j >= name-4; j-- {
		if lines[j].kind == "comment form" {
			for k := j + 1; k < name; k++ {
				lines[k].kind = "comments"
			}
			return
		}
		if lines[j].kind != "" {
			return
		}
	}
}

// capsName reports a name in capitals: a name (isNameLike) of two to four
// words, every letter a capital.
func capsName(s string) bool {
	return strings.ToUpper(s) == s && len(strings.Fields(s)) <= 4 && isNameLike(s)
}

// capsLabel reports a section's label in capitals, one to three words
// ending no sentence ("CALDER NOW").
func capsLabel(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 1 && len(words) <= 3 && strings.ToUpper(s) == s && strings.ToLower(s) != s && !strings.ContainsAny(s, "!?:")
}
