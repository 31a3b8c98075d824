package quotes

import (
	"unicode"
	"unicode/utf8"
)

// acronyms maps the short form of each body the text names in full with
// its short form in brackets after it, "the National Highway Traffic Safety
// Administration (NHTSA)", "the Bureau of Meteorology (BoM)", to the full
// name. The initials of the name's capitalised words, past "of", "for",
// "and", "on" and "the", must spell the short form's capitals.
func (x *extractor) acronyms() map[string]string {
	if x.acronymsOf != nil {
		return x.acronymsOf
	}
	x.acronymsOf = map[string]string{}
	for i := 1; i+2 < len(x.toks); i++ {
		if !x.toks[i].is("(") || !x.toks[i+2].is(")") {
			continue
		}
		caps := acronymCaps(x.toks[i+1].w)
		if len(caps) < 2 {
			continue
		}
		from, n := i, len(caps)
		for k := i - 1; k >= 0 && n > 0; k-- {
			t := x.toks[k]
			if x.lineBetween(k, k+1) || !t.word {
				break
			}
			if !t.capitalised() {
				if !acronymJoiners[t.low] {
					break
				}
				continue
			}
			r, _ := utf8.DecodeRuneInString(t.w)
			if r != caps[n-1] {
				break
			}
			n--
			from = k
		}
		if n > 0 {
			continue
		}
		a := x.analyse(x.toks[from:i])
		if a.ok() && a.named && a.kind == "organization" && a.pronoun == "" {
			x.acronymsOf[x.toks[i+1].w] = a.name
		}
	}
	return x.acronymsOf
}

// acronymJoiners are the small words a body's name holds that its short
// form leaves out.
var acronymJoiners = map[string]bool{"of": true, "for": true, "and": true, "on": true, "the": true, "&": true}

// acronymCaps are the capitals of w when w reads as a short form: letters
// only, opening on a capital, two to eight long, two or more capitals
// ("NHTSA", "BoM"); nil otherwise.
func acronymCaps(w string) []rune {
	if len(w) < 2 || len(w) > 8 {
		return nil
	}
	var caps []rune
	for i, r := range w {
		switch {
		case !unicode.IsLetter(r):
			return nil
		case unicode.IsUpper(r):
			caps = append(caps, r)
		case i == 0:
			return nil
		}
	}
	return caps
}
