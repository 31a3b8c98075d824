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

// creditsOutlet reports whether a text gives an outlet as its source:
// "X reported", "X wrote", "according to X", "according to a new X
// report", "reported by X", "via X", "citing X". The outlet is looked for
// as the text writes it and under the directory's names; only the words
// around each place it stands are read.
func creditsOutlet(text, name string) bool {
	names := []string{name}
	if o, ok := outlets.Lookup(name); ok {
		names = append(append(names, o.Name), o.Aliases...)
	}
	for _, n := range names {
		for off := 0; ; {
			k := strings.Index(text[off:], n)
			if k < 0 {
				break
			}
			at, end := off+k, off+k+len(n)
			off = end
			after := text[end:min(len(text), end+20)]
			if creditBefore(text[max(0, at-40):at], after) || creditAfter(after) {
				return true
			}
		}
	}
	return false
}

// creditBefore reports whether before, the words that lead to an outlet's
// name, give the outlet as a source: "according to (the)", "according to a
// new", "reported by", "first reported by", "via", "citing", "a report by".
// after, the words that follow the name, tell "via the Calder Post" from
// "via the Calder Post's tip line", where the outlet is the channel of its
// own reporting; "according to the Calder Post's survey" is still a credit.
func creditBefore(before, after string) bool {
	b := outlets.ASCIILower(before)
	b = strings.TrimSuffix(b, "the ")
	if i := strings.LastIndex(b, "according to "); i >= 0 && allReportWords(b[i+len("according to "):]) {
		return true // "according to a new X report"
	}
	possessive := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
	for _, cue := range []string{"reported by ", "via ", "citing ", "report by ", "report from ", "reporting by "} {
		if strings.HasSuffix(b, cue) && (len(b) == len(cue) || !outlets.ASCIILetter(b[len(b)-len(cue)-1])) {
			return cue != "via " || !possessive // "via the Post's tip line" is its own channel; "citing the Post's analysis" a source
		}
	}
	return false
}

// creditAfter reports whether after, the words that follow an outlet's
// name, give the outlet as a source: "X reported", "X first reported", "X
// wrote", "X's report". "X wrote to the board" is the outlet's own letter,
// not a source.
func creditAfter(after string) bool {
	for _, cue := range []string{" reported", " reports", " first reported", " wrote", " writes", " has reported", "'s report", "’s report"} {
		if !strings.HasPrefix(after, cue) {
			continue
		}
		rest := after[len(cue):]
		if rest != "" && outlets.ASCIILetter(rest[0]) {
			continue
		}
		if (cue == " wrote" || cue == " writes") && strings.HasPrefix(rest, " to ") {
			continue
		}
		return true
	}
	return false
}

// allReportWords reports whether s holds only the words that may stand
// between "according to" and an outlet's name: "a new", "the latest".
func allReportWords(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "a", "an", "the", "new", "recent", "latest", "earlier":
		default:
			return false
		}
	}
	return true
}
