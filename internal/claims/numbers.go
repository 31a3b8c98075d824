package claims

import (
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// numberWords are the figures written as words that news copy uses.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12,
}

var multipliers = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "bn": 1e9, "k": 1e3,
}

// parseNumber reads a lower-case word as a figure: "216,000", "1.5", "$40",
// "40%", "four", "twenty-two".
func parseNumber(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, okA := numberWords[w[:i]]
		b, okB := numberWords[w[i+1:]]
		if okA && okB && a >= 20 && b < 10 {
			return a + b, true
		}
	}
	d := strings.TrimPrefix(w, "$")
	d = strings.TrimSuffix(d, "%")
	if d == "" || d[0] < '0' || d[0] > '9' {
		return 0, false
	}
	d = strings.ReplaceAll(d, ",", "")
	v, err := strconv.ParseFloat(d, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// approximators round the figure that follows them ("about 38,000");
// bounds make it a limit ("more than 200"), not a value.
var (
	approximators = text.WordSet("about around nearly almost roughly some approximately estimated")
	bounds        = text.WordSet("over under least most up more than fewer less")
)

// countsOthers between a figure and its unit make it count something else
// than the same unit elsewhere: "one other person", "two more cities".
var countsOthers = text.WordSet("other others more additional another further extra new")

// rateWords turn a count into a rate: "vehicles a day", "daily crossings".
var rateWords = map[string]string{"day": "day", "daily": "day", "week": "week", "weekly": "week",
	"month": "month", "monthly": "month", "year": "year", "annual": "year", "annually": "year",
	"yearly": "year", "hour": "hour", "hourly": "hour"}

// figure is one number or date found in a sentence.
type figure struct {
	kind       corroborate.ConflictKind // ConflictNumber or ConflictDate: the kind of conflict two figures make
	key        string                   // what the figure measures: a unit lemma, or the date granularity
	value      string                   // normalised value, compared across articles
	val        float64
	surface    string // as written, e.g. "216,000 people"
	start, end int
	hedged     bool // a bound or a range: not compared as a value within a claim
	approx     bool // rounded: "about 38,000"
	rel        byte // dates: '=' on the day, '<' before or by it, '>' not before or after it
	// bound, for a count bounded one way, is '>' for a least ("at least
	// 28", "more than 28", "over 28") and '<' for a most ("fewer than 28",
	// "under 28", "at most 28", "up to 28"), 0 otherwise (a range, a count
	// of others; see boundOf); set on hedged figures only
	bound    byte
	event    string  // dates: the lemma of what happens then ("begin")
	ord      float64 // dates: a sortable value
	cueStart int     // dates: where "before", "by", "not before" starts; -1 when none
}

// figures finds the numbers (with the unit they count) and dates of a
// sentence. Numbers without a unit, list markers and clock times are left out:
// they cannot be compared safely.
func figures(s string, toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// Dates: "Aug. 18", "August 18, 2017", "18 August".
		if m, ok := monthAt(toks, i); ok {
			if i+1 < len(toks) && toks[i+1].num && isDay(toks[i+1]) {
				f := figure{kind: corroborate.ConflictDate, key: "day", value: strconv.Itoa(m) + "-" + toks[i+1].low,
					start: t.start, end: toks[i+1].end}
				if i+2 < len(toks) && isYear(toks[i+2]) {
					f.end = toks[i+2].end
					i++
				}
				f.surface = s[f.start:f.end]
				f.ord = float64(m*100) + toks[i+1].val
				dateContext(toks, i, &f)
				f.surface = cueSurface(s, f)
				out = append(out, f)
				i++
				continue
			}
			if i > 0 && toks[i-1].num && isDay(toks[i-1]) {
				f := figure{kind: corroborate.ConflictDate, key: "day", value: strconv.Itoa(m) + "-" + toks[i-1].low,
					surface: s[toks[i-1].start:t.end], start: toks[i-1].start, end: t.end, ord: float64(m*100) + toks[i-1].val}
				dateContext(toks, i-1, &f)
				f.surface = cueSurface(s, f)
				out = append(out, f)
				continue
			}
			continue
		}
		if weekdays[t.low] && t.capital {
			out = append(out, figure{kind: corroborate.ConflictDate, key: "weekday", value: t.low, surface: t.text, start: t.start, end: t.end, rel: '='})
			continue
		}
		if !t.num {
			if f, ok := hyphenedDelay(s, toks, i); ok {
				out = append(out, f)
			}
			continue
		}
		if isYear(t) && i > 0 && (toks[i-1].low == "in" || toks[i-1].low == "since" || toks[i-1].low == "until" || toks[i-1].low == "by") {
			f := figure{kind: corroborate.ConflictDate, key: "year", value: t.low, surface: t.text, start: t.start, end: t.end, ord: t.val}
			dateContext(toks, i, &f)
			f.surface = cueSurface(s, f)
			out = append(out, f)
			continue
		}
		if i > 0 && (isMonthTok(toks[i-1]) || toks[i-1].low == "no" || toks[i-1].low == "number") {
			continue
		}
		if t.end < len(s) && s[t.end] == ':' {
			continue // a clock time or a list label
		}
		if t.start > 0 && s[t.start-1] == ':' {
			continue // the minutes of a clock time ("8:40 p.m.")
		}
		f, skip := numberAt(s, toks, i)
		if f.key != "" {
			markDelay(toks, i, &f)
			markTally(toks, i, &f)
			markDistance(s, toks, i, &f)
			out = append(out, f)
		}
		i += skip
	}
	return out
}

