package outlets

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mark is an outlet's mark on its own copy: its name in parentheses
// followed by a dash, as a wire story's dateline carries it ("WASHINGTON
// (AP) —", "London (AFP) -", "Oct 6 (Reuters) -", or "(Reuters) -" alone).
type Mark struct {
	// Outlet is the directory's name for a known outlet, else the name as
	// written ("Calder News").
	Outlet string
	// Known says the directory knows the outlet; Wire that it is a news
	// agency.
	Known, Wire bool
	// Start and End are the byte offsets of "(Name) —" in the text.
	Start, End int
}

// reMark matches a name in parentheses followed by a dash and a space (or
// the end of the text): the shape of a dateline's outlet mark.
var reMark = regexp.MustCompile(`\(([^()\n]{1,40})\)[ \t]*(?:—|–|--|-)(?:\s|$)`)

// FindMark returns the first outlet mark in s: a parenthesised name followed
// by a dash, where the name is an outlet the directory knows, in any case
// ("(AP)", "(REUTERS)"), or looks like an outlet's ("(Calder News)").
// Parentheses holding anything else ("(left) -", "(updated) —") are no
// mark. It looks anywhere in s; ReadDateline reads the dateline that opens
// a text.
func FindMark(s string) (Mark, bool) {
	for _, loc := range reMark.FindAllStringSubmatchIndex(s, -1) {
		end := loc[1]
		if end > loc[0] && end <= len(s) && strings.ContainsRune(" \t\n\r", rune(s[end-1])) {
			end-- // the space after the dash is not part of the mark
		}
		if m, ok := markOf(s[loc[2]:loc[3]]); ok {
			m.Start, m.End = loc[0], end
			return m, true
		}
	}
	return Mark{}, false
}

// markOf reads the name in a mark's parentheses: an outlet the directory
// knows, or a name that looks like an outlet's.
func markOf(name string) (Mark, bool) {
	name = strings.TrimSpace(name)
	if o, ok := Lookup(name); ok {
		return Mark{Outlet: o.Name, Known: true, Wire: o.Wire}, true
	}
	if LooksLikeOutlet(name) {
		return Mark{Outlet: strings.TrimPrefix(name, "The ")}, true
	}
	return Mark{}, false
}

// Dateline is what a news text puts before its first sentence to say where
// and by whom it was filed: a place, a date, an outlet's mark in
// parentheses, then a separator.
//
// The shapes read: a place in capitals ("PORT CALDER —", "LENNA, Tarnland
// –"); an outlet's mark after a place in any case, a date, both
// or nothing ("WASHINGTON (AP) —", "London (AFP) -", "CHICAGO, Jan 6
// (Reuters) -", "Oct 6 (Reuters) -", "(Reuters) -", "LAUSANNE, Switzerland
// (AP) _"), and after a few words of notes or a byline as wire copy carries
// them ("(Updates with ...) By Ana Ros March 3 (Reuters) -"); a local outlet's
// mark that names the agency whose copy it ran ("SEATTLE (KTRN Lenna/AP)
// —": the outlet is the station, the agency is Agency); a bracket that
// names no outlet after a place ("SACRAMENTO (KTRN13) —"); a known outlet's
// mark with no dash after a short place or alone ("(CNN) A dress ...",
// "Madrid (CNN) The ...", "(CNN)The ..."); a known agency's name between
// slashes after a place in capitals or a date ("LENNA, March 3. /TASS/.
// The …", slashDateline). A sentence must start after it: a capital, a
// digit or a quotation mark ("NASA — the agency said" has no dateline).
// Labels in capitals ("FILE -", "EXCLUSIVE –") are no places. A place in
// capitals and a colon ("RAMPUR: All was going well…", as South Asian
// papers file) is read with care (colonDateline): words in capitals before
// a colon are as often a label ("UPDATE:"), a headline's teaser ("BOOM:
// Ferry Board Quits"), a letter's salutation or the speaker of a
// transcript ("TAPPER: Do you think…?"), which a sentence must keep.
type Dateline struct {
	// Place is where the text was filed, as written ("SAN BERNARDINO,
	// Calif."), without the date; "" when only a date, a byline or nothing
	// stands before the mark.
	Place string
	// Mark is the outlet's mark, when the parentheses name an outlet
	// (Mark.Outlet is "" when they hold anything else or there are none).
	// Its End is after the separator.
	Mark Mark
	// Agency is the news agency whose copy the outlet of Mark ran, when the
	// mark names both ("(KTRN Lenna/AP) —", stationMark): a credit for the
	// copy, not the text's outlet. Its Start and End are the agency's name
	// inside the parentheses ("AP"); Outlet is "" when the mark names none.
	Agency Mark
	// Sep is the separator as written: "—", "–", "--", "-", "_", ":", or ""
	// after a known outlet's mark with no dash.
	Sep string
	// End is the byte offset where the sentence after the dateline starts.
	End int
}

