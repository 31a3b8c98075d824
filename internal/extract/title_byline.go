package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
)

// reTitleBy matches a headline that ends with a byline a page dump glued
// to it: four words or more, then "By" and one to five capitalised words
// ("… Days Before Fare Rise By Orla Quint").
var reTitleBy = regexp.MustCompile(`^(\S+(?:\s+\S+){3,}?)\s+By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})$`)

// titleByline splits the byline off a headline that ends with one (see
// reTitleBy): the headline without it, the words cut ("By Orla Quint"),
// the writers' names, and the outlet when the directory knows the name
// ("… By Associated Press"). A headline in title case ends in "By" and
// capitalised words as often as not ("Impressed By Historic Climate
// Deal", "Unseated By Ivo Marsh"), so only a name that is surely a byline
// is cut: an outlet the directory knows, or the very names the page gives
// as its byline elsewhere (byline). The name must not be told in the text
// either: a headline's last words that name who did what are the story's,
// and the text tells them again. ok is false when the headline has no
// byline.
func titleByline(title, body string, byline []string) (head, cut string, names []string, outlet string, ok bool) {
	m := reTitleBy.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil || strings.Contains(body, m[2]) || measure(m[2]) {
		return title, "", nil, "", false
	}
	if o, known := outlets.Lookup(m[2]); known {
		outlet = o.Name
	} else if names, _ = parseByline("By " + m[2]); names == nil || !slices.Equal(names, byline) {
		return title, "", nil, "", false
	}
	return m[1], "By " + m[2], names, outlet, true
}

// measureWords are words that make "By" a measure, not a byline ("Beats
// the Record By Three Hours", "Wins By Ten Points").
var measureWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
	"dozen": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true, "million": true,
	"millions": true, "billion": true, "half": true, "double": true, "percent": true, "per": true,
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "points": true, "votes": true, "seats": true, "goals": true, "runs": true, "lengths": true,
}

// measure reports a name that is rather a measure: a word of measureWords.
func measure(name string) bool {
	for _, w := range strings.Fields(name) {
		if measureWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}
