package claims

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Confidences of age conflicts: one person's age given two ways, both
// sides naming the person in full, or one side by surname or nickname only.
// Ages one year apart in articles published months apart may both be true
// (a birthday between them): unsure.
const (
	confAgeFull     = 0.75
	confAgeSurname  = 0.6
	confAgeBirthday = 0.35
)

// ageNameTok is one word of a name: a capitalised word, an initial, or a
// nickname in quotation marks (“Star”).
const ageNameTok = `(?:\p{Lu}[\p{L}'’-]+\.?|\p{Lu}\.|[“"‘]\p{Lu}[\p{L} ]{0,20}[”"’])`

var (
	// "26-year-old Afton Burton", "the then-19-year-old Roe"
	ageBefore = regexp.MustCompile(`(?:^|[\s(—–])((?i:then[- ])?)(\d{1,3})-year-old\s+(` + ageNameTok + `(?:\s+` + ageNameTok + `)*)`)
	// "Afton Burton, 26, said"; the age closes the apposition
	ageAfter = regexp.MustCompile(`(?:^|[\s(—–])(` + ageNameTok + `(?:\s+` + ageNameTok + `)*),\s(\d{1,3})(?:,\s|;|\)|\.\s|\.$)`)
	// a year or a time clause: an age given in "-year-old" form may be
	// the age at another time ("In 1969, the 34-year-old Roe ...")
	ageOtherTime = regexp.MustCompile(`\b(?:1[89]\d\d|20\d\d)\b|(?i:\b(?:at the time|ago|then|once|former)\b)`)
)

// ageSkipWords open a capitalised run without being part of the name:
// sentence openers, titles and other capitalised words before a name.
var ageSkipWords = text.WordSet(`mr mrs ms miss dr sir dame madam lady lord rev however meanwhile
yesterday today tonight according notorious convicted accused alleged suspected
late former`)

// placeWords end the names of places and buildings, which have ages too
// ("the 100-year-old Wexley Bridge") but are no people.
var placeWords = text.WordSet(`street st road rd avenue ave lane boulevard square park bridge building
tower hall center centre station airport stadium school church cathedral temple mosque theatre theater
hotel house palace castle mill farm`)

// ageMention is one person's age in one sentence.
type ageMention struct {
	unit    int
	art     int
	age     int
	given   []string // lower-case words before the surname ("afton", "elaine")
	surname string   // lower case, the name's last word
	nick    string   // a nickname in quotation marks, lower case
	written string   // the name as written, without the nickname
}

// ageConflicts finds one person's age given differently by articles:
// "26-year-old Afton Burton" against "Afton Burton, 27". A person is known
// by the full name, by a quoted nickname the story uses for one person
// only, or by a surname the story uses for one person only or its article
// used in full before for one person only; an article giving two ages to one name names two
// people, and the name is left out. Ages in a "-year-old" form next to a
// year or a time clause may be ages at another time and are not read.
func (st *story) ageConflicts() []found {
	var ms []ageMention
	for ui := range st.units {
		ms = append(ms, st.agesIn(ui)...)
	}
	if len(ms) < 2 {
		return nil
	}
	need := map[string]bool{}
	for _, m := range ms {
		need[m.surname] = true
	}
	runs := st.givenRuns(need)
	// a person named in full is known by the surname, or by the given
	// name and surname when the story names two people of one surname
	keys := make([]string, len(ms))
	nicks := map[string]map[string]bool{} // nickname -> keys of its people
	for i, m := range ms {
		if len(m.given) == 0 {
			continue
		}
		keys[i] = m.surname
		if ambiguousSurname(runs[m.surname]) {
			keys[i] = m.given[0] + " " + m.surname
		}
		if m.nick != "" {
			if nicks[m.nick] == nil {
				nicks[m.nick] = map[string]bool{}
			}
			nicks[m.nick][keys[i]] = true
		}
	}
	// one name alone: a nickname of one person ("Star, 27" for Afton
	// “Star” Burton), a surname of one person, or a surname of two people
	// read as the one person its article named in full before it ("Lauri
	// Love has won ... Mr Love, 33," where another article also names his
	// father Alexander Love)
	full := map[string]string{} // key -> the full name as an article writes it
	for i, m := range ms {
		switch {
		case keys[i] != "":
		case len(nicks[m.surname]) == 1:
			for k := range nicks[m.surname] {
				keys[i] = k
			}
		case len(runs[m.surname]) > 0 && !ambiguousSurname(runs[m.surname]):
			keys[i] = m.surname
		case len(runs[m.surname]) > 0:
			if g, w := st.nearestGiven(m.unit, m.surname); g != "" {
				keys[i] = g + " " + m.surname
				full[keys[i]] = w
			}
		}
	}
	byKey := map[string][]ageMention{}
	written := map[string]map[string]int{} // key -> names as written -> count
	for i, m := range ms {
		if keys[i] == "" {
			continue
		}
		byKey[keys[i]] = append(byKey[keys[i]], m)
		if written[keys[i]] == nil {
			written[keys[i]] = map[string]int{}
		}
		written[keys[i]][m.written]++
	}
	var out []found
	for _, key := range sortedKeys(byKey) {
		name := mostWritten(written[key])
		if w := full[key]; w != "" && !strings.Contains(name, " ") {
			name = w // "Lauri Love", not "Love"
		}
		if f, ok := st.ageConflict(byKey[key], name); ok {
			out = append(out, f)
		}
	}
	return out
}

