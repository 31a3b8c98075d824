package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// ageAfter is the age set between commas or in brackets right after a
// name that ends before toks[k]: "45" in `Ana Ruiz, 45, was robbed` and in
// `Ana Ruiz (45)`; "" when there is none.
func ageAfter(toks []token, k int) string {
	if k+2 >= len(toks) {
		return ""
	}
	open, n, end := toks[k], toks[k+1], toks[k+2]
	if !n.word || len(n.w) > 3 || strings.IndexFunc(n.w, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 || n.w[0] == '0' {
		return ""
	}
	if open.is(",") && (end.is(",") || end.sentenceEnd()) || open.is("(") && end.is(")") {
		return n.w
	}
	return ""
}

// ageHolder gives a definite description by age that speaks ("the
// 45-year-old said", "the 45-year-old baker said") to the one person the
// text gave that age right after the name before it (`Ana Ruiz, 45,`).
// It gives none when two people have that age, when a word of the
// description sets its holder apart from someone ("the other
// 45-year-old", "the new 45-year-old coach"), or when the description's
// gender does not fit the person's. An age the text never bound to a name
// ("the 67-year-old" after `Tomas Vrell was jailed`) is no one's here.
func (x *extractor) ageHolder(desc []string, r ref) (*Speaker, bool) {
	age := ""
	for _, w := range desc[1:] {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if contrastWords[lw] || strings.HasPrefix(lw, "ex-") {
			return nil, false
		}
		if a, ok := strings.CutSuffix(lw, "-year-old"); ok {
			age = a
		}
	}
	if age == "" {
		return nil, false
	}
	head := strings.ToLower(strings.Trim(desc[len(desc)-1], ".,;:"))
	var found *fullName
	for _, fns := range x.names.byLast {
		for i := range fns {
			fn := &fns[i]
			if fn.age != age || fn.pos >= r.span.Start {
				continue
			}
			if found != nil && found.name != fn.name {
				return nil, false // two people of that age
			}
			found = fn
		}
	}
	if found == nil || !found.gender.compatible(roleGender(head)) || !found.gender.compatible(r.gender) {
		return nil, false
	}
	sp := found.speaker()
	sp.Roles = dedupe(append(slices.Clip(sp.Roles), r.name))
	return sp, true
}

// contrastWords set the holder of a description apart from another one
// with the same words: "the new manager" is not the manager just sacked.
var contrastWords = text.WordSet("new former other second another interim previous outgoing incoming acting deputy assistant rival opposing late")