const (
	// markReach is how far into a text's first line an outlet's mark may
	// stand: after a place, a date or a byline, never deep in a sentence.
	markReach = 120
	// markWords is how many words may stand before the mark.
	markWords = 12
	// placeReach is how far into the line the separator after a place in
	// capitals may stand.
	placeReach = 80
	// lineReach is how much of the first line is read.
	lineReach = markReach + 60
)

// DatelineEnd is where the sentence s starts after the dateline that opens
// it, or 0. opensText says whether s opens its article's text: a colon
// dateline ("RAMPUR:") is read only there, since further on a name and a
// colon is a transcript speaker's label ("HOLM: The ferry board closed the
// crossing."); a dash or a wire's mark is read anywhere.
func DatelineEnd(s string, opensText bool) int {
	if d, ok := ReadDateline(s); ok && (opensText || d.Sep != ":") {
		return d.End
	}
	if opensText {
		return GluedDatelineEnd(s)
	}
	return 0
}

// gluedDateline matches a place in capitals and a region after a comma
// run into the sentence with no separator ("KIEV, Ukraine Pro-Russian
// protesters …", a wire's mark dropped by whoever stored the text).
var gluedDateline = regexp.MustCompile(`^[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+)*, [A-Z][a-z]+\.? `)

// GluedDatelineEnd is where the sentence s starts after a dateline run
// into it with no separator (gluedDateline), or 0: the place has three
// letters or more and the sentence opens with a capital or a quotation
// mark. Read only where a text or a headline starts: further on, a place
// in capitals may open a sentence ("NASA, Boeing and …" needs its
// capital after the comma and a capital after that, and is left).
func GluedDatelineEnd(s string) int {
	m := gluedDateline.FindStringIndex(s)
	if m == nil {
		return 0
	}
	if city, _, _ := strings.Cut(s[:m[1]], ","); len(city) < 3 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[m[1]:]); !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return 0
	}
	return m[1]
}

// ReadDateline reads the dateline that opens s, if any (see Dateline for
// the shapes). s starts with the dateline: leading space is not skipped.
func ReadDateline(s string) (Dateline, bool) {
	if r, _ := utf8.DecodeRuneInString(s); r != '(' && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return Dateline{}, false // a place, a date or a mark opens it
	}
	line, _, _ := strings.Cut(s[:min(len(s), lineReach)], "\n")
	sepAt := firstSep(line)
	for i := 0; i < len(line); {
		j := strings.IndexByte(line[i:], '(')
		if j < 0 {
			break
		}
		open := i + j
		if open > markReach || sepAt >= 0 && open > sepAt {
			break
		}
		k := strings.IndexByte(line[open+1:], ')')
		if k < 0 {
			break
		}
		close := open + 1 + k
		if d, ok := bracketDateline(s, open, close); ok {
			return d, true
		}
		i = close + 1
	}
	if d, ok := slashDateline(s, line); ok {
		return d, true
	}
	if c := strings.IndexByte(line, ':'); c > 0 && c <= placeReach && (sepAt < 0 || c < sepAt) {
		return colonDateline(s, c)
	}
	if sepAt < 0 || sepAt > placeReach {
		return Dateline{}, false
	}
	l := readLead(s[:sepAt])
	if !l.clean || !l.caps {
		return Dateline{}, false
	}
	sep, end := separator(s, sepAt)
	if sepAt > 0 && s[sepAt-1] != ' ' && end < len(s) && spaceAt(s, end) == 0 {
		// A dash between two words ("PSA—\"You have ...", "SIEGEL--Jerome")
		// is a dateline's only before a capitalised word ("WASHINGTON—The").
		if r, _ := utf8.DecodeRuneInString(s[end:]); !unicode.IsUpper(r) {
			return Dateline{}, false
		}
	}
	if end = sentenceAt(s, end); end < 0 {
		return Dateline{}, false
	}
	return Dateline{Place: l.place, Sep: sep, End: end}, true
}

