package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// Where a plain-text line stands never makes it chrome by itself: a short
// line before the first paragraph or after the last may be a subheading, a
// table row or a list item a reader needs. Every removal is explained by
// what the line says: a known chrome phrase (chromeRules), a credit line, a
// line of chrome words, a person's name signing off the page, a menu of
// short links or a rule of style code.

// headerChrome is the kind of a short line of chrome words before the
// first paragraph ("VIEW GALLERY") that no chrome rule names.
const headerChrome = "header chrome"

// navWords are the items of a site's menu and the words of its buttons:
// its sections (siteSections, which a section label names too) and the
// rest of a menu.
var navWords = text.WordSet(siteSections + " opinions video videos photos gallery galleries podcasts podcast contact about menu search login register subscribe newsletter newsletters tags tag topics sections europe " +
	"notizie cronaca politica esteri economia cultura spettacoli noticias política deportes actualités monde société nachrichten politik wirtschaft kultur notícias esportes")

// chromeWordsExtra name chrome that chromeWords leaves out: galleries, tags,
// players, widgets.
var chromeWordsExtra = text.WordSet("gallery galleries photos videos tags tag loading powered sponsored advertisement advertisements")

// markChrome labels site chrome in lines (see the comment above): the
// chrome rules anywhere; repeated lines, and short lines before the first
// or after the last line of prose, only when their words say they are
// chrome.
func markChrome(lines []line, title string, byline []string) {
	counts := map[string]int{}
	for _, l := range lines {
		counts[l.text]++
	}
	for i := range lines {
		l := &lines[i]
		if l.kind != "" {
			continue
		}
		if k := chromeKind(l.text); k != "" {
			l.kind = k
		} else if k := styleCode(l.text); k != "" {
			l.kind = k
		} else if endnoteLine(l.text) {
			l.kind = "endnotes"
		} else if counts[l.text] > 1 && !isProse(l.text) && chromeWordLine(l.text) {
			l.kind = "repeated line"
		}
	}
	markLabelledList(lines)
	markTeaserCards(lines, title)
	markWidgets(lines)
	markAltText(lines)
	markGalleryCaptions(lines)
	markCaptionTwins(lines)
	markRoundup(lines)
	markInfographics(lines)
	keepClosingSource(lines)
	first, last := -1, -1
	for i, l := range lines {
		if l.kind == "" && isProse(l.text) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return // no prose at all: keep what is left rather than guess
	}
	for i := first + 1; i < last; i++ {
		if lines[i].kind == "share buttons" && loneLetters(lines[i].text) {
			lines[i].kind = "" // a letter's sign-off ("x") between paragraphs, not a share button
		}
	}
	markMenus(lines, first, last)
	for i := range lines {
		l := &lines[i]
		if l.kind != "" || (i >= first && i <= last) || isProse(l.text) {
			continue
		}
		switch {
		case i > last && isAuthorName(l.text, byline):
			l.kind = "author box"
		case i > last && isSignature(l.text) && lastContent(lines, i):
			l.kind = "signature"
		case i > last && linkLabel(lines, i):
			l.kind = "link or address"
		case !text.EndsSentence(l.text) && chromeWordLine(l.text):
			if i < first {
				l.kind = headerChrome
			} else {
				l.kind = "trailing chrome"
			}
		}
	}
	markAppendedBrief(lines)
}

// plainChromeWords are chrome words that prose uses as often: inside a
// body they are no evidence ("More like a plane than a boat", "Too close to
// home", "It read in full").
var plainChromeWords = text.WordSet("more read news home search comment comments")

// chromeWordLine reports a short line that holds a word of site chrome
// ("VIEW GALLERY", "Video loading", "MORE: ...").
// A line with a tab is a table's row: content, whatever its words.
func chromeWordLine(s string) bool {
	return chromeWordIn(s, false)
}

