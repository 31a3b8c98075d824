package metadata

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
)

// Prediction is what a system read from one page.
type Prediction struct {
	Title     string   `json:"title"`
	Byline    []string `json:"byline"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"` // RFC 3339 or YYYY-MM-DD, "" when none
	Language  string   `json:"language"`
	Text      string   `json:"text"`
	Err       string   `json:"error,omitempty"`
}

// Field names, in the order they are printed.
const (
	TitleExact    = "title exact"
	TitleLenient  = "title lenient"
	BylineExact   = "byline exact"
	SiteExact     = "site name exact"
	SiteLenient   = "site name lenient"
	PublishedDay  = "publication day"
	LanguageMatch = "language"
)

// Fields lists the scored fields in print order.
var Fields = []string{TitleExact, TitleLenient, BylineExact, SiteExact, SiteLenient, PublishedDay, LanguageMatch}

// Score is one page's verdicts: for each field the page takes part in
// (its expectation is given), whether the prediction is right; and the
// word F1 of the main text.
type Score struct {
	Right  map[string]bool
	TextF1 float64
}

// ScorePage compares a prediction with a page's expectations.
//
//   - title: exact when equal after white space is normalised; lenient when
//     one contains the other, case folded (a kept or dropped site suffix);
//   - byline: the sets of words of the two bylines are equal, case folded,
//     without "by" and the words that join names ("and", "with", "et"...);
//   - site name vs outlet: exact when equal after case, white space and a
//     leading "the" are folded; lenient when one contains the other once
//     punctuation, a URL's scheme and "www." are folded too;
//   - publication day: the calendar day of the expected time, as written, is
//     the predicted one's;
//   - language: the primary subtags are equal ("en" for "en-US");
//   - text: F1 of the multisets of lower-cased words.
func ScorePage(p Page, pred Prediction) Score {
	s := Score{Right: map[string]bool{}}
	if w := p.Want.Title; w != nil {
		want, got := normSpace(*w), normSpace(pred.Title)
		s.Right[TitleExact] = want == got
		s.Right[TitleLenient] = got != "" && containsEither(strings.ToLower(want), strings.ToLower(got))
	}
	if w := p.Want.Byline; w != nil {
		s.Right[BylineExact] = sameWords(bylineWords(*w), bylineWords(strings.Join(pred.Byline, " ")))
	}
	if w := p.Want.SiteName; w != nil {
		s.Right[SiteExact] = pred.Outlet != "" && siteFold(*w) == siteFold(pred.Outlet)
		s.Right[SiteLenient] = pred.Outlet != "" && containsEither(outlets.Key(*w), outlets.Key(pred.Outlet))
	}
	if w := p.Want.PublishedTime; w != nil {
		s.Right[PublishedDay] = day(*w) != "" && day(*w) == day(pred.Published)
	}
	if w := p.Want.Lang; w != nil {
		s.Right[LanguageMatch] = subtag(*w) != "" && subtag(*w) == subtag(pred.Language)
	}
	s.TextF1 = wordF1(p.Text, pred.Text)
	return s
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func containsEither(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// joiners link names in a byline; they are not part of a name.
var joiners = map[string]bool{"by": true, "and": true, "with": true, "avec": true, "et": true, "und": true, "y": true, "e": true}

func bylineWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if !joiners[w] {
			out[w] = true
		}
	}
	return out
}

func sameWords(a, b map[string]bool) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

func siteFold(s string) string {
	s = strings.ToLower(normSpace(s))
	return strings.TrimPrefix(s, "the ")
}

// day is the YYYY-MM-DD a time string starts with, as written.
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	return s[:10]
}

func subtag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

// words are the lower-cased runs of letters and digits of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// wordF1 is the F1 of the word multisets of want and got; 1 when both are
// empty.
func wordF1(want, got string) float64 {
	w, g := words(want), words(got)
	if len(w) == 0 && len(g) == 0 {
		return 1
	}
	counts := map[string]int{}
	for _, x := range w {
		counts[x]++
	}
	tp := 0
	for _, x := range g {
		if counts[x] > 0 {
			counts[x]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(len(g)), float64(tp)/float64(len(w))
	return 2 * p * r / (p + r)
}