// ageConflict builds the conflict of one person's ages, when articles give
// two and none gives both.
func (st *story) ageConflict(ms []ageMention, name string) (found, bool) {
	perArt := map[int]map[int]bool{}
	for _, m := range ms {
		if perArt[m.art] == nil {
			perArt[m.art] = map[int]bool{}
		}
		perArt[m.art][m.age] = true
	}
	bySide := map[int]*side{}
	full := map[int]bool{} // ages given with a full name somewhere
	for _, m := range ms {
		if len(perArt[m.art]) > 1 {
			// one article, two ages: two people of one name
			return found{}, false
		}
		sd := bySide[m.age]
		if sd == nil {
			v := strconv.Itoa(m.age) + " years old"
			sd = &side{value: v, norm: v}
			bySide[m.age] = sd
		}
		if len(m.given) > 0 {
			full[m.age] = true
		}
		if !containsInt(sd.arts, m.art) {
			sd.arts = append(sd.arts, m.art)
			sd.units = append(sd.units, m.unit)
		}
	}
	if len(bySide) != 2 {
		// three ages or more is a muddle of people, not one disagreement
		return found{}, false
	}
	var sides []*side
	var ages []int
	for age, sd := range bySide {
		sides = append(sides, sd)
		ages = append(ages, age)
	}
	sortSides(sides)
	sort.Ints(ages)
	conf := confAgeSurname
	if full[ages[0]] && full[ages[1]] {
		conf = confAgeFull
	}
	if ages[1]-ages[0] == 1 && st.monthsApart(sides[0].arts, sides[1].arts) {
		conf = confAgeBirthday
	}
	f := st.makeConflict(corroborate.ConflictNumber, -1, sides)
	f.conflict.About = "the age of " + name
	var vals []string
	for _, sd := range sides {
		vals = append(vals, strings.TrimSuffix(sd.value, " years old"))
	}
	f.conflict.Note = fmt.Sprintf("%s years old (%s)", strings.Join(vals, " vs "), name)
	f.conflict.Confidence = conf
	return f, true
}

// monthsApart reports whether some article of a and some of b were
// published more than two months apart.
func (st *story) monthsApart(a, b []int) bool {
	day := func(i int) (time.Time, bool) {
		p := st.arts[i].Published
		if p == nil || len(*p) < 10 {
			return time.Time{}, false
		}
		t, err := time.Parse("2006-01-02", (*p)[:10])
		return t, err == nil
	}
	for _, x := range a {
		tx, ok := day(x)
		if !ok {
			continue
		}
		for _, y := range b {
			if ty, ok := day(y); ok && (tx.Sub(ty) > 60*24*time.Hour || ty.Sub(tx) > 60*24*time.Hour) {
				return true
			}
		}
	}
	return false
}

// agesIn reads the ages given to named people in unit ui.
func (st *story) agesIn(ui int) []ageMention {
	u := &st.units[ui]
	s := st.arts[u.art].Text[u.span.Start:u.span.End]
	yearOld := strings.Contains(s, "-year-old")
	if !yearOld && !commaAge(s) {
		return nil
	}
	var out []ageMention
	if yearOld && !ageOtherTime.MatchString(s) {
		for _, m := range ageBefore.FindAllStringSubmatch(s, -1) {
			if m[1] != "" {
				continue
			}
			if am, ok := newAgeMention(ui, u.art, m[2], m[3]); ok {
				out = append(out, am)
			}
		}
	}
	for _, m := range ageAfter.FindAllStringSubmatch(s, -1) {
		if am, ok := newAgeMention(ui, u.art, m[2], m[1]); ok {
			out = append(out, am)
		}
	}
	return out
}

