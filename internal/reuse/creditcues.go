package reuse

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// beforeCues introduce an outlet: "according to Reuters", "reports the AP".
// possessive says whether a possessive name ("told CNN’s Jake Tapper")
// still credits the outlet. Longer cues come first, so that "first
// reported by" wins over "reported by".
var beforeCues = []struct {
	cue        string
	possessive bool
}{
	{"according to a report in", true}, {"first reported in", true}, {"a report in", true}, {"first reported by", true}, {"in a report by", true},
	{"says a report from", true}, {"according to a report from", true}, {"citing", true},
	{"first revealed by", true}, {"revealed by", true},
	{"in a statement to", true}, {"in a statement on", false}, {"interview with", true}, {"interview to", true}, {"explained to", true}, {"speaking with", true},
	{"speaking to", true}, {"spoke to", true}, {"spoke with", true}, {"said to", true}, {"asked by", true}, {"according to", true}, {"reported in", true},
	{"reported by", true}, {"published by", true}, {"obtained by", true},
	{"courtesy of", true}, {"courtesy:", false}, {"hat tip to", false}, {"hat tip:", false},
	{"hat tip", false}, {"cited by", true}, {"reported", false}, {"reports", false},
	{"credit:", false}, {"writes", true}, {"wrote", true}, {"told", true}, {"tells", true}, {"report on", true},
	{"says", false}, {"said", false}, {"h/t:", false}, {"h/t", false},
	{"via", false}, {"per", true},
}

// sourcingCues say that someone spoke to an outlet: the outlet's own
// reporting when it writes them, a credit when another outlet does.
var sourcingCues = map[string]bool{
	"told": true, "in a statement to": true, "interview with": true, "interview to": true, "explained to": true,
	"speaking with": true, "speaking to": true, "said to": true, "asked by": true, "tells": true,
	"in a statement on": true, "spoke to": true, "spoke with": true,
}

// afterVerbs follow an outlet that is being credited: "McClatchy reported".
var afterVerbs = []string{
	"has reported", "first reported", "was first to report", "reported",
	"reports", "has learned", "learned", "said", "says", "wrote", "writes",
	"noted", "notes", "revealed", "elaborated", "explained", "confirmed",
	"obtained", "published", "contributed", "reporting", "report", "has covered", "covered",
}

// adverbs may stand between an outlet and its verb ("Reuters first reported").
var adverbs = map[string]bool{"also": true, "earlier": true, "previously": true, "recently": true, "first": true, "originally": true}

// findCredits finds credits in text; see Credits. story holds the names
// the story's articles credit that the directory does not know: with them,
// "told Benzinga" is a credit.
func findCredits(text string, ix *aliasIndex, story storyNames) []foundCredit {
	plain, nb := plainSpaces(text)
	if nb == nil {
		return findCreditsIn(text, ix, story)
	}
	out := findCreditsIn(plain, ix, story)
	for i := range out {
		out[i].Start, out[i].End = nb.orig(out[i].Start), nb.orig(out[i].End)
		out[i].Cue = text[out[i].Start:out[i].End]
	}
	return out
}

// noBreaks records where plainSpaces wrote a plain space for a wider one:
// at each plain offset, the bytes taken out there, added up.
type noBreaks []struct{ at, taken int }

// orig maps an offset of the plain text to the text's: the bytes taken out
// before it are put back.
func (nb noBreaks) orig(p int) int {
	k := sort.Search(len(nb), func(i int) bool { return nb[i].at >= p })
	if k == 0 {
		return p
	}
	return p + nb[k-1].taken
}

