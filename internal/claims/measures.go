package claims

import (
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// confMeasure is the confidence of a conflict between two sentences that
// did not align but give one body's money figure for one year two ways.
const confMeasure = 0.6

// measureNouns name what a sum of money measures over a period: a
// company's revenue, a state's deficit. Two sums for one of these, for
// one owner and one year, are one value given two ways, however the
// sentences around them are worded.
var measureNouns = lemmaSet(`revenue revenues sales turnover profit profits earnings income loss losses
budget deficit surplus`)

// measureLinks may stand between a measure noun and its figure: "revenue
// was $5 million", "a budget of $5 million", "revenue rose to $5 million".
// A change ("revenue rose $5 million", "up by $5 million") has no link
// word before the figure and is not read.
var measureLinks = text.WordSet(`of was were is are be been totaled totalled totaling totalling
reached hit to at amounted came stood`)

// measureWhole may qualify a measure noun without making it a part of
// the whole ("annual revenue", "total sales"); any other word does ("game
// revenue", "net profit", "operating income").
var measureWhole = text.WordSet("annual total yearly full-year")

// measureFuture marks a sentence about a forecast, a plan or a
// supposition: its figure is no value of the past.
var measureFuture = text.WordSet(`will would could may might should expect expects expected expecting
forecast forecasts forecasted project projects projected projection predict predicts predicted
target targets goal plan plans planned estimate estimates estimated aim aims guidance outlook
if unless whether`)

// measureDenied marks a sentence that denies or sets aside a figure: "was
// not $5 million", "rather than $5 million".
var measureDenied = text.WordSet("not never no rather instead deny denies denied contrary")

// measurePart narrows a measure to a part or changes it: "revenue from
// Minecraft", "profit in Europe", "a quarter's revenue", "revenue per user".
var measurePart = text.WordSet(`quarter quarterly half month monthly week weekly day daily per
excluding except adjusted`)

// measureNarrows, right after a measure noun, make it a part: "revenue
// from ferries", "sales in Norland", "profit at its shipyard arm".
var measureNarrows = text.WordSet("from outside in at of for among")

// measured is one money figure tied to a measure noun, its owner and its
// year in one sentence.
type measured struct {
	f     figure
	noun  string   // lemma of the measure noun
	owner []string // lower-case words of the owner's name
	about string   // the owner and the noun as written: "Wexcombe revenue"
	year  string
}

// measuredFigures finds, in unit ui, the money figures stated as the value
// of a measure noun for a named owner and one year: "In 2013, Mojang
// brought in $326 million in revenue", "Wexcombe said its revenue was
// about $40 million last year" (a relative year only when the article is
// dated). A sentence about a forecast, a part of the measure or a period
// shorter than a year, one that denies a figure or gives two sums of
// money, is not read.
func (st *story) measuredFigures(ui int) []measured {
	u := &st.units[ui]
	if u.post {
		return nil
	}
	s := st.arts[u.art].Text
	for _, t := range u.toks {
		if measureFuture[t.low] || measurePart[t.low] || qualifierWords[t.low] || measureDenied[t.low] || strings.HasSuffix(t.low, "n't") {
			return nil
		}
	}
	var out []measured
	sums := 0
	for _, f := range u.figs {
		if f.kind != corroborate.ConflictNumber || f.key != "dollar" {
			continue
		}
		if sums++; sums > 1 {
			// "$326 million, up from $250 million in 2012": which sum
			// the year is of is not sure
			return nil
		}
		if f.hedged {
			return nil // a bound or a range in the sentence: one may be the other's
		}
		i := figTok(u.toks, f)
		if i < 0 || !moodAt(s, u.toks, i, i).asserts() {
			continue
		}
		noun, at := measureNounOf(s, u.toks, i, f)
		if noun == "" {
			continue
		}
		if narrowed(u.toks, at) {
			continue
		}
		m := measured{f: f, noun: noun, owner: measureOwner(s, u.toks, at)}
		if len(m.owner) == 0 {
			continue
		}
		m.about = ownerText(s, u.toks, m.owner) + " " + strings.ToLower(u.toks[at].text)
		m.year = st.measureYear(u, i)
		if m.year == "" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// measureNounOf is the measure noun figure f (token i) gives the value
// of, and the noun's token index: after the figure ("$5 million in
// revenue", "$5 million revenue") or before it, across link words only
// ("revenue was about $5 million"). "" when there is none.
func measureNounOf(s string, toks []token, i int, f figure) (string, int) {
	j := i
	for j < len(toks) && toks[j].start < f.end {
		j++
	}
	k := j
	if k < len(toks) && (toks[k].low == "in" || toks[k].low == "of") {
		k++
	}
	if k < len(toks) && measureWhole[toks[k].low] {
		k++
	}
	if k < len(toks) && measureNouns[toks[k].lemma] && !gapBreaks(s, toks[j-1].end, toks[j].start) && !breaksAt(s, toks, j, k) {
		return toks[k].lemma, k
	}
	k = i - 1
	for k >= 0 && approximators[toks[k].low] {
		k--
	}
	sawLink := false
	for k >= 0 && measureLinks[toks[k].low] && i-k < 6 {
		sawLink = true
		k--
	}
	if k >= 0 && sawLink && measureNouns[toks[k].lemma] && !breaksAt(s, toks, k+1, i) {
		return toks[k].lemma, k
	}
	return "", -1
}

// narrowed reports a measure noun at token k narrowed to a part by the
// words after it ("revenue from ferries") or by a modifier before it that
// is no owner ("ferry revenue", "net profit").
func narrowed(toks []token, k int) bool {
	if k+1 < len(toks) && measureNarrows[toks[k+1].low] &&
		!(k+2 < len(toks) && (toks[k+2].num || approximators[toks[k+2].low])) {
		return true // not "revenue in 2013", "a budget of $5 million"
	}
	p := k - 1
	for p >= 0 && measureWhole[toks[p].low] {
		p--
	}
	// a verb before the noun is no modifier ("posted revenue of"), but an
	// "-ing" word is one ("operating income", "advertising revenue")
	return p >= 0 && toks[p].lemma != "" && !toks[p].num && !measureLinks[toks[p].low] &&
		!(toks[p].capital && strings.HasSuffix(toks[p].low, "'s")) &&
		(!isVerbish(toks, p) || strings.HasSuffix(toks[p].low, "ing"))
}

// partAgainstWhole reports two figures given for one measure noun, one
// of the whole and one of a part ("revenue" against "ferry revenue"):
// they measure two things, however alike their sentences.
func (st *story) partAgainstWhole(ua int, fa figure, ub int, fb figure) bool {
	a, b := &st.units[ua], &st.units[ub]
	ia, ib := figTok(a.toks, fa), figTok(b.toks, fb)
	if ia < 0 || ib < 0 {
		return false
	}
	na, ka := measureNounOf(st.arts[a.art].Text, a.toks, ia, fa)
	nb, kb := measureNounOf(st.arts[b.art].Text, b.toks, ib, fb)
	return na != "" && na == nb && narrowed(a.toks, ka) != narrowed(b.toks, kb)
}

// breaksAt reports punctuation between tokens a and b (a < b) that ends a
// clause.
func breaksAt(s string, toks []token, a, b int) bool {
	for x := max(a, 1); x <= b && x < len(toks); x++ {
		if strings.ContainsAny(s[toks[x-1].end:toks[x].start], ",;:—–()") {
			return true
		}
	}
	return false
}

// measureOwner is whose measure the noun at token k is, as lower-case
// words of a name: a possessive name before it ("Wexcombe's revenue"),
// else the first name of the sentence, its subject ("Wexcombe, the
// maker of ..., said its revenue ..."; subjectName). A noun narrowed by
// another word is left out before (narrowed).
func measureOwner(s string, toks []token, k int) []string {
	p := k - 1
	for p >= 0 && measureWhole[toks[p].low] {
		p--
	}
	if p >= 0 && (toks[p].low == "in" || toks[p].low == "of") {
		p = -1 // "$5 million in revenue": the figure's own link
	}
	if p >= 0 && toks[p].capital && strings.HasSuffix(toks[p].low, "'s") {
		name := []string{strings.TrimSuffix(toks[p].low, "'s")}
		for q := p - 1; q >= 0 && toks[q].capital && toks[q].lemma != ""; q-- {
			name = append([]string{toks[q].low}, name...)
		}
		return name
	}
	return subjectName(s, toks, k)
}

// subjectName is the first run of capitalised content words of a
// sentence (article text s) that is no month, weekday or year: the body
// the sentence is about, when it is the only name before the measure noun
// at token upto. Names in an apposition right after it ("Wexcombe, the
// Norland firm that builds the Tarn ferries,") and the names of those told
// ("told the Courier") do not count; any other name may own the measure
// ("In 2013, Orlin said Wexcombe had revenue of ..."), and then none is
// sure. A sentence's first word is a name only when the article never
// writes it in lower case ("Revenue rose" names no one).
func subjectName(s string, toks []token, upto int) []string {
	isName := func(t token) bool {
		return t.capital && t.lemma != "" && !t.num && !isMonthTok(t) && !weekdays[t.low]
	}
	k := 0
	for k < upto && !isName(toks[k]) {
		k++
	}
	if k >= upto || k == 0 && writtenLower(s, toks[0].low) {
		return nil
	}
	var name []string
	for ; k < upto && toks[k].capital && toks[k].lemma != ""; k++ {
		name = append(name, strings.TrimSuffix(toks[k].low, "'s"))
	}
	if k < len(toks) && strings.Contains(s[toks[k-1].end:toks[k].start], ",") {
		// an apposition: to its closing comma
		for x := k + 1; x < upto && x < k+20; x++ {
			if strings.Contains(s[toks[x-1].end:toks[x].start], ",") {
				k = x
				break
			}
		}
	}
	told := false
	for ; k < upto; k++ {
		t := toks[k]
		switch {
		case t.lemma == "tell" || t.low == "to":
			told = true
		case isName(t) && !told:
			return nil
		case !t.capital && t.lemma != "":
			told = false
		}
	}
	return name
}

// writtenLower reports whether s has w in lower case as a word.
func writtenLower(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(w)
		if (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = at + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// ownerText is the owner's name as the sentence writes it.
func ownerText(s string, toks []token, owner []string) string {
	for k := range toks {
		if strings.TrimSuffix(toks[k].low, "'s") == owner[0] && k+len(owner) <= len(toks) {
			return strings.TrimSuffix(strings.TrimSuffix(s[toks[k].start:toks[k+len(owner)-1].end], "'s"), "’s")
		}
	}
	return strings.Join(owner, " ")
}

// measureYear is the year a sentence gives the figure at token i: of the
// years it names ("in 2013", "for 2013", "2013 revenue", "last year" or
// "this year" read from the article's date), the one nearest the figure,
// within a few words ("This year, Wexcombe said its revenue was $5 million
// last year" is for last year). "" when there is none, when two are as
// near, or when the sentence names a year the figure may be of that cannot
// be read (a bare "2013", "last year" in an undated article, "years").
func (st *story) measureYear(u *unit, i int) string {
	best, bestDist, tie := "", 1<<30, false
	note := func(y string, k int) {
		d := k - i
		if d < 0 {
			d = -d
		}
		switch {
		case d < bestDist:
			best, bestDist, tie = y, d, false
		case d == bestDist && y != best:
			tie = true
		}
	}
	for k, t := range u.toks {
		switch {
		case isYear(t) && (k > 0 && yearLinks[u.toks[k-1].low] || k+1 < len(u.toks) && measureNouns[u.toks[k+1].lemma]):
			note(t.low, k)
		case isYear(t):
			return "" // another year, or a count: not sure which the figure has
		case t.low == "year" && k > 0 && (u.toks[k-1].low == "last" || u.toks[k-1].low == "this" || u.toks[k-1].low == "past"):
			y := st.yearOf(u.art)
			if y == 0 {
				return ""
			}
			if u.toks[k-1].low != "this" {
				y--
			}
			note(strconv.Itoa(y), k)
		case t.low == "years" || t.low == "decade":
			return ""
		}
	}
	if tie || bestDist > maxYearDistance {
		return ""
	}
	return best
}

// maxYearDistance is how many words from its figure a year may stand.
const maxYearDistance = 10

// yearLinks introduce the year a measure is for: "in 2013", "fiscal 2013".
var yearLinks = text.WordSet("in for during of fiscal")

// yearOf is the year article a was published; for an undated article, the
// year every dated article of the story was published in (coverage of one
// story spans days), 0 when they differ or none is dated.
func (st *story) yearOf(a int) int {
	if y := publishedYear(st.arts[a]); y != 0 {
		return y
	}
	y := 0
	for _, o := range st.arts {
		switch oy := publishedYear(o); {
		case oy == 0:
		case y == 0:
			y = oy
		case oy != y:
			return 0
		}
	}
	return y
}

// publishedYear is the year an article was published, 0 when unknown.
func publishedYear(a corroborate.Article) int {
	if a.Published == nil || len(*a.Published) < 4 {
		return 0
	}
	y := 0
	for _, c := range (*a.Published)[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// sameOwner reports whether two owners' names share a word: "Wexcombe" and
// "Wexcombe AB".
func sameOwner(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && !ownerNoise[x] {
				return true
			}
		}
	}
	return false
}

// ownerNoise are words of a body's name that tell no body apart.
var ownerNoise = text.WordSet("inc corp corporation co ltd llc plc ab ag group company the")

// measureConflicts finds a money measure of one owner for one year given
// two ways by sentences that did not align as one claim: "In 2013,
// Wexcombe brought in $326 million in revenue" against "its revenue was
// $360 million last year" in an article of 2014. Rounded figures are
// compared at their precision; bounds and ranges never.
func (st *story) measureConflicts() []found {
	type occ struct {
		m    measured
		unit int
	}
	var occs []occ
	for gi := range st.groups {
		if len(st.measuredFigures(st.groups[gi].units[0])) == 0 {
			continue
		}
		// copies of one sentence read alike, but "last year" is read
		// from each article's date
		for _, ui := range st.groups[gi].units {
			if ms := st.measuredFigures(ui); len(ms) > 0 {
				occs = append(occs, occ{ms[0], ui})
			}
		}
	}
	var out []found
	done := map[int]bool{}
	for a := range occs {
		if done[a] {
			continue
		}
		slot := []figOcc{{occs[a].unit, st.units[occs[a].unit].art, st.figureIn(occs[a].unit, occs[a].m.f)}}
		for b := a + 1; b < len(occs); b++ {
			ma, mb := occs[a].m, occs[b].m
			if ma.noun == mb.noun && ma.year == mb.year && sameOwner(ma.owner, mb.owner) {
				done[b] = true
				slot = append(slot, figOcc{occs[b].unit, st.units[occs[b].unit].art, st.figureIn(occs[b].unit, mb.f)})
			}
		}
		sides := figureSides(slot)
		if len(sides) < 2 || !conflicting(sides) {
			continue
		}
		f := st.makeConflict(corroborate.ConflictNumber, -1, sides)
		m := occs[a].m
		f.conflict.About = m.about + " in " + m.year
		st.figureNote(&f.conflict, sides, confMeasure)
		out = append(out, f)
	}
	return out
}