// chromeWordIn is chromeWordLine for a line inside a body when inBody is
// set: there the plain chrome words do not count.
func chromeWordIn(s string, inBody bool) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 || len(words) > 8 || strings.Contains(s, "\t") {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, "|·•/,:;-–—()[]<>»«.!?+*")
		if inBody && plainChromeWords[w] {
			continue
		}
		if chromeWords[w] || chromeWordsExtra[w] || len(words) <= 2 && navWords[w] {
			return true
		}
	}
	return false
}

// loneLetters reports a line of one short word ("x", "xx", "xxx"): inside
// a body, too little to call a share button.
func loneLetters(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	return n > 0 && !strings.ContainsFunc(s, unicode.IsSpace) && (n <= 2 || strings.Trim(strings.ToLower(s), "x") == "")
}

// isSignature reports a name signing off a page: "Paige Lavender",
// "– Benjamin Fearnow". A line in capitals or with a tab is a heading or
// a table's row; one cut short ("Sen. Dan...") is the end of an excerpt.
func isSignature(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(s, "-–— "))
	return isNameLike(s) && len(strings.Fields(s)) <= 4 && !strings.ContainsAny(s, "\t") && strings.ToUpper(s) != s &&
		!strings.HasSuffix(s, "..") && !strings.HasSuffix(s, "…")
}

// linkLabel reports a short line ending in a colon over a link removed
// as chrome ("Ferry guide:" over "http://shop.example/…"): the link's
// label, nothing without it.
func linkLabel(lines []line, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 6 && i+1 < len(lines) && lines[i+1].kind == "link or address"
}

// lastContent reports whether lines[i] is the last line not yet taken as
// chrome.
func lastContent(lines []line, i int) bool {
	for _, l := range lines[i+1:] {
		if l.kind == "" {
			return false
		}
	}
	return true
}

// menuRun is the fewest short lines in a row that make a menu.
const menuRun = 3

// markMenus labels runs of short lines, before the first line of prose or
// after the last, of which most are menu items ("Home", "World", "Sport").
func markMenus(lines []line, first, last int) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && (j < first || j > last) && lines[j].kind == "" && menuItem(lines[j].text) {
			j++
		}
		if j-i >= menuRun {
			nav, from, to := 0, -1, -1
			for k := i; k < j; k++ {
				if navWords[strings.ToLower(strings.Trim(lines[k].text, " |·•/,:;-–—"))] || chromeWordLine(lines[k].text) {
					nav++
					if from < 0 {
						from = k
					}
					to = k
				}
			}
			// The menu runs from its first item to its last: a headline
			// just after it is not a link.
			if 2*nav >= j-i {
				for k := from; k <= to; k++ {
					lines[k].kind = "menu"
				}
			}
		}
		i = max(j, i+1)
	}
}

// menuItem reports a line short enough to be a menu link: one to three
// words, no digits, no sentence end.
func menuItem(s string) bool {
	if n := len(strings.Fields(s)); n == 0 || n > 3 || text.EndsSentence(s) {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsDigit)
}

// reStyleCode matches a line of CSS that leaked into a text: a selector
// opening a block, a closing brace, a "property: value;" rule.
var reStyleCode = regexp.MustCompile(`^(?:[.#]?[\w-]+(?:[ .#>:][\w-]+)*\s*\{|\}\.?|[a-z-]+\s*:\s*[^\s;]+;)$`)

// styleCode returns "style code" for a line of CSS, else "".
func styleCode(s string) string {
	if reStyleCode.MatchString(strings.TrimSpace(s)) {
		return "style code"
	}
	return ""
}

// listedItem reports a line that reads as an item of a list of links: a
// headline of 4 to 30 words, or a sub-label ending in a colon, opening with
// a capital, a digit or a list's dash, and ending no sentence.
func listedItem(s string) bool {
	n := len(strings.Fields(s))
	if n < 4 || n > 30 || introducesQuote(s) || text.EndsSentence(strings.TrimSuffix(s, ":")) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '•'
}

