package dossier

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// maxTitleWords is the length beyond which a "headline" is a paragraph: a
// lead sentence or a blurb taken for a title.
const maxTitleWords = 20

// leadWords is how much of an article's text, after its title, stands for
// what it is about when titles are compared with the story.
const leadWords = 60

// storyTitle chooses the story's title as a reader would: a real headline
// of the article most central to the story. Page furniture is never a
// title: a date ("Published on May 8, 2015"), a widget's or a caption's
// label alone ("POPULAR", "Add a location to your Tweets"), a byline, a
// picture's credit. A label or a dateline before a headline is dropped
// ("Story highlights …", "KIEV, Ukraine Pro-Russian protesters …"), and a
// paragraph taken for a headline (over maxTitleWords words) is cut at the
// end of its first clause. Headlines shaped as headlines (no closing full
// stop, no dateline) come first, then lead sentences, then what is
// left (a paragraph with no clause to cut at, a picture's caption), and
// after all of them a title that shares fewer than two words with the
// other articles' titles and leads (a teaser, a label). Among equals: one
// not set all in capitals, then the
// headline of the article most others derive from (two copies or more),
// then the one whose words recur most in the other articles' titles and
// leads, then the earliest, then the first. With nothing, the title is "".
//
// The summary's first sentence tells the event the most independent
// origins state, where one article's lead may open a side story: among
// titles that are no headlines, an article's lead that is that sentence
// comes first, and a story none of whose articles has a title is titled
// by it, cut as a paragraph is, when it is short enough.
func storyTitle(d *corroborate.Dossier) string {
	cands := titleCandidates(d)
	if len(cands) == 0 {
		return summaryTitle(d.Summary)
	}
	opener := ""
	if len(d.Summary) > 0 {
		opener = strings.Join(strings.Fields(d.Summary[0].Text), " ")
	}
	arts := d.Articles
	if len(d.Summary) > 0 && (len(arts) > minBesideStory || len(arts) == minBesideStory && stating(d.Summary[0]) >= 2) {
		beside(cands, d)
	}
	best := slices.MinFunc(cands, func(x, y titleCand) int {
		if c := cmp.Compare(x.tier, y.tier); c != 0 {
			return c
		}
		if xo, yo := x.tier > 0 && x.title == opener, y.tier > 0 && y.title == opener; xo != yo {
			if xo {
				return -1
			}
			return 1
		}
		if x.shouts != y.shouts {
			if x.shouts {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(y.copies, x.copies); c != 0 {
			return c
		}
		if c := cmp.Compare(y.shared, x.shared); c != 0 {
			return c
		}
		if c := earlier(arts[x.i], arts[y.i]); c != 0 {
			return c
		}
		return cmp.Compare(x.i, y.i)
	})
	return best.title
}

// minBesideStory is the fewest articles in which a headline can be told
// to stand beside the story (see beside): with two, either may be the
// story; with three, only when two of them state what the summary opens
// with (an opener from a single article of three may itself be the side
// page's).
const minBesideStory = 3

// beside moves after the lead sentences each headline that shares fewer
// than two words with the summary's first sentence, from an article that
// neither holds that sentence nor states it in other words: the headline
// of a page beside the story, such as a forecast of next week's storm
// among reports of today's ("Weekend Snow May Come in Two Waves" over
// "More than 3,000 flights were cancelled …"). Words are compared by their
// first five letters, so "cancelled" meets "cancel".
func beside(cands []titleCand, d *corroborate.Dossier) {
	opener := d.Summary[0]
	words := map[string]bool{}
	eachKeyWord(opener.Text, func(w string) { words[stem5(w)] = true })
	for i, c := range cands {
		id := d.Articles[c.i].ID
		if c.tier != 0 || slices.Contains(opener.Cites, id) || slices.ContainsFunc(opener.SupportedBy, func(s corroborate.ClaimSupport) bool { return s.Article == id }) {
			continue
		}
		shared := map[string]bool{}
		eachKeyWord(c.title, func(w string) {
			if words[stem5(w)] {
				shared[stem5(w)] = true
			}
		})
		if len(shared) < 2 {
			cands[i].tier = 2
		}
	}
}

// stating counts the articles that hold a summary sentence or state it in
// other words, each once.
func stating(s corroborate.SummarySentence) int {
	ids := map[string]bool{}
	for _, id := range s.Cites {
		ids[id] = true
	}
	for _, sp := range s.SupportedBy {
		ids[sp.Article] = true
	}
	return len(ids)
}

// stem5 is a word's first five letters, a stem for comparing headlines
// with sentences.
func stem5(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

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
	ws := strings.Fields(sum[0].Text)
	if len(ws) > maxTitleWords {
		ws = firstClause(ws, maxSummaryTitle)
	}
	if len(ws) > maxSummaryTitle {
		ws = clipped(ws)
	}
	if len(ws) < 2 {
		return ""
	}
	return titleText(ws)
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

// titleCand is an article's headline as a candidate for the story's title.
type titleCand struct {
	i      int    // the article
	title  string // as it would stand
	tier   int    // 0 a headline, 1 a lead sentence, 2 a paragraph or a caption; 3 more when it shares next to nothing with the story
	copies int    // articles deriving from this one, when two or more
	shared int    // the title's words found in other articles' titles and leads, each time
	shouts bool   // set all in capitals ("ISLANDERS CUT OFF"): a desk's slug style, read last among equals
}

// titleCandidates are the articles' headlines that can title the story
// (see storyTitle).
func titleCandidates(d *corroborate.Dossier) []titleCand {
	arts := d.Articles
	copies := map[string]int{}
	for _, r := range d.Reuse {
		copies[r.From]++
	}
	// df counts the articles whose title and lead hold each word: one pass,
	// so that a story of many articles costs no pass per title.
	df := map[string]int{}
	last := map[string]int{} // the last article counted for each word, plus one
	for i, a := range arts {
		count := func(w string) {
			if last[w] != i+1 {
				last[w] = i + 1
				df[w]++
			}
		}
		eachKeyWord(a.Title, count)
		eachKeyWord(firstWords(a.Text, leadWords), count)
	}
	var out []titleCand
	for i, a := range arts {
		t := strings.TrimLeft(strings.Join(strings.Fields(a.Title), " "), "*•·-–— ")
		if t == "" || furniture(t) {
			continue
		}
		c := titleCand{i: i}
		le, caption := labelEnd(t)
		body := t[le:]
		de := datelineEnd(body, a.Dateline)
		body = strings.TrimSpace(body[de:])
		ws := strings.Fields(body)
		switch {
		case len(ws) < 2 || furniture(body):
			continue
		case len(ws) > maxTitleWords:
			// a paragraph: cut at its first clause, or left whole
			if cut := firstClause(ws, maxTitleWords); len(cut) <= maxTitleWords {
				c.tier, ws = 1, cut
			} else if c.tier = 2; len(ws) <= maxTitleWords+maxTitleWords/4 {
				c.tier = 1 // a long sentence, not yet a paragraph
			}
		case de == 0 && (!text.EndsSentence(body) || strings.HasSuffix(body, "?")):
			c.tier = 0
		default:
			c.tier = 1
		}
		if caption {
			c.tier = 2
		}
		if c.title = titleText(ws); c.title == "" {
			continue
		}
		distinct := 0
		seen := map[string]bool{}
		eachKeyWord(body, func(w string) { // the whole headline: how central its article is
			if seen[w] {
				return
			}
			seen[w] = true
			n := df[w] - 1 // the other articles: the headline is in its own
			c.shared += n
			if n > 0 {
				distinct++
			}
		})
		if distinct < 2 && len(arts) > 1 {
			c.tier += 3 // shares next to nothing with the story: a label, a teaser
		}
		if n := copies[a.ID]; n >= 2 {
			c.copies = n
		}
		c.shouts = strings.ToUpper(c.title) == c.title && strings.ToLower(c.title) != c.title
		out = append(out, c)
	}
	return out
}

// earlier orders two articles by publication time, the unknown last.
func earlier(a, b corroborate.Article) int {
	switch {
	case a.Time.IsZero() && b.Time.IsZero():
		return 0
	case a.Time.IsZero():
		return 1
	case b.Time.IsZero():
		return -1
	}
	return a.Time.Compare(b.Time)
}

// titleLabels open a title that is no headline, beyond the page furniture
// extraction knows (extract.Furniture): a byline, a source line, a photo
// file's label, a video's length, a gallery's or a player's label.
var titleLabels = []string{"source:", "file -", "video (", "photo gallery", "listen to article"}

// titleMarks are found only in a picture's credit.
var titleMarks = []string{"©", "/ contributor", "wikimedia commons"}

// furniture reports whether a title is only page furniture: what
// extraction removes as chrome or reads as a date, a byline, a picture's
// credit, a single word ("POPULAR"). A caption after its label is not
// (see labelEnd).
func furniture(t string) bool {
	if _, caption := labelEnd(t); caption {
		return false
	}
	ws := strings.Fields(t)
	if len(ws) < 2 || extract.Furniture(t) || byline(ws) {
		return true
	}
	low := strings.ToLower(t)
	for _, l := range titleLabels {
		if low == l || strings.HasPrefix(low, l+":") ||
			// a label of one word opens a headline too ("Source of the
			// leak …"): only one of several words is taken before more
			strings.Contains(l, " ") && strings.HasPrefix(low, l+" ") {
			return true
		}
	}
	for _, m := range titleMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// byline reports a title that is a byline: "By" and up to four names,
// each capitalised ("By Ana Ros and Ivo Marsh"), not a headline that opens
// with "By" ("By a landslide, Calder votes …").
func byline(ws []string) bool {
	if len(ws) < 2 || len(ws) > 6 || ws[0] != "By" && ws[0] != "BY" {
		return false
	}
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" {
			return false
		}
	}
	return true
}

// labels are the labels of page furniture that may stand before a
// headline or a caption: what follows them is the title's text.
var labels = []string{"story highlights ", "close ", "image caption ", "media caption "}

// labelEnd returns where a furniture label before a title's text ends (0
// when none), and whether the text is a picture's caption ("Image
// copyright PA Image caption Police said…"). Labels are ASCII and matched
// in any case on t itself, so the offsets are t's.
func labelEnd(t string) (int, bool) {
	head := t[:min(len(t), 120)]
	for _, l := range labels[2:] {
		for i := len(head) - len(l); i >= 0; i-- {
			if strings.EqualFold(head[i:i+len(l)], l) {
				return i + len(l), true
			}
		}
	}
	for _, l := range labels[:2] {
		if len(t) > len(l) && strings.EqualFold(t[:len(l)], l) {
			if r, _ := utf8.DecodeRuneInString(t[len(l):]); unicode.IsUpper(r) {
				return len(l), false
			}
		}
	}
	return 0, false
}

// datelineEnd returns where a dateline opening t ends, 0 when none: the
// article's own dateline when t starts with it, a dateline as
// outlets.ReadDateline reads it ("KIEV (Reuters) -", "(CNN) A dress…"), or
// a glued one (outlets.GluedDatelineEnd).
func datelineEnd(t, dateline string) int {
	if dateline != "" && strings.HasPrefix(t, dateline) && len(t) > len(dateline) && marksDateline(t[len(dateline):], dateline) {
		return skipMark(t, len(dateline))
	}
	if dl, ok := outlets.ReadDateline(t); ok {
		return dl.End
	}
	// "KIEV, Ukraine Pro-Russian…": at the head of a title, a place run
	// into it is a dateline
	return outlets.GluedDatelineEnd(t)
}

// marksDateline says whether rest, what follows a title's opening words
// that are its article's dateline, sets them apart as a dateline: an
// outlet's mark, a dash, a comma or a colon after them, or the place set in
// capitals ("LONDON Police seek …"). "London police seek the drone's
// operator" opens with its subject, not a dateline.
func marksDateline(rest, dateline string) bool {
	if strings.ToUpper(dateline) == dateline && strings.HasPrefix(rest, " ") {
		return true
	}
	r := strings.TrimLeft(rest, " ")
	for _, p := range []string{"(", "-", "—", "–", ",", ":", "_"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// skipMark moves past an outlet's mark and a dash after a dateline.
func skipMark(t string, i int) int {
	rest := strings.TrimLeft(t[i:], " ")
	if strings.HasPrefix(rest, "(") {
		if j := strings.IndexByte(rest, ')'); j > 0 {
			rest = rest[j+1:]
		}
	}
	rest = strings.TrimLeft(rest, " -—–")
	return len(t) - len(rest)
}

// titleText joins the words of a title, without a comma or semicolon
// left at its end by a cut ('a "Harbor Crane Challenge,"' reads 'a "Harbor
// Poop Challenge"') and with a quotation it cut closed; "" when it does not start as a title does, with a
// capital or a quotation mark.
func titleText(ws []string) string {
	out := strings.TrimRight(strings.Join(ws, " "), ",;:")
	for _, q := range []string{"\"", "”"} {
		if strings.HasSuffix(out, ","+q) {
			out = strings.TrimSuffix(out, ","+q) + q
		}
	}
	// A cut inside a quotation closes it: 'The first full trailer for
	// "Star Wars: Episode VII"'.
	if strings.Count(out, "\"")%2 == 1 {
		out += "\""
	} else if strings.Count(out, "“") > strings.Count(out, "”") {
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
			if r := []rune(next); unicode.IsLower(r[0]) || attributionTail(ws[i+1:]) {
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

// eachKeyWord calls f with each word of s that can tell a story: of three
// letters or more, not a function word, folded to lower case. A word
// written twice comes twice.
func eachKeyWord(s string, f func(string)) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		upper := false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r) {
				break
			}
			upper = upper || unicode.IsUpper(r)
			j += n
		}
		w := strings.Trim(s[i:j], "-")
		if upper {
			w = strings.ToLower(w)
		}
		if len(w) >= 3 && !titleStop[w] {
			f(w)
		}
		i = j
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	i, words := 0, 0
	for words < n {
		j := strings.IndexAny(s[i:], " \n")
		if j < 0 {
			return s
		}
		i += j + 1
		words++
	}
	return s[:i]
}

// titleStop are function words and the words every report uses.
var titleStop = text.WordSet("the and but for nor yet with from into onto over under after before than then that this these those there here its are was were been being has have had does did will would can could should may might must shall not who whom whose which what when where why how all any some more most also just only very such said says say one other because while during between against through both each few many much own same too again further once now new like told his her their our your him them they she you about who")
