package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = text.WordSet("monday tuesday wednesday thursday friday saturday sunday")

func monthAt(toks []token, i int) (int, bool) {
	t := toks[i]
	if !t.capital {
		return 0, false
	}
	m, ok := months[t.low]
	if !ok {
		return 0, false
	}
	if t.low == "may" || t.low == "march" {
		// "may" the verb and "march" the noun: only with a day next to them
		ok = (i+1 < len(toks) && isDay(toks[i+1])) || (i > 0 && isDay(toks[i-1]))
	}
	return m, ok
}

func isMonthTok(t token) bool { _, ok := months[t.low]; return ok && t.capital }

func isDay(t token) bool {
	return t.num && t.val >= 1 && t.val <= 31 && t.val == float64(int(t.val)) && t.low[0] >= '0' && t.low[0] <= '9' && !strings.ContainsAny(t.low, ",.$%")
}

func isYear(t token) bool {
	return t.num && len(t.low) == 4 && t.val >= 1900 && t.val <= 2100
}

// eventSynonyms fold verbs of one event together: "begin" = "start".
var eventSynonyms = map[string]string{"start": "begin", "commence": "begin", "finish": "end",
	"complete": "end", "conclude": "end", "reopen": "open", "shut": "close", "launch": "begin"}

// dateContext sets a date's relation (on, by or before, not before or
// after) and the event it dates, from the words before it.
func dateContext(toks []token, i int, f *figure) {
	f.rel = '='
	f.cueStart = -1
	k := i - 1
	defer func() {
		if f.rel == '=' {
			f.cueStart = -1
		}
	}()
	for k >= 0 && k >= i-8 {
		w := toks[k].low
		switch w {
		case "before", "by", "until", "till":
			if f.rel == '=' {
				f.rel = '<'
				f.cueStart = toks[k].start
			}
		case "after", "since", "from":
			if f.rel == '=' {
				f.rel = '>'
				f.cueStart = toks[k].start
			}
		case "not", "no":
			if f.rel == '<' {
				f.rel = '>'
				f.cueStart = toks[k].start
			} else if f.rel == '>' {
				f.rel = '<'
				f.cueStart = toks[k].start
			}
		case "on", "in", "the", "of", "as", "early", "soon", "later", "earlier", "than", "be", "is", "will", "would", "to", "expected", "scheduled", "set", "due":
		default:
			if strings.HasSuffix(w, "n't") {
				if f.rel == '<' {
					f.rel = '>'
				} else if f.rel == '>' {
					f.rel = '<'
				}
				break
			}
			if toks[k].lemma != "" && !toks[k].num {
				l := toks[k].lemma
				if lemma(w) != l {
					l = lemma(w)
				}
				if syn, ok := eventSynonyms[l]; ok {
					l = syn
				} else if syn, ok := eventSynonyms[strings.TrimSuffix(w, "s")]; ok {
					l = syn
				}
				f.event = l
				// "will not begin before April 30": the negation sits before the event
				for n := k - 1; n >= 0 && n >= k-3; n-- {
					w := toks[n].low
					if w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
						switch f.rel {
						case '<':
							f.rel = '>'
							f.cueStart = toks[n].start
						case '>':
							f.rel = '<'
							f.cueStart = toks[n].start
						default:
							f.hedged = true // a negated event has no date
						}
						break
					}
				}
				return
			}
			return
		}
		k--
	}
}

// cueSurface is a date as written with its relation: "not before April 30".
func cueSurface(s string, f figure) string {
	if f.cueStart >= 0 && f.cueStart < f.start {
		return strings.Join(strings.Fields(s[f.cueStart:f.end]), " ")
	}
	return f.surface
}
