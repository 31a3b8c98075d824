package quotes

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// unit is one quoted segment of one mention: the grain at which quotations
// are matched across articles, so that a quote glued to another speaker's
// words in one outlet still meets its other copies.
type unit struct {
	art, men, part int
	words, orig    []string // normalised and as written
	// outer are the normalised words outside the quotations nested in
	// this one; nil when none is nested.
	outer   []string
	span    corroborate.Span
	text    string
	speaker int // index into the story's speakers, -1 when none
}

// Link gathers the quotations of a story's articles: ms[i] are the mentions
// Extract found in arts[i]. Speakers are merged across articles by name and
// alias ("Whitfield" = "Victor Whitfield"); quotations are matched across
// articles despite punctuation, case, quote marks, dashes, hyphenation,
// "[sic]", editors' brackets and elisions when the words they share cover
// most of the shorter (a quote cut short meets the whole; a shared phrase
// does not make two quotations one), one Quote per matched quotation; and
// conflicts are reported where the same words are given to speakers that
// cannot be one source (quote-speaker) or where matched quotations put one
// word in place of another (quote-wording). Each conflict carries its
// passages and a confidence; unsure ones are kept with a confidence below
// 0.5 for the caller to hold back. Identical wordings are compared once,
// so a wire quote reprinted by hundreds of outlets costs little.
func Link(arts []corroborate.Article, ms [][]Mention, opt Options) ([]corroborate.Speaker, []corroborate.Quote, []corroborate.Conflict) {
	sp := newSpeakerSet()
	var units []unit
	names := namedTerms(arts, ms)
	for ai := range ms {
		for mi, m := range ms[ai] {
			if names[[2]int{ai, mi}] {
				continue
			}
			si := -1
			if m.Speaker != nil {
				si = sp.add(*m.Speaker)
			}
			for pi, p := range m.Parts {
				t := stripMarks(arts[ai].Text[p.Start:p.End])
				u := unit{art: ai, men: mi, part: pi, span: p, text: t, speaker: si}
				u.words, u.orig = quoteWords(t)
				if strings.ContainsAny(t, "‘“\"'") {
					if outer := normWords(outsideNested(arts[ai].Text[p.Start:p.End])); len(outer) < len(u.words) {
						u.outer = outer
					}
				}
				if len(u.words) > 0 {
					units = append(units, u)
				}
			}
		}
	}
	sp.merge()
	for i := range units {
		if units[i].speaker >= 0 {
			units[i].speaker = sp.root(units[i].speaker)
		}
	}
	ws := groupWordings(units)
	edges := matchWordings(ws, opt)
	clusters := clusterUnits(ws, units, edges)
	quotes := make([]corroborate.Quote, 0, len(clusters))
	var conflicts []corroborate.Conflict
	for ci, cl := range clusters {
		q := corroborate.Quote{ID: fmt.Sprintf("q%d", ci+1)}
		var us []int
		best := -1
		for _, wi := range cl {
			us = append(us, ws[wi].units...)
			if best < 0 || len(ws[wi].words) > len(ws[best].words) {
				best = wi
			}
		}
		sort.Ints(us)
		for _, ui := range us {
			u := units[ui]
			m := ms[u.art][u.men]
			qm := corroborate.QuoteMention{Article: arts[u.art].ID, SpeakerText: m.SpeakerText, Cue: m.Cue, Start: u.span.Start, End: u.span.End, Partial: m.Partial}
			if u.speaker >= 0 {
				id := sp.id(u.speaker)
				qm.Speaker = &id
			}
			q.Mentions = append(q.Mentions, qm)
		}
		q.Text = strings.TrimRight(units[ws[best].units[0]].text, ",;: ")
		quotes = append(quotes, q)
		conflicts = append(conflicts, speakerConflicts(q.Text, cl, ws, units, edges, arts, ms, sp)...)
		conflicts = append(conflicts, wordingConflicts(cl, ws, units, edges, arts, opt)...)
	}
	return sp.export(), quotes, conflicts
}

// wording is one distinct normalised wording and the units that have it.
type wording struct {
	words, orig []string // orig: as the first unit writes them
	outer       []string // the words outside nested quotations, nil when none
	units       []int
}

