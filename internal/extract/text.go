package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// headLines is how many non-empty lines after the headline are searched for
// a byline and a date line.
const headLines = 10

// line is one non-empty input line and what cleaning decided about it.
type line struct {
	text string
	kind string // "" content, "title", "byline", "date", or a chrome kind
}

// repeatsFirst reports a text whose first paragraph opens with its first
// line: a dump that writes the lead as the headline and again as the text.
func repeatsFirst(lines []line) bool {
	return len(lines) > 1 && strings.HasPrefix(lines[1].text, strings.TrimRight(lines[0].text, ` "'”’.`))
}

// reWidgetLabel matches a widget's label run together with the first item
// it labels, which opens with a capital ("Story highlights The ferry
// returns to Calder").
var reWidgetLabel = regexp.MustCompile(`^(?:Story highlights|STORY HIGHLIGHTS)\s+\p{Lu}`)

// dropWidgetLabel drops the label of reWidgetLabel and keeps the item; a
// sentence about highlights ("Story highlights include …") stays whole.
func dropWidgetLabel(s string) string {
	if loc := reWidgetLabel.FindStringIndex(s); loc != nil {
		_, n := utf8.DecodeLastRuneInString(s[:loc[1]])
		return s[loc[1]-n:]
	}
	return s
}

// dateOnly reports a line that is a date and nothing else but the words
// around dates ("Published on May 8, 2015", "Updated Tuesday 10:33 AM").
func dateOnly(s string) bool {
	if _, _, ok := findDate(s); !ok {
		return false
	}
	for _, re := range []*regexp.Regexp{reMDY, reDMY, reISO, reNumeric} {
		s = re.ReplaceAllString(s, " ")
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.:;|·-–—()")
		if w != "" && !bylineJunk[w] && !weekdays[w] && !hasDigit(w) {
			return false
		}
	}
	return true
}

// datelineAsTitle reports whether the first line is the dateline that
// the next line opens with, then a wire's credit or a dash ("HARWICK,
// Maine" over "HARWICK, Maine (AP) — The ferry ...").
func datelineAsTitle(lines []line) bool {
	first := strings.TrimSpace(lines[0].text)
	if len(lines) < 2 || first == "" || len(strings.Fields(first)) > 6 {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(lines[1].text), first)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "_") || strings.HasPrefix(rest, "- ")
}

// reInlineTag and reBlockTag match HTML tags left in a plain text: an
// element that sets words inline (a link, bold, italics), and one that
// holds a block or a label of its own (a span of caption, a paragraph, a
// break). A script, a style or an image is left as written: a text may be
// about the code it quotes ("The code the port publishes is
// <script>…</script>").
var (
	reInlineTag = regexp.MustCompile(`(?i)</?(a|b|i|em|strong|u|font|small|sup|sub|abbr|cite|mark)(\s[^<>]*)?>`)
	reBlockTag  = regexp.MustCompile(`(?i)</?(span|div|p|br|h[1-6]|figure|figcaption|li|ul|ol|blockquote|section|article|header|footer|noframes?|noscript)(\s[^<>]*)?/?>`)
)

// strayTags takes the HTML tags out of a plain text: a text field of a feed
// or a dump may keep some ("<span class=meta>Photo/Ana Ros</span>The
// ferry …"). An inline element's tags go and its words stay in their
// sentence; a block's or a span's tags become line breaks, so that what
// they held (a caption, a credit) stands on a line of its own and is read
// as such. A text without a tag is returned as it is.
func strayTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return reBlockTag.ReplaceAllString(reInlineTag.ReplaceAllString(s, ""), "\n")
}

// bulletFirst reports a first line that opens with a list's bullet ("*
// Ferry fares rise", "• Ferry fares rise"): a highlight, not a headline.
func bulletFirst(s string) bool {
	return strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "· ")
}

// bylineFirst reports a first line that is a byline opened by "By" ("By
// MARTA OLSEN", "By Ana Ros and Ivo Kerr"), not a headline that opens with
// the word ("By the numbers: …").
func bylineFirst(s string) bool {
	if len(s) < 3 || !strings.EqualFold(s[:3], "by ") {
		return false
	}
	names, _ := parseByline(s)
	return names != nil
}

