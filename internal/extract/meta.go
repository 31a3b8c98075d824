package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
)

var (
	// "By Charlie May", "BY ANA ROS AND LI WEI, Associated Press", "Por María Gil", "Di Marco Rossi", "Von Anna Berg", "Par Luc Moreau"
	reByline = regexp.MustCompile(`^(?i:by|por|di|de|von|par|door)\s+(.{2,120}?)\s*$`)
	// separators in a list of names, in the languages bylines come in
	reNameSep = regexp.MustCompile(`\s*(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b|&)\s*`)
	// "Associated Press writers X and Y contributed to this report.": the
	// agency's own staff signing off its copy. The agency alone ("The
	// Associated Press contributed to this report.") signs off another
	// outlet's story that used its copy: a credit, not the outlet.
	reWireCredit = regexp.MustCompile(`\b((?:[A-Z][\w&'’-]+ ){0,3}(?:Press|News|Wire|Service|Agency|Reuters|Bloomberg|McClatchy|AFP)) (?:staff )?(?:writers?|reporters?|correspondents?|journalists?)\b[^.]{0,200}\bcontributed (?:to )?(?:this|the) (?:report|story|article)`)
)

// bylineDate splits a line that holds a byline and then a date ("By Ana
// Ros. March 3, 2026", "By Ana Ros, harbor reporter | March 3, 2026, 5:49
// AM EST") into the two; ok is false when the line holds no date after its
// start. Whether the first part is a byline is parseByline's to say.
func bylineDate(line string) (byline, date string, ok bool) {
	_, _, at, found := findDateAt(line)
	if !found || at == 0 {
		return "", "", false
	}
	byline = strings.TrimRight(line[:at], " .,;:|·•-–—")
	for _, w := range []string{" on", " updated", " published", " posted"} {
		if len(byline) > len(w) && strings.EqualFold(byline[len(byline)-len(w):], w) {
			byline = strings.TrimRight(byline[:len(byline)-len(w)], " .,;:|·•-–—")
		}
	}
	return byline, line[at:], true
}

// headByline reads a line of a text's head as a byline (parseByline): its
// names and outlet, and the date printed after them when there is one ("By
// Ana Ros. March 3, 2026"). names is nil when the line is no byline.
func headByline(line string) (names []string, outlet, date string) {
	if by, d, ok := bylineDate(line); ok {
		if names, outlet = parseByline(by); names != nil {
			return names, outlet, d
		}
	}
	names, outlet = parseByline(line)
	return names, outlet, ""
}

// parseByline returns the names in a byline line ("By A, B and C"), each
// once, or nil when the line is not a byline, and the outlet named after
// the names ("By A, Tidewater Press"), if any. A byline printed with words
// said twice is read said once (undoubled: "By By Ana Ros", "By: By Ana
// Ros", "By Ana Ros By Ana Ros"): every line of a text read as a byline
// with its lead ("By", "Por") comes through here.
func parseByline(line string) (names []string, outlet string) {
	m := reByline.FindStringSubmatch(strings.TrimSpace(undoubled(line)))
	if m == nil {
		return nil, ""
	}
	rest := m[1]
	// Drop an affiliation after a comma or pipe when it is not a name list:
	// "By Ana Ros, Associated Press" keeps only the name.
	rest = strings.Split(rest, "|")[0]
	parts := reNameSep.Split(rest, -1)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if o, known := outlets.Lookup(p); known {
			outlet = o.Name
			continue
		}
		if outlets.LooksLikeOutlet(p) && len(names) > 0 {
			outlet = p
			continue
		}
		if !isNameLike(p) {
			if len(names) > 0 {
				break // an affiliation after the names
			}
			return nil, ""
		}
		names = append(names, p)
	}
	if len(names) == 0 {
		return nil, ""
	}
	return dedupeNames(names), outlet
}

