package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// A news page sets cards for its videos among the paragraphs: a headline in
// title case ("Ferry Runs Aground Off Lenna"), maybe a sentence that says
// it again ("The Lenna ferry ran aground on Monday."), maybe a player's
// label ("VIDEO", "0:45"). Plain text keeps the card's words as lines of
// their own: a headline that is not the article's, set between its
// paragraphs, and no part of the report.

// teaserCardKind is the kind of a card's lines.
const teaserCardKind = "teaser"

// reVideoMarker matches a video player's label alone on its line: "VIDEO",
// "Watch video", "Play", a clip's length ("0:45", "01:24").
var reVideoMarker = regexp.MustCompile(`^(?i:(?:watch |play )?video|watch|play|replay)$|^\d{1,2}:\d{2}$`)

// markTeaserCards labels the cards of a page's videos left among its
// paragraphs (see above): a title-case headline after the first line of
// content that stands next to a player's label, or whose next line says it
// again in one sentence (sharing at least three of its words and two
// thirds of them) and is the card's last line: the text goes on after it
// with a line of chrome (a separator). A subheading heads paragraphs that
// go on, and a text's closing section (a subheading and one paragraph at
// its end) is the article's own; a card's sentence stands before chrome.
func markTeaserCards(lines []line, title string) {
	prose := false // a line of content stands before lines[i]
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if !prose || l.kind != "" || l.text == title || !cardHeadline(l.text) {
			prose = prose || l.kind == "" && isProse(l.text)
			continue
		}
		if videoMarker(lines, i-1) || videoMarker(lines, i+1) {
			l.kind = teaserCardKind
			continue
		}
		if i+2 < len(lines) && lines[i+1].kind == "" && lines[i+2].kind != "" && restates(l.text, lines[i+1].text) {
			l.kind, lines[i+1].kind = teaserCardKind, teaserCardKind
			i++
		}
	}
}

// videoMarker reports a player's label at lines[i]: one read as a video
// player's chrome, or a label alone (reVideoMarker).
func videoMarker(lines []line, i int) bool {
	if i < 0 || i >= len(lines) {
		return false
	}
	return lines[i].kind == "video player" || len(lines[i].text) <= 12 && reVideoMarker.MatchString(strings.TrimSpace(lines[i].text))
}

// titleSmallWords stay in small letters in a headline in title case.
var titleSmallWords = text.WordSet("a an the and or but nor for of on in at to by up as with from into over onto upon than via vs off out")

// cardHeadline reports a headline in title case, as a card sets it: three to fourteen words,
// opening with a capital, every word a capital's but the small ones
// (titleSmallWords), at least three capitalised, no sentence's end.
func cardHeadline(s string) bool {
	// the sentence's end first: it rules out most lines without a copy
	if text.EndsSentence(s) || len(s) > 140 {
		return false
	}
	caps, words, small := 0, 0, false
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case words == 0 || !titleSmallWords[w]:
			return false
		}
		words++
		small = small || strings.ContainsFunc(w, unicode.IsLower)
	}
	return caps >= 3 && words <= 14 && small // not a line in capitals
}

// restates reports a sentence that says a headline again: one sentence of
// at most forty words, holding at least three of the headline's words that
// are not small ones, and two thirds of them, a word's first five letters
// standing for it ("Steers" and "steered").
func restates(headline, sentence string) bool {
	sw := strings.Fields(sentence)
	if len(sw) > 40 || !text.EndsSentence(sentence) || strings.Count(sentence, ". ") > 1 {
		return false
	}
	in := make(map[string]bool, len(sw))
	for _, w := range sw {
		in[stem5(w)] = true
	}
	n, shared := 0, 0
	for _, w := range strings.Fields(headline) {
		if titleSmallWords[strings.ToLower(w)] {
			continue
		}
		n++
		if in[stem5(w)] {
			shared++
		}
	}
	return shared >= 3 && 3*shared >= 2*n
}

// stem5 is a word in small letters without its punctuation and possessive,
// cut to its first five letters.
func stem5(w string) string {
	w = strings.ToLower(strings.Trim(w, `.,;:!?"'“”‘’()`))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if r := []rune(w); len(r) > 5 {
		return string(r[:5])
	}
	return w
}
