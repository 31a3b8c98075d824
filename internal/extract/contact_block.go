package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// A paper's story may close with how to reach its writer in lines that are
// no sentence: her address on a line of its own and her handle on the line
// next to it ("aros@calderpost.com", "Twitter @AnaRos"). The handle, read
// at its capitals, is her name when the address holds it, and the
// address's domain names the outlet, as in a contact sentence
// (markContactLine). The address is read before it is dropped as a link or
// address.

var (
	// reAddressOnly matches an e-mail address alone on its line: the local
	// part is group 1, the domain group 2.
	reAddressOnly = regexp.MustCompile(`^([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\.?$`)
	// reHandleLine matches a handle alone on its line, maybe after the
	// platform's name ("Twitter @AnaRos", "Twitter: @ana_ros", "@AnaRos"):
	// the handle is group 1.
	reHandleLine = regexp.MustCompile(`^(?:(?:Twitter|X|Instagram|Threads|Bluesky)\s*:?\s*)?@([A-Za-z][A-Za-z0-9_]{2,30})$`)
)

// contactReach is how many lines from a text's end a closing contact block
// may stand: the related links a page sets after it come before.
const contactReach = 8

// markContactBlock marks a writer's closing handle line, and the address
// line next to it, as contactKind, and returns the writer the handle names
// when the address holds her name, and the outlet the address's domain
// names ("" for a mail service's). The block stands after the last line
// of content: every line after it is chrome already. A handle that names
// no one the address holds ("@calderdesk") is marked all the same, and
// names no writer. An address with no name to check it against (alone, or
// next to such a handle) names the outlet only when its domain is a known
// outlet's and its local part no desk's ("news@", "tips@"): a reporter's
// own address, as papers close a story with it. A bare handle ("@AnaRos",
// no platform's name before it) with no address next to it is a contact
// line unless the line before points to it ("follow the harbour police:"
// / "@LennaPolice") and it is not the byline's author's: then it stays
// content.
func markContactBlock(lines []line, byline []string) (writer, outlet string) {
	for i := len(lines) - 1; i >= max(1, len(lines)-contactReach); i-- {
		switch {
		case lines[i].kind == "" && handleLine(lines[i].text) != "":
			if bareHandleContent(lines, i, byline) {
				return "", ""
			}
			return readContactBlock(lines, i)
		case addressLine(lines[i]):
			if lines[i-1].kind == "" && handleLine(lines[i-1].text) != "" {
				continue // read with its handle, next
			}
			return "", staffOutlet(lines[i].text)
		case lines[i].kind == "":
			return "", "" // a line of content after the block: no closing block
		}
	}
	return "", ""
}

// readContactBlock reads the block whose handle line is lines[i].
func readContactBlock(lines []line, i int) (writer, outlet string) {
	lines[i].kind = contactKind
	name := handleName(handleLine(lines[i].text))
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(lines) || !addressLine(lines[j]) {
			continue
		}
		m := reAddressOnly.FindStringSubmatch(strings.TrimSpace(lines[j].text))
		lines[j].kind = contactKind
		if name == "" || !writerName(name) || !addressOf(m[1], name) {
			return "", staffOutlet(lines[j].text)
		}
		host := strings.ToLower(m[2])
		if !mailHosts[outlets.RegistrableDomain(host)] {
			outlet = outlets.NameForHost(host)
		}
		return name, outlet
	}
	return "", ""
}

// deskLocals are the local parts of a desk's or a service's address, no
// reporter's.
var deskLocals = text.WordSet("info news tips tip letters letter editor editors newsroom press contact feedback desk webmaster corrections help support media newsdesk metro sports")

// staffOutlet is the known outlet whose domain the address alone on line
// s has, when its local part is no desk's (deskLocals), else "".
func staffOutlet(s string) string {
	m := reAddressOnly.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || deskLocals[strings.ToLower(m[1])] {
		return ""
	}
	if o, ok := outlets.ByHost(strings.ToLower(m[2])); ok {
		return o.Name
	}
	return ""
}

// bareHandleContent reports whether the handle line lines[i] is content:
// a bare handle (no platform's name before it) that the line before points
// to (pointsToHandle), no address on the line before or after it, and not
// the byline's author's (authorHandle).
func bareHandleContent(lines []line, i int, byline []string) bool {
	if !strings.HasPrefix(strings.TrimSpace(lines[i].text), "@") {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) && addressLine(lines[j]) {
			return false
		}
	}
	prev := i - 1
	for prev >= 0 && strings.TrimSpace(lines[prev].text) == "" {
		prev--
	}
	return prev >= 0 && pointsToHandle(lines[prev].text) && !authorHandle(handleLine(lines[i].text), byline)
}

// rePointsToHandle matches a line that points to what follows it: it ends
// with a colon, or asks the reader to follow, tweet or find someone
// somewhere.
var rePointsToHandle = regexp.MustCompile(`(?i):\s*$|\b(?:follow|tweet|on social media|on (?:twitter|x|instagram|facebook|threads|bluesky|mastodon|tiktok))\b`)

// pointsToHandle reports whether line s points to a handle on the next.
func pointsToHandle(s string) bool {
	return rePointsToHandle.MatchString(strings.TrimSpace(s))
}

// authorHandle reports whether handle is a byline author's: folded
// (nameKeys), it holds her last name of three letters or more
// ("@adaquill", "@AdaJQuill" for Ada J. Quill).
func authorHandle(handle string, byline []string) bool {
	h := strings.Join(nameKeys(handle), "")
	return slices.ContainsFunc(byline, func(b string) bool {
		words := nameKeys(b)
		return len(words) > 0 && len(words[len(words)-1]) >= 3 && strings.Contains(h, words[len(words)-1])
	})
}

// handleLine returns the handle of a handle line (reHandleLine), "" for
// another line.
func handleLine(s string) string {
	if !strings.Contains(s, "@") {
		return ""
	}
	if m := reHandleLine.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		return m[1]
	}
	return ""
}

// addressLine reports an e-mail address alone on its line, as content or
// already taken for a link or an address.
func addressLine(l line) bool {
	return (l.kind == "" || l.kind == "link or address") && strings.Contains(l.text, "@") && reAddressOnly.MatchString(strings.TrimSpace(l.text))
}

// handleName reads a person's name from a handle written in capitals or
// underscores ("AnaRos", "Ana_Ros", "IvoMcMarsh" -> "Ivo McMarsh"): its
// parts, each a capital and small letters, "Mc" and "Mac" joined to the
// part after them. It is "" for a handle with no capitals inside
// ("anaros") or with digits.
func handleName(h string) string {
	var parts []string
	start := 0
	for i, r := range h {
		switch {
		case r == '_':
			parts = append(parts, h[start:i])
			start = i + 1
		case unicode.IsDigit(r):
			return ""
		case unicode.IsUpper(r) && i > start:
			parts = append(parts, h[start:i])
			start = i
		}
	}
	parts = append(parts, h[start:])
	var words []string
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		if (p == "Mc" || p == "Mac") && k+1 < len(parts) {
			p += parts[k+1]
			k++
		}
		if p == "" || !unicode.IsUpper(rune(p[0])) {
			return ""
		}
		words = append(words, p)
	}
	if len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}
