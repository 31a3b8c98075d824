package summary

import (
	"regexp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// eventLead is the article lead that tells the story's news: among the
// candidates an article opens with that lean on nothing (nor point back
// to news told before them: pointsBack), the one the most articles' leads
// echo and the most articles state, a lead that says when it happened (a
// weekday, "today": news, not a feature's or a background essay's
// opening) counted once more; among equals, the strongest. nil when no
// article's lead is a candidate.
func (st *story) eventLead(cands []*candidate) *candidate {
	var best *candidate
	bestEcho := 0
	for _, c := range cands {
		if c.lead < 1 || st.leansIn(c.text, c.at.Article) || pointsBack.MatchString(c.text) {
			continue
		}
		if c.echo < 0 {
			c.echo = st.echoes().count(st.v, c.vec)
		}
		echo := c.echo + len(c.cites) - 1
		if dated(c.text) {
			echo++
		}
		if best == nil || echo > bestEcho || echo == bestEcho && c.score > best.score {
			best, bestEcho = c, echo
		}
	}
	return best
}

// pointsBack opens a sentence with a noun for news told before it ("The
// revelation came after ...", "The move follows ..."): no lead to open a
// summary with.
var pointsBack = regexp.MustCompile(`^The (?:revelation|announcement|news|move|decision|incident|discovery|development|finding|ruling|comments?|remarks?|disclosure|admission|claims?|allegations?|reports?|attack|threat|step)\b`)

// newsDays are the words a news lead dates its event with.
var newsDays = text.WordSet(text.Weekdays + " today yesterday tonight")

// dated reports whether s says the day of what it tells ("on Tuesday";
// not a habit, "every Tuesday").
func dated(s string) bool {
	prev := ""
	for w := range strings.FieldsSeq(s) {
		if newsDays[strings.ToLower(strings.TrimRight(w, ".,;:"))] && !habitual[strings.ToLower(prev)] {
			return true
		}
		prev = w
	}
	return false
}

// habitual words before a weekday make it a habit, not a date.
var habitual = text.WordSet(`every each`)

// withEvent makes sure chosen tells the story's news. When the event lead
// (eventLead) is not chosen, it is put in first, unless a chosen sentence
// says what it says (repeats), or the first eventSeen chosen say most of
// it between them (adds), or it alone is longer than the word budget, in
// the place of the
// weakest chosen sentences (the last chosen), as many as the sentence
// count or the word budget needs; when it is chosen already and no other
// chosen sentence stands among its articles' first two (nearLead; the one
// after it in its own article aside), it is brought first. It reports
// whether the event lead opens chosen.
func (st *story) withEvent(cands, chosen []*candidate, opt Options) ([]*candidate, bool) {
	if len(chosen) == 0 {
		return chosen, false
	}
	ev := st.eventLead(cands)
	if ev == nil {
		return chosen, false
	}
	if i := slices.Index(chosen, ev); i >= 0 {
		// another article's lead may open as well; the sentence after
		// the event lead in its own article may not
		if slices.ContainsFunc(chosen, func(c *candidate) bool {
			return c != ev && c.lead >= nearLead && (len(c.cites) > 1 || c.at.Article != ev.at.Article)
		}) {
			return chosen, false
		}
		return append([]*candidate{ev}, slices.Delete(slices.Clone(chosen), i, i+1)...), true
	}
	// the news is told in one place, near the top: sentences further
	// down that between them say its words do not tell it
	if opt.Words > 0 && ev.nwords > opt.Words || st.repeats(ev, chosen) || !st.adds(ev, chosen[:min(len(chosen), eventSeen)]) {
		// a lead longer than the whole budget is not put in over
		// sentences that fit it
		return chosen, false
	}
	out := append([]*candidate{ev}, chosen...)
	for len(out) > 1 && (len(out) > opt.sentences() || opt.Words > 0 && budgetUsed(out) > opt.Words) {
		out = out[:len(out)-1]
	}
	return out, true
}

// eventSeen is how many of the chosen sentences, the first, must tell the
// event lead's news between them for it to stay out: in a long summary the
// sentences further down say most of its words one by one (the price, the
// day) without telling the news.
const eventSeen = 3

// eventUnsaid is the share of what the event lead says of the story
// (its words weighed by the centroid) that the chosen sentences must leave
// unsaid for it to be put in.
const eventUnsaid = 0.2

// adds reports whether ev says what the chosen sentences, all together,
// leave unsaid: eventUnsaid of its weight at least.
func (st *story) adds(ev *candidate, chosen []*candidate) bool {
	all := st.v.mass(ev.vec, nil)
	if all == 0 {
		return false
	}
	said := map[string]bool{}
	for _, c := range chosen {
		for w := range c.vec {
			said[w] = true
		}
	}
	return st.v.mass(ev.vec, said)/all >= eventUnsaid
}
