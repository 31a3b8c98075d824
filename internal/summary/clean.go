package summary

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// trimmed is the part of a sentence fit for a summary: white space
// collapsed, a leading dateline (outlets.ReadDateline: "LAUSANNE,
// Switzerland (AP) _", "(CNN)", "CHICAGO, Jan 6 (Reuters) -") and a leading
// conjunction before a capital left out. off is where that part starts in s
// (white space collapsing aside, the text is s's own, so it is verbatim).
func trimmed(s string) (string, int) { return trimmedIn(s, true) }

// trimmedAt is trimmed for the sentence text[start:end] of an article,
// which opens the text or not (see outlets.DatelineEnd).
func trimmedAt(text string, start, end int) (string, int) {
	return trimmedIn(text[start:end], strings.TrimSpace(text[:start]) == "")
}

func trimmedIn(s string, opens bool) (string, int) {
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	s = s[lead:]
	off := lead
	if end := outlets.DatelineEnd(s, opens); end > 0 {
		off += end
		s = s[end:]
	}
	if m := rubric.FindStringSubmatchIndex(s); m != nil {
		off += m[2]
		s = s[m[2]:]
	}
	for _, c := range linkWords {
		if strings.HasPrefix(s, c) && len(s) > len(c) && unicode.IsUpper(rune(s[len(c)])) {
			off += len(c)
			s = s[len(c):]
			break
		}
	}
	return strings.Join(strings.Fields(s), " "), off
}

// linkWords open a sentence by linking it to the one before in its
// article ("But ...", "However, ...", "Instead, ..."): before a capital,
// the sentence after them stands alone without them, and they are left
// out; before a word in lower case they stay, and the sentence leans on
// the one before (goingOn).
var linkWords = []string{"But ", "And ", "So ", "Yet ", "However ", "But, ", "And, ", "So, ", "Yet, ", "However, ",
	"Meanwhile, ", "Still, ", "Instead, ", "Nonetheless, ", "Nevertheless, ", "Moreover, ", "Furthermore, ", "Also, ", "Besides, "}

// rubric is a newsletter's label before a paragraph ("Caveat: Although
// ...", "Why it matters: ...", an interview's answer "A: ..."), set off by
// a colon before a capital: the
// sentence after it is whole without it. "Yes, but:" answers the paragraph
// before and stays (it leans).
var rubric = regexp.MustCompile(`^(?:A|Caveat|Why it matters|The big picture|Between the lines|The bottom line|Bottom line|Driving the news|What's next|What’s next|The backstory|Flashback|By the numbers|Context|Details|Our thought bubble|Reality check|The other side|Go deeper):\s+(\p{Lu})`)

// clutter are phrases of page furniture that no news sentence holds.
var clutter = []string{"embed", "autoplay", "copy this code", "email this", "share this", "click here",
	"subscribe", "sign up", "newsletter", "all rights reserved", "cookies", "javascript", "your browser",
	"advertisement", "follow us", "tweet with a location", "learn more", "getty images", "ap photo",
	"image copyright", "read more", "http", "www.", ".com/", "@", "©", "photo:", "photo credit",
	"(photo", "file photo", "media playback", "media caption", "image caption", "click to", "log in", "terms of service", "privacy policy", "comments", "sponsored",
	"you can add location", "this material may not be published", "contributed to this report",
	"contributed reporting", "internet archive", "wayback machine", "location history", "your tweet", "continue reading",
	// a review's credits
	"presents a film", "running time:",
	// a correction or an update note about the page itself
	"an earlier version of this", "a previous version of this", "this story has been updated", "this article has been updated",
	"this post has been updated", "this story was updated", "this article was updated",
	// the page's word on its own coverage, not the story's ("This is a
	// breaking story and will be updated."); phrases that a story's own
	// sentences use as well ("live coverage" of a regatta whose rights were
	// sold, "check background records", a timetable "will be updated as")
	// are not among them
	"stay tuned", "is a breaking story", "this story will be updated", "this post will be updated",
	"this article will be updated", "this page will be updated",
	// the page's layout ("Did the mayor make the statement noted below?")
	"noted below"}

// playerLabels are a video player's buttons, in capitals, run into the
// caption or sentence after them ("CLOSE The harbour board says ...").
var playerLabels = []string{"CLOSE ", "REPLAY ", "LISTEN "}

