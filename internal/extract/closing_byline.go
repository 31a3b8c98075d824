package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A text that names no author at its head may sign off with one: a
// publisher's plea to follow its writer by her handle ("Follow Ana Ros
// @anaros, or Calder Science @caldersci."), or a letter's signature under
// a post written in the first person ("Best wishes," / "Ana Ros").

// closingLines is how many lines from a text's end a closing byline is
// looked for in.
const closingLines = 3

// reFollowWriter matches a plea to follow a writer by name and handle and
// then the outlet, opening a line ("Follow Ana Ros @anaros, or Calder
// Science @caldersci.", "Follow Ana Ros on Twitter @anaros. Follow us
// @caldersci."): the writer's name is group 1, the outlet's group 2 ("" for
// "us"). A name followed alone may be the outlet's own ("Follow Calder
// Science @caldersci.").
var reFollowWriter = regexp.MustCompile(`^Follow (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?: on (?:Twitter|X))? @\w+(?:,? (?:or|and) (\S[^@]{0,40}?) @\w|[.,]? Follow us\b)`)

// closingByline is the author a text's closing lines name (see above), nil
// when they name none.
func closingByline(lines []line) []string {
	if name := followWriter(lines); name != "" {
		return []string{name}
	}
	if name := letterSignature(lines); name != "" {
		return []string{name}
	}
	return nil
}

// followWriter is the writer a plea to follow her by handle names among the
// text's last lines (reFollowWriter), "" when none does or the name is an
// outlet's ("Follow Calder Science @caldersci").
func followWriter(lines []line) string {
	for i := len(lines) - 1; i >= max(1, len(lines)-closingLines); i-- {
		m := reFollowWriter.FindStringSubmatch(lines[i].text)
		if m == nil {
			continue
		}
		if writerName(m[1]) && m[1] != m[2] {
			return m[1]
		}
	}
	return ""
}

// writerName reports a writer's name: two to four capitalised words that
// name no outlet, nor end as outlets' names do (personName, isBylineName),
// and hold no word of a desk's (deskLocals: "Harbour Sports", "Metro
// Desk").
func writerName(s string) bool {
	if len(strings.Fields(s)) > 4 || !isNameLike(s) || !isBylineName(s) || !personName(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if deskLocals[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// valedictionWords are the words a letter's closing is made of ("Love and
// peace,", "All the best,", "Yours truly,").
var valedictionWords = text.WordSet(`love peace best regards cheers yours sincerely truly faithfully thanks warmly warm kind all the
	wishes with and gratitude respectfully hugs xo xoxo always ever blessings`)

// valediction reports a letter's closing on a line of its own: one to four
// words of valedictionWords and a comma.
func valediction(s string) bool {
	s = strings.TrimSpace(s)
	body, ok := strings.CutSuffix(s, ",")
	words := strings.Fields(strings.ToLower(body))
	if !ok || len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !valedictionWords[w] {
			return false
		}
	}
	return true
}

// reHandle matches a line that is a handle and nothing else ("@anaros").
var reHandle = regexp.MustCompile(`^@\w{1,30}$`)

// reFirstPerson matches the words of a text written in the first person.
var reFirstPerson = regexp.MustCompile(`\b(I|I'm|I’m|I've|I’ve|my|me)\b`)

// reQuoted matches a quotation, whose first person is the speaker's.
var reQuoted = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// letterSignature is the name that signs a post written as a letter: a
// valediction, the name on the next line (a handle may follow it), and
// after it nothing but chrome or a postscript ("PS …" and what follows);
// the post's first paragraph is in the first person, outside quotation
// marks. A letter quoted by a
// report ends before the report does, or opens its text in the third
// person: "" then.
func letterSignature(lines []line) string {
	first := -1
	for i, l := range lines {
		if l.kind == "" && isProse(l.text) {
			first = i
			break
		}
	}
	if first < 0 || !reFirstPerson.MatchString(reQuoted.ReplaceAllString(lines[first].text, "")) {
		return ""
	}
	for v := len(lines) - 2; v > first; v-- {
		if lines[v].kind != "" || !valediction(lines[v].text) {
			continue
		}
		name := strings.TrimSpace(lines[v+1].text)
		if !writerName(name) || !onlyPostscript(lines[v+2:]) {
			return ""
		}
		return name
	}
	return ""
}

// onlyPostscript reports lines after a letter's signature that add nothing
// to it: its writer's handle, chrome, and a postscript with what follows it.
func onlyPostscript(lines []line) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case l.kind != "" || reHandle.MatchString(t):
		case strings.HasPrefix(t, "PS ") || strings.HasPrefix(t, "P.S.") || strings.HasPrefix(t, "PS:"):
			return true
		default:
			return false
		}
	}
	return true
}