// isNameLike reports a short run of capitalised words that is a person's
// name, not a job title.
func isNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			if len(words) > 2 && nameParticles[w] {
				continue
			}
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
		if lw := strings.ToLower(strings.Trim(w, ".")); chromeWords[lw] || roleWords[lw] {
			return false // "Share Story", "Staff Writer"
		}
	}
	return true
}

var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "del": true, "la": true, "le": true, "dos": true, "bin": true, "al": true}

// parseDateline reads the place and the outlet of the dateline that opens
// a news text (outlets.ReadDateline): "WASHINGTON (AP) —" gives WASHINGTON
// and the Associated Press, "Oct 6 (Reuters) -" no place and Reuters, and
// "SEATTLE (KTRN Lenna/AP) —" SEATTLE and the station that ran the
// agency's copy, KTRN Lenna (the agency is a credit, not the outlet).
//
// A page may print its highlights above the lead ("Story highlights", then
// a few one-line points, then "(CNN) — The …"): the dateline is read after
// up to highlightLines such short lines too, when it carries an outlet's
// mark; a place alone there may be a heading's.
func parseDateline(s string) (place, outlet string, ok bool) {
	rest := s
	for i := 0; i <= highlightLines; i++ {
		if d, ok := outlets.ReadDateline(rest); ok && (i == 0 || d.Mark.Outlet != "") {
			return d.Place, d.Mark.Outlet, true
		}
		line, after, found := strings.Cut(rest, "\n")
		if !found || len(strings.Fields(line)) > highlightWords {
			break
		}
		rest = strings.TrimLeft(after, "\n\t ")
	}
	return "", "", false
}

const (
	// highlightLines is how many lines of highlights may stand above a
	// dateline; highlightWords how long each may be (a point, not a
	// paragraph of the article).
	highlightLines = 6
	highlightWords = 40
)

// reOriginSignoff matches the line a publisher closes its own copy with,
// naming itself ("Original article on Calder Science.", "Originally
// published on Calder Science."): copies syndicated elsewhere carry it
// unchanged, so it names the text's original publisher.
var reOriginSignoff = regexp.MustCompile(`(?:^|[.!?]["”’]?\s+)(?:Original article|Originally published) (?:on|at) (?:the )?(\p{Lu}[^\n]{0,60}?)\.?\s*$`)

// originOutlet is the publisher a text's closing sign-off names (see
// reOriginSignoff), "" when there is none. It is the outlet of a text that
// says nothing else about where it was published; a copy whose page or URL
// names another site is that site's, and the line stays in its text as a
// credit to the original.
func originOutlet(text string) string {
	tail := strings.TrimSpace(text[max(0, len(text)-400):])
	m := reOriginSignoff.FindStringSubmatch(tail)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	if len(strings.Fields(name)) > 6 {
		return ""
	}
	if n, ok := outlets.Canonical(name); ok {
		return n
	}
	return name
}

// rePromoLabel matches the label a site sets over a list of its own links
// ("Top Reads from The Calder Post:"), removed as chrome; the site it names
// is the one that published the text.
var rePromoLabel = regexp.MustCompile(`^(?i:top (?:reads|stories|picks) from) (?:the |The )?(\p{Lu}[^:.!?\n]{0,40}?):?$`)

// promoOutlet is the site the label of a list of its links names among the
// lines removed as chrome (rePromoLabel), "" when none does.
func promoOutlet(removed []string) string {
	for _, l := range removed {
		if m := rePromoLabel.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			if n, ok := outlets.Canonical(m[1]); ok {
				return n
			}
			return m[1]
		}
	}
	return ""
}

// outletFromText finds the outlet a text names for itself: the outlet its
// dateline marks (marked: a wire's, or a station's that ran a wire's copy)
// or its staff's "contributed to this report" sign-off.
func outletFromText(marked, text string) string {
	if marked != "" {
		return marked
	}
	tail := text[max(0, len(text)-1500):]
	if m := reWireCredit.FindStringSubmatch(tail); m != nil {
		name := strings.TrimPrefix(m[1], "The ")
		n, _ := outlets.Canonical(name)
		return n
	}
	return ""
}