// furnitureOpeners open a link, a page's heading or a photo's caption, not
// a sentence of the story ("Read 'Twilight' Stars to Be ...", "WATCH: ...",
// "FILE - In this photo ...", "Above, the mayor ..."), a line of a
// review's credits, or a fact-check's label before the rumour it rates.
var furnitureOpeners = []string{"read ", "watch ", "watch:", "listen:", "related:", "see also", "more:", "update:", "click ",
	"file -", "file –", "file —", "above,", "above:", "below,", "below:",
	// a review's credits ("Written by ..., based on the novel by ...")
	"directed by ", "written by ", "screenplay by ", "produced by ", "starring ",
	// a fact-check's labels: what it rates ("Claim: A ghost ferry ... is
	// heading for Kessmouth.") is the rumour, not what happened
	"claim:", "rating:", "verdict:"}

// caption marks a photo caption ("Lauri Love, left, leaves ...", "the
// king, 2nd left, is kissed by ..."; not "far-right," or "upright,"), and joined marks words of two page
// elements run together ("TarnportThe"): neither is a sentence of the story.
var caption = regexp.MustCompile(`(?:(?:^|[\s(])(?:\d(?:st|nd|rd|th) )?(?:left|right|centre|center)[,)]|\((?:L|R|C)\)|\bpictured\b|\(Photo|\bPhoto by\b)`)

// captionWords are what a caption holds one of, checked before the
// caption pattern, which costs more.
var captionWords = []string{"left", "right", "centre", "center", "(L)", "(R)", "(C)", "pictured", "Photo"}

func isCaption(s string) bool {
	if claims.OpensWithCredit(s) {
		return true // "Ivo Rask/Getty The ferry ..."
	}
	for _, w := range captionWords {
		if strings.Contains(s, w) {
			return caption.MatchString(s)
		}
	}
	return false
}

// isJoined reports words of two page elements run together: four lower-case
// letters then a capitalised word ("TarnportThe"), or a closing quotation
// mark with a capital straight after it ("Bars"Best").
//
// name, when not nil, tells a name written so ("HarbourLink", which the
// story's articles spell alike) from two elements run together.
func isJoined(s string, name func(string) bool) bool {
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	run := 0
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if upper(c) && run >= 4 && lower(s[i+1]) {
			start, end := i-run, i+1
			for start > 0 && (lower(s[start-1]) || upper(s[start-1])) {
				start--
			}
			for end < len(s) && (lower(s[end]) || upper(s[end])) {
				end++
			}
			if name == nil || !name(s[start:end]) {
				return true
			}
		}
		if c == '"' && i >= 1 && (lower(s[i-1]) || strings.IndexByte(".!?", s[i-1]) >= 0) && upper(s[i+1]) {
			return true
		}
		if lower(c) {
			run++
		} else {
			run = 0
		}
	}
	return false
}

// usable reports whether a sentence may stand in a summary: a finished
// sentence of readable length that is not page furniture.
func usable(s string) bool { return usableIn(s, nil) }

// usableIn is usable, with name telling the words that are names written
// with a capital inside (see isJoined).
func usableIn(s string, name func(string) bool) bool {
	n := len(strings.Fields(s))
	if n < 6 || n > 80 {
		return false
	}
	last := strings.TrimRight(s, `"”’')»`)
	if last == "" || !strings.ContainsAny(last[len(last)-1:], ".!") || cutOff(last) {
		return false
	}
	if isHeadline(s) {
		return false
	}
	first, _ := firstRune(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"“‘'`, first) {
		return false
	}
	for _, p := range playerLabels {
		if strings.HasPrefix(s, p) {
			return false
		}
	}
	low := strings.ToLower(s)
	for _, p := range furnitureOpeners {
		if strings.HasPrefix(low, p) {
			return false
		}
	}
	for _, c := range clutter {
		if strings.Contains(low, c) {
			return false
		}
	}
	return !isCaption(s) && !isJoined(s, name) && !shouting(s) && !spliced.MatchString(s)
}

// spliced are two sentences run together with a comma, the second opening
// in capitals with a pronoun and its verb ("... more than a few hours),
// This is why the contest ..."): no sentence a summary can show as written.
var spliced = regexp.MustCompile(`[a-z)\]], (?:This|That|These|Those|It|They|He|She|We|There|Here) (?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do)\b`)