// markLabelledList extends a chrome label that announces a list ("Read
// more at the Calder Post:", "The seed for the crawl was:") to the items
// listed under it: the lines after it up to the first that ends a
// sentence, over lines already taken as chrome. A related-links label
// without a colon ("RELATED"), and a related story's headline under its
// label closed by a link's arrow ("RELATED: Ferry fares rise again »"),
// take only headlines closed by such an arrow ("Harbour bridge closes »").
func markLabelledList(lines []line) {
	for i, l := range lines {
		colon := strings.HasSuffix(strings.TrimSpace(l.text), ":")
		if (l.kind == "related headline" || l.kind == "teaser") && arrowedHeadline(l.text) {
			l.kind, colon = "related links", false
		}
		if (l.kind != "related links" && l.kind != "archive notice") || !colon && l.kind != "related links" {
			continue
		}
		taken := false
		for j := i + 1; j < len(lines); j++ {
			if lines[j].kind != "" {
				continue
			}
			if colon && !listedItem(lines[j].text) || !colon && !arrowedHeadline(lines[j].text) {
				break
			}
			lines[j].kind, taken = l.kind, true
		}
		if !colon && !taken && lines[i].kind == "related links" {
			markHeadlineRun(lines, i)
		}
	}
}

// headlineWords is the most words a related story's headline has.
const headlineWords = 15

// markHeadlineRun extends a related-links label without a colon ("Related
// Articles") to the headlines right under it, without arrows, when there
// are two or more: lines of a list's items (listedItem) of headlineWords
// words or fewer, up to a line of prose, chrome or the text's end. One
// such line under the label may be the article's subheading, and stays.
func markHeadlineRun(lines []line, i int) {
	j := i + 1
	for j < len(lines) && lines[j].kind == "" && listedItem(lines[j].text) && len(strings.Fields(lines[j].text)) <= headlineWords {
		j++
	}
	if j-i-1 < 2 || j < len(lines) && lines[j].kind == "" && !isProse(lines[j].text) {
		return
	}
	for k := i + 1; k < j; k++ {
		lines[k].kind = "related links"
	}
}

// arrowedHeadline reports a headline closed by a link's arrow ("Ferry
// fares rise again »"), 3 to 30 words; a French quote closing with its
// guillemet opened one ("«").
func arrowedHeadline(s string) bool {
	t := strings.TrimSpace(s)
	n := len(strings.Fields(t))
	return n >= 3 && n <= 30 && (strings.HasSuffix(t, "»") || strings.HasSuffix(t, "›")) && !strings.ContainsAny(t, "«‹")
}

// altWords is the most words a picture's alt text left as a line has.
const altWords = 5

// markAltText labels a picture's alt text left as a line just before its
// caption ("ferry quay" over "The ferry at the quay on Monday. [File photo]
// AP"): a few words in lower case, no sentence, no name, no number.
func markAltText(lines []line) {
	for i := 1; i < len(lines); i++ {
		if lines[i].kind == "caption" && lines[i-1].kind == "" && altText(lines[i-1].text) {
			lines[i-1].kind = "caption"
		}
	}
}