// groupWordings groups units by their normalised words, in order of first
// appearance.
func groupWordings(units []unit) []wording {
	var ws []wording
	byKey := map[string]int{}
	for ui, u := range units {
		k := strings.Join(u.words, " ")
		wi, ok := byKey[k]
		if !ok {
			wi = len(ws)
			byKey[k] = wi
			ws = append(ws, wording{words: u.words, orig: u.orig, outer: u.outer})
		}
		ws[wi].units = append(ws[wi].units, ui)
	}
	return ws
}

// matchWordings returns the pairs of wordings that are one quotation, found
// through shared word n-grams so that wordings are not compared pair by pair.
func matchWordings(ws []wording, opt Options) map[[2]int]bool {
	k := opt.minShared()
	short := opt.shortQuote()
	index := map[string][]int{}
	for wi, w := range ws {
		seen := map[string]bool{}
		for n := short; n <= k; n++ {
			for i := 0; i+n <= len(w.words); i++ {
				key := strings.Join(w.words[i:i+n], " ")
				if !seen[key] {
					seen[key] = true
					index[key] = append(index[key], wi)
				}
			}
		}
	}
	edges := map[[2]int]bool{}
	for wi, w := range ws {
		if len(w.words) < short {
			continue
		}
		n := min(len(w.words), k)
		for i := 0; i+n <= len(w.words); i++ {
			for _, vi := range index[strings.Join(w.words[i:i+n], " ")] {
				e := [2]int{min(wi, vi), max(wi, vi)}
				if vi == wi || edges[e] {
					continue
				}
				if sameQuote(w.words, ws[vi].words, k, short) && !nameInQuote(w, ws[vi], k) && !onlyNested(w, ws[vi], k, short) {
					edges[e] = true
				}
			}
		}
	}
	return edges
}

// onlyNested reports whether the shorter of two wordings meets the longer
// only inside a quotation nested in it: `"When we reached her she said,
// 'Thank you.'"` holds the words one person said to another; a "thank
// you." given to that other person is hers, not the rescuer's quotation.
func onlyNested(a, b wording, minShared, short int) bool {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	return b.outer != nil && !sameQuote(a.words, b.outer, minShared, short)
}

// nameInQuote reports whether the shorter of two wordings is a name in
// quotation marks ("Harbour Jack", "Old Salty") found inside a longer
// quotation: a nickname or a title shares words with speech, it is not it.
func nameInQuote(a, b wording, minShared int) bool {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	if len(a.words) >= minShared || len(a.words) == len(b.words) {
		return false
	}
	for _, w := range a.orig {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(a.orig) > 0
}

// namedTerms are the mentions (article, mention) that are a term of the
// story, not words someone said: a partial quotation of one to three
// lower-case words that an article of the story writes capitalised as part
// of a longer name after a lower-case word, `the best "space poop"
// solutions` where another article writes "the Space Poop Challenge".
func namedTerms(arts []corroborate.Article, ms [][]Mention) map[[2]int]bool {
	cands := map[string][][2]int{}
	for ai := range ms {
		for mi, m := range ms[ai] {
			if !m.Partial || len(m.Parts) != 1 {
				continue
			}
			t := strings.Trim(stripMarks(arts[ai].Text[m.Parts[0].Start:m.Parts[0].End]), " ")
			ws := strings.Fields(t)
			if len(ws) == 0 || len(ws) > 3 || strings.ContainsAny(t, ".,;:!?") || t != strings.ToLower(t) {
				continue
			}
			k := strings.Join(ws, " ")
			cands[k] = append(cands[k], [2]int{ai, mi})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	out := map[[2]int]bool{}
	for _, a := range arts {
		ws := strings.Fields(a.Text)
		for i := 1; i < len(ws); i++ {
			// a run of capitalised words from i that goes on after the
			// term, inside a sentence: after a lower-case word (not a
			// headline in title case)
			if p := ws[i-1]; text.StartsUpper(p) || endsClause(p) || !text.StartsUpper(ws[i]) {
				continue
			}
			n := 0
			for n < 4 && i+n < len(ws) && text.StartsUpper(ws[i+n]) && (n == 0 || !endsClause(ws[i+n-1])) {
				n++
			}
			for l := 1; l < n && l <= 3; l++ {
				if endsClause(ws[i+l-1]) {
					break
				}
				k := strings.ToLower(strings.Join(ws[i:i+l], " "))
				for _, at := range cands[k] {
					out[at] = true
				}
			}
		}
	}
	return out
}

func endsClause(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ".,;:!?\"'”’)")
}