// plainSpaces returns text with its no-break spaces ("The\u00a0Washington
// Post", "according to\u00a0CBS") written as plain ones, as the cues and
// name runs are read, and where it did so; nb is nil when text has none.
func plainSpaces(text string) (plain string, nb noBreaks) {
	if !strings.ContainsAny(text, "\u00a0\u202f\u2007") {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	taken := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\u00a0' || r == '\u202f' || r == '\u2007' {
			b.WriteByte(' ')
			taken += n - 1
			nb = append(nb, struct{ at, taken int }{b.Len() - 1, taken})
		} else {
			// invalid bytes are copied one by one, as they stand
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String(), nb
}

// findCreditsIn is findCredits over text with plain spaces.
func findCreditsIn(text string, ix *aliasIndex, story storyNames) []foundCredit {
	lines := lineCredits(text, ix, story)
	inLine := func(start, end int) bool {
		for _, l := range lines {
			if start < l.End && end > l.Start {
				return true
			}
		}
		return false
	}
	var out []foundCredit
	ws := scanWords(text)
	prevEnd, prevCue := -1, -1 // the last credit introduced by a before-cue
	runs := jointRuns(text, nameRuns(text, ws), ix)
	for _, run := range runs {
		if dateName(run.name) {
			continue // "reported November 24"
		}
		name, known, ok := runOutlet(ix, story, &run, text)
		if !ok {
			continue
		}
		lo := sentenceStart(text, run.start)
		before := text[lo:run.start]
		after := text[run.end:sentenceEnd(text, run.end)]
		c, found := matchCue(text, before, after, run)
		if !found && prevEnd >= 0 && joinedByAnd(text[prevEnd:run.start]) {
			c, found = foundCredit{Credit: corroborate.Credit{Start: prevCue, End: run.end}}, true
		}
		if !found || inLine(c.Start, c.End) {
			continue
		}
		if !known && c.Start+len("citing") <= len(text) && strings.EqualFold(text[c.Start:c.Start+len("citing")], "citing") &&
			!outlets.LooksLikeOutlet(name) && !siteName(name) {
			continue // "citing Exodus 18", "citing Section 8": citing is said of any source
		}
		if actsItself(text, c.End) && !ix.isWire(name) {
			continue // "NBC confirmed it had dropped plans": the company in the news
		}
		c.Outlet, c.known = name, known
		c.described = c.described || run.described
		atRunEnd := c.End == run.end
		if atRunEnd && run.possessive {
			// "told CNN's New Day": the cue ends with the outlet's name,
			// as "told CNN" does, and reads as the same credit.
			c.End = run.start + strings.LastIndexAny(text[run.start:run.end], "'’")
		}
		c.Cue = text[c.Start:c.End]
		if atRunEnd && staffAfter(text[run.end:]) {
			// "according to CNN meteorologists": the outlet's own people,
			// as "told CNN" is its own interview when the text is CNN's.
			c.staff = true
		}
		if preface(text, c) {
			c.kind = creditPreface
		}
		out = append(out, c)
		prevEnd, prevCue = -1, -1
		if atRunEnd && c.kind == creditCue {
			prevEnd, prevCue = run.end, c.Start
		}
	}
	out = fullNames(out, runs, text, ix, story)
	marks := agencyMarks(text, out)
	if len(lines) == 0 && len(marks) == 0 {
		return out
	}
	out = append(out, lines...)
	out = append(out, marks...)
	slices.SortStableFunc(out, func(x, y foundCredit) int { return cmp.Compare(x.Start, y.Start) })
	return out
}

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

// runOutlet decides whether the name run names an outlet, and gives its
// name: a name of the directory or of the story, one that looks like an
// outlet's, one the text calls an outlet ("the Spanish newspaper El
// Pais"), or a known outlet opening a longer run ("According to Reuters Mr
// Kushner"). A weekday or month opening the run is left out of it
// ("According to a Saturday Benzinga report"). run is cut to the name.
func runOutlet(ix *aliasIndex, story storyNames, run *nameRun, text string) (string, bool, bool) {
	try := func(r nameRun) (string, bool, bool) {
		if name, known, ok := ix.outletName(r.name); ok {
			return name, known, true
		}
		if name, ok := story.lookup(r.name); ok {
			return name, false, true
		}
		return "", false, false
	}
	if n := leadYear(run.name); n > 0 {
		// "according to a 2004 Harbour Post article": the year is not the name's
		run.start += n
		run.name = run.name[n:]
	}
	if name, known, ok := try(*run); ok {
		return name, known, true
	}
	if descriptorBefore(text, run.start) || descriptorAfter(text, run.end) && !demonymShape(run.name) || agencyName(run.name) {
		// "the Spanish newspaper El Pais", "the Harbour Post news website",
		// "Coastal News Agency": the text says it is an outlet.
		return strings.TrimPrefix(run.name, "The "), false, true
	}
	if r, ok := writtenBy(text, *run); ok {
		// "So writes the Harbourer", "reports the British Courant"
		*run = r
		run.described = true
		return run.name, false, true
	}
	if n := leadDate(run.name); n > 0 {
		r := *run
		r.start += n
		r.name = r.name[n:]
		if name, known, ok := try(r); ok {
			*run = r
			return name, known, true
		}
	}
	r, name, ok := ix.outletPrefix(*run, story)
	if ok {
		*run = r
		_, known := ix.canonical(name)
		return name, known, true
	}
	return "", false, false
}

// descriptors are the words that call the name after them an outlet's.
var descriptors = []string{"newspaper", "daily", "tabloid", "broadcaster", "magazine",
	"news agency", "news site", "website", "channel", "network", "station", "affiliate"}

// descriptorBefore reports whether a descriptor stands right before the
// name at i ("the Spanish newspaper El Pais"). It allocates nothing: it is
// asked about every capitalised run that is not a known outlet.
func descriptorBefore(text string, i int) bool {
	b := strings.TrimRight(text[max(0, i-24):i], " \u00a0")
	for _, d := range descriptors {
		if len(b) >= len(d) && strings.EqualFold(b[len(b)-len(d):], d) &&
			(len(b) == len(d) || b[len(b)-len(d)-1] == ' ') {
			// "on her website Burton said": her site, then a person.
			return !ownerWords[strings.ToLower(lastWord(b[:len(b)-len(d)]))]
		}
	}
	return false
}

// writtenBy reads a name the text gives the writing of, with "the" before
// it as an outlet's and not a person's: "So writes the Harbourer", "It
// reports the British Courant" (a nationality before the name). A person
// or a body is left out ("writes the Pope", "reports the British Embassy"):
// titles and the words bodies' names end in. run is returned cut to the
// name.
func writtenBy(text string, run nameRun) (nameRun, bool) {
	if run.possessive || strings.HasPrefix(run.name, "The ") {
		return run, false
	}
	// The cue first, without allocating: every capitalised run that is not
	// a known outlet is asked.
	b := strings.TrimRight(text[max(0, run.start-16):run.start], " ")
	verb := ""
	for _, v := range []string{"writes the", "wrote the", "reports the", "reported the"} {
		if len(b) >= len(v) && strings.EqualFold(b[len(b)-len(v):], v) && (len(b) == len(v) || b[len(b)-len(v)-1] == ' ') {
			verb = v
		}
	}
	if verb == "" {
		return run, false
	}
	first, name, two := strings.Cut(run.name, " ")
	demonym := two && demonyms[first] && !strings.Contains(name, " ")
	if !demonym {
		name = run.name
	}
	if strings.Contains(name, " ") || notOutletNames[name] || bodyWords[name] || demonymShape(name) || !utf8.ValidString(name) ||
		!nameEndsPhrase(text[run.end:]) {
		return run, false // "wrote the American envoy": a person's description
	}
	if !demonym && strings.HasPrefix(verb, "report") {
		return run, false // "reports the Pentagon": a body in the news
	}
	run.name = name // the cue keeps the nationality: "reports the British Courant"
	return run, true
}

// nameEndsPhrase reports whether rest, the text after a name, goes on as
// after a name and not as after an adjective: a mark, the end, or a
// function word ("So writes the X in a short item", "… the X and cites").
func nameEndsPhrase(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	w := rest
	if i := strings.IndexAny(w, " ,.;:"); i >= 0 {
		w = w[:i]
	}
	return phraseWords[w]
}

// phraseWords may follow a name: "writes the X in", "reports the X and".
var phraseWords = map[string]bool{"in": true, "on": true, "and": true, "that": true, "about": true, "at": true,
	"which": true, "who": true, "today": true, "yesterday": true, "earlier": true, "recently": true, "last": true,
	"this": true, "as": true, "after": true, "on-line": true, "online": true, "for": true, "with": true}

// demonyms are the nationalities a text may put before an outlet's name:
// "the British Courant".
var demonyms = map[string]bool{"British": true, "Swedish": true, "Norwegian": true, "Danish": true,
	"Finnish": true, "German": true, "French": true, "Spanish": true, "Italian": true, "Dutch": true,
	"Russian": true, "American": true, "Canadian": true, "Australian": true, "Irish": true, "Scottish": true,
	"Israeli": true, "Egyptian": true, "Saudi": true, "Turkish": true, "Indian": true, "Chinese": true,
	"Japanese": true, "Polish": true, "Serbian": true, "Greek": true, "Swiss": true, "Austrian": true,
	"Belgian": true, "Brazilian": true, "Mexican": true, "Lebanese": true, "Iranian": true, "Pakistani": true,
	"Iraqi": true, "Kuwaiti": true, "Qatari": true, "Omani": true, "Yemeni": true, "Somali": true,
	"Bangladeshi": true, "Nepali": true, "Thai": true}

// notOutletNames are titles and the names of single bodies: "writes the
// Pope", "reports the Pentagon". A name ending in one of bodyWords is not
// an outlet's either: "reports the British Embassy".
var notOutletNames = map[string]bool{"President": true, "Pope": true, "King": true, "Queen": true,
	"Prince": true, "Princess": true, "Minister": true, "Chancellor": true, "Senator": true, "Governor": true,
	"Mayor": true, "Secretary": true, "Author": true, "Bible": true, "Pentagon": true, "Kremlin": true,
	"Vatican": true, "Prosecutor": true, "Judge": true, "Prime": true, "Premier": true, "Ambassador": true,
	"Lord": true, "Editor": true, "Writer": true, "Columnist": true}

// descriptorsAfter are the words that call the name before them an
// outlet's: "the Harbour Post news website". Bare "website" or "channel"
// are left out: "the Foundation website" is a body's own page.
var descriptorsAfter = []string{"newspaper", "news website", "news site", "news portal", "news agency",
	"tabloid", "magazine", "broadcaster"}

// descriptorAfter reports whether a descriptor follows the name ending at
// i ("the Harbour Post news website suggested").
func descriptorAfter(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	rest := text[i+1 : min(len(text), i+1+len("news website")+1)]
	for _, d := range descriptorsAfter {
		if len(rest) >= len(d) && strings.EqualFold(rest[:len(d)], d) && wordEnds(rest, len(d)) {
			return true
		}
	}
	return false
}

// leadYear returns the length of a year and its space opening name ("2004
// Harbour Post"), or 0.
func leadYear(name string) int {
	if len(name) < 5 || name[4] != ' ' || !yearWord(name[:4]) {
		return 0
	}
	return 5
}

// yearWord reports whether w is a year of the last or this century:
// "1998", "2004".
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && channelNumber(w[2:])
}