// leadAsTitle reports whether the first line, read as the headline, is
// rather the lead sentence of a text that has no headline, so that it must
// stay the text's first paragraph: a sentence of four words or more ending
// with a full stop (not an ellipsis that cuts a headline short), not in
// title case, not over a dateline, and not repeated as the start of the
// text after it (a headline made of the lead, as some dumps write it, is
// said again).
// Headlines rarely end with a full stop; one that does ("Ferry service
// returns to the U.S.") costs a sentence said twice, where a lead taken for
// a headline would lose what the article reports first.
func leadAsTitle(lines []line) bool {
	first := lines[0].text
	words := strings.Fields(first)
	end := strings.TrimRight(first, ` "'”’`)
	if len(words) < 4 || !strings.HasSuffix(end, ".") || strings.HasSuffix(end, "..") {
		return false
	}
	if titleCase(words) {
		return false
	}
	for _, l := range lines[1:] {
		if strings.TrimSpace(l.text) != "" {
			// a dateline opens the lead: the line above it is the
			// headline ("Ferry fares rise in Calder. ¶ LENNA (AP) — ...")
			if outlets.DatelineEnd(l.text, true) > 0 {
				return false
			}
			return !strings.HasPrefix(l.text, strings.TrimRight(first, ` "'”’.`))
		}
	}
	return false
}

// titleCase reports words of which half or more open with a capital: a
// headline in title case ("Ferry Returns to Calder After Storm.").
func titleCase(words []string) bool {
	capital := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"'“‘(`)); unicode.IsUpper(r) {
			capital++
		}
	}
	return 2*capital >= len(words)
}

// captionTwin reports a headline that is a caption copied above the text:
// a sentence, said again as the start of a line near the top that was read
// as a caption ("The ferry returned to Calder on Monday." over "The ferry
// returned to Calder on Monday. Here is its route. (Ana Ros/Calder Post)"),
// the picture's date before it or not.
// A headline does not end with a full stop, and a caption's words under it
// are not the headline's said again. The caption must end the sentence
// where the headline does and go on with another: "Ferry service returns
// to the U.S." is a headline over "Ferry service returns to the U.S. after
// a long wait.", whose "U.S." ends no sentence.
func captionTwin(lines []line) bool {
	if t := strings.TrimRight(lines[0].text, ` "'”’`); lines[0].kind != "title" || !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "…") {
		return false
	}
	head := strings.TrimRight(lines[0].text, ` "'”’.…`)
	for _, l := range lines[1:min(len(lines), 4)] {
		at := strings.Index(l.text, head)
		if l.kind != "caption" || len(l.text) <= len(lines[0].text) || at < 0 || at > 0 && !dateOnly(l.text[:at]) {
			continue
		}
		// the caption may open with its picture's date ("May 4, 2026 The
		// ferry at the quay. Ana Ros/Calder Post")
		if rest := l.text[at+len(head):]; sentenceGoesOn(rest) || creditOnly(rest) {
			return true
		}
	}
	return false
}

// creditOnly reports whether rest, what follows a caption's words cut
// short without their dots, is those dots and the caption's credit in
// brackets and nothing else ("... (Associated Press)"): a headline cut
// short at "..." is then the caption said again without its credit.
func creditOnly(rest string) bool {
	t := strings.TrimLeft(rest, ".…")
	if len(rest)-len(t) < 3 && !strings.HasPrefix(rest, "…") {
		return false
	}
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

// sentenceGoesOn reports whether rest, what follows a sentence's words
// without its full stop, ends the sentence there and opens another: ".
// Here is its route", `." The mayor…`; not ". after a long wait".
func sentenceGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, `"'”’`)
	rest, ok := strings.CutPrefix(rest, ".")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, ` "'”’`)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '('
}