// bracketDateline reads a dateline whose parentheses stand at s[open] and
// s[close]: an outlet's mark, or a bracket after a place.
func bracketDateline(s string, open, close int) (Dateline, bool) {
	name := strings.TrimSpace(s[open+1 : close])
	prefix := s[:open]
	if name == "" || len(name) > 40 || len(strings.Fields(prefix)) > markWords {
		return Dateline{}, false
	}
	at := close + 1
	for at < len(s) && (s[at] == ' ' || s[at] == '\t') {
		at++
	}
	sep, after := separator(s, at)
	l := readLead(prefix)
	m, isMark := markOf(name)
	var agency Mark
	if !isMark && sep != "" {
		at := open + 1 + strings.Index(s[open+1:close], name)
		m, agency, isMark = stationMark(name, at)
	}
	switch {
	case sep == "":
		// No dash: a known outlet's mark, alone or after a short place,
		// a space after it or a capital ("(CNN)The …", as pages that set
		// the mark in its own element run it into the sentence).
		first, _, _ := strings.Cut(name, "/") // "AFP/Getty"
		o, known := Lookup(first)
		r, _ := utf8.DecodeRuneInString(s[close+1:])
		if !known || at == close+1 && !unicode.IsUpper(r) || !l.clean || l.dated || l.words > 5 {
			return Dateline{}, false
		}
		m, isMark, after = Mark{Outlet: o.Name, Known: true, Wire: o.Wire}, true, close+1
	case !isMark:
		// Parentheses naming no outlet we know of after a place: any after
		// a city in capitals ("(KTRN13)", "(updated)"), a call sign in
		// capitals after another ("Tampa, Fla. (CBS TAMPA)"; not "Sen. Ada
		// Holm (R-Tarn)").
		if !l.clean || l.place == "" || !l.caps && !inCapitals(name) {
			return Dateline{}, false
		}
	}
	end := sentenceAt(s, after)
	if end < 0 {
		return Dateline{}, false
	}
	d := Dateline{Sep: sep, End: end, Agency: agency}
	if l.clean {
		d.Place = l.place
	}
	if isMark {
		m.Start, m.End = open, after
		d.Mark = m
	}
	return d, true
}

// slashDateline reads the dateline of a news agency that sets its name
// between slashes after the place and the date, then a full stop or a
// dash ("LENNA, March 3. /TASS/. The …", as the Russian agencies file):
// the name is an agency the directory knows, and a place in capitals or a
// date stands before it. A slash elsewhere ("and/or", "PORT CALDER/LENNA",
// a photo credit "Ana Ros /Harbor Photo/") is no mark.
func slashDateline(s, line string) (Dateline, bool) {
	open := strings.Index(line, " /")
	if open < 0 || open+1 > markReach {
		return Dateline{}, false
	}
	open++
	k := strings.IndexByte(line[open+1:], '/')
	if k < 1 || k > 40 {
		return Dateline{}, false
	}
	close := open + 1 + k
	o, known := Lookup(line[open+1 : close])
	l := readLead(s[:open])
	if !known || !o.Wire || !l.clean || !l.caps && !l.dated || l.words > markWords {
		return Dateline{}, false
	}
	at := close + 1
	if at < len(s) && (s[at] == '.' || s[at] == ':') {
		at++
	}
	sep := ""
	if n := spaceAt(s, at); n > 0 {
		if sp, after := separator(s, at+n); sp != "" {
			sep, at = sp, after
		}
	}
	end := sentenceAt(s, at)
	if end < 0 || end == close+1 {
		return Dateline{}, false // "/TASS/The …": no space after the mark
	}
	return Dateline{
		Place: l.place,
		Mark:  Mark{Outlet: o.Name, Known: true, Wire: true, Start: open, End: at},
		Sep:   sep,
		End:   end,
	}, true
}

// firstSep returns where the first separator after a dateline's place
// stands in line, outside parentheses, or -1: a dash ("—", "–", "--", a
// hyphen or an underscore with space after it).
func firstSep(line string) int {
	depth := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '(':
			depth++
		case c == ')':
			depth = max(0, depth-1)
		case depth > 0:
		case c == '-' || c == '_' || c == 0xE2:
			if sep, _ := separator(line, i); sep != "" && (c != '-' || sep == "--" || i > 0 && line[i-1] == ' ') {
				return i
			}
		}
	}
	return -1
}

// separator reads the separator at s[i]: "—", "–", "--", or "-" or "_"
// followed by space or the end of s. It returns "" and i when there
// is none, else the separator and where it ends.
func separator(s string, i int) (string, int) {
	for _, sep := range []string{"—", "–", "--"} {
		if strings.HasPrefix(s[i:], sep) {
			return sep, i + len(sep)
		}
	}
	if i < len(s) && strings.IndexByte("-_", s[i]) >= 0 && (i+1 == len(s) || spaceAt(s, i+1) > 0) {
		return s[i : i+1], i + 1
	}
	return "", i
}

// spaceAt returns the size of the white space character (a no-break space
// too) at s[i], 0 when there is none.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// sentenceAt returns where the sentence after a dateline starts, skipping
// space from i, or -1 when what follows does not open a sentence.
func sentenceAt(s string, i int) int {
	for n := spaceAt(s, i); n > 0; n = spaceAt(s, i) {
		i += n
	}
	if i >= len(s) || !opensSentence(s[i:]) {
		return -1
	}
	return i
}