// numberAt reads the figure starting at toks[i]: an optional multiplier
// ("1.5 million"), then the unit it counts ("cities", "people", "percent").
// skip is how many extra tokens the figure used.
func numberAt(s string, toks []token, i int) (figure, int) {
	t := toks[i]
	v := t.val
	j := i + 1
	if j < len(toks) {
		if m, ok := multipliers[toks[j].low]; ok {
			v *= m
			j++
		}
	}
	f := figure{kind: corroborate.ConflictNumber, val: v, start: t.start, end: toks[j-1].end}
	f.value = strconv.FormatFloat(v, 'f', -1, 64)
	if strings.HasSuffix(t.low, "%") {
		f.key = "percent"
	} else if strings.HasPrefix(t.low, "$") {
		f.key = "dollar"
	}
	// the unit: the next content word, skipping one adjective-like word
	// ("48 hours", "four cities", "216,000 people", "12 more cities")
	for k := j; k < len(toks) && k < j+3 && f.key == ""; k++ {
		u := toks[k]
		if u.num || u.start-toks[k-1].end > 2 || strings.ContainsAny(s[toks[k-1].end:u.start], ",;") {
			// "Deputy Piet Varga, 48, shot the dog": a number set off by a
			// comma (an age) counts nothing after it
			break
		}
		if u.low == "percent" || u.low == "per" {
			f.key = "percent"
			f.end = u.end
			break
		}
		if u.lemma != "" && !u.capital {
			if k+1 < len(toks) && k < j+2 && (isModifier(u.low) || rateAdjective(u.low)) {
				continue
			}
			f.key = u.lemma
			f.end = u.end
		}
		if countsOthers[u.low] {
			// "one other person", "12 more cities": not the count of the same thing
			f.hedged = true
			continue
		}
		if u.lemma == "" {
			break
		}
	}
	if f.key == "" {
		return f, j - i - 1
	}
	if i > 0 && approximators[toks[i-1].low] || measureUnits[f.key] && convertedFigure(s, toks, i) {
		f.approx = true
	}
	if i > 0 && bounds[toks[i-1].low] {
		f.hedged = true
	}
	if f.key != "percent" && f.key != "dollar" {
		f.key += rateOf(toks, j)
	}
	if i > 1 && (toks[i-1].low == "than" || toks[i-2].low == "least" || toks[i-2].low == "to" && toks[i-1].low != "the") {
		f.hedged = true
	}
	rng := inRange(s, toks, i, j)
	f.hedged = f.hedged || rng
	if f.hedged && !rng && !countsOthersAfter(toks, i) {
		f.bound, _ = boundOf(toks, i)
	}
	f.surface = s[f.start:f.end]
	return f, j - i - 1
}

// rateAdjective is a rate said as an adjective ("38,000 daily crossings"):
// it qualifies the unit, which follows it.
func rateAdjective(w string) bool {
	_, ok := rateWords[w]
	return ok && (strings.HasSuffix(w, "ly") || w == "annual")
}

// isModifier is a word that may stand between a figure and its unit.
func isModifier(w string) bool {
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ive") ||
		strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "ic") ||
		strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "ant") || w == "new" || w == "major" || w == "small" || w == "large"
}

// rateOf finds a rate ("a day", "every day", "daily") near a figure's unit
// and returns it as a key suffix ("/day"), or "".
func rateOf(toks []token, j int) string {
	for k := max(j-1, 0); k < len(toks) && k < j+7; k++ {
		r, ok := rateWords[toks[k].low]
		if !ok {
			r, ok = rateWords[strings.TrimSuffix(toks[k].low, "s")]
			if !ok || toks[k].low == "days" || toks[k].low == "years" {
				continue
			}
		}
		if strings.HasSuffix(toks[k].low, "ly") || strings.HasPrefix(toks[k].low, "annual") {
			return "/" + r
		}
		if k > 0 {
			switch toks[k-1].low {
			case "a", "an", "per", "each", "every":
				return "/" + r
			}
		}
	}
	return ""
}

// measureUnits are the counted nouns (keys) that are units of measure:
// length, area, volume, weight, temperature and money. A figure of one in
// brackets after another figure is a conversion (convertedFigure).
var measureUnits = lemmaSet("miles mile kilometres kilometers kilometre kilometer km kms feet foot inches yards " +
	"metres meters metre meter centimetres centimeters cm acres hectares gallons litres liters " +
	"pounds kilograms kg tons tonnes ounces grams degrees dollar dollars euros yen yuan rupees")

// convertedFigure reports whether the figure at toks[i] is set in brackets
// right after another figure, as a conversion to another unit is
// ("2,500km (1,550 miles)", "2,500 kilometres (1,550 miles)"): it is then
// rounded however it is written, and "1,500 miles" and "1,550 miles"
// convert one distance. The caller checks that the bracketed figure counts
// a unit of measure (measureUnits): "12 people (3 children)" gives a part,
// written exactly.
func convertedFigure(s string, toks []token, i int) bool {
	if i == 0 || toks[i].start == 0 || s[toks[i].start-1] != '(' {
		return false
	}
	if strings.TrimSpace(s[toks[i-1].end:toks[i].start-1]) != "" {
		return false
	}
	p := toks[i-1]
	if p.text != "" && p.text[0] >= '0' && p.text[0] <= '9' {
		return true // "2,500km ("
	}
	return i > 1 && toks[i-2].num // "2,500 kilometres ("
}
