package summary

import (
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// order puts the chosen sentences in reading order: first the one most
// articles state (the news itself, as a lead states it; the strongest of
// equals), the others by where their claims stand in the articles, then each person introduced by full name before a
// sentence makes them its subject or speaker by surname alone ("Berry
// says"). When no chosen sentence introduces them, the referring sentence
// takes a wording of its claim that does, if an article has one.
func (st *story) order(chosen []*candidate, full map[string]string) []*candidate {
	if len(chosen) > 1 {
		lead := 0 // choose gives the strongest first
		for i, c := range chosen {
			if len(c.cites) > len(chosen[lead].cites) {
				lead = i
			}
		}
		chosen[0], chosen[lead] = chosen[lead], chosen[0]
		rest := chosen[1:]
		sort.SliceStable(rest, func(i, j int) bool { return rest[i].pos < rest[j].pos })
	}
	if len(full) == 0 {
		return chosen
	}
	for pass := 0; pass <= len(chosen); pass++ {
		if !st.introduceFirst(chosen, full) {
			break
		}
	}
	return chosen
}

// noteNames records the full names s gives, each under its surname
// ("Berry" -> "Richard Berry"), the first one met kept.
func (st *story) noteNames(s string) {
	for _, n := range fullNames(s) {
		if _, ok := st.full[surname(n)]; !ok {
			st.full[surname(n)] = n
		}
	}
}

// pronouns stand for someone a sentence before must have named.
var pronouns = text.WordSet(`he she they his her their him them`)

// speechVerbs follow or precede a speaker's name.
var speechVerbs = text.WordSet(`said says told added wrote noted explained argued according asked`)

// unintroduced returns the chosen sentences whose subject or speaker is a
// person named by surname alone ("Berry says ...", "..., Greer said.")
// before any sentence introduced them, and a first sentence that opens
// with a personal pronoun ("He said ...").
func unintroduced(chosen []*candidate, full map[string]string) map[*candidate]bool {
	out := map[*candidate]bool{}
	if len(chosen) > 0 {
		if f := strings.Fields(chosen[0].text); len(f) > 0 && pronouns[strings.ToLower(strings.Trim(f[0], `"“‘'`))] {
			out[chosen[0]] = true
		}
	}
	introduced := map[string]bool{}
	for _, c := range chosen {
		for _, sn := range subjectSurnames(c.text, full) {
			if !introduced[sn] {
				out[c] = true
			}
		}
		for _, n := range fullNames(c.text) {
			introduced[surname(n)] = true
		}
	}
	return out
}

// subjectSurnames are the surnames of full that s uses alone, without the
// full name, as its subject (its first word) or beside a speech verb: the
// references a reader cannot follow without an introduction.
func subjectSurnames(s string, full map[string]string) []string {
	var out []string
	bare := bareSurnames(s, full)
	if len(bare) == 0 {
		return nil
	}
	fs := strings.Fields(s)
	verb := func(i int) bool {
		return i >= 0 && i < len(fs) && speechVerbs[strings.ToLower(strings.Trim(fs[i], ".,;:"))]
	}
	for i, w := range nameWords(s) {
		w = strings.TrimSuffix(w, "\x00")
		if w == "" || !contains(bare, w) || contains(out, w) {
			continue
		}
		if i == 0 || verb(i+1) || verb(i-1) {
			out = append(out, w)
		}
	}
	return out
}

// introduceFirst makes one change for the first surname met before its
// introduction: it brings the introducing sentence forward, or swaps in an
// introducing wording. It reports whether it moved a sentence.
func (st *story) introduceFirst(chosen []*candidate, full map[string]string) bool {
	introduced := map[string]bool{}
	for j, c := range chosen {
		for _, sn := range subjectSurnames(c.text, full) {
			if introduced[sn] {
				continue
			}
			for k := j + 1; k < len(chosen); k++ {
				if introduces(chosen[k].text, sn) {
					moved := chosen[k]
					copy(chosen[j+1:k+1], chosen[j:k])
					chosen[j] = moved
					return true
				}
			}
			for _, w := range c.alts {
				if introduces(w.text, sn) {
					c.use(w)
					break
				}
			}
		}
		for _, n := range fullNames(c.text) {
			introduced[surname(n)] = true
		}
	}
	return false
}

// notNames are capitalised words that start no person's name.
var notNames = text.WordSet(`the a an in on at but and or as if he she it they we his her its their this that
these those when while after before for from with by of to there here what who why how where mr mrs ms dr
sen rep gov president police officials monday tuesday wednesday thursday friday saturday sunday`)

// nameWords are the capitalised words of s, punctuation around them taken
// off, a possessive too; a word not capitalised is "".
func nameWords(s string) []string {
	fs := strings.Fields(s)
	out := make([]string, len(fs))
	for i, f := range fs {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		possessive := base != w
		w = base
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[len(r)-1]) {
			continue
		}
		out[i] = w
		if possessive || strings.ContainsAny(f[len(f)-1:], ",.;:!?)\"”") {
			out[i] += "\x00" // a name does not run past punctuation
		}
	}
	return out
}

// fullNames are the names that runs of capitalised words in s end with:
// their last two words, a first name and a surname ("Mayor Richard Berry"
// gives "Richard Berry"), the first of them not a function word or title.
func fullNames(s string) []string {
	ws := nameWords(s)
	var out []string
	for i := 0; i < len(ws); i++ {
		if ws[i] == "" {
			continue
		}
		j := i + 1
		for j < len(ws) && ws[j] != "" && !strings.HasSuffix(ws[j-1], "\x00") {
			j++
		}
		if j-i >= 2 && !strings.HasSuffix(ws[j-2], "\x00") && !notNames[strings.ToLower(ws[j-2])] {
			out = append(out, ws[j-2]+" "+strings.TrimSuffix(ws[j-1], "\x00"))
		}
		i = j - 1
	}
	return out
}

func surname(full string) string { return full[strings.LastIndexByte(full, ' ')+1:] }

// introduces reports whether s gives the full name behind surname sn.
func introduces(s, sn string) bool {
	for _, n := range fullNames(s) {
		if surname(n) == sn {
			return true
		}
	}
	return false
}

// bareSurnames are the surnames of full that s uses without introducing.
func bareSurnames(s string, full map[string]string) []string {
	if len(full) == 0 {
		return nil
	}
	var out []string
	for _, w := range nameWords(s) {
		w = strings.TrimSuffix(w, "\x00")
		if _, ok := full[w]; ok && w != "" && !introduces(s, w) && !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