// altText reports a line of one to altWords words, every letter in lower
// case, nothing but letters, spaces, hyphens and apostrophes.
func altText(s string) bool {
	if n := len(strings.Fields(s)); n == 0 || n > altWords {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) && !unicode.IsSpace(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// platformRest is the most words a platform's page holds besides its
// prompts: its interface, not an article.
const platformRest = 60

// markPlatformPage labels the rest of a platform's page crawled in place of
// an article, known by the prompt that opens it ("Add this Tweet to your
// website by copying the code below."): the interface around the prompts in
// a language we do not read, which no chrome rule knows by its words. A
// text in one of ours, or longer than platformRest words, is an article
// after an embedded post and stays.
func markPlatformPage(lines []line) {
	if len(lines) == 0 || lines[0].kind != "platform prompt" {
		return
	}
	var rest []string
	for _, l := range lines {
		if l.kind == "" {
			rest = append(rest, l.text)
		}
	}
	joined := strings.Join(rest, " ")
	if len(rest) == 0 || len(strings.Fields(joined)) > platformRest || readLanguage(detectLanguage(joined, "")) {
		return
	}
	for i := range lines {
		if lines[i].kind == "" {
			lines[i].kind = "platform prompt"
		}
	}
}

// reSourceTag matches a line closed by the name of the site it links to,
// in brackets, after words of its own ("Ada Quill wore red again. [Quay
// Gossip]").
var reSourceTag = regexp.MustCompile(`\S\s+\[(` + capWords + `)\]$`)

// roundupRun is the fewest lines closed by a source tag that make a link
// round-up.
const roundupRun = 3

// markRoundup labels a round-up of links to other sites' stories closing a
// text: at least roundupRun lines in a row, chrome between them aside, each
// closed by its source in brackets (reSourceTag), and the line that may
// introduce a last item ("Here is the clip:"). A text that is nothing but
// such lines is a digest and stays.
func markRoundup(lines []line) {
	end := len(lines) - 1
	for end >= 0 && lines[end].kind != "" {
		end--
	}
	if end < 0 {
		return
	}
	from, tagged := end+1, 0
	if intro := strings.TrimSpace(lines[end].text); strings.HasSuffix(intro, ":") && !reSourceTag.MatchString(intro) {
		from = end
		end--
	}
	for i := end; i >= 0; i-- {
		if lines[i].kind != "" {
			continue
		}
		if !reSourceTag.MatchString(strings.TrimSpace(lines[i].text)) {
			break
		}
		from, tagged = i, tagged+1
	}
	if tagged < roundupRun || !slices.ContainsFunc(lines[:from], func(l line) bool { return l.kind == "" && isProse(l.text) }) {
		return
	}
	for i := from; i < len(lines); i++ {
		if lines[i].kind == "" {
			lines[i].kind = "link round-up"
		}
	}
}

// reBracketSource matches a line that is a short name in square brackets
// and nothing else ("[Calder Post]", "[AP]").
var reBracketSource = regexp.MustCompile(`^\[(\S+(?: \S+){0,2})\]$`)

// keepClosingSource keeps the line that closes a post with its source's
// name in brackets ("[Calder Post]" under the last paragraph, as blogs
// credit the story they retell): the post's credit, content for the
// credits stage, though the same line elsewhere is a picture's credit
// ("credit line"). Chrome after it (a share bar, a copyright line) aside,
// it is the last line, with no round-up of links after it (the bracket
// over one credits a picture or an embed); it follows a paragraph of
// prose; and it names no picture source or platform ("[Instagram]",
// "[Getty Images]").
func keepClosingSource(lines []line) {
	for i := len(lines) - 1; i > 0; i-- {
		switch lines[i].kind {
		case "", "link round-up":
			return // a bracket over a round-up credits a picture or an embed
		case "credit line":
			m := reBracketSource.FindStringSubmatch(strings.TrimSpace(lines[i].text))
			if m == nil || rePictureSource.MatchString(strings.ToLower(m[1])) {
				return
			}
			for j := i - 1; j >= 0; j-- {
				if lines[j].kind == "" {
					if isProse(lines[j].text) {
						lines[i].kind = creditKind
					}
					return
				}
			}
			return
		}
	}
}

// reGalleryLabel matches a photo gallery's labels: its button and its
// count ("View all", "View gallery", "20 photos").
var reGalleryLabel = regexp.MustCompile(`(?i)^(view (all|gallery|slideshow)( \d+)?( (photos|images|pictures))?|\d+ (photos|images|pictures))$`)

// markGalleryCaptions labels a gallery's caption block left in the text: a
// name standing over its picture's credit ("Ada Quill" over "Photo by Ken
// Ross"), and the gallery's labels next to a credit.
func markGalleryCaptions(lines []line) {
	for i, l := range lines {
		if l.kind != "photo credit" {
			continue
		}
		if i > 0 && lines[i-1].kind == "" && isNameLike(lines[i-1].text) && !isProse(lines[i-1].text) {
			lines[i-1].kind = "caption"
		}
		for j := i + 1; j < len(lines) && (lines[j].kind == "" || lines[j].kind == headerChrome) && reGalleryLabel.MatchString(strings.TrimSpace(lines[j].text)); j++ {
			lines[j].kind = "gallery"
		}
	}
}
