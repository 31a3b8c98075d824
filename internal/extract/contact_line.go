package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// A local paper's story often closes with how to reach its writer: "Staff
// Writer Ana Ros can be reached at 555-0100 or aros@calderpost.com.",
// "Reach Ana Ros at aros@calderpost.com.", "Contact senior reporter Ana
// Ros at 555-0100, aros@calderpost.com or on Facebook.", or its writers:
// "Write to Ana Ros at ana.ros@calderpost.com and Ivo Kerr at
// ivo.kerr@calderpost.com".
// The line names the authors, and the address's domain the outlet they
// write for; it is no part of the report.

// contactKind is the kind of a line that tells how to reach the writer.
const contactKind = "contact line"

// reContactLine matches such a line: the name is group 1 or 2, the
// address's local part group 3 and its domain group 4.
var reContactLine = regexp.MustCompile(`^(?:(?:(?:Staff|Senior|Contributing|Assistant|Business|Sports|Features)\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist)\s+)?` +
	`(?:(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:can|may) be (?:reached|contacted|emailed)|(?:Reach|Contact|Email|E-mail|Write to) (?:(?:staff |senior |contributing )?(?:writer|reporter|correspondent|editor|columnist) )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})) ` +
	`(?:at|by|via|on)\b[^@]{0,120}?\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)`)

// reNextWriter matches another writer and her address after the first in
// a contact line (", Ivo Kerr at ivo.kerr@calderpost.com", " and …"): the
// name is group 1, the address's local part group 2 and its domain group 3.
var reNextWriter = regexp.MustCompile(`^(?:,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) at ([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)`)

// mailHosts are the domains of mail services: an address there names no
// outlet.
var mailHosts = text.WordSet("gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com icloud.com me.com mac.com protonmail.com proton.me gmx.com gmx.net mail.com msn.com comcast.net")

// markContactLine marks the writer's contact line among a text's last
// lines (closingLines) as contactKind and returns the writers it names, in
// its order, and the outlet the first address's domain names ("" when a
// mail service's). It returns nil, "" when no line is one, or the first
// name is no writer's: a person's address holds her first or last name
// ("imarsh" for Ivo Marsh), a desk's or a company's does not ("info",
// "news"). The writers after the first (reNextWriter) end at the first
// that is no writer's.
func markContactLine(lines []line) (writers []string, outlet string) {
	for i := len(lines) - 1; i >= max(1, len(lines)-closingLines); i-- {
		if lines[i].kind != "" {
			continue
		}
		t := strings.TrimSpace(lines[i].text)
		loc := reContactLine.FindStringSubmatchIndex(t)
		if loc == nil {
			continue
		}
		m := submatches(t, loc)
		name := firstNonEmpty(m[1], m[2])
		if !writerName(name) || bodyName(name) || !addressOf(m[3], name) || readersPrompt(t[loc[1]:]) {
			return nil, ""
		}
		lines[i].kind = contactKind
		host := strings.ToLower(strings.TrimRight(m[4], "."))
		if !mailHosts[outlets.RegistrableDomain(host)] {
			outlet = outlets.NameForHost(host)
		}
		writers = append(writers, name)
		for rest := t[loc[1]:]; ; {
			n := reNextWriter.FindStringSubmatchIndex(rest)
			if n == nil {
				break
			}
			next := submatches(rest, n)
			if !writerName(next[1]) || bodyName(next[1]) || !addressOf(next[2], next[1]) {
				break
			}
			writers = append(writers, next[1])
			rest = rest[n[1]:]
		}
		return writers, outlet
	}
	return nil, ""
}

// bodyWords name an organisation or a part of one, no writer: "Write to
// Lenna Harbour Board at board@…" asks the reader to write to a body.
var bodyWords = text.WordSet("board council office committee department desk trust society club association authority commission agency team")

// bodyName reports whether a name holds a bodyWords word.
func bodyName(name string) bool {
	for _, w := range strings.Fields(name) {
		if bodyWords[strings.ToLower(strings.Trim(w, ".,'’"))] {
			return true
		}
	}
	return false
}

// readersPrompt reports whether what follows a contact line's first address
// asks for the reader's views ("… with your views", "… with your
// questions"): the line prompts readers to write, it signs nothing.
func readersPrompt(rest string) bool {
	rest = strings.ToLower(strings.TrimLeft(rest, " .,;"))
	return strings.HasPrefix(rest, "with your ")
}

// submatches are the strings of a regexp's submatch indexes loc in s, ""
// for a group that matched nothing.
func submatches(s string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for k := range out {
		if loc[2*k] >= 0 {
			out[k] = s[loc[2*k]:loc[2*k+1]]
		}
	}
	return out
}

// addressOf reports whether an address's local part is name's: it holds
// her last name, of three letters or more, and nothing else but her first
// name or the initials of the names before the last ("aquill", "ada.quill",
// "ajquill", "quill.ada" for Ada J. Quill), separators and digits; or it is
// her first name alone, of three letters or more ("ada"). Names are
// compared folded (nameKeys): "nunez" is Núñez's, "odell" O'Dell's, and a
// suffix (Jr., III) is no last name. One word of a name in a desk's or
// another person's address ("adoe" for Harbour Doe) makes it no one's.
func addressOf(local, name string) bool {
	words := nameKeys(name)
	if len(words) == 0 {
		return false
	}
	var letters strings.Builder
	for _, r := range strings.ToLower(local) {
		if unicode.IsLetter(r) {
			letters.WriteRune(r)
		}
	}
	given := words[:len(words)-1]
	if len(given) > 0 && len(given[0]) >= 3 && letters.String() == given[0] {
		return true // "ada"
	}
	last := words[len(words)-1]
	local = text.FoldMarks(strings.ToLower(local))
	i := strings.Index(local, last)
	if len(last) < 3 || i < 0 {
		return false
	}
	var rest strings.Builder
	for _, r := range local[:i] + local[i+len(last):] {
		if unicode.IsLetter(r) {
			rest.WriteRune(r)
		}
	}
	switch r := rest.String(); {
	case r == "":
		return true
	case len(given) > 0 && len(given[0]) >= 3 && strings.Contains(r, given[0]):
		return true // "ada.quill", "quill.ada", "adajquill"
	default:
		return initialsOf(r, given)
	}
}

// nameSuffixes are the generational suffixes after a surname, folded.
var nameSuffixes = text.WordSet("jr sr ii iii iv")

// nameKeys are a name's words as an address spells them: lower case,
// without marks (foldMarks) or anything but letters ("odell", "holmros"),
// and without a closing suffix ("Ivo Marsh Jr." is ivo, marsh).
func nameKeys(name string) []string {
	var words []string
	for _, w := range strings.Fields(text.FoldMarks(strings.ToLower(name))) {
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, w)
		words = append(words, w)
	}
	for len(words) > 1 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return words
}

// initialsOf reports whether r is the initials of the given names, in
// order, the first at least ("a", "aj" for Ada J.), or the first's and
// one middle initial the name does not give ("aj" for Ada).
func initialsOf(r string, given []string) bool {
	if len(given) == 0 || r == "" || len(r) > max(len(given), 2) || given[0] == "" || r[0] != given[0][0] {
		return false
	}
	for k := 1; k < len(r) && k < len(given); k++ {
		if given[k] == "" || r[k] != given[k][0] {
			return false
		}
	}
	return true
}
