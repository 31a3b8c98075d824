package quotes

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// definiteNamed is the named person a definite description speaking at
// pos stands for ("the 48-year-old", "the new manager"): the one person
// named in the last three paragraphs before it, when the text gives that
// person the description's age ("Tomas Vrell, 48,") or its role word next
// to the name ("appointed Tomas Vrell as manager", "manager Tomas
// Vrell"), or, for an age, when the article names no one else and gives
// no one an age. With anyone else named in play, or the role word not
// attached to the name ("Police arrested Jon Dree." then "the officer
// said", "a source close to Dree"), the description stays.
func (x *extractor) definiteNamed(r ref, pos int) (fullName, bool) {
	head, age := descriptionHead(r.name)

	if head == "" {
		return fullName{}, false
	}
	para := x.paraOf(pos)
	last := x.onlyPersonNamed(x.paras[max(0, para-3)].Start, pos)
	if last == "" {
		return fullName{}, false
	}
	fn, ok := x.names.full(last, pos, r.gender)
	if !ok || fn.pos >= pos || !fn.gender.compatible(r.gender) {
		return fullName{}, false
	}
	for _, p := range x.names.persons {
		if p.pos >= pos {
			break
		}
		if p.last == last && x.describedAt(p.pos, head, age) {
			return fn, true
		}
	}
	if age != "" && !x.agesGiven(pos) && x.onlyPersonNamed(0, pos) == last {
		return fn, true // the one person the article names, and no one's age
	}
	return fullName{}, false
}

// descriptionHead is the noun a description of one person ends with, and
// its age when it is one: "new manager" -> "manager"; "48-year-old" ->
// "48-year-old", "48".
func descriptionHead(desc string) (head, age string) {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) == 0 || len(f) > 3 {
		return "", ""
	}
	head = f[len(f)-1]
	if n, ok := strings.CutSuffix(head, "-year-old"); ok && n != "" && strings.IndexFunc(n, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return head, n
	}
	if !roleWord(head) || kinWords[head] || anyone[head] {
		return "", ""
	}
	return head, ""
}

// agesGiven reports whether the text before pos gives anyone an age:
// "Ada Holm, 48," or "the 48-year-old".
func (x *extractor) agesGiven(pos int) bool {
	for i := 1; i+1 < len(x.toks) && x.toks[i].s < pos; i++ {
		if x.toks[i-1].is(",") && isNumeral(x.toks[i]) && x.toks[i+1].is(",") {
			return true
		}
		if strings.HasSuffix(x.toks[i].low, "-year-old") && x.toks[i].e < pos-20 {
			return true
		}
	}
	return false
}

// onlyPersonNamed is the last name of the one person named in [lo, hi),
// bodies aside ("Harbour FC"); "" when none or more than one.
func (x *extractor) onlyPersonNamed(lo, hi int) string {
	last := ""
	for _, p := range x.names.persons {
		if p.pos >= hi {
			break
		}
		if p.pos < lo || orgWords[p.last] || x.acronymLast(p) {
			continue
		}
		if last != "" && p.last != last {
			return ""
		}
		last = p.last
	}
	return last
}

// acronymLast reports whether the last word of the name at p is written in
// capitals, as a body's is ("Harbour FC", "Calder AFC").
func (x *extractor) acronymLast(p personAt) bool {
	for k := x.tokAt(p.pos); k < len(x.toks) && k < x.tokAt(p.pos)+6; k++ {
		if t := x.toks[k]; t.lower() == p.last {
			return isUpperWord(t.w)
		}
	}
	return false
}

// describedAt reports whether the name at byte at is given the age or the
// role word head right by it: "Tomas Vrell, 48,", "Tomas Vrell as
// manager", "manager Tomas Vrell".
func (x *extractor) describedAt(at int, head, age string) bool {
	k := x.tokAt(at)
	end := k
	for end < len(x.toks) && x.toks[end].capitalised() {
		end++
	}
	if age != "" {
		return end+2 < len(x.toks) && x.toks[end].is(",") && x.toks[end+1].w == age && x.toks[end+2].is(",")
	}
	if k > 0 && x.toks[k-1].lower() == head {
		return true
	}
	if end+1 >= len(x.toks) || x.toks[end].low != "as" {
		return false
	}
	for j := end + 1; j < len(x.toks) && j <= end+3; j++ {
		if x.toks[j].lower() == head {
			return true
		}
		if !x.toks[j].word || x.toks[j].capitalised() && !titles[x.toks[j].lower()] {
			return false
		}
	}
	return false
}

// anyone are words for a person that say nothing of a role: "the man
// said" may be anyone in the story.
var anyone = text.WordSet("man woman boy girl person source official witness resident friend relative neighbour neighbor passenger victim")