// demonymShape reports whether name is a nationality rather than an
// outlet's name: "the Norwegian newspaper wrote", "the Lebanese daily".
// It is asked only of the runs outletName does not take, so a known
// outlet or a name ending in a word only outlets' names end in ("the
// Guardian", "the Dispatch") never comes here; "the Oregonian" and "the
// Statesman" are taken so (the directory, outlets.OutletWord).
func demonymShape(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if demonyms[last] {
		return true
	}
	for _, suf := range []string{"ean", "ian", "ese", "ish", "an", "ch"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}

// agencyName reports whether name is a news agency's by its last two
// words: "Coastal International News Agency", "Harbour Press Agency".
func agencyName(name string) bool {
	return strings.HasSuffix(name, " News Agency") || strings.HasSuffix(name, " Press Agency")
}

// ownerWords before a descriptor make it someone's own site or channel,
// not an outlet's name: "on her website", "on its network".
var ownerWords = map[string]bool{"her": true, "his": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "own": true}

// outletPrefix finds a known outlet, or one of the story's, opening a run
// ("Reuters Mr Kushner", "Benzinga on Saturday") and returns the run cut to
// it.
func (ix *aliasIndex) outletPrefix(run nameRun, story storyNames) (nameRun, string, bool) {
	for end := strings.LastIndexByte(run.name, ' '); end > 0; end = strings.LastIndexByte(run.name[:end], ' ') {
		name := ""
		if o, ok := outlets.ByName(run.name[:end]); ok {
			name = o.Name
		} else if o, ok := outlets.ByName(strings.TrimPrefix(run.name[:end], "The ")); ok {
			name = o.Name // "The Wall Street Journal on Sunday"
		} else if n, ok := story.lookup(run.name[:end]); ok {
			name = n
		}
		if name != "" {
			run.end = run.start + end
			run.name, run.possessive = run.name[:end], false
			return run, name, true
		}
	}
	return run, "", false
}

// preface reports whether credit c is a site introducing its own comment:
// a line that is only "<Outlet> says…".
func preface(text string, c foundCredit) bool {
	if c.kind != creditCue {
		return false
	}
	lineStart := strings.LastIndexByte(text[:c.Start], '\n') + 1
	rest := text[c.End:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	cue := strings.ToLower(c.Cue)
	return strings.TrimSpace(text[lineStart:c.Start]) == "" && (rest == "…" || rest == "...") &&
		(strings.HasSuffix(cue, " says") || strings.HasSuffix(cue, " writes"))
}

// fullNames gives a credit to a bare name ("The Post reported", "according
// to The Times") the fuller name the article gives that outlet elsewhere
// ("the Washington Post"); a bare name the article never names in full is
// how an outlet refers to itself or to one it cannot be told from, and is
// dropped, unless the story credits that name elsewhere ("VIA: Benzinga")
// or it is a site's name ("Benzinga.com").
func fullNames(cs []foundCredit, runs []nameRun, text string, ix *aliasIndex, story storyNames) []foundCredit {
	out := cs[:0]
	for _, c := range cs {
		if _, inStory := story.lookup(c.Outlet); c.known || inStory || c.described || siteName(c.Outlet) ||
			strings.Contains(c.Outlet, " ") || c.kind != creditCue {
			out = append(out, c)
			continue
		}
		full := ""
		known := false
		for _, r := range runs {
			name, k, ok := ix.outletName(r.name)
			if !ok {
				// "The Wall Street Journal on Sunday"
				_, name, ok = ix.outletPrefix(r, story)
				_, k = ix.canonical(name)
			}
			if ok && strings.HasSuffix(name, " "+c.Outlet) {
				full, known = name, k
				break
			}
		}
		if full != "" {
			c.Outlet, c.known = full, known
			out = append(out, c)
		}
	}
	return out
}

// matchCue tests the words around a name run for a credit cue.
func matchCue(text, before, after string, run nameRun) (foundCredit, bool) {
	var c foundCredit
	// (AP) — : the dateline credit of a wire story.
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		rest := strings.TrimLeft(after[1:], " ")
		for _, d := range []string{"—", "–", "-", "--"} {
			if strings.HasPrefix(rest, d) {
				c.Start = run.start - 1
				c.End = run.end + (len(after) - len(rest)) + len(d)
				c.kind = creditDateline
				return c, true
			}
		}
	}
	// Before-cues, with an optional "the" between cue and name.
	// ASCII only, so that offsets into bl are offsets into before:
	// strings.ToLower changes the length of invalid UTF-8 and of some
	// letters (the Kelvin sign, "İ"), which sent credit spans out of the
	// text. The cues are ASCII.
	bl := outlets.ASCIILower(strings.TrimRight(before, " "))
	// "told the website PinkNews", "told news website Benzinga": a
	// descriptor before the name.
	described := false
	for _, d := range descriptors {
		if strings.HasSuffix(bl, " "+d) || bl == d {
			bl = strings.TrimRight(bl[:len(bl)-len(d)], " ")
			if strings.HasSuffix(bl, " news") {
				bl = bl[:len(bl)-len(" news")]
			}
			described = true
			break
		}
	}
	theStart := -1 // where a "the" before the name starts
	if strings.HasSuffix(bl, " the") || bl == "the" {
		theStart = lo(before, run.start, len(bl)) - 3
		bl = strings.TrimRight(bl[:len(bl)-3], " ")
	}
	trimmed := len(bl)
	// "From the AP:" introduces a block quoted from the outlet.
	if (bl == "from" || strings.HasSuffix(bl, " from")) && strings.HasPrefix(after, ":") && !run.possessive {
		c.Start = lo(before, run.start, trimmed) - 4
		c.End = run.end + 1
		if w := lastWord(bl[:len(bl)-len("from")]); promoWords[w] {
			// "Top Reads from The Harbour Times:": the site promoting its
			// own pages, not a block quoted from another.
			c.Start = lo(before, run.start, strings.LastIndex(bl[:len(bl)-len("from")], w))
			c.kind = creditPreface
		}
		return c, true
	}
	for _, bc := range beforeCues {
		cue := bc.cue
		if run.possessive && !bc.possessive {
			continue
		}
		if n := len(bl) - len(cue); strings.HasSuffix(bl, cue) && (n == 0 || bl[n-1] == ' ' || bl[n-1] == '(') {
			c.Start = lo(before, run.start, trimmed) - len(cue)
			c.End = run.end
			c.sourcing = sourcingCues[cue]
			c.described = described
			return c, true
		}
	}
	if k, ok := documentCue(bl); ok {
		c.Start, c.End = lo(before, run.start, k), run.end
		c.described = described
		return c, true
	}
	if run.possessive {
		return c, false
	}
	// "According to a Saturday Benzinga report", "the Benzinga report":
	// the outlet's report.
	if k, e, ok := reportNoun(bl, after, theStart >= 0); ok {
		c.Start, c.End = lo(before, run.start, k), run.end+e
		return c, true
	}
	// "Benzinga.com, citing a source, said": the outlet reported.
	if strings.HasPrefix(after, ", citing ") {
		c.Start, c.End = run.start, run.end+len(", citing")
		if theStart >= 0 {
			c.Start = theStart
		}
		return c, true
	}
	// After-verbs, with "as" before the name for "as the AP noted".
	a := strings.TrimLeft(after, " ")
	which := false
	if w, ok := strings.CutPrefix(a, ", which "); ok {
		a, which = w, true
	} else if w, ok := strings.CutPrefix(a, "which "); ok {
		a, which = w, true
	}
	// "Interfax news agency reported": what the outlet is, between its
	// name and the verb
	for _, d := range descriptors {
		if w, ok := strings.CutPrefix(a, d+" "); ok {
			a = w
			break
		}
	}
	if sp := strings.IndexByte(a, ' '); sp > 0 && adverbs[a[:sp]] {
		a = a[sp+1:]
	}
	for _, v := range afterVerbs {
		if !strings.HasPrefix(a, v) || !wordEnds(a, len(v)) {
			continue
		}
		if which && strings.HasSuffix(v, "covered") {
			continue // "The Harbour Times, which has covered the ferry line": what the outlet does, not a source
		}
		end := run.end + (len(after) - len(a)) + len(v)
		if v == "contributed" {
			c.kind = creditSignoff
			if i := strings.Index(after, "this report"); i >= 0 {
				end = run.end + i + len("this report")
			}
		}
		if v == "reporting" || v == "report" {
			// "Reuters reporting" only as a sign-off line.
			if !strings.HasSuffix(strings.TrimSpace(after), "reporting") {
				continue
			}
			c.kind = creditSignoff
		}
		c.Start, c.End = run.start, end
		c.described = described // "CNN affiliate WSB reported"
		if bl == "as" || strings.HasSuffix(bl, " as") || strings.HasSuffix(bl, ",as") {
			c.Start = lo(before, run.start, trimmed) - 2
		} else if theStart >= 0 {
			c.Start = theStart
		}
		return c, true
	}
	// "Associated Press writers A and B contributed to this report."
	if fs := strings.Fields(a); len(fs) > 0 {
		switch strings.TrimRight(fs[0], ",") {
		case "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "staff":
			if i := strings.Index(after, "contributed to this report"); i >= 0 {
				c.Start, c.End, c.kind = run.start, run.end+i+len("contributed to this report"), creditSignoff
				return c, true
			}
		}
	}
	return c, false
}

// promoWords end the heading of a site's list of its own pages: "Top
// Reads from X:", "More stories from X:".
var promoWords = map[string]bool{"reads": true, "stories": true, "headlines": true, "articles": true,
	"videos": true, "more": true, "latest": true, "popular": true, "trending": true, "picks": true}

// lastWord is the last word of s, a lower-cased window.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// reportNoun reports whether the name stands in "according to a X
// report", "says the X report", with a weekday or an adjective or two
// before the name ("According to a Saturday X report", "according to a new
// X poll"), and where the cue starts in bl and the noun ends in after.
// the says a "the" before the name was cut from bl.
func reportNoun(bl, after string, the bool) (int, int, bool) {
	a := strings.TrimLeft(after, " ")
	noun := ""
	for _, n := range reportNouns {
		if strings.HasPrefix(a, n) && wordEnds(a, len(n)) {
			noun = n
			break
		}
	}
	if len(a) == len(after) || noun == "" {
		return 0, 0, false
	}
	b := bl
	if the {
		b += " the" // "according to the X report"
	}
	for range 2 {
		sp := strings.LastIndexByte(b, ' ')
		w := b[sp+1:]
		if !dateWords[capitalize(w)] && !reportAdjectives[w] && !yearWord(w) {
			break
		}
		b = b[:max(sp, 0)] // "a saturday", "a new", "a 2004"
	}
	for _, art := range []string{"a", "an", "the"} {
		if !strings.HasSuffix(b, " "+art) {
			continue
		}
		p := strings.TrimRight(b[:len(b)-len(art)], " ")
		for _, cue := range []string{"according to", "says", "said"} {
			if p == cue || strings.HasSuffix(p, " "+cue) {
				return len(p) - len(cue), len(after) - len(a) + len(noun), true
			}
		}
	}
	return 0, 0, false // "That follows a NBC report": a reference, not a credit
}

// documentCue reports whether bl, the lower-cased words before a name,
// ends in "according to" a piece of the outlet's published text and where
// that cue starts: "according to a description on the festival’s website
// X", "according to a new report by X", "according to data from X".
func documentCue(bl string) (int, bool) {
	i := strings.LastIndex(bl, "according to ")
	if i < 0 || i > 0 && bl[i-1] != ' ' && bl[i-1] != '(' {
		return 0, false
	}
	fs := strings.Fields(bl[i+len("according to "):])
	k := 0
	if len(fs) > 0 && (fs[0] == "a" || fs[0] == "an" || fs[0] == "the") {
		k++
	}
	for k < len(fs) && reportAdjectives[fs[k]] {
		k++
	}
	if k >= len(fs) || !documentNouns[fs[k]] || k+1 >= len(fs) || !documentPreps[fs[k+1]] {
		return 0, false
	}
	k += 2
	if k < len(fs) && fs[k] == "the" {
		k++
	}
	if k < len(fs) && hasPossessive(fs[k]) {
		k++ // "the festival’s website X": the site that carries it
	}
	return i, k == len(fs)
}

// documentNouns are the pieces of published text "according to" may name
// before saying where they were published.
var documentNouns = map[string]bool{"description": true, "report": true, "story": true, "article": true,
	"post": true, "posting": true, "analysis": true, "investigation": true, "survey": true, "poll": true,
	"review": true, "tally": true, "data": true, "figures": true, "listing": true, "page": true,
	"profile": true, "transcript": true, "video": true, "broadcast": true, "piece": true, "column": true,
	"editorial": true, "blog": true, "count": true, "update": true, "feature": true, "item": true}

// documentPreps say where such a piece was published: "on", "in", "from",
// "at", "by".
var documentPreps = map[string]bool{"on": true, "in": true, "from": true, "at": true, "by": true}

// reportNouns name an outlet's piece of reporting after its name: "according
// to a new X poll".
var reportNouns = []string{"report", "poll", "story", "article", "analysis", "investigation", "survey", "tally", "count", "review", "exclusive"}

// reportAdjectives may stand between the article and the outlet's name in
// "according to a new X report".
var reportAdjectives = map[string]bool{"new": true, "recent": true, "latest": true, "earlier": true, "separate": true,
	"exclusive": true, "fresh": true, "previous": true, "original": true, "subsequent": true, "detailed": true,
	"lengthy": true, "bombshell": true, "damning": true, "weekend": true, "joint": true, "investigative": true,
	"later": true, "leaked": true, "breaking": true, "published": true, "special": true}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// lo maps an offset in the lower-cased, trimmed before-window back to text.
func lo(before string, runStart, trimmed int) int {
	return runStart - len(before) + trimmed
}

func wordEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// joinedByAnd reports whether gap joins two names in one credit:
// "according to Reuters and the AP".
func joinedByAnd(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	g = strings.TrimSpace(strings.TrimSuffix(g, "the"))
	return g == "and" || g == "," || g == ", and" || g == "or"
}

// cueBounds end the stretch of text a credit cue is looked for in: line
// and sentence ends, and the opening of a quotation.
var cueBounds = []string{"\n", ". ", "? ", "! ", "; ", "“", "\""}

// sentenceStart is the start of the sentence holding offset i, looking back
// at most 80 bytes: cues do not cross sentence ends or line breaks.
func sentenceStart(text string, i int) int {
	lo := max(0, i-80)
	for lo > 0 && lo < i && !utf8.RuneStart(text[lo]) {
		lo++ // a run of stray continuation bytes never takes lo past i
	}
	w := text[lo:i]
	best := 0
	for _, sep := range cueBounds {
		if k := strings.LastIndex(w, sep); k >= 0 && k+len(sep) > best {
			best = k + len(sep)
		}
	}
	return lo + best
}

// sentenceEnd is the end of the sentence holding offset i, looking ahead at
// most 120 bytes.
func sentenceEnd(text string, i int) int {
	hi := min(len(text), i+120)
	for hi > i && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi-- // a run of stray continuation bytes never takes hi before i
	}
	w := text[i:hi]
	end := len(w)
	for _, sep := range cueBounds {
		if k := strings.Index(w, sep); k >= 0 && k+1 < end {
			end = k + 1
		}
	}
	return i + end
}