// fromText cleans a plain-text article: the first non-empty line is the
// headline unless headless is set; bylines and date lines near the top become metadata; site
// chrome is removed and listed in Removed (see markChrome: only lines whose
// words say they are chrome); paragraphs are separated by a blank line in
// the result. A text whose every line was read as metadata keeps those
// lines as its text (shortText).
func fromText(s string, headless bool, opt Options) corroborate.Article {
	var a corroborate.Article
	s, cards := dropFallbacks(s)
	s, tags := unescapeText(s)
	cards = append(cards, tags...)
	s = asciiQuotes(strayTags(s))
	lines := splitLines(s)
	if len(lines) == 0 {
		return a
	}
	highlight := false // the first line opens with a widget's label
	for i := range lines {
		var c []string
		t := dropWidgetLabel(lines[i].text)
		if t != lines[i].text {
			// the label leaves the text and is listed, as chrome is
			cards = append(cards, strings.TrimSpace(lines[i].text[:len(lines[i].text)-len(t)]))
		}
		highlight = highlight || i == 0 && t != lines[i].text
		lines[i].text, c = dropNameCards(t)
		cards = append(cards, c...)
		lines[i].text, c = dropInlineFurniture(lines[i].text)
		cards = append(cards, c...)
	}
	lines[0].kind = "title"
	a.Title = lines[0].text
	k := chromeKind(a.Title)
	if k == "caption" && shortCaption(a.Title, len(strings.Fields(a.Title))) {
		k = "" // a headline may end in a bracketed name ("… (Full Text)")
	}
	switch {
	case headless:
		// No headline: the first line is already the body.
		lines[0].kind, a.Title = "", ""
	case highlight:
		// "Story highlights The ferry is back": the first item of the
		// page's highlights, not its headline. It stays in the text once.
		a.Title = ""
		lines[0].kind = ""
		if len(lines) > 1 && lines[1].text == lines[0].text {
			lines[0].kind = "repeated line"
		}
	case k != "":
		// Site chrome standing first ("Tweet with a location", "Image
		// copyright …") names nothing.
		lines[0].kind, a.Title = k, ""
	case bulletFirst(a.Title):
		// "* Ferry fares rise for the first time in nine years": the
		// first of the story's highlights, a point of the text, not its
		// headline. Said twice, it stays once: the copy is listed.
		lines[0].kind, a.Title = "", ""
		if len(lines) > 1 && lines[1].text == lines[0].text {
			lines[0].kind = "repeated line"
		}
	case bylineFirst(a.Title):
		// "By MARTA OLSEN" standing first, as wire copy starts: the
		// byline (readHead), no headline.
		lines[0].kind, a.Title = "", ""
	case dateOnly(a.Title):
		// A date line standing first ("Published on 8 May 2015") is the
		// page's date (readHead), not its headline.
		lines[0].kind, a.Title = "", ""
	case utf8.RuneCountInString(a.Title) > 300 || isProse(a.Title) && len(strings.Fields(a.Title)) > 30:
		// Too long for a headline: the lead. When the text says it again
		// as its first paragraph, it is kept there, once.
		a.Title = ""
		if !repeatsFirst(lines) {
			lines[0].kind = ""
		}
	case datelineAsTitle(lines):
		// "HARWICK, Maine" standing first, then "HARWICK, Maine (AP) —
		// ...": the lead's dateline said twice, no headline.
		a.Title = ""
	case sectionLabel(a.Title):
		// "Showbiz" standing first, and maybe said again: the page's
		// section, not the article's name.
		// The headline, when the page gives one, stands under it.
		lines[0].kind, a.Title = sectionKind, ""
		if len(lines) > 1 && lines[1].text == lines[0].text {
			lines[1].kind = sectionKind
		}
		if i := headlineUnderLabel(lines); i > 0 {
			lines[i].kind, a.Title = "title", lines[i].text
		}
	case leadAsTitle(lines):
		// A lead sentence standing first: it names the article and stays
		// its first paragraph.
		lines[0].kind = ""
	}
	if pronounFirst(a.Title) {
		// "He dictated the story to …": a lead sentence that leans on a
		// name it does not give names no article. It stays in the text.
		a.Title = ""
		if lines[0].kind == "title" && !repeatsFirst(lines) {
			lines[0].kind = ""
		}
	}
	if e := outlets.DatelineEnd(a.Title, true); e > 0 && e < len(a.Title) {
		// A lead standing as the headline, or said again as one, starts
		// with its dateline ("HARWICK, Maine (AP) _", "KIEV, Ukraine
		// Pro-Russian protesters …"): no part of the article's name.
		a.Title = strings.TrimSpace(a.Title[e:])
	}
	lines, wireByline := splitWireHead(splitFactCheckLabels(splitGluedCredits(splitLabelCredits(splitSynopsisCredit(splitFollowPrompts(splitHighlights(lines)))))))
	markCredits(lines)
	readHead(lines, &a, opt)
	if a.Byline == nil && wireByline != "" {
		a.Byline, _ = parseByline(wireByline) // "By Ana Ros" cut off the lead
	}
	if k := lines[0].kind; (k == "date" || k == "byline") && len(lines) > 1 && lines[1].text == lines[0].text {
		lines[1].kind = k // the date or byline line said twice, as the headline is
	}
	markChrome(lines, a.Title, a.Byline)
	if captionTwin(lines) {
		// The headline is a picture's or a video's caption copied above
		// the text: the caption, with its credit, follows it.
		lines[0].kind, a.Title = "caption", ""
	}

	markAuthorBox(lines)
	markPlatformPage(lines)
	writers, mailOutlet := markContactLine(lines)
	if writers == nil && mailOutlet == "" {
		var writer string
		writer, mailOutlet = markContactBlock(lines, a.Byline)
		if writer == "" && mailOutlet == "" {
			writer, mailOutlet = markAuthorBio(lines)
		}
		if writer != "" {
			writers = []string{writer}
		}
	}
	if a.Byline == nil && writers != nil {
		a.Byline = writers
	}
	if a.Outlet == nil {
		// The page's own lines name its outlet before a writer's address
		// does.
		if o := firstNonEmpty(outletFromChrome(lines, a.Byline), outletFromCopyright(lines), mailOutlet); o != "" {
			// A name the directory knows in another form ("Thomson
			// Reuters") is reported as the directory names it.
			o, _ = outlets.Canonical(o)
			a.Outlet = &o
		}
	}
	var body []string
	for _, l := range lines {
		switch l.kind {
		case "", creditKind:
			body = append(body, l.text)
		case "title", "byline", "date":
		default:
			a.Removed = append(a.Removed, l.text)
		}
	}
	a.Removed = append(a.Removed, cards...)
	if len(a.Removed) > 0 && !slices.ContainsFunc(body, func(b string) bool { return b != a.Title }) {
		body = nil // the headline said again over chrome only: no article
	}
	if len(body) == 0 && len(a.Removed) == 0 {
		// A headline or metadata alone is the text; a page whose every
		// line under its headline was site chrome (a sign-up prompt) has
		// no article.
		body = shortText(lines)
	}
	a.Text = strings.Join(body, "\n\n")
	if head, cut, names, o, ok := titleByline(a.Title, a.Text, a.Byline); ok {
		// "… Fare Rise By Zero Hedge": the byline glued to the headline
		// leaves it, and is listed as removed.
		a.Title = head
		a.Removed = append(a.Removed, cut)
		if a.Byline == nil {
			a.Byline = names
		}
		if a.Outlet == nil && o != "" {
			a.Outlet = &o
		}
	}
	place, wire, _ := parseDateline(a.Text)
	a.Dateline = place
	if a.Outlet == nil {
		if o := firstNonEmpty(outletFromText(wire, s), deskAgency(a.Text)); o != "" {
			a.Outlet = &o
		}
	}
	if a.Byline == nil {
		a.Byline = signoffByline(a.Text)
	}
	if a.Byline == nil {
		a.Byline = closingByline(lines)
	}
	return a
}

