package dossier

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// maxSummaryTitle is the most words a summary's sentence, cut, keeps as a
// title: a long sentence, not yet a paragraph.
const maxSummaryTitle = maxTitleWords + maxTitleWords/4

// summaryTitle is the first sentence of a summary as a title: cut at the
// end of its first clause when it is longer than a headline, and clipped
// when even that is longer than a long sentence.
func summaryTitle(sum []corroborate.SummarySentence) string {
	if len(sum) == 0 {
		return ""
	}
	all := strings.Fields(sum[0].Text)
	ws := all
	if len(ws) > maxTitleWords {
		ws = firstClause(ws, maxSummaryTitle)
	}
	if len(ws) > maxSummaryTitle {
		ws = clipped(ws)
	}
	if len(ws) < 2 {
		return ""
	}
	return titleText(ws, len(ws) < len(all))
}

// clipped is a sentence with no clause to cut at, cut after maxTitleWords
// words, before any function words or words of two letters there, and
// marked as cut ("A letter written by a girl in support of her teacher…").
func clipped(ws []string) []string {
	n := maxTitleWords
	for n > minClause {
		w := strings.ToLower(strings.Trim(ws[n-1], ",;:"))
		if len(w) > 2 && !titleStop[w] {
			break
		}
		n--
	}
	out := slices.Clone(ws[:n])
	out[n-1] = strings.TrimRight(out[n-1], ",;:") + "…"
	return out
}

// titleText joins the words of a title, without a comma or semicolon
// left at its end by a cut ('a "Harbor Crane Challenge,"' reads 'a "Harbor
// Crane Challenge"') and, when cut is set, with a quotation the cut left
// open closed (a headline given whole is shown as written, an open
// quotation mark and all); "" when it does not start as a title does,
// with a capital or a quotation mark.
func titleText(ws []string, cut bool) string {
	out := strings.TrimRight(strings.Join(ws, " "), ",;:")
	for _, q := range []string{"\"", "”"} {
		if strings.HasSuffix(out, ","+q) {
			out = strings.TrimSuffix(out, ","+q) + q
		}
	}
	// A cut inside a quotation closes it: 'The first full trailer for
	// "Star Wars: Episode VII"'.
	switch {
	case !cut:
	case strings.Count(out, "\"")%2 == 1:
		out += "\""
	case strings.Count(out, "“") > strings.Count(out, "”"):
		out += "”"
	}
	if r := []rune(out); len(r) == 0 || !unicode.IsUpper(r[0]) && !strings.ContainsRune("\"“'‘", r[0]) {
		return ""
	}
	return out
}

// minClause is the fewest words a clause cut to a title keeps.
const minClause = 6

// subordinators open a clause that a title can do without.
var subordinators = text.WordSet("after when because despite while although though since until before amid")

// firstClause returns the words of ws up to the end of the first clause
// that ends within limit words and keeps minClause, or before the first
// subordinate clause; all of ws when there is neither. A clause ends at a
// semicolon or a dash, at a comma before a word in lower case, and at a
// comma before the sentence's closing attribution ("…, The Harbour Times
// reported on Monday.").
func firstClause(ws []string, limit int) []string {
	lim := min(len(ws)-1, limit)
	for i := minClause - 1; i < lim; i++ {
		w, next := ws[i], ws[i+1]
		switch {
		case strings.HasSuffix(w, ";") || next == "—" || next == "–" || next == "--":
			return ws[:i+1]
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ",\"") || strings.HasSuffix(w, ",”"):
			// a verb right after the comma goes on the clause the comma
			// stood in ("A source close to the board, has told ...")
			if r := []rune(next); unicode.IsLower(r[0]) && !clauseGoesOn[next] || attributionTail(ws[i+1:]) {
				return ws[:i+1]
			}
			if strings.HasSuffix(next, ",") {
				i++ // "Washington, D.C.,": a place, not a clause's end
			}
		}
	}
	for i := minClause; i < lim; i++ {
		if subordinators[ws[i]] {
			return ws[:i]
		}
	}
	return ws
}

// clauseGoesOn are verbs that, right after a comma, go on the clause
// before it rather than open another: a subject set off by a stray comma.
var clauseGoesOn = text.WordSet("has have had is are was were will would can could may might must should said says told")

// attributionTail says whether the words ending a sentence only say who
// said or reported it: a few words with a verb of saying ("The Harbour
// Times reported on Monday.", "Mayor Ana Vell said.").
func attributionTail(ws []string) bool {
	if len(ws) > maxTail || !text.EndsSentence(ws[len(ws)-1]) {
		return false
	}
	return slices.ContainsFunc(ws, func(w string) bool {
		return sayingVerbs[strings.ToLower(strings.TrimRight(w, ".,;"))]
	})
}

// maxTail is the most words a closing attribution takes.
const maxTail = 8

// sayingVerbs tell who said or reported a sentence.
var sayingVerbs = text.WordSet("said says reported reports told announced wrote according")
