package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// onePerson reports whether a speaker phrase describes one person not
// named, "one former senior intelligence official", "a spokeswoman": an
// indefinite article and a role word for its head. "the former
// president" is someone named elsewhere; "officials" are many.
func (x *extractor) onePerson(r ref) bool {
	return describesOne(r, "a", "an", "one", "another")
}

// thePerson reports whether a speaker phrase is a definite description of
// one person, "the teacher", "the man": when the text names no one a "he"
// or "she" could be, the pronoun is that person.
func (x *extractor) thePerson(r ref) bool {
	return describesOne(r, "the")
}

// describesOne reports whether r describes one person not named: it opens
// with one of the determiners and its head is a word for a person.
func describesOne(r ref, determiners ...string) bool {
	if r.named || r.kind != "person" || r.pronoun != "" {
		return false
	}
	words := strings.Fields(strings.ToLower(r.text))
	for k := 2; k < len(words); k++ {
		if placeWords[words[k]] || words[k] == "at" {
			// "an unnamed protester in Ulby": the head comes before
			// the place.
			words = words[:k]
			break
		}
	}
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	opens := false
	for _, d := range determiners {
		opens = opens || words[0] == d
	}
	if !opens {
		return false
	}
	return personWord(strings.Trim(words[len(words)-1], ",.;:"))
}

// personWord reports whether w, the head of a description, is a word for
// a person: a title, a role, "official", or a word made like "inspector",
// "researcher", "economist", "resident".
func personWord(w string) bool {
	if roleWord(w) {
		return true
	}
	if docNouns[w] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleWord reports whether w names a person by a title, a person noun or
// a role of known sex ("queen", "mayor", "neighbour"), with no guess from
// its suffix.
func roleWord(w string) bool {
	return titles[w] || personNouns[w] || roleGender(w) != genderUnknown
}

// personNouns are heads of a description of one person that no suffix
// tells: "a source", "an aide".
var personNouns = text.WordSet("source official aide witness expert nurse doctor veteran friend relative neighbour neighbor colleague insider diplomat freshman sophomore undergraduate")
