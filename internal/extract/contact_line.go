package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// A local paper's story often closes with how to reach its writer: "Staff
// Writer Ana Ros can be reached at 555-0100 or aros@calderpost.com.",
// "Reach Ana Ros at aros@calderpost.com.". The line names the author, and
// the address's domain the outlet she writes for; it is no part of the
// report.

// contactKind is the kind of a line that tells how to reach the writer.
const contactKind = "contact line"

// reContactLine matches such a line: the name is group 1 or 2, the
// address's local part group 3 and its domain group 4.
var reContactLine = regexp.MustCompile(`^(?:(?:(?:Staff|Senior|Contributing|Assistant|Business|Sports|Features)\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist)\s+)?` +
	`(?:(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:can|may) be (?:reached|contacted|emailed)|(?:Reach|Contact|Email|E-mail) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})) ` +
	`(?:at|by|via|on)\b[^@]{0,120}?\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)`)

// mailHosts are the domains of mail services: an address there names no
// outlet.
var mailHosts = text.WordSet("gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com icloud.com me.com mac.com protonmail.com proton.me gmx.com gmx.net mail.com msn.com comcast.net")

// markContactLine marks the writer's contact line among a text's last
// lines (closingLines) as contactKind and returns the writer it names and
// the outlet its address's domain names ("" when a mail service's). It
// returns "", "" when no line is one, or the name is no writer's: a
// person's address holds her first or last name ("imarsh" for Ivo
// Marsh), a desk's or a company's does not ("info", "news").
func markContactLine(lines []line) (writer, outlet string) {
	for i := len(lines) - 1; i >= max(1, len(lines)-closingLines); i-- {
		if lines[i].kind != "" {
			continue
		}
		m := reContactLine.FindStringSubmatch(strings.TrimSpace(lines[i].text))
		if m == nil {
			continue
		}
		name := firstNonEmpty(m[1], m[2])
		if !writerName(name) || !addressOf(m[3], name) {
			return "", ""
		}
		lines[i].kind = contactKind
		host := strings.ToLower(strings.TrimRight(m[4], "."))
		if !mailHosts[outlets.RegistrableDomain(host)] {
			outlet = outlets.NameForHost(host)
		}
		return name, outlet
	}
	return "", ""
}

// addressOf reports whether an address's local part holds the first or the
// last name of name, of three letters or more.
func addressOf(local, name string) bool {
	local = strings.ToLower(local)
	words := strings.Fields(strings.ToLower(name))
	for _, w := range []string{words[0], words[len(words)-1]} {
		w = strings.Trim(w, ".'’-")
		if len(w) >= 3 && strings.Contains(local, w) {
			return true
		}
	}
	return false
}