// commaAge reports whether s has a comma and a space before a digit, as an
// age in apposition has ("Roe, 26,"): most sentences have none and skip the
// pattern.
func commaAge(s string) bool {
	for i := strings.Index(s, ", "); i >= 0; {
		if i+2 < len(s) && s[i+2] >= '0' && s[i+2] <= '9' {
			return true
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// newAgeMention reads an age and the name it is given to.
func newAgeMention(ui, art int, age, name string) (ageMention, bool) {
	n, err := strconv.Atoi(age)
	if err != nil || n < 1 || n > 115 {
		return ageMention{}, false
	}
	m := ageMention{unit: ui, art: art, age: n}
	var words []string
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, "“") || strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "‘") {
			m.nick = strings.ToLower(strings.Trim(w, `“”"‘’`))
			continue
		}
		low := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		low = strings.TrimSuffix(low, ".")
		if len(words) == 0 && (stopWords[low] || ageSkipWords[low] || titleWords[low]) {
			continue
		}
		if _, ok := months[low]; ok || weekdays[low] {
			return ageMention{}, false
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) > 4 {
		return ageMention{}, false
	}
	for _, w := range words[:len(words)-1] {
		m.given = append(m.given, foldQuote(strings.ToLower(strings.TrimSuffix(w, "."))))
	}
	last := words[len(words)-1]
	m.surname = foldQuote(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")))
	if len(m.surname) < 2 || orgWords[m.surname] || placeWords[m.surname] {
		return ageMention{}, false
	}
	m.written = strings.Join(words, " ")
	return m, true
}

// foldQuote writes ’ as ', as a token's low form does ("o’brien" is
// "o'brien"), so a name read here matches the tokens givenRuns reads.
func foldQuote(w string) string { return strings.ReplaceAll(w, "’", "'") }

// givenRuns collects, for each surname wanted, the sets of capitalised
// words written right before it anywhere in the story ("Afton Elaine" for
// "Afton Elaine Burton"), titles and sentence openers left out.
func (st *story) givenRuns(want map[string]bool) map[string][][]string {
	out := map[string][][]string{}
	seen := map[string]bool{}
	for ui := range st.units {
		toks := st.units[ui].toks
		for k, t := range toks {
			sur := subjForm(t)
			if !t.capital || !want[sur] {
				continue
			}
			run, _ := givenRunBefore(toks, k)
			key := sur + "|" + strings.Join(run, " ")
			if len(run) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			out[sur] = append(out[sur], run)
		}
	}
	return out
}

// givenRunBefore is the run of capitalised words written right before
// toks[k], nearest first, titles and sentence openers left out ("elaine",
// "afton" before "Burton"), and the index of its first word.
func givenRunBefore(toks []token, k int) (run []string, from int) {
	from = k
	for j := k - 1; j >= 0 && toks[j].capital && !toks[j].num; j-- {
		low := toks[j].low
		if stopWords[low] || ageSkipWords[low] || titleWords[low] {
			break
		}
		run, from = append(run, low), j
	}
	return run, from
}

// nearestGiven is the first given name of the full names ending in surname
// (lower case) written before unit ui in its article, as givenRuns reads
// one ("lauri" for "Lauri Love"), and the nearest such full name as the
// article writes it ("Lauri Love"); "" when the article names no one of that
// surname in full before it, or names two people of it ("Maris Okafor" and
// her father "Tomas Okafor"): a bare surname after them may be either.
func (st *story) nearestGiven(ui int, surname string) (given, written string) {
	art := st.units[ui].art
	text := st.arts[art].Text
	for u := ui - 1; u >= 0 && st.units[u].art == art; u-- {
		toks := st.units[u].toks
		for k := len(toks) - 1; k > 0; k-- {
			if !toks[k].capital || subjForm(toks[k]) != surname {
				continue
			}
			run, from := givenRunBefore(toks, k)
			if len(run) == 0 {
				continue
			}
			first := run[len(run)-1]
			if given != "" && first != given {
				return "", ""
			}
			if given == "" {
				// the surname as written, less a possessive ending
				end := toks[k].start + len(strings.TrimSuffix(strings.TrimSuffix(toks[k].text, "'s"), "’s"))
				written = text[toks[from].start:end]
			}
			given = first
		}
	}
	return given, written
}

// ambiguousSurname reports whether a surname is written after given names
// of two people: two runs with no word in common ("Mark" and "Scott").
func ambiguousSurname(runs [][]string) bool {
	for i := range runs {
		for j := i + 1; j < len(runs); j++ {
			common := false
			for _, w := range runs[i] {
				for _, x := range runs[j] {
					common = common || w == x
				}
			}
			if !common {
				return true
			}
		}
	}
	return false
}

// mostWritten is the name written most often, the longer on a tie.
func mostWritten(names map[string]int) string {
	best := ""
	for n, c := range names {
		if c > names[best] || c == names[best] && (len(n) > len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	return best
}