// asciiQuotes reads the quotation marks that newswire archives spell in
// ASCII, “like this”, as the marks they stand for: “like this”. A
// backquote alone opens a single quotation (‘). A text without “ is
// returned as it is; a ” that closes no “ stays (it may be an apostrophe
// pair or a ”…” quotation, read as such later).
func asciiQuotes(s string) string {
	if !strings.Contains(s, "``") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	open := false
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "``"):
			b.WriteString("“")
			open = true
			i++
		case s[i] == '`':
			b.WriteString("‘")
		case open && strings.HasPrefix(s[i:], "''"):
			b.WriteString("”")
			open = false
			i++
		case s[i] == '\n' && i+1 < len(s) && s[i+1] == '\n':
			// A quotation continued into the next paragraph is opened
			// again there; an unclosed one ends with its paragraph.
			open = false
			b.WriteByte(s[i])
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// shortText is the text of an article whose every line was read as
// metadata ("Oggi è il 27/10/2014."): those lines, which keep their
// metadata too, else the headline. Chrome stays removed.
func shortText(lines []line) []string {
	var body []string
	for _, l := range lines {
		if l.kind == "byline" || l.kind == "date" {
			body = append(body, l.text)
		}
	}
	if len(body) == 0 && lines[0].kind == "title" {
		body = []string{lines[0].text}
	}
	return body
}

