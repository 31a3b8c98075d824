package quotes

import (
	"strings"
	"unicode"
)

// unnamedOnPurpose reports whether a description says its person is not
// named ("the neighbour, who wished to remain anonymous"): someone other
// than anyone the text names with that role.
func unnamedOnPurpose(desc string) bool {
	d := strings.ToLower(desc)
	for _, w := range []string{"anonymous", "anonymity", "unnamed", "not be named", "not to be named", "not be identified", "not to be identified"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// nounGoesOn reports whether s opens with a word in lower case that goes on
// the noun phrase before it ("class" of "a sophomore class"), rather than
// a verb, a preposition or a clause after it.
func nounGoesOn(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ".,;:")
	return nounHeads[w]
}

// nounHeads are nouns that a role word often stands before as a modifier.
var nounHeads = map[string]bool{"class": true, "year": true, "team": true, "group": true, "project": true,
	"trip": true, "dance": true, "party": true, "level": true, "position": true, "post": true, "role": true, "job": true}

// lowerBefore is the text before byte pos in lower case. The whole text is
// lowered once per article; when lowering changed its length (a letter
// whose lower case is longer, "İ"), offsets no longer line up and the part
// is lowered on its own.
func (x *extractor) lowerBefore(pos int) string {
	if x.lower == "" {
		x.lower = strings.ToLower(x.text)
	}
	if len(x.lower) != len(x.text) {
		return strings.ToLower(x.text[:pos])
	}
	return x.lower[:pos]
}

// introducedUnnamed reports whether the text before byte pos introduces
// someone by the words desc with an indefinite determiner ("a senior
// official", "another senior official"): "the senior official" is then
// that one, not a person named with the role.
func (x *extractor) introducedUnnamed(desc []string, pos int) bool {
	d := strings.ToLower(strings.Join(desc, " "))
	before := x.lowerBefore(pos)
	for _, det := range []string{"a ", "an ", "another ", "one "} {
		for from := 0; ; {
			i := strings.Index(before[from:], det+d)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i > 0 && (unicode.IsLetter(rune(before[i-1])) || unicode.IsDigit(rune(before[i-1]))) {
				continue // "Ana sophomore": not the determiner
			}
			if end := i + len(det) + len(d); end < len(before) && before[end] == ' ' && nounGoesOn(before[end+1:]) {
				continue // "a sophomore class": the words describe a thing, not someone
			}
			if end := i + len(det) + len(d); end < len(before) && (unicode.IsLetter(rune(before[end])) || unicode.IsDigit(rune(before[end]))) {
				continue // "a sophomores' ...", "a senior officials' ...": another word
			}
			if !strings.HasSuffix(before[:i], ", ") || strings.HasSuffix(before[:i], "\", ") {
				return true
			}
			// "Lena Voss, a sophomore": the appositive of a name, not someone unnamed
		}
	}
	return false
}
