package reuse

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// spokenQuote is a quotation the quotes stage gave a speaker: its bytes in
// the article and how the article attributes it ("Musk wrote").
type spokenQuote struct {
	span corroborate.Span
	cue  string
	// names are the speaker's names folded (personKey), to tell the
	// quotation of another article's author (quotesOwnAuthor); orgs are
	// its names as outlets' keys (outlets.Key), to tell a statement quoted
	// as its outlet's words, of one word too ("Quorvex said").
	names, orgs []string
}

// spokenQuotes gathers, by article id, the quotes stage's mentions that
// name who said them, unless that is an outlet: "'…,' McClatchy reported"
// is a credit to the outlet (right or wrong), no speaker's own words.
// speakers are the quotes stage's speakers, by which a mention that gives
// its speaker by id alone is named; of their names, only those the
// mention's article writes (texts, by article id) name the speaker for
// the quoted-author link: the quotes stage merges a surname ("Ros told
// parliament") into a full name another article writes ("Ana Ros"), who
// need not be the one this article quotes.
func spokenQuotes(quotes []corroborate.Quote, speakers []corroborate.Speaker, texts map[string]string, ix *aliasIndex) map[string][]spokenQuote {
	out := map[string][]spokenQuote{}
	folded := map[string]string{}
	all, names, org := map[string][]string{}, map[string]string{}, map[string]bool{}
	for _, s := range speakers {
		names[s.ID] = s.Name
		org[s.ID] = s.Kind == "organization"
		all[s.ID] = append([]string{s.Name}, s.Aliases...)
	}
	for _, q := range quotes {
		for _, m := range q.Mentions {
			who := strings.TrimSpace(m.SpeakerText)
			var cands []string
			if m.Speaker != nil {
				cands = slices.Clip(all[*m.Speaker]) // appended to below: never into the map's array
				if who == "" {
					who = cmp.Or(names[*m.Speaker], *m.Speaker)
				}
			}
			var ks, orgs []string
			text, ok := folded[m.Article]
			if !ok {
				text = foldText(texts[m.Article])
				folded[m.Article] = text
			}
			for _, n := range append(cands, who) {
				if !writtenIn(text, n) {
					continue
				}
				if k := personKey(n); k != "" && !slices.Contains(ks, k) {
					ks = append(ks, k)
				}
				// A name of one word is an outlet's only when the speaker
				// is a body: the harbour master Vell is not the paper Vell.
				oneWord := !strings.ContainsFunc(strings.TrimSpace(n), unicode.IsSpace)
				if k := outlets.Key(n); k != "" && !slices.Contains(orgs, k) && (!oneWord || m.Speaker != nil && org[*m.Speaker]) {
					orgs = append(orgs, k)
				}
			}
			if m.End <= m.Start || who == "" {
				continue
			}
			if name, _, ok := ix.outletName(who); ok && name != "" {
				continue
			}
			cue := who
			if m.Cue != "" {
				cue += " " + m.Cue
			}
			out[m.Article] = append(out[m.Article], spokenQuote{span: corroborate.Span{Start: m.Start, End: m.End}, cue: cue, names: ks, orgs: orgs})
		}
	}
	return out
}

// quotedOrigin returns the credit by which copy quotes origin in the
// passages of p (side a of them when copyIsA): most of the words the copy shares with the origin (at least
// half, function words and furniture aside) stand inside quotations the
// copy attributes to a speaker ("…,” Musk wrote in a post to his blog),
// while in the origin at most a quarter of them are quoted: the origin is
// the speaker's own text (a blog post, a statement, a letter) and the copy
// quotes it with attribution, which is no uncredited copying. The credit
// carries the copy's attribution ("Musk wrote") and the bytes of the
// quotation that shares most with the origin; its Outlet is empty, for a
// speaker is no outlet. block says that quotation is a block the copy
// introduces, not one in quotation marks. Only quotations the quotes stage
// attributed count: without it, ok is false.
// spoken are the copy's quotations in the pair (copyQuotations).
func quotedOrigin(copy, origin *article, p *pair, copyIsA bool, spoken []spokenQuote) (c corroborate.Credit, block, ok bool) {
	if len(spoken) == 0 {
		return c, false, false
	}
	var words, quoted, originWords, originQuoted int
	best, bestN := -1, 0
	counts := make([]int, len(spoken))
	for _, q := range p.own {
		r := q.side(copyIsA)
		for i := r.lo; i < r.hi; i++ {
			t := copy.toks[i]
			if t.flags&(fStop|fNoise) != 0 {
				continue
			}
			words++
			// Quotation marks go with the quotes stage's speakers, the
			// rest with the blocks a paragraph of the copy introduces.
			from, to := 0, len(copy.spoken)
			if t.flags&fQuoted == 0 {
				from, to = to, len(spoken)
			}
			for k := from; k < to; k++ {
				s := spoken[k]
				if int(t.start) >= s.span.Start && int(t.end) <= s.span.End {
					quoted++
					counts[k]++
					if counts[k] > bestN {
						best, bestN = k, counts[k]
					}
					break
				}
			}
		}
		r = q.side(!copyIsA)
		for i := r.lo; i < r.hi; i++ {
			t := origin.toks[i]
			if t.flags&(fStop|fNoise) != 0 {
				continue
			}
			originWords++
			if t.flags&fQuoted != 0 {
				originQuoted++
			}
		}
	}
	if best < 0 || 2*quoted < words || 4*originQuoted > originWords {
		return c, false, false
	}
	s := spoken[best]
	return corroborate.Credit{Cue: s.cue, Start: s.span.Start, End: s.span.End}, best >= len(copy.spoken), true
}

// copyQuotations are copy's quotations in pair p (side a when copyIsA):
// those the quotes stage gave a speaker, in quotation marks, then the
// blocks a paragraph of the copy introduces as someone's words.
func copyQuotations(copy *article, p *pair, copyIsA bool) []spokenQuote {
	return append(append([]spokenQuote(nil), copy.spoken...), introducedBlocks(copy, p.own, copyIsA)...)
}

// quotedEvidence says why copy reads as quoting origin by the credit c
// (quotedOrigin), a block quotation when block.
func quotedEvidence(copy, origin *article, c corroborate.Credit, block bool) string {
	where := "quotation marks"
	if block {
		where = "block quotation"
	}
	return fmt.Sprintf("%s credits %s's words to their speaker: most of what the two share stands in %s's %s ('%s') and unquoted in %s: the speaker's words, credited to the speaker",
		copy.id, origin.id, copy.id, where, clipCue(c.Cue), origin.id)
}
