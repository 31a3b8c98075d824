package extract

import (
	"unicode"
	"unicode/utf8"

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
// the first opening with a dateline that names a place and carries the
// brief's own outlet mark ("LENNA, Maine (AP) —"; outlets.ReadDateline; not
// a speaker's colon), at most briefWords words and no more than half
// the article's, and about something else: at most briefShare of its words
// of briefMinWord letters or more are the article's. A dateline with no
// mark ("TARN, Maine — In nearby Tarn, …") opens the article's own
// paragraph on a side of its story, which may share few of its words, and
// stops the search. A dateline anywhere else past the article's first
// paragraph makes the text a round-up of stories, whose last one is left.
func markAppendedBrief(lines []line) {
	content := make([]int, 0, len(lines))
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
		if d.Mark.Outlet == "" {
			return // the article's own side of the story, told from another place
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
	nb, na := wordCount(lines[brief[0]].text[datelineEnd:]), 0
	for _, i := range brief[1:] {
		nb += wordCount(lines[i].text)
	}
	for _, i := range article {
		na += wordCount(lines[i].text)
	}
	if nb > briefWords || 2*nb > na {
		return false
	}
	topic := map[string]bool{} // the brief's words, false until the article says them
	buf := make([]byte, 0, 64)
	for n, i := range brief {
		t := lines[i].text
		if n == 0 {
			t = t[datelineEnd:] // the brief's place says nothing of its subject
		}
		buf = eachSubjectWord(t, buf, func(w []byte) { topic[string(w)] = false })
	}
	for _, i := range article {
		buf = eachSubjectWord(lines[i].text, buf, func(w []byte) {
			if said, ok := topic[string(w)]; ok && !said {
				topic[string(w)] = true
			}
		})
	}
	shared, total := 0, len(topic)
	for _, said := range topic {
		if said {
			shared++
		}
	}
	if total == 0 || float64(shared) > briefShare*float64(total) {
		return false
	}
	for _, i := range article[1:] {
		if d, ok := outlets.ReadDateline(lines[i].text); ok && d.Sep != ":" {
			return false // a round-up of datelined stories
		}
	}
	return true
}

// eachSubjectWord calls f with each of s's words of briefMinWord letters
// or more, in lower case, without the characters around its letters: the
// words that say what a text is about. The word is built in buf, which is
// returned for the next call; f must not keep it.
func eachSubjectWord(s string, buf []byte, f func(w []byte)) []byte {
	buf = buf[:0]
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			letters++
		case unicode.IsSpace(r):
			if letters >= briefMinWord {
				f(buf)
			}
			buf, letters = buf[:0], 0
		}
	}
	if letters >= briefMinWord {
		f(buf)
	}
	return buf
}
