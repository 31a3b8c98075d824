package extract

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// sectionKind is the kind of a line that names the page's section.
const sectionKind = "section label"

// siteSections are the sections that a news site's menu lists (navWords)
// and a section label names (sectionWords) alike.
const siteSections = "home news world politics business sport sports weather opinion entertainment culture lifestyle tech technology science health travel"

// sectionWords are the names of a news site's sections. A line made of one
// or two of them ("Showbiz", "World News", "Arts & Culture") labels where
// the page sits, and is never a headline.
var sectionWords = text.WordSet(siteSections + " us uk showbiz celebrity celebrities life arts music movies film tv style fashion money " +
	"local national international education environment crime latest breaking")

// sectionLabel reports a line that is a site's section label: one or two
// section words, maybe joined by "&" or "and", and nothing else.
func sectionLabel(s string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	n := 0
	for _, w := range words {
		if w == "&" || w == "and" || w == "|" {
			continue
		}
		if !sectionWords[strings.Trim(w, ".,:")] {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// leadPronouns open a sentence that leans on a name said before it.
var leadPronouns = text.WordSet("he she they it we i his her their its")

// pronounFirst reports a sentence, ending like one, that opens with a
// pronoun ("He dictated the story to his clerk."): a lead taken from the
// middle of a text, whose "he" names no one to a reader of the title alone.
func pronounFirst(title string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(title, ` "'“‘`), " ")
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ","), "'s"), "’s")
	return leadPronouns[strings.ToLower(w)] && text.EndsSentence(title)
}

// headlineUnderLabel returns the index of the line right under a page's
// section label (said once or twice, lines marked sectionKind) when it is
// shaped as a headline: three to 20 words, no site chrome, and not a
// sentence unless in title case ("Flood toll rises in Orvell" under
// "World News"). It returns 0 when there is none: a tag ("ITV") or the
// lead itself stands there.
func headlineUnderLabel(lines []line) int {
	i := 0
	for i < len(lines) && lines[i].kind == sectionKind {
		i++
	}
	if i == 0 || i >= len(lines) {
		return 0
	}
	t := lines[i].text
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 20 || chromeKind(t) != "" || bylineFirst(t) || dateOnly(t) ||
		text.EndsSentence(t) && !titleCase(words) {
		return 0
	}
	return i
}