// splitLines returns the non-empty lines of s, trimmed, with hard-wrapped
// lines (a line that does not end a sentence followed by one starting in
// lower case) joined; in a text wrapped at a fixed width (wrapWidth), a
// line that runs to the width and does not end a sentence is joined with
// the next whatever its first letter ("... the valley town of" / "Orsa,
// who ...").
func splitLines(s string) []line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raws := strings.Split(s, "\n")
	width := wrapWidth(raws)
	var out []line
	prevBlank, prevWide := true, false
	for _, raw := range raws {
		t := strings.TrimFunc(raw, unicode.IsSpace)
		if t == "" {
			prevBlank = true
			continue
		}
		if !prevBlank && len(out) > 0 && (prevWide || continuesLine(out[len(out)-1].text, t)) {
			out[len(out)-1].text += " " + t
		} else {
			out = append(out, line{text: t})
		}
		prevBlank = false
		prevWide = width > 0 && utf8.RuneCountInString(t) >= width-wrapSlack && !text.EndsSentence(t)
	}
	return out
}

// wrapWidth is the width a text was hard-wrapped at, or 0 when it was not:
// at least six lines, most of them (a paragraph's last line aside) within
// wrapSlack characters of the longest, which is 50 to 100 characters long.
func wrapWidth(raws []string) int {
	var lens []int
	longest := 0
	for _, raw := range raws {
		if n := utf8.RuneCountInString(strings.TrimFunc(raw, unicode.IsSpace)); n > 0 {
			lens = append(lens, n)
			longest = max(longest, n)
		}
	}
	if len(lens) < 6 || longest < 50 || longest > 100 {
		return 0
	}
	full := 0
	for _, n := range lens {
		if n >= longest-wrapSlack {
			full++
		}
	}
	if 2*full < len(lens) {
		return 0
	}
	return longest
}

// wrapSlack is how much shorter than the width a wrapped line may be: a
// word too long for the line goes to the next.
const wrapSlack = 14

// continuesLine reports a sentence wrapped from prev onto next: next starts
// in lower case and prev does not end a sentence, and either prev is long
// or, as text.SentencesIn reads a wrap, it has four words or more and ends
// in a lower-case letter or a comma ("The mayor said it was a cold" /
// "night in the city").
func continuesLine(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if text.EndsSentence(prev) || !unicode.IsLower(r) {
		return false
	}
	if len(prev) > 40 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return (unicode.IsLower(last) || last == ',') && len(strings.Fields(prev)) >= 4
}

// readHead finds the byline and the publication date among the first lines
// after the headline.
func readHead(lines []line, a *corroborate.Article, opt Options) {
	seen := 0
	first := 1
	if lines[0].kind != "title" {
		first = 0 // no headline: the head starts at the first line
	}
	for i := first; i < len(lines) && seen < headLines; i++ {
		l := &lines[i]
		seen++
		if l.kind != "" {
			continue // a credit, or chrome standing first
		}
		if names, outlet, date := headByline(l.text); names != nil && a.Byline == nil {
			a.Byline, l.kind = names, "byline"
			if outlet != "" {
				a.Outlet = &outlet
			}
			if t, clock, ok := findDate(date); date != "" && ok && a.Published == nil {
				setPublished(a, t, clock) // "By Ana Ros. March 3, 2026"
			}
			continue
		}
		if name, outlet, ok := roleByline(l.text); ok && a.Byline == nil && nearDateOrTitle(lines, i) && !toldAfter(lines, i, name) {
			// "Orla Quint, editor, calderpost.example" under the date
			a.Byline, l.kind = []string{name}, "byline"
			if outlet != "" && a.Outlet == nil {
				a.Outlet = &outlet
			}
			continue
		}
		if a.Published == nil && len(strings.Fields(l.text)) <= 12 && !text.PostSignoff(l.text) {
			if t, clock, ok := findDate(l.text); ok && mostlyDate(l.text) {
				setPublished(a, t, clock)
				l.kind = "date"
				continue
			}
		}
		if l.kind == "" && !text.EndsSentence(l.text) && !introducesQuote(l.text) && chromeWordIn(l.text, afterProse(lines, first, i)) {
			// "VIEW GALLERY" under a headline: a button, not a name. Its
			// kind is the chrome rule's when one names it ("RELATED", a
			// photo credit), as markChrome would have read it.
			l.kind = firstNonEmpty(chromeKind(l.text), headerChrome)
			continue
		}
		if a.Byline == nil && (i == 0 || l.text != lines[0].text) && isNameLike(l.text) && !isProse(l.text) && !text.EndsSentence(l.text) && chromeKind(l.text) == "" && nearDateOrTitle(lines, i) {
			a.Byline, l.kind = []string{undoubled(l.text)}, "byline" // "Ana Ros Ana Ros": the name said twice
		}
	}
}