// shouting reports a run of shoutRun words or more in capitals ("Big news:
// KATE HOLM GOT A JOB."): a heading or a blog's cry, not the story's prose.
// Initials ("NATO", "U.S.") rarely run so long; a name in parentheses may.
func shouting(s string) bool {
	run, paren := 0, false
	for w := range strings.FieldsSeq(s) {
		// a name in parentheses ("(KESS-TV KESSMOUTH MEDIA)") is no cry
		if strings.HasPrefix(w, "(") {
			paren = true
		}
		inParen := paren
		if strings.Contains(w, ")") {
			paren = false
		}
		w = strings.Trim(w, `"“”'‘’,.;:!?()`)
		caps := len(w) >= 2 && !inParen
		for _, r := range w {
			if !unicode.IsUpper(r) {
				caps = false
				break
			}
		}
		if !caps {
			run = 0
			continue
		}
		if run++; run >= shoutRun {
			return true
		}
	}
	return false
}

// shoutRun is the words in capitals in a row that make a sentence shout.
const shoutRun = 3

// whole reports a sentence that is a statement of its own, not a piece of
// a quotation (a stray quotation mark) nor a fragment with no verb
// (verbless, hasVerb).
func whole(s string) bool {
	return !claims.UnbalancedQuotes(s) && !verbless(s) && hasVerb(s)
}

// nameOpeners open a sentence with a capitalised word that is no name, so
// that "On Tuesday the Senate ..." is not read as a name without its verb.
var nameOpeners = text.WordSet(`in on at by for from after before during since until with without under over across
last this next today yesterday when while as if then once now monday tuesday wednesday thursday friday saturday sunday`)

// verbless reports a fragment whose subject, a name, runs straight into a
// noun phrase with no verb between them ("Republican Sen. Ada Holm the only
// senator to vote against it."): a text cut before its sentence begins.
func verbless(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || nameOpeners[strings.ToLower(strings.Trim(ws[0], `"“‘'`))] {
		return false
	}
	n := 0
	for n < len(ws) {
		r, _ := firstRune(ws[n])
		if !unicode.IsUpper(r) || strings.ContainsAny(ws[n], ",;:") {
			break
		}
		n++
	}
	return n >= 2 && n < len(ws) && (ws[n] == "the" || ws[n] == "a" || ws[n] == "an")
}

