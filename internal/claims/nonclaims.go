package claims

import "strings"

// Some sentences that several articles print state no claim, and would
// only pad the claims list: a question asked in the article's own voice
// or a speaker's ("Am I not a citizen of this town?"; not a statement
// ending with the question someone asked: `The purser asked, "Where
// now?"`), and a line of the page about the page itself ("Originally
// published October 2014.", "The Lenna Post contributed to this report.",
// "Sorry, we are not accepting comments on this article.").

// pageLines are phrases of a line about the page itself.
var pageLines = []string{
	"this article",
	"originally published",
	"accepting comments",
}

// statesNothing reports a sentence s that states no claim (see above).
func statesNothing(s string) bool {
	s = strings.TrimSpace(s)
	if isQuestion(s) && (!endsQuoting(s) || opensQuote(s)) {
		return true
	}
	return contributorLine(s) || pageLine(s)
}

// contributorLine reports a short line crediting a contributor ("The
// Lenna Post contributed to this report.", "... contributed reporting."):
// such a line is no unit at all, so it neither states a claim nor supports
// one (it is no support of "..., the Lenna Post reported."). Other page
// lines may be news in a short sentence ("The novel was originally
// published in 1951.") and stay units.
func contributorLine(s string) bool {
	if !strings.Contains(s, "ontributed") || len(s) > 40*maxPageLine {
		return false // the common case, read without allocating
	}
	l := strings.ToLower(s) // "Contributed reporting by ..."
	return (strings.Contains(l, "contributed to this report") || strings.Contains(l, "contributed reporting")) && len(strings.Fields(s)) <= maxPageLine
}

// pageLine reports a short line about the page itself (pageLines).
func pageLine(s string) bool {
	if len(s) > 40*maxPageLine {
		return false
	}
	for _, p := range pageLines {
		// as written mid-sentence, or opening it ("Originally published"),
		// in a short line about a page: "The agency is accepting comments
		// on the ferry rule until May 1." is news
		if (strings.Contains(s, p) || len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)) && len(strings.Fields(s)) <= maxPageLine &&
			(p != "accepting comments" || aboutPage(s)) {
			return true
		}
	}
	return false
}

// maxPageLine is the most words a line about the page takes ("Sorry, we
// are not currently accepting comments on this article." is nine).
const maxPageLine = 14

// aboutPage reports a sentence that names the page it stands on.
func aboutPage(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "article") || strings.Contains(l, "story") || strings.Contains(l, "this page") || strings.Contains(l, "this post")
}

// endsQuoting reports a sentence closed by a quotation mark.
func endsQuoting(s string) bool {
	s = strings.TrimRight(s, ")] ")
	return strings.HasSuffix(s, `"`) || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’") || strings.HasSuffix(s, "'")
}

// noClaimIn reports the sentences first (one an article, see firstUnits)
// that all state nothing.
func (st *story) noClaimIn(first map[int]int) bool {
	for _, ui := range first {
		u := &st.units[ui]
		if !statesNothing(st.arts[u.art].Text[u.span.Start:u.span.End]) {
			return false
		}
	}
	return true
}
