package quotes

import (
	"slices"
	"strings"
)

// leadingName cuts np to the full name of a person of the article that
// opens it, as in a headline set in capitals: "Lena Okafor Slams Harbor
// Board" -> "Lena Okafor". np is returned whole when no name opens it.
func (ix nameIndex) leadingName(text string, np []token) []token {
	for _, fn := range ix.byFirst[strings.ToLower(np[0].w)] {
		for k := 2; k < len(np) && k <= 4; k++ {
			if fn.name == spanText(text, np[:k]) {
				return np[:k]
			}
		}
	}
	return np
}

// full returns the full name a one-word name stands for near pos: the
// latest compatible full name before pos, else the first after it.
func (ix nameIndex) full(word string, pos int, g gender) (fullName, bool) {
	w := strings.ToLower(stripPossessive(word))
	for _, m := range []map[string][]fullName{ix.byLast, ix.byFirst} {
		var best fullName
		found := false
		caps := true // every name for w is in capitals: then one may do
		for _, fn := range m[w] {
			caps = caps && fn.caps
		}
		for _, fn := range m[w] {
			if !fn.gender.compatible(g) || fn.caps && !caps {
				continue
			}
			if fn.pos < pos || !found {
				best, found = fn, true
			}
			if fn.pos >= pos {
				break
			}
		}
		if found {
			if best.gender == genderUnknown {
				best.gender = ix.surnameGender[w]
			}
			for _, fn := range m[w] {
				// The role given where the name was written in full.
				if best.appos == "" && fn.appos != "" && fn.name == best.name && fn.pos < pos {
					best.appos = fn.appos
				}
			}
			return best, true
		}
	}
	return fullName{}, false
}

// byRole is the person the text gave a role before pos, written before
// the name ("Interim Premier Ivo Marchetti") or after it ("Ivo Marchetti,
// the interim premier"); ok is false when no one or more than one person
// had it.
func (ix nameIndex) byRole(role string, pos int) (fullName, bool) {
	var found fullName
	for _, fns := range ix.byLast {
		for _, fn := range fns {
			if fn.pos >= pos || !strings.EqualFold(fn.role, role) && !strings.EqualFold(fn.appos, role) && !strings.EqualFold(fn.before, role) && !endsWithWords(fn.lead, role) && !roleShortened(fn.role, role) && !roleShortened(fn.lead, role) {
				continue
			}
			if found.name != "" && found.name != fn.name {
				return fullName{}, false
			}
			found = fn
		}
	}
	return found, found.name != ""
}

// roleShortened reports whether description d is role written shorter:
// "former governor" for "former Texas governor". Its words are the role's,
// in order, it ends with the role's head word, and it is "former" when
// the role is.
func roleShortened(role, d string) bool {
	if head := d[strings.LastIndexByte(d, ' ')+1:]; len(role) <= len(d) || !endsWithWords(role, head) {
		return false // read cheaply: most roles end otherwise
	}
	rs, ds := strings.Fields(strings.ToLower(role)), strings.Fields(strings.ToLower(d))
	return len(ds) >= 2 && slices.Contains(rs, "former") == slices.Contains(ds, "former") && wordsWithin(ds, rs)
}

// onlyPersonIn is the surname (lower case) of the one person named from
// byte lo up to hi, "" when no one or more than one person is named there.
func (ix nameIndex) onlyPersonIn(lo, hi int) string {
	last := ""
	for _, p := range ix.persons {
		if p.pos >= hi {
			break
		}
		if p.pos < lo {
			continue
		}
		if last != "" && p.last != last {
			return ""
		}
		last = p.last
	}
	return last
}

// speaker is the person of a full name, with the role written before it.
func (fn fullName) speaker() *Speaker {
	sp := Speaker{Name: fn.name, Kind: "person", Named: true, gender: fn.gender, written: fn.name}
	if fn.role != "" {
		sp.Roles = []string{fn.role}
	}
	return &sp
}

// withRoleWord is the one person the article names with a title holding
// word before r ("ex-Tarnland Governor Ada Holm" for "governor"), with a
// gender that fits it.
func (ix nameIndex) withRoleWord(word string, r ref) (*Speaker, int, bool) {
	var found *fullName
	for _, fns := range ix.byLast {
		for i := range fns {
			fn := &fns[i]
			if fn.pos >= r.span.Start || !hasRoleWord([]string{fn.role, fn.appos, fn.before, fn.lead}, word) || !fn.gender.compatible(r.gender) {
				continue
			}
			if found != nil && found.name != fn.name {
				return nil, 0, false // two people held it
			}
			found = fn
		}
	}
	if found == nil {
		return nil, 0, false
	}
	return found.speaker(), found.pos, true
}

// surnameGivenBefore reports whether t is the surname of the one person
// the text named in full before it: "Dorsk" after "guide Hanna Dorsk".
func (ix *nameIndex) surnameGivenBefore(t token) bool {
	fns := ix.byLast[t.lower()]
	if !t.word || len(fns) == 0 || fns[0].pos >= t.s || len(ix.byFirst[t.lower()]) > 0 {
		return false
	}
	for _, fn := range fns[1:] {
		if fn.name != fns[0].name {
			return false
		}
	}
	return true
}

// titleAsSurname reports whether the title word run[k] is a surname: the
// last word of the run, right after a known first name ("Robert King",
// "Ana Bishop").
func titleAsSurname(run []token, k int) bool {
	return k > 0 && k == len(run)-1 && !strings.HasSuffix(run[k].w, ".") && knownFirstName(run[k-1])
}

// knownFirstName reports whether t is a first name the lexicon knows.
func knownFirstName(t token) bool { return firstNameGender(t.lower()) != genderUnknown }

// namesakeOf is the other person of sp's surname whom a pronoun of gender g
// stands for, when sp was written by the surname alone and the article
// gives sp no gender: "On Sunday Holt posted a photo. ... she tweeted"
// after "Emma Holt, the daughter of Bruno Holt," is Emma Holt, not the
// Holt named last. Nil when sp is not such a surname or no namesake of
// that gender was named in full before pos.
func (x *extractor) namesakeOf(sp *Speaker, g gender, pos int) *Speaker {
	if sp == nil || sp.Kind != "person" || !sp.Named || sp.gender != genderUnknown || g == genderUnknown || sp.written == "" || strings.Contains(sp.written, " ") {
		return nil
	}
	var found *fullName
	for _, fn := range x.names.byLast[strings.ToLower(stripPossessive(sp.written))] {
		if fn.pos < pos && fn.gender == g && fn.name != sp.Name {
			found = &fn
		}
	}
	if found == nil {
		return nil
	}
	return found.speaker()
}
