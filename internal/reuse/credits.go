package reuse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// creditKind tells an attribution in running text from an outlet's own
// marks: a dateline "(AP) —" or a sign-off "... contributed to this report".
type creditKind uint8

const (
	creditCue      creditKind = iota // "according to X", "X reported", ...
	creditDateline                   // "WASHINGTON (AP) —"
	creditSignoff                    // "X contributed to this report"
	creditPreface                    // "21st Century Wire says…": a site introducing its own comment
)

// foundCredit is a credit with what the analysis needs beyond the contract.
type foundCredit struct {
	corroborate.Credit
	kind  creditKind
	known bool // the outlet is in the outlet list, not guessed from its name
	// sourcing: the cue says someone spoke to the outlet ("told Fox News",
	// "speaking to Mirror Online"), not that the text is the outlet's.
	sourcing bool
	// staff: the cue names the outlet's own people ("according to Fox News
	// meteorologists"). In an article of that outlet it is its own
	// reporting, as sourcing is (ownSourcing); elsewhere it credits the
	// outlet's text like any cue.
	staff bool
	// described: the text calls the outlet what it is ("told news website
	// Benzinga"), as an outlet does not call itself.
	described bool
	// whole: a credit line ("Via X", "This article originally appeared at
	// X") vouches for the whole article.
	whole bool
}

// Credits finds the explicit credits to outlets in text: "according to
// Reuters", "McClatchy reported", "reports the Associated Press", "as the AP
// noted", "From the AP:", "WASHINGTON (AP) —", "told CNN", "via Axios",
// "h/t The Hill", "The Associated Press contributed to this report",
// "according to a new CNN poll", "tells Harbourtimes.com", "writes X's reporter",
// "a report on the X news website", "So writes the X". A name
// counts as an outlet when it is in the list of news organisations and wire
// services, or ends in a word only outlets use ("the Harbor Courier"); other
// organisations ("the American Civil Liberties Union") are never credits.
// Each credit gives the outlet's canonical name, the cue as written, and the
// cue's byte span in text. Credits come in text order.
//
// A line that is only a credit ("Via X", "VIA: X", "Sources: X, Y", "Source
// X") and the sentences that say where the text first appeared
// ("originally appeared at X", "first published by X", "appeared in
// Saturday's edition of X") name an outlet whatever its name; a name they
// give makes the same name an outlet elsewhere in the text ("told X"). A
// closing "[X]" on a line of its own credits X when X is an outlet's name.
func Credits(text string) []corroborate.Credit {
	ix := outletIndex()
	found := findCredits(text, ix, nil)
	if names := creditedNames(found, describedNames(text)); names.unread(text, found) {
		found = findCredits(text, ix, names)
		names.spell(found)
	}
	out := make([]corroborate.Credit, len(found))
	for i, f := range found {
		out[i] = f.Credit
	}
	return out
}

// word is one word of running text as written, with its byte span.
type word struct {
	start, end int
	s          string
}

// scanWords splits text into words: letters, digits and the marks that occur
// inside names ("L.A.", "Times-Picayune", "AT&T", "Department’s").
func scanWords(text string) []word {
	out := make([]word, 0, len(text)/6)
	start := -1
	for i, r := range text {
		var letter, inner bool
		if r < utf8.RuneSelf {
			c := byte(r)
			letter = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
			inner = c == '.' || c == '-' || c == '&' || c == '\'' || c == '/'
		} else {
			letter = unicode.IsLetter(r) || unicode.IsDigit(r)
			inner = r == '’'
		}
		if letter || (inner && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, trimWord(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, trimWord(text, start, len(text)))
	}
	return out
}

// trimWord drops marks that end a word rather than belong to it: a final
// period unless the word is an abbreviation with inner periods ("U.S."),
// final hyphens and apostrophes.
func trimWord(text string, start, end int) word {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if r == '.' && strings.Count(text[start:end], ".") > 1 && !siteEnd(text[start:end-1]) {
			break
		}
		if r == '.' || r == '-' || r == '&' || r == '\'' || r == '’' || r == '/' {
			end -= n
			continue
		}
		break
	}
	return word{start, end, text[start:end]}
}

// siteWord reports whether w, not capitalised, is a site's host written in
// running text ("harbourtimes.com", "www.harbourtimes.co.uk"): letters
// before a site's suffix.
func siteWord(w string) bool {
	if !siteEnd(w) || strings.ContainsAny(w, "/'’&") {
		return false
	}
	dot := strings.IndexByte(w, '.')
	return dot >= 2 && strings.IndexFunc(w[:dot], unicode.IsLetter) >= 0
}

