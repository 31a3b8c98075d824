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

// afterVerbs follow an outlet that is being credited: "McClatchy reported",
// "The Lenna Gazette is reporting that …". "reporting" alone credits only
// as a sign-off ("Reuters reporting" closing a line).
var afterVerbs = []string{
	"has reported", "first reported", "was first to report", "reported",
	"reports", "has learned", "learned", "said", "says", "wrote", "writes",
	"noted", "notes", "revealed", "elaborated", "explained", "confirmed",
	"obtained", "published", "contributed", "is reporting", "are reporting", "was reporting", "were reporting",
	"has been reporting", "reporting", "report", "has covered", "covered",
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
	// by bytes: strings.ContainsAny would read the whole article rune by
	// rune, and no other character's UTF-8 holds one of these
	if !strings.Contains(text, "\u00a0") && !strings.Contains(text, "\u202f") && !strings.Contains(text, "\u2007") {
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
		if nounSubject(text, run, c) {
			continue // "People said the ferry was late": people, not the magazine
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
	marks = append(marks, stationMarks(text, append(out, marks...))...)
	if len(lines) == 0 && len(marks) == 0 {
		return out
	}
	out = append(out, lines...)
	out = append(out, marks...)
	slices.SortStableFunc(out, func(x, y foundCredit) int { return cmp.Compare(x.Start, y.Start) })
	return out
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
		if n := len(bl) - len(cue); strings.HasSuffix(bl, cue) && cueOpens(bl[:n]) {
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

// cueOpens reports whether a cue may start after s, the text before it:
// at a word's start, after a space, an opening parenthesis or a dash
// ("reports were conflicting—according to X").
func cueOpens(s string) bool {
	return s == "" || s[len(s)-1] == ' ' || s[len(s)-1] == '(' || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–")
}

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
