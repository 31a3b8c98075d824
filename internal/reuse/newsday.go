package reuse

import (
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/corroborate/corroborate/internal/text"
)

// wNewsDay weighs an article whose own news is a day or a few earlier than
// the other's: the later one is a follow-up that retells it. It yields to
// publication times and credits.
const wNewsDay = 3.0

// leadWords is the length a sentence needs to be taken for the lead (the
// news) rather than a headline or a label before it.
const leadWords = 8

// weekdayNames are text.Weekdays, Monday first.
var weekdayNames = strings.Fields(text.Weekdays)

// weekdayHashes are the hashes of the weekday names (text.Weekdays,
// Monday first) as tokens fold them; day arithmetic is modulo 7, so any
// first day will do.
var weekdayHashes = func() (h [7]uint64) {
	for i, d := range weekdayNames {
		h[i] = xxhash.Sum64String(d)
	}
	return h
}()

// newsDays are the weekdays an article names: which, where first, and the
// one its lead names, the day of its own news.
type newsDays struct {
	named   uint8    // bit d: the text names weekday d
	first   [7]int32 // first token naming each weekday named
	lead    int8     // the weekday the lead names, -1 when it names none or several
	leadTok int32    // the token naming it
}

// readDays finds the weekdays p names and the one its lead sentence (the
// first of at least leadWords words) names.
func readDays(p *article) newsDays {
	nd := newsDays{lead: -1}
	for i, t := range p.toks {
		if n := t.end - t.start; n < 6 || n > 9 {
			continue
		}
		for d, h := range weekdayHashes {
			if t.hash == h && !inName(p, i) {
				if nd.named&(1<<d) == 0 {
					nd.first[d] = int32(i)
				}
				nd.named |= 1 << d
			}
		}
	}
	if nd.named == 0 {
		return nd
	}
	for _, s := range p.sents {
		if s.hi-s.lo < leadWords {
			continue
		}
		for i := s.lo; i < s.hi; i++ {
			for d, h := range weekdayHashes {
				if p.toks[i].hash != h || inName(p, int(i)) {
					continue
				}
				if nd.lead >= 0 && int(nd.lead) != d {
					nd.lead = -1 // two days in the lead: it tells neither
					return nd
				}
				nd.lead, nd.leadTok = int8(d), i
			}
		}
		break
	}
	return nd
}

// inName reports whether the weekday at token i is inside a name, not a
// date: the word after it, past a single space, is capitalised, and the
// word before it is capitalised or an article ("The Sunday Times", "a
// Monday Night Football game"). After "on" or "said" it is a day, whatever
// follows ("said on Monday Velmar harbor would…").
func inName(p *article, i int) bool {
	if i == 0 || i+1 >= len(p.toks) {
		return false
	}
	prev, t, next := p.toks[i-1], p.toks[i], p.toks[i+1]
	if next.start != t.end+1 || p.text[t.end] != ' ' {
		return false
	}
	if c := p.text[next.start]; c < 'A' || c > 'Z' {
		return false
	}
	w := p.text[prev.start:prev.end]
	return 'A' <= w[0] && w[0] <= 'Z' || strings.EqualFold(w, "the") || strings.EqualFold(w, "a")
}

// newsDayEvidence weighs the days of the two articles' own news, when
// their publication times do not both tell: a lead dated a day (up to
// three) after the other's is a follow-up, above all when it names the
// other's day in the text it retells ("the minister on Sunday accused…" below
// "…said on Monday") and the earlier never names the later's day. Both
// leads must be each article's own text: a lead shared with the other
// article may be a copy's first retained sentence, not its news.
func newsDayEvidence(p *pair, a, b *article, add func(float64, string, ...any)) {
	da, db := a.days.lead, b.days.lead
	if da < 0 || db < 0 || da == db {
		return
	}
	first, later := a, b
	if gap := (int(db) - int(da) + 7) % 7; gap > 3 {
		first, later = b, a
	}
	fd, ld := first.days.lead, later.days.lead
	if later.days.named&(1<<fd) == 0 || first.days.named&(1<<ld) != 0 {
		return
	}
	if leadShared(a, p.passages, true) || leadShared(b, p.passages, false) {
		return
	}
	add(sign(first == a)*wNewsDay, "%s published first, by its news: its lead tells of %s ('%s'); %s leads with %s ('%s') and retells %s's news ('%s')",
		first.id, dayName(fd), dayCue(first, first.days.leadTok), later.id, dayName(ld), dayCue(later, later.days.leadTok),
		dayName(fd), dayCue(later, later.days.first[fd]))
}

// leadShared reports whether the token naming p's lead day lies in a
// passage p shares with the other article.
func leadShared(p *article, ps []passage, onA bool) bool {
	t := p.days.leadTok
	for _, q := range ps {
		if s := q.side(onA); s.lo <= t && t < s.hi {
			return true
		}
	}
	return false
}

// dayCue is the few words of p up to and naming a weekday at token i, as
// written ("cities on Sunday").
func dayCue(p *article, i int32) string {
	lo := max(p.sents[p.toks[i].sent].lo, i-3)
	return p.text[p.toks[lo].start:p.toks[i].end]
}

func dayName(d int8) string {
	w := weekdayNames[d]
	return string(w[0]-'a'+'A') + w[1:]
}
