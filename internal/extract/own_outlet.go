package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
)

// deskAgency is the news agency whose desk signed the text: a desk's
// sign-off and one agency, never two, spoken of as its newsgatherer
// (outlets.DeskSignoff, outlets.StaffAgency). "" when either is missing.
func deskAgency(text string) string {
	if mark, _ := outlets.DeskSignoff(text); mark == "" {
		return ""
	}
	agency, _ := outlets.StaffAgency(text)
	return agency
}

// An outlet names itself where it says a source did not answer it: "PBS
// didn't immediately return NBC News' calls", "Holm did not return
// messages left by Calder News". A text retelling another outlet's report
// says the same of that outlet, and credits it elsewhere ("the Calder Post
// reported", "according to the Calder Post"): the outlet is then not the
// text's own.

// outletName is how an outlet's name is written in running text: one to
// four capitalised words.
const outletName = `\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}`

// reNoReply matches a source not answering an outlet: its calls, requests,
// e-mails or messages, named by the outlet's possessive (group 1) or after
// "from" or "left by" (group 2).
var reNoReply = regexp.MustCompile(`\b(?:did not|didn't|didn’t|has not|hasn't|hasn’t|have not|haven't|haven’t|had not|hadn't|hadn’t)(?: immediately)? (?:return(?:ed)?|respond(?:ed)? to|repl(?:y|ied) to|answer(?:ed)?) (?:(?:a series of|a|an|the|repeated|several|multiple|recent)\s+)*` +
	`(?:(?:the )?(` + outletName + `)['’]s? (?:phone |telephone |e-?mailed |repeated |recent )?` + noReplyAsks +
	`|(?:phone |telephone |e-?mailed |repeated |recent )?` + noReplyAsks + `(?: for comment)? (?:from|left by|by) (?:the )?(` + outletName + `))`)

// noReplyAsks are the ways an outlet asks a source for comment.
const noReplyAsks = `(?:calls?|requests?|e-?mails?|messages?|questions|inquir(?:y|ies))\b`

// noReplyOutlet is the outlet a text says a source did not answer (see
// reNoReply), when it names one outlet so, of the directory or looking like
// an outlet's name, and credits it nowhere else (creditsOutlet); "" else.
func noReplyOutlet(text string) string {
	name := ""
	for _, m := range reNoReply.FindAllStringSubmatch(text, -1) {
		n := strings.TrimRight(m[1]+m[2], ".")
		if c, ok := outlets.Canonical(n); ok {
			n = c
		} else if !outlets.LooksLikeOutlet(n) {
			continue
		}
		if name != "" && name != n {
			return "" // two outlets asked: neither is surely the text's
		}
		name = n
	}
	if name == "" || creditsOutlet(text, name) {
		return ""
	}
	return name
}

// creditsOutlet reports a text that gives an outlet as its source: "X
// reported", "according to X", "reported by X". Written as the text writes
// it or under the directory's name.
func creditsOutlet(text, name string) bool {
	names := []string{name}
	if o, ok := outlets.Lookup(name); ok {
		names = append(append(names, o.Name), o.Aliases...)
	}
	for _, n := range names {
		for _, cue := range []string{n + " reported", n + " reports", n + " first reported", "according to " + n, "according to the " + n, "reported by " + n, "reported by the " + n} {
			if strings.Contains(text, cue) {
				return true
			}
		}
	}
	return false
}
