package summary

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// speakers reports whether the article with id a is its speaker's own
// page: in its writer's own voice (inOwnVoice: a blog post, a letter, a
// statement) and printing, unquoted, words another article of the story
// quotes (see unquoted). What such a page states ("there have been over
// 400 deaths ... due to gasoline car fires") is its writer's word, which
// the reports give as theirs ("..., Musk wrote."); the summary, which
// copies sentences as they stand, cannot add the attribution, so it takes
// none of the page's sentences, quoted or not ("The far more deadly
// nature of a gasoline car fire deserves to be re-emphasized.").
func (st *story) speakers(a string) bool {
	if !st.quotedFrom[a] {
		return false
	}
	if st.own == nil {
		st.own = map[string]bool{}
	}
	own, ok := st.own[a]
	if !ok {
		own = inOwnVoice(st.arts[a])
		st.own[a] = own
	}
	return own
}

// source notes that article a prints unquoted what another article
// quotes (see speakers).
func (st *story) source(a string) {
	if st.quotedFrom == nil {
		st.quotedFrom = map[string]bool{}
	}
	st.quotedFrom[a] = true
}

// inOwnVoice reports whether a says "I", "we" or "our" in its own voice
// (firstPerson) in one of its first ownPageLead sentences, and in
// ownPageSentences of its first ownPageRead sentences and ownPageShare of
// them at least: a page that opens in its writer's voice ("Our goal when
// we created ..."), not a report that prints a letter or an email further
// down, or quotes its speaker in single marks.
func inOwnVoice(a *corroborate.Article) bool {
	if a == nil {
		return false
	}
	n, own, opens := 0, 0, false
	for _, sp := range a.Sentences[:min(len(a.Sentences), ownPageRead)] {
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
			continue
		}
		n++
		if t, _ := trimmedAt(a.Text, sp.Start, sp.End); firstPerson(t) {
			own++
			opens = opens || n <= ownPageLead
		}
	}
	return opens && own >= ownPageSentences && float64(own) >= ownPageShare*float64(n)
}

// The sentences of a page in its writer's own voice (see inOwnVoice).
const (
	ownPageLead      = 3
	ownPageRead      = 60
	ownPageSentences = 3
	ownPageShare     = 0.15
)

// unspoken weighs again, once every claim has been read, the candidates
// with a wording from a speaker's own page (speakers): a claim read before
// the one whose quotation showed the page for what it is kept the page's
// wordings. It returns the candidates with those weighed again, and the
// claims left with no wording fit to show, unsettled (see candidateOf).
func (st *story) unspoken(cands []*candidate) ([]*candidate, []*candidate) {
	if len(st.quotedFrom) == 0 {
		return cands, nil
	}
	var unfit []*candidate
	kept := cands[:0]
	for _, c := range cands {
		if !slices.ContainsFunc(c.alts, func(w wordingOf) bool { return st.speakers(w.span.Article) }) {
			kept = append(kept, c)
			continue
		}
		again, held := st.candidateOf(c.claim)
		if again != nil {
			kept = append(kept, again)
		}
		if held != nil {
			unfit = append(unfit, held)
		}
	}
	return kept, unfit
}

// firstPerson reports a first-person word outside quotation marks in s
// with no speaker said to speak it (attributed): the writer's own "I" or
// "we". A "you" spoken to the reader is a columnist's as much as a
// speaker's.
func firstPerson(s string) bool {
	return !attributed(s) && outsideQuotes(s, func(part string, _ int) bool {
		for w := range strings.FieldsSeq(part) {
			if w = strings.Trim(w, `"“”'‘’,.;:!?()`); w != "US" && firstPersons[strings.ToLower(strings.ReplaceAll(w, "’", "'"))] {
				return true
			}
		}
		return false
	})
}
