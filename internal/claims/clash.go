package claims

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate"
)

// Clash reports whether two sentences taken to state one claim cannot both
// be true as worded: they name different weekdays and none in common
// ("shot himself on Wednesday", "turned up dead on Thursday"), they give one
// date each and the dates are incompatible, or one denies the predicate the
// other states ("was never discussed", "discussed"). It is meant for
// deciding whether a passage supports a sentence, where leaving an article
// out is harmless, not for reporting a conflict: weekdays shift with time
// zones and a finding of death the day after the act.
func Clash(a, b string) bool { return Clasher(a)(b) }

// Clasher is Clash with a read once: the function it returns tells whether
// a sentence clashes with a, for many sentences.
func Clasher(a string) func(b string) bool {
	ta := tokenize(a, 0, len(a))
	fa := figures(a, ta)
	ra := refutations(a, ta) // read once, not once for every b
	return func(b string) bool {
		tb := tokenize(b, 0, len(b))
		if dayClash(fa, figures(b, tb)) {
			return true
		}
		return denies(a, ta, ra, b, tb) || denies(b, tb, refutations(b, tb), a, ta)
	}
}

// dayClash reports weekdays with none in common, or one date each that
// cannot be the same.
func dayClash(fa, fb []figure) bool {
	days := func(fs []figure) (map[string]bool, []figure) {
		wd := map[string]bool{}
		var dates []figure
		for _, f := range fs {
			switch {
			case f.kind != corroborate.ConflictDate || f.hedged:
			case f.key == "weekday":
				wd[f.value] = true
			default:
				dates = append(dates, f)
			}
		}
		return wd, dates
	}
	wa, da := days(fa)
	wb, db := days(fb)
	if len(wa) > 0 && len(wb) > 0 {
		common := false
		for d := range wa {
			common = common || wb[d]
		}
		if !common {
			return true
		}
	}
	return len(da) == 1 && len(db) == 1 && da[0].key == db[0].key && !compatible(da[0], db[0])
}

// denies reports whether a sentence s (tokens ts, refuted clauses
// refuted, as refutations reads them) negates a predicate
// that the other sentence o (tokens to) states without negation: the
// first word after a negation cue, or the verb, copula's complement or
// thing had of a clause a frame refutes ("denied that it issued a law").
func denies(s string, ts []token, refuted []negation, o string, to []token) bool {
	for _, r := range refuted {
		for j := range to {
			if to[j].lemma == r.phrase[0] && !negatedAt(o, to, j) {
				return true
			}
		}
	}
	for i := range ts {
		if !isNegCue(ts, i) {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+3; k++ {
			l := ts[k].lemma
			if l == "" || negSkip[ts[k].low] || auxForms[ts[k].low] {
				continue
			}
			for j := range to {
				if to[j].lemma == l && !negatedAt(o, to, j) {
					return true
				}
			}
			break
		}
	}
	return false
}

// notName is a contrast that sets a name aside: "the Russians raised it,
// not Kushner, a source said".
var notName = regexp.MustCompile(`, not ([A-Z][\p{L}'’-]+)[,.;]`)

// contrastShared is the fewest content words a contrast shares with a
// sentence to be about the same thing.
const contrastShared = 3

// Disowns reports whether sentence o sets aside a name that sentence s
// gives ("..., not Kushner, ...") while talking about what s talks about:
// o says someone else did what s says that name did.
func Disowns(s, o string) bool {
	if !strings.Contains(o, ", not ") {
		return false
	}
	for _, m := range notName.FindAllStringSubmatch(o, -1) {
		if !strings.Contains(s, m[1]) {
			continue
		}
		in := map[string]bool{}
		for _, w := range ContentWords(s) {
			in[w] = true
		}
		n := 0
		for _, w := range ContentWords(o) {
			if in[w] && !strings.EqualFold(w, m[1]) {
				n++
				in[w] = false
			}
		}
		if n >= contrastShared {
			return true
		}
	}
	return false
}

// CountsClash reports whether a passage taken to support sentence a gives
// a count that a's cannot be true with: one count each of one counted noun,
// belonging to one verb ("killed 127 people" / "killed at least 128
// people", not "arrested 12 people" / "drew 3,000 people"), incompatible
// at the precision written or outside the other's bound; never two
// bounds, a range's ends ("50 or 60") or rates. Like Clash it decides
// support only: it does not tell that the two are about one thing.
func CountsClash(a, b string) bool {
	ta, tb := tokenize(a, 0, len(a)), tokenize(b, 0, len(b))
	fa, fb := figures(a, ta), figures(b, tb)
	for _, x := range fa {
		if x.kind != corroborate.ConflictNumber || x.hedged && x.bound == 0 || strings.Contains(x.key, "/") || keyCount(fa, x.key) != 1 {
			continue
		}
		for _, y := range fb {
			if y.kind != corroborate.ConflictNumber || y.key != x.key || y.hedged && y.bound == 0 || keyCount(fb, y.key) != 1 || compatible(x, y) {
				continue
			}
			va, vb := figVerb(a, ta, figTok(ta, x), x), figVerb(b, tb, figTok(tb, y), y)
			if va != "" && sameSpelledVerb(va, vb) {
				return true
			}
		}
	}
	return false
}
