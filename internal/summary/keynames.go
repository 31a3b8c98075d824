package summary

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// keyNames are the names most of a story's articles use in their titles and
// leads (its subject: "Marrow Lines", "HarbourLink", "H&H"), each written as
// nameKeys writes it, with the share of the articles that use it.
type keyNames map[string]float64

// leadSentences are the sentences of an article's opening read for its
// key names, its title aside.
const leadSentences = 2

// nameJoiners may stand inside a run of capitalised words that makes one
// name ("Centers for Disease Control and Prevention", "Johnson & Johnson").
var nameJoiners = text.WordSet(`& and of for the`)

// notKey are capitalised words that are no name: sentence openers,
// function words, titles and days.
var notKey = text.WordSet(`the a an in on at but and or as if he she it they we i you his her its their this that
these those when while after before for from with by of to there here what who why how where mr mrs ms dr
sen rep gov president police officials today yesterday
last next now then once according new one two three some many more most all no not our my your will would ` + text.Months + " " + text.Weekdays)

// findKeyNames reads the titles and leads of arts (a sample of them, spread
// over the story) for the names at least half of them use, two at least.
func findKeyNames(all []corroborate.Article) keyNames {
	n := min(len(all), vocabSample) // a sample spread over the story
	counts := map[string]int{}
	for j := range n {
		a := &all[j*len(all)/n]
		lead := a.Title
		taken := 0
		for _, sp := range a.Sentences {
			if taken == leadSentences {
				break
			}
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				continue
			}
			lead += "\n" + a.Text[sp.Start:sp.End]
			taken++
		}
		if len(a.Sentences) == 0 {
			lead += "\n" + a.Text[:min(len(a.Text), 400)]
		}
		for k := range nameKeys(lead) {
			counts[k]++
		}
	}
	need := max(2, int(math.Ceil(float64(n)/2)))
	out := keyNames{}
	for k, c := range counts {
		if c >= need {
			out[k] = float64(c) / float64(n)
		}
	}
	return out
}

// nameKeys are the names s uses, in capitals, stops taken out ("U.S." and
// "US" are "US", "Covid" and "COVID" are "COVID"), with the initials of
// each run of capitalised words, so that "Johnson & Johnson" gives "JJ" as
// "H&H" does, and "Board for Drug Safety" gives "BDS".
func nameKeys(s string) map[string]bool {
	out := map[string]bool{}
	var initials []rune
	flush := func() {
		for n := 2; n <= len(initials); n++ {
			out[string(initials[:n])] = true
		}
		initials = initials[:0]
	}
	for line := range strings.SplitSeq(s, "\n") {
		start := true
		for f := range strings.FieldsSeq(line) {
			w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' })
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			r, _ := firstRune(w)
			switch {
			case w == "":
				flush()
			case !unicode.IsUpper(r):
				if !nameJoiners[w] {
					flush()
				}
			case notKey[strings.ToLower(w)] || start && len(w) > 1 && !hasUpperAfterFirst(w) && len(initials) == 0 && commonOpener(w):
				flush()
			default:
				k := strings.ToUpper(keyMarks.Replace(w))
				if len(k) >= 2 {
					out[k] = true
				}
				if w == strings.ToUpper(w) && len(k) >= 2 {
					flush() // an acronym is a name of its own
				} else {
					first, _ := utf8.DecodeRuneInString(k)
					initials = append(initials, first)
				}
			}
			last, _ := utf8.DecodeLastRuneInString(f)
			start = strings.ContainsRune(".!?:", last)
			if strings.ContainsRune(",;:.!?)\"”", last) {
				flush()
			}
		}
		flush()
	}
	return out
}

// keyMarks are left out of a name's key ("J.P." and "JP", "Ruiz-Vela" and
// "RuizVela" are one key).
var keyMarks = strings.NewReplacer(".", "", "&", "", "-", "")

// hasUpperAfterFirst reports a capital inside w ("HarbourLink").
func hasUpperAfterFirst(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// commonOpener reports a sentence's first word that is an ordinary word
// capitalised, not a name: one that ends as adverbs and adjectives do.
func commonOpener(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range []string{"ly", "ing", "ed"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// cover is the share of the story's key names s uses, each weighed by how
// many articles use it: 1 when s uses them all.
func (k keyNames) cover(s string) float64 {
	if len(k) == 0 {
		return 0
	}
	c, all := 0.0, 0.0
	for _, x := range k {
		all += x
	}
	for n := range nameKeys(s) {
		c += k[n]
	}
	return c / all
}
