package dossier

import (
	"cmp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
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
// leads, then the earliest, then the first. The headline of an article
// that takes most of its text from another whose headline shares words
// with the story ranks after that origin's. With nothing, the title is "".
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
	rank := func(x, y titleCand) int {
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
	}
	for {
		best := slices.MinFunc(cands, rank)
		if !originBelow(cands, best) {
			return best.title
		}
		// The copy's headline ranks after its origin's: an opinion
		// page's loaded headline over a report it reprints is not the
		// name of the story.
		cands = slices.DeleteFunc(cands, func(c titleCand) bool { return c.i == best.i })
	}
}

// mostlyCopied is the share of an article's text, taken from another
// article of the story, from which its headline ranks after the origin's.
const mostlyCopied = 0.5

// originBelow reports a candidate whose article takes most of its text
// (mostlyCopied) from another whose headline is among cands and shares
// words with the story (tier under 3).
func originBelow(cands []titleCand, c titleCand) bool {
	return c.origin != "" && slices.ContainsFunc(cands, func(o titleCand) bool { return o.id == c.origin && o.tier < 3 })
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

// titleCand is an article's headline as a candidate for the story's title.
type titleCand struct {
	i      int    // the article
	title  string // as it would stand
	tier   int    // 0 a headline, 1 a lead sentence, 2 a paragraph or a caption; 3 more when it shares next to nothing with the story
	copies int    // articles deriving from this one, when two or more
	shared int    // the title's words found in other articles' titles and leads, each time
	shouts bool   // set all in capitals ("ISLANDERS CUT OFF"): a desk's slug style, read last among equals
	id     string // the article's ID
	origin string // the article this one takes most of its text from, if any (see originBelow)
}

// titleCandidates are the articles' headlines that can title the story
// (see storyTitle).
func titleCandidates(d *corroborate.Dossier) []titleCand {
	arts := d.Articles
	copies := map[string]int{}
	origin := map[string]string{}
	for _, r := range d.Reuse {
		copies[r.From]++
		if r.Shared >= mostlyCopied && r.Direction != "unsure" && r.From != r.To {
			origin[r.To] = r.From
		}
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
		c := titleCand{i: i, id: a.ID, origin: origin[a.ID]}
		le, caption := labelEnd(t)
		body := t[le:]
		de := datelineEnd(body, a.Dateline)
		body = strings.TrimSpace(body[de:])
		ws := strings.Fields(body)
		whole := len(ws)
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
		if c.title = titleText(ws, len(ws) < whole); c.title == "" {
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