// siteEnd reports whether w ends in a site's suffix ("ABC7.com"): a
// period after it ends the sentence, not an abbreviation.
func siteEnd(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range []string{".com", ".org", ".net", ".au", ".uk", ".tv"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// runOpeners are capitalised words that open a sentence before a name
// rather than belong to it: "As Reuters reported", "According to CNN".
var runOpeners = map[string]bool{
	"As": true, "According": true, "From": true, "In": true, "On": true, "At": true,
	"By": true, "For": true, "With": true, "And": true, "But": true, "If": true,
	"When": true, "While": true, "After": true, "Before": true, "Via": true,
	"Per": true, "Told": true, "Reports": true, "Speaking": true, "Citing": true,
	"Writing": true, "Courtesy": true, "Credit": true, "Source": true, "Sources": true,
	"Reported": true, "Said": true, "Says": true, "Meanwhile": true, "However": true,
	"Earlier": true, "Later": true, "Also": true, "Then": true, "Now": true, "Yesterday": true,
	"Today": true, "Last": true, "This": true, "That": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "A": true, "An": true,
}

// connectors may join capitalised words inside one name.
var connectors = map[string]bool{"of": true, "de": true, "du": true, "la": true, "del": true}

// nameRun is a maximal run of capitalised words: a candidate outlet name.
type nameRun struct {
	start, end int // bytes of the run, including a leading "The"
	name       string
	possessive bool
	// described: the text's words around the run say it is an outlet
	// ("So writes the Harbourer").
	described bool
}

// nameRuns finds the capitalised runs of text. Words of a run are separated
// by single spaces only.
func nameRuns(text string, ws []word) []nameRun {
	var out []nameRun
	for i := 0; i < len(ws); {
		leadDigit := startsWithDigit(ws[i].s) && i+1 < len(ws) && capitalized(ws[i+1].s) &&
			text[ws[i].end:ws[i+1].start] == " " // "21st Century Wire"
		if !capitalized(ws[i].s) && !leadDigit {
			if siteWord(ws[i].s) {
				// "according to harbourtimes.com": a site's host
				out = append(out, nameRun{start: ws[i].start, end: ws[i].end, name: ws[i].s})
			}
			i++
			continue
		}
		if runOpeners[ws[i].s] {
			i++ // "As Reuters reported": the opener is not part of the name
			continue
		}
		j := i + 1
		for j < len(ws) && text[ws[j-1].end:ws[j].start] == " " {
			if capitalized(ws[j].s) || (startsWithDigit(ws[j].s) && j+1 < len(ws) && capitalized(ws[j+1].s)) {
				j++ // "Channel 9 News"
				continue
			}
			if channelNumber(ws[j].s) {
				j++ // "France 3"
				break
			}
			if (connectors[ws[j].s] || ws[j].s == "on" && j+1 < len(ws) && ws[j+1].s == "Sunday") &&
				j+1 < len(ws) && capitalized(ws[j+1].s) && text[ws[j].end:ws[j+1].start] == " " {
				j += 2
				continue
			}
			break
		}
		// A possessive ends the run: "CNN’s Jake Tapper" names CNN.
		for k := i; k < j; k++ {
			if hasPossessive(ws[k].s) {
				j = k + 1
				break
			}
		}
		r := nameRun{start: ws[i].start, end: ws[j-1].end}
		r.name, r.possessive = cutPossessive(text[r.start:r.end])
		out = append(out, r)
		i = j
	}
	return out
}

// channelNumber reports whether w is the number of a broadcaster's
// channel ("France 3", "Channel 4"): one or two digits.
func channelNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func hasPossessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

func cutPossessive(s string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			return rest, true
		}
	}
	return s, false
}

// outletName decides whether a run names an outlet: the canonical name, and
// whether the directory knows it. A name it does not know is an outlet's
// when it ends in a word only outlets' names end in ("the Harbor Courier").
func (ix *aliasIndex) outletName(name string) (string, bool, bool) {
	if dateName(name) {
		return "", false, false // "reported November 24"
	}
	cands := []string{name}
	if strings.Contains(name, " On Sunday") {
		// "The Mail On Sunday": a title in capitals throughout
		name = strings.Replace(name, " On Sunday", " on Sunday", 1)
		cands = append(cands, name)
	}
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		cands = append(cands, rest)
	}
	for _, c := range cands {
		if o, ok := outlets.ByName(c); ok {
			return o.Name, true, true
		}
	}
	fields := strings.Fields(cands[len(cands)-1])
	if len(fields) == 0 {
		return "", false, false
	}
	last := fields[len(fields)-1]
	if outlets.OutletWord(last) {
		return cands[len(cands)-1], false, true
	}
	// "the Portville Mail on Sunday": an outlet's Sunday title.
	if n := len(fields); n >= 3 && fields[n-2] == "on" && last == "Sunday" && outlets.OutletWord(fields[n-3]) {
		if _, known := outlets.ByName(strings.Join(fields[:n-2], " ")); !known {
			return cands[len(cands)-1], false, true
		}
		return "", false, false // "the Wall Street Journal on Sunday": the known outlet, and a day
	}
	// "Mirror Online": an outlet's name with its website's suffix.
	if last == "Online" && len(fields) > 1 && outlets.OutletWord(fields[len(fields)-2]) {
		return cands[len(cands)-1], false, true
	}
	// "France 3": a broadcaster's channel.
	if len(fields) == 2 && channelNumber(last) {
		return cands[len(cands)-1], false, true
	}
	// "nytimes.com": a known outlet's host.
	if len(fields) == 1 && strings.Contains(last, ".") {
		if o, ok := outlets.Lookup(last); ok {
			return o.Name, true, true
		}
	}
	// "Benzinga.com", "TOLOnews": a site's name.
	if len(fields) == 1 && siteName(last) {
		return last, false, true
	}
	return "", false, false
}
