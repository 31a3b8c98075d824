package summary

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// sameUnnamed reports whether c leans on what comes before it only by a
// pronoun for a person (she, he; opening it or after an opening phrase:
// "Unable to free herself, she called ...") who is the unnamed person p
// speaks of: p names no one in full and calls someone by a noun of the
// pronoun's sex ("a South Korean woman", "the woman's hair"), and so does
// the sentence before c's wording in its article, naming no one else
// ("... roused the woman from her slumber."). A story about someone it
// never names refers to them as "the woman" and "she" throughout.
func (st *story) sameUnnamed(p, c *candidate) bool {
	sex, ok := pronounOnly(c.text)
	if !ok || !describes(p.text, sex) {
		return false
	}
	prev, ok := st.sentenceBefore(c)
	if !ok {
		return false
	}
	return describes(prev, sex)
}

// describes reports whether s names no one in full and calls someone by a
// noun of the sex sex (personNouns).
func describes(s, sex string) bool {
	for range fullNames(s) {
		return false
	}
	for _, w := range lowerWords(s) {
		if personNouns[w] == sex {
			return true
		}
	}
	return false
}

// pronounOnly reports the sex of the pronoun that makes s lean on the
// sentence before it ("f" for she, "m" for he), when that pronoun is all
// that does: s read with a name in its place leans on nothing.
func pronounOnly(s string) (string, bool) {
	if !leans(s) {
		return "", false
	}
	fs := strings.Fields(s)
	for i, w := range fs[:min(len(fs), frontedWords+2)] {
		sex := pronounSex[strings.ToLower(w)]
		if sex == "" || i > 0 && !strings.HasSuffix(fs[i-1], ",") {
			continue
		}
		named := strings.Join(append(append(fs[:i:i], "Ada"), fs[i+1:]...), " ")
		return sex, !leans(named)
	}
	return "", false
}

// pronounSex is the sex of each pronoun that stands for a person as a
// sentence's subject.
var pronounSex = map[string]string{"she": "f", "he": "m"}

// personNouns are the nouns for one person of a known sex.
var personNouns = func() map[string]string {
	m := map[string]string{}
	for w := range text.WordSet(`woman girl mother wife housewife daughter grandmother lady widow sister actress`) {
		m[w] = "f"
	}
	for w := range text.WordSet(`man boy father husband son grandfather widower brother actor`) {
		m[w] = "m"
	}
	return m
}()