// setPublished sets the article's publication time, and its date as
// written in Published: with the time of day when clock is set.
func setPublished(a *corroborate.Article, t time.Time, clock bool) {
	a.Time = t
	p := t.Format("2006-01-02")
	if clock {
		p = t.Format("2006-01-02T15:04:05-07:00")
	}
	a.Published = &p
}

// afterProse reports a line of the head that follows a line of prose: it
// stands inside the body, where a word that subheadings use too ("more",
// "news") is no evidence of chrome.
func afterProse(lines []line, first, i int) bool {
	for _, l := range lines[first:i] {
		if l.kind == "" && isProse(l.text) {
			return true
		}
	}
	return false
}

// reQuoteIntro matches a line that opens a quoted text: an opening
// quotation mark, or words that announce one ("It read in full:", "The
// note reads:").
var reQuoteIntro = regexp.MustCompile(`(?i)(^["'“‘«„]|\bread(s)? in full\b|\b(reads|says|said|wrote|writes)\s*:\s*["'“‘«„]?)`)

// introducesQuote reports a line that is, or introduces, quoted text:
// content, whatever chrome words it holds.
func introducesQuote(s string) bool {
	return reQuoteIntro.MatchString(s)
}

// mostlyDate reports a line that is a date with few other words
// ("Published August 4, 2017 10:33AM (EDT)"), not a sentence with a date.
func mostlyDate(s string) bool {
	return !isProse(s) || len(strings.Fields(s)) <= 6
}

// nearDateOrTitle reports a bare-name line right after the headline or next
// to a date line: where bylines stand. A name after a lead paragraph (a
// text with no headline) stands in the body: a picture's caption, the
// person the story is about.
func nearDateOrTitle(lines []line, i int) bool {
	if i == 1 && !(lines[0].kind == "" && isProse(lines[0].text)) || i > 0 && (lines[i-1].kind == "date" || lines[i-1].kind == "title") {
		return true
	}
	if i+1 < len(lines) {
		_, _, ok := findDate(lines[i+1].text)
		return ok && len(strings.Fields(lines[i+1].text)) <= 8
	}
	return false
}

func isAuthorName(s string, byline []string) bool {
	for _, b := range byline {
		if strings.EqualFold(strings.TrimSpace(s), b) {
			return true
		}
	}
	return false
}

// markAuthorBox extends an author box heading ("About the author") to the
// short lines after it, when nothing but chrome follows them.
func markAuthorBox(lines []line) {
	for i, l := range lines {
		if l.kind != "author box" {
			continue
		}
		rest := lines[i+1:]
		content := 0
		for _, r := range rest {
			if r.kind == "" {
				content++
				if len(strings.Fields(r.text)) > 60 {
					return
				}
			}
		}
		if content == 0 || content > 3 {
			return
		}
		for j := range rest {
			if rest[j].kind == "" {
				rest[j].kind = "author box"
			}
		}
		return
	}
}

var (
	reMoreFrom  = regexp.MustCompile(`(?i)^(?:more (?:stories )?from|subscribe (?:now )?(?:for unlimited access )?to) (?:the )?(.+?)\.?$`)
	reWritesFor = regexp.MustCompile(`\bwrites\b[^.]{0,80}? for (?:the )?((?:[A-Z][\w&'’-]+ ?){1,5})`)
)

// outletFromChrome reads the outlet a page's own chrome names: "More from
// the Calder Daily Post", "Subscribe to the X", an author box's "writes ...
// for the X". Names of people (the byline) are not outlets.
func outletFromChrome(lines []line, byline []string) string {
	for _, l := range lines {
		if l.kind == "" || l.kind == "title" || l.kind == "byline" || l.kind == "date" {
			continue
		}
		var name string
		if m := reMoreFrom.FindStringSubmatch(l.text); m != nil {
			name = m[1]
		} else if m := reWritesFor.FindStringSubmatch(l.text); m != nil {
			name = m[1]
		}
		name = strings.TrimSpace(strings.TrimPrefix(name, "The "))
		if name != "" && outlets.LooksLikeOutlet(name) && !isAuthorName(name, byline) {
			return name
		}
	}
	return ""
}

// outletFromCopyright reads the outlet a text's copyright line names ("©
// 2026 The Harbor Ledger. All rights reserved."), the last one first: the
// site's own line closes the page.
func outletFromCopyright(lines []line) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].kind != "copyright" {
			continue
		}
		if o := copyrightHolder(lines[i].text); o != "" {
			return o
		}
	}
	return ""
}
