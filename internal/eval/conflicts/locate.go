package conflicts

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// locate finds spans for a conflict side that its stage gave none: in each
// of the side's articles, the quotation for a quote conflict (the
// mentions of the quotation the conflict is about, or of the side's
// wording; those given to the side's speaker first), else the side's value
// where the article states it (of several places, the one whose sentence
// shares most words with what the conflict is about).
func locate(d *corroborate.Dossier, c corroborate.Conflict, cs corroborate.ConflictSide) []corroborate.ClaimSupport {
	var out []corroborate.ClaimSupport
	for _, id := range cs.Articles {
		a := article(d, id)
		if a == nil {
			continue
		}
		var got []corroborate.ClaimSupport
		switch c.Kind {
		case corroborate.ConflictQuoteSpeaker:
			got = mentionsOf(d, *a, c.About, cs.Value)
		case corroborate.ConflictQuoteWording:
			got = mentionsOf(d, *a, cs.Value, "")
		}
		if len(got) == 0 {
			if s, ok := findValue(*a, cs.Value, c.About); ok {
				got = []corroborate.ClaimSupport{s}
			}
		}
		out = append(out, got...)
	}
	return out
}

func article(d *corroborate.Dossier, id string) *corroborate.Article {
	for i := range d.Articles {
		if d.Articles[i].ID == id {
			return &d.Articles[i]
		}
	}
	return nil
}

// mentionsOf gives the mentions in article a of the quotation that is
// most like quote (by Dice's coefficient over their words, at least 0.4:
// a fragment of two words shared with a long quotation is not that
// quotation). For a speaker conflict (speaker set) it keeps those
// attributed to the speaker when there are any, else all; for a wording
// it keeps the mentions that are themselves like quote, since an article
// may print several sentences of one quotation apart.
func mentionsOf(d *corroborate.Dossier, a corroborate.Article, quote, speaker string) []corroborate.ClaimSupport {
	want := wordSet(quote)
	score := func(m corroborate.QuoteMention) float64 {
		if m.Article != a.ID || m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
			return 0
		}
		got := wordSet(a.Text[m.Start:m.End])
		return 2 * float64(shared(got, want)) / float64(len(got)+len(want))
	}
	const enough = 0.4
	best, bestScore := -1, enough
	for qi, q := range d.Quotes {
		for _, m := range q.Mentions {
			if sc := score(m); sc > bestScore || sc == bestScore && best < 0 {
				best, bestScore = qi, sc
			}
		}
	}
	if best < 0 {
		return nil
	}
	names := map[string]string{}
	for _, s := range d.Speakers {
		names[s.ID] = s.Name
	}
	var all, kept []corroborate.ClaimSupport
	for _, m := range d.Quotes[best].Mentions {
		if m.Article != a.ID {
			continue
		}
		s := corroborate.ClaimSupport{Article: a.ID, Start: m.Start, End: m.End}
		all = append(all, s)
		switch {
		case speaker == "" && score(m) >= enough,
			speaker != "" && (m.SpeakerText == speaker || m.Speaker != nil && names[*m.Speaker] == speaker):
			kept = append(kept, s)
		}
	}
	if len(kept) > 0 {
		return kept
	}
	return all
}

// findValue finds value in a's text, ignoring case, typography and
// punctuation, and of several places picks the one in the sentence sharing
// most words with about. Failing that, it takes the sentence that holds
// most of value's words (at least two, and half of them): a side's value
// is written as its first article gives it, the others may word it
// differently.
func findValue(a corroborate.Article, value, about string) (corroborate.ClaimSupport, bool) {
	ps := places(a.Text, value, lettersOnly)
	want := wordSet(about)
	best, bestScore := [2]int{}, -1
	for _, p := range ps {
		if sc := shared(wordSet(passage(a, p.span[0], p.span[1])), want); sc > bestScore {
			best, bestScore = p.span, sc
		}
	}
	if bestScore < 0 {
		words := wordSet(value)
		need := max(2, (len(words)+1)/2)
		for _, s := range a.Sentences {
			if sc := shared(wordSet(a.Text[s.Start:s.End]), words); sc >= need && sc > bestScore {
				best, bestScore = [2]int{s.Start, s.End}, sc
			}
		}
	}
	if bestScore < 0 {
		return corroborate.ClaimSupport{}, false
	}
	return corroborate.ClaimSupport{Article: a.ID, Start: best[0], End: best[1]}, true
}

func allIndex(s, sub string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return out
		}
		out = append(out, from+i)
		from += i + 1
	}
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	}) {
		m[w] = true
	}
	return m
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
