package quotes

import (
	"slices"
	"strings"
)

// roleWrittenBefore gives a definite description that speaks ("the
// submarine owner", "the 'Frost Bite' rapper") to the one person the text
// named before it right after the description's head word, alone or in a
// list of roles: "Rapper Crispy Blaze", "its owner, inventor and
// entrepreneur Tor Brandvik". The person is the one reported speaking
// under that name, or the full name the text gives them.
func (x *extractor) roleWrittenBefore(head string, r ref, recent []event) (*Speaker, bool) {
	var out *Speaker
	for _, p := range x.names.persons {
		if p.pos >= r.span.Start {
			break
		}
		if !x.roleRightBefore(p.pos, head) {
			continue
		}
		var sp *Speaker
		for k := len(recent) - 1; k >= 0 && sp == nil; k-- {
			if e := recent[k]; e.sp.Named && e.sp.Kind == "person" && e.pos < r.span.Start && lastWord(e.sp.Name) == p.last {
				sp = &e.sp
			}
		}
		if fn, ok := x.names.full(p.last, p.pos, r.gender); sp == nil && ok && lastWord(fn.name) == p.last {
			sp = fn.speaker()
		}
		if sp == nil {
			// A name the index holds no full form of ("Rapper Crispy
			// Blaze" with no known given name): the run as written.
			k := x.tokAt(p.pos)
			end := k
			for end < len(x.toks) && x.toks[end].capitalised() && end-k < 4 {
				end++
			}
			if nr := x.analyse(x.toks[k:end]); nr.named && nr.kind == "person" && nr.pronoun == "" && lastWord(nr.name) == p.last {
				named := x.speaker(nr, p.pos)
				sp = &named
			}
		}
		if sp == nil {
			continue
		}
		if out != nil && out.Name != sp.Name {
			return nil, false // two people of that role
		}
		out = sp
	}
	if out == nil || !out.gender.compatible(roleGender(head)) {
		return nil, false
	}
	named := *out
	named.Roles = dedupe(append(slices.Clip(named.Roles), r.name))
	return &named, true
}

// roleRightBefore reports whether the word head is one of the lower-case
// words set right before the name at byte pos, in its sentence, back to a
// determiner or a possessive: "rapper" in "Rapper Tommy Brandt", "owner"
// in "its owner, inventor and entrepreneur Tor Brandvik". A name after
// "and" is one of two people, no role's.
func (x *extractor) roleRightBefore(pos int, head string) bool {
	k := x.tokAt(pos)
	if k+1 < len(x.toks) && x.toks[k].low == head && x.toks[k+1].capitalised() {
		return true // the run read as the name opens with its title
	}
	n := 0
	for i := k - 1; i >= 0 && n < 4; i-- {
		t := x.toks[i]
		if n > 0 && (t.is(",") || t.low == "and") {
			continue
		}
		if !t.word || isDeterminer(t.low) || possessivePronouns[t.low] || possessive(t.low) || prepositions[t.low] || cueVerbs[t.low] || x.lineBetween(i, i+1) {
			return false
		}
		if t.low == head {
			return true
		}
		n++
		if i > 0 && x.toks[i-1].sentenceEnd() {
			return false
		}
	}
	return false
}

// lastWord is the last word of name in lower case.
func lastWord(name string) string {
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// withoutQuoted is the words of s without those set in quotation marks:
// "the 'Frost Bite' rapper" -> the, rapper.
func withoutQuoted(s string) []string {
	ws := strings.Fields(s)
	out := ws[:0:0]
	for i := 0; i < len(ws); i++ {
		if !strings.ContainsAny(ws[i][:1], `'"‘“`) && !strings.HasPrefix(ws[i], "‘") && !strings.HasPrefix(ws[i], "“") {
			out = append(out, ws[i])
			continue
		}
		j := i
		for j < len(ws) && !strings.HasSuffix(ws[j], "'") && !strings.HasSuffix(ws[j], `"`) && !strings.HasSuffix(ws[j], "’") && !strings.HasSuffix(ws[j], "”") {
			j++
		}
		if j == len(ws) {
			return ws // no closing mark: the words as they are
		}
		i = j
	}
	return out
}
