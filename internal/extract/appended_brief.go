package extract

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
)

// A page may paste another story's brief under the article: a few lines
// of wire copy on something else, with a dateline of their own ("LENNA,
// Maine (AP) — A moose wandered into a school …"). The brief is another
// story, not the article's text.

const (
	// briefLines is the most paragraphs a pasted brief has.
	briefLines = 3
	// briefWords is the most words a pasted brief has.
	briefWords = 150
	// briefShare is the share of its words the brief may have in common
	// with the article before it and still be about something else.
	briefShare = 0.25
	// briefMinWord is the fewest letters a word has that says what a text
	// is about (no "said", "that", "with").
	briefMinWord = 5
)

// markAppendedBrief labels as "appended story" a short story pasted after
// the article: up to briefLines paragraphs of content closing the text,
// the first opening with a dateline that names a place (outlets.ReadDateline;
// not a speaker's colon), at most briefWords words and no more than half
// the article's, and about something else: at most briefShare of its words
// of briefMinWord letters or more are the article's. A dateline anywhere
// else past the article's first paragraph makes the text a round-up of
// stories, whose last one is left.
func markAppendedBrief(lines []line) {
	var content []int
	for i, l := range lines {
		if l.kind == "" {
			content = append(content, i)
		}
	}
	if len(content) < briefLines+2 {
		return
	}
	for k := len(content) - 1; k >= len(content)-briefLines; k-- {
		d, ok := outlets.ReadDateline(lines[content[k]].text)
		if !ok || d.Place == "" || d.Sep == ":" {
			continue
		}
		article, brief := content[:k], content[k:]
		if !briefOf(lines, article, brief, d.End) {
			return
		}
		for _, i := range brief {
			lines[i].kind = "appended story"
		}
		return
	}
}

// briefOf reports whether the lines at brief, whose first opens with a
// dateline ending at datelineEnd, are a brief pasted under the article at
// article (see markAppendedBrief).
func briefOf(lines []line, article, brief []int, datelineEnd int) bool {
	for _, i := range article[1:] {
		if d, ok := outlets.ReadDateline(lines[i].text); ok && d.Sep != ":" {
			return false // a round-up of datelined stories
		}
	}
	var briefText, articleText strings.Builder
	for n, i := range brief {
		t := lines[i].text
		if n == 0 {
			t = t[datelineEnd:] // the brief's place says nothing of its subject
		}
		briefText.WriteString(t + " ")
	}
	for _, i := range article {
		articleText.WriteString(lines[i].text + " ")
	}
	bw, aw := strings.Fields(briefText.String()), strings.Fields(articleText.String())
	if len(bw) > briefWords || 2*len(bw) > len(aw) {
		return false
	}
	said := subjectWords(aw)
	shared, total := 0, 0
	for w := range subjectWords(bw) {
		total++
		if said[w] {
			shared++
		}
	}
	return total > 0 && float64(shared) <= briefShare*float64(total)
}

// subjectWords is the set of a text's words of briefMinWord letters or
// more, in lower case, without their punctuation: what it is about.
func subjectWords(words []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if len([]rune(w)) >= briefMinWord {
			set[w] = true
		}
	}
	return set
}