// cutOff reports a sentence that trails off: a text cut short ends in an
// ellipsis ("... though he..."), and so does a sentence left unfinished;
// or one whose end was lost, a title in italics or a link left out of the
// page's text, so that it stops on an article, a preposition of or with,
// or a possessive ("... her acclaimed performance in the."), or on "in",
// "on", "for" or "at" after a noun ("... her acclaimed performance in.").
func cutOff(s string) bool {
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, ". . .") {
		return true
	}
	body := strings.TrimRight(s, ".!")
	i := strings.LastIndexFunc(body, unicode.IsSpace)
	last := body[i+1:]
	if endDanglers[last] {
		return true
	}
	// "in", "on" or "for" end a sentence after a verb ("the winter set
	// in", "the results are in"), not after a noun of a title's place
	// ("her acclaimed performance in.", "his starring role in.")
	if i > 0 && titlePrepositions[last] {
		before := strings.ToLower(body[strings.LastIndexFunc(body[:i], unicode.IsSpace)+1 : i])
		if titleNouns[before] {
			return true
		}
		for _, suf := range nounEndings {
			if strings.HasSuffix(before, suf) && len(before) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// titlePrepositions introduce a work's title after a noun ("her role in
// Harbour Lights"); titleNouns and nounEndings are the nouns before them
// that no verb is.
var (
	titlePrepositions = text.WordSet(`in on for at`)
	titleNouns        = text.WordSet(`role roles part turn debut film movie series show album`)
	nounEndings       = []string{"ance", "ence", "ment", "tion", "sion", "ness", "ship"}
)

// endDanglers are the words a sentence that lost its end stops on: the
// danglers that never close a whole sentence before its full stop ("her"
// and "his" do: "the crowd cheered her.", "the decision was his.").
var endDanglers = text.WordSet(`the a an of with and or but from by their its my your our whose`)

// headline matches a headline's or standfirst's wording: a singular noun
// with no article as the subject, before a relative clause ("Police
// commissioner, who had been investigating ... committed suicide"), which
// a sentence of the story would open with "A" or "The".
var headline = regexp.MustCompile(`^([A-Z][a-z]+) [a-z]+[^s\W], (?:who|which|whose) `)

// determiners open a noun phrase in prose.
var determiners = text.WordSet(`the a an this that these those his her its their our my your one each every another no some any such`)

func isHeadline(s string) bool {
	m := headline.FindStringSubmatch(s)
	return m != nil && !determiners[strings.ToLower(m[1])]
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		return r, i
	}
	return 0, 0
}

// copyCredits match a sentence that credits another outlet for what it
// says ("..., reports the Associated Press", "the AP reported"): the
// wording of a copy, not of the origin.
var copyCredits = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:reports?|reported|according to|citing) (?:the )?(?:associated press|ap|reuters|afp|agence france-presse|cnn|bbc|new york times|washington post|mcclatchy|bloomberg)\b`),
	regexp.MustCompile(`, (?:reports?|reported|according to) (?:the )?[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3}[.!]$`),
	regexp.MustCompile(`, (?:the )?[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3} (?:reports|reported)[.!]$`),
	regexp.MustCompile(`\((?:AP|Reuters|AFP)\)`),
}

// creditsCopy reports whether s credits another outlet for what it says.
func creditsCopy(s string) bool {
	// read for every wording of every claim weighed (credited): the
	// words are looked for without their first letter, in any case,
	// rather than in a lowered copy
	if !strings.Contains(s, "eport") && !strings.Contains(s, "EPORT") && !strings.Contains(s, "ccording") &&
		!strings.Contains(s, "CCORDING") && !strings.Contains(s, "iting") && !strings.Contains(s, "ITING") && !strings.Contains(s, "(") {
		return false
	}
	for _, re := range copyCredits {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// typedQuotes writes the quotation marks wire copy types as two characters
// (“...”) as the marks they stand for, so that what reads quotations
// (whole, wording, ownVoice) sees them. For reading only: a summary's text
// stays its article's.
func typedQuotes(s string) string {
	if !strings.Contains(s, "``") && !strings.Contains(s, "''") {
		return s
	}
	return typed.Replace(s)
}

var typed = strings.NewReplacer("``", "“", "''", "”")

// brokenOff reports a sentence that goes on from a text broken off before
// it, given what precedes it in its article: that ends in a comma or in a
// word no sentence ends with ("... said a farmer in the town of" / "Olanch,
// who lost his house ..."), as when a hard-wrapped line was read as a
// paragraph of its own. The sentence is the tail of another.
func brokenOff(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	if before == "" {
		return false
	}
	last := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	return strings.HasSuffix(last, ",") || danglers[last]
}

// inQuotation reports a sentence that starts inside a quotation opened
// before it in its paragraph and not yet closed (the second sentence of
// "We have nothing left. The water took ..."): a piece of what someone
// said, with its speaker elsewhere. before is the article's text before it.
func inQuotation(before string) bool {
	para := typedQuotes(before[strings.LastIndexByte(before, '\n')+1:])
	if !strings.ContainsAny(para, `"“”`) {
		return false
	}
	return strings.Count(para, `"`)%2 == 1 || strings.Count(para, "“") > strings.Count(para, "”")
}

// quoteTail reports a sentence that names the speaker of a quotation
// closing just before it in its paragraph with a question, a cry or a
// comma ("\"Why are you so sure?\" a reporter asked him at the end." read
// as two sentences): without the quotation, which the summary cannot
// carry apart from it, the sentence asks or says nothing ("a reporter
// asked him at the end."). before is the article's text before it.
func quoteTail(before, s string) bool {
	gap := len(before) - len(strings.TrimRightFunc(before, unicode.IsSpace))
	if strings.Contains(before[len(before)-gap:], "\n") {
		return false // a new paragraph
	}
	before = typedQuotes(before[:len(before)-gap])
	last, size := utf8.DecodeLastRuneInString(before)
	if last != '"' && last != '”' && last != '’' {
		return false
	}
	mark, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
	switch mark {
	case ',':
		return true
	case '?', '!':
		for i, w := range strings.Fields(s) {
			if i >= 15 {
				break
			}
			if speechVerbs[strings.ToLower(strings.Trim(w, `.,;:`))] || tailVerbs[strings.ToLower(strings.Trim(w, `.,;:`))] {
				return true
			}
		}
	}
	return false
}

// tailVerbs name a speaker's question or cry, besides speechVerbs.
var tailVerbs = text.WordSet(`asks asking wondered shouted yelled replied responded demanded pressed`)

// danglers are words a sentence does not end with: an article, a
// preposition, a conjunction, a possessive (matched as written, in lower case).
var danglers = text.WordSet(`the a an of to and or nor but in on at for with by from into onto than that as his her their its our your my whose`)
