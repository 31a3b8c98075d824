package reuse

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// actsItself reports whether the credit cue ending at end ("NBC
// confirmed", "CNN said") goes on to speak of the outlet itself: "…
// confirmed it had dropped plans", "… said on Monday that it would sell
// its stake". The outlet is then a company in the news, acting, not a
// source of the story. An outlet telling of its own reporting ("CNN said
// it had obtained the letter", "… said its reporters saw") is still a
// source, and so is a news agency (the caller asks only of other
// outlets).
func actsItself(text string, end int) bool {
	c := strings.ToLower(text[max(0, end-10):end])
	if !strings.HasSuffix(c, "said") && !strings.HasSuffix(c, "says") && !strings.HasSuffix(c, "confirmed") &&
		!strings.HasSuffix(c, "announced") {
		return false
	}
	fs := strings.Fields(text[end:min(len(text), end+80)])
	if len(fs) >= 3 && fs[0] == "on" && dateWords[strings.TrimRight(fs[1], ",")] {
		fs = fs[2:] // "said on Monday"
	}
	if len(fs) > 0 && fs[0] == "that" {
		fs = fs[1:]
	}
	if len(fs) < 2 || fs[0] != "it" && fs[0] != "its" {
		return false
	}
	if fs[0] == "its" {
		return !ownReporting[strings.Trim(fs[1], ",.")]
	}
	for _, w := range fs[1:] {
		w = strings.Trim(w, ",.")
		if auxiliaries[w] {
			continue
		}
		return !ownReporting[w]
	}
	return true
}

// auxiliaries and adverbs stand between "it" and its verb: "it had not
// independently verified".
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "is": true, "would": true,
	"will": true, "could": true, "can": true, "did": true, "does": true, "not": true, "also": true, "been": true,
	"independently": true, "since": true}

// ownReporting are the words after "it" or "its" by which an outlet
// tells of its own reporting: "it had obtained", "its reporters".
var ownReporting = map[string]bool{"obtained": true, "reviewed": true, "seen": true, "saw": true, "learned": true,
	"verified": true, "verify": true, "confirmed": true, "confirm": true, "reached": true, "interviewed": true,
	"contacted": true, "spoken": true, "spoke": true, "received": true, "found": true, "analyzed": true,
	"analysed": true, "examined": true, "viewed": true, "heard": true, "unable": true, "able": true,
	"reporters": true, "reporter": true, "correspondent": true, "correspondents": true, "journalists": true,
	"reporting": true, "investigation": true, "analysis": true, "sources": true, "review": true, "staff": true}

// agencyMarks finds the outlet marks of datelines that the name runs do not
// give ("(REUTERS) -", a name in capitals), as extraction reads them
// (outlets.FindMark), leaving out those found already.
func agencyMarks(text string, found []foundCredit) []foundCredit {
	var out []foundCredit
	if !markShape(text) {
		return nil
	}
	for off := 0; off < len(text); {
		m, ok := outlets.FindMark(text[off:])
		if !ok {
			break
		}
		start, end := off+m.Start, off+m.End
		off = end
		dup := false
		for _, c := range found {
			dup = dup || c.Start < end && c.End > start
		}
		if !dup {
			out = append(out, foundCredit{Credit: corroborate.Credit{Outlet: m.Outlet, Cue: text[start:end], Start: start, End: end},
				kind: creditDateline, known: m.Known})
		}
	}
	return out
}

// stationMarks finds the datelines of a local outlet that ran a news
// agency's copy ("SEATTLE (KTRN Lenna/AP) —", outlets.ReadDateline), at
// the start of the text or of a line: the station's mark is the article's
// own, a dateline; the agency is a credit of the article, for the whole of
// it, since the copy is the agency's. Marks found already are left out.
func stationMarks(text string, found []foundCredit) []foundCredit {
	var out []foundCredit
	for at := 0; at < len(text); {
		line := text[at:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		head := line[:min(len(line), 160)]
		if slash := strings.IndexByte(head, '/'); slash >= 0 && strings.IndexByte(head[slash:], ')') >= 0 {
			if d, ok := outlets.ReadDateline(text[at:]); ok && d.Agency.Outlet != "" && d.Mark.Outlet != "" {
				start, end := at+d.Mark.Start, at+d.Mark.End
				if !slices.ContainsFunc(found, func(c foundCredit) bool { return c.Start < end && c.End > start }) {
					out = append(out,
						foundCredit{Credit: corroborate.Credit{Outlet: d.Mark.Outlet, Cue: text[start:end], Start: start, End: end},
							kind: creditDateline, known: d.Mark.Known},
						foundCredit{Credit: corroborate.Credit{Outlet: d.Agency.Outlet, Cue: text[at+d.Agency.Start : at+d.Agency.End],
							Start: at + d.Agency.Start, End: at + d.Agency.End}, known: true, whole: true})
				}
			}
		}
		at += len(line) + 1
	}
	return out
}

// markShape reports cheaply whether text holds a closing parenthesis
// followed by a dash, the shape of a dateline's mark, before FindMark's
// regular expression is asked.
func markShape(text string) bool {
	for i := strings.IndexByte(text, ')'); i >= 0; {
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j < len(text) && (text[j] == '-' || strings.HasPrefix(text[j:], "—") || strings.HasPrefix(text[j:], "–")) {
			return true
		}
		k := strings.IndexByte(text[j:], ')')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}
