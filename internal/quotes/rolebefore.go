package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// roleWrittenBefore gives a definite description that speaks ("the
// submarine owner", "the 'Frost Bite' rapper") to the one person the text
// named before it right after the description's head word, alone or in a
// list of roles: "Rapper Crispy Blaze", "its owner, inventor and
// entrepreneur Tor Brandvik". The person is the one reported speaking
// under that name, or the full name the text gives them.
func (x *extractor) roleWrittenBefore(head string, r ref, recent []event) (*Speaker, bool) {
	desc := withoutQuoted(strings.ToLower(r.text))
	quals := desc[1 : len(desc)-1] // between "the" and the head: roleHolder's caller holds 2 to 4 words
	var out *Speaker
	for _, p := range x.names.persons {
		if p.pos >= r.span.Start {
			break
		}
		ok, qual := x.roleRightBefore(p.pos, head)
		if !ok || !sameHolder(quals, qual) {
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
// "and" is one of two people, no role's. qual is the word before head
// that tells which of its holders ("taxi" in "Taxi driver Tom Vell",
// "previous" in "Previous owner Tom Vell"), in lower case; "" if none.
func (x *extractor) roleRightBefore(pos int, head string) (ok bool, qual string) {
	k := x.tokAt(pos)
	if k+1 < len(x.toks) && x.toks[k].low == head && x.toks[k+1].capitalised() {
		return true, "" // the run read as the name opens with its title
	}
	n := 0
	for i := k - 1; i >= 0 && n < 4; i-- {
		t := x.toks[i]
		if n > 0 && (t.is(",") || t.low == "and") {
			continue
		}
		if !t.word || isDeterminer(t.low) || possessivePronouns[t.low] || possessive(t.low) || prepositions[t.low] || cueVerbs[t.low] || verbParticles[t.low] || x.lineBetween(i, i+1) {
			// "her mother were walking down Port Calder's 6th Avenue": a
			// verb of motion's particle between, so "mother" is no title
			// of the name
			return false, ""
		}
		if t.low == head {
			if b := i - 1; b >= 0 && x.toks[b].word && !x.toks[b].sentenceEnd() && !isDeterminer(x.toks[b].low) &&
				!possessivePronouns[x.toks[b].low] && !possessive(x.toks[b].low) && !prepositions[x.toks[b].low] && !x.lineBetween(b, i) {
				qual = x.toks[b].low
			}
			return true, qual
		}
		n++
		if i > 0 && x.toks[i-1].sentenceEnd() {
			return false, ""
		}
	}
	return false, ""
}

// sameHolder reports whether a description whose words before its head
// are quals can be the one named with qual before the same head: not
// when it tells another holder ("the lorry driver" for "Taxi driver Tom
// Vell", "the current owner" for "Previous owner Tom Vell") or says so
// ("the other driver").
func sameHolder(quals []string, qual string) bool {
	for _, q := range quals {
		if q == qual {
			return true
		}
	}
	for _, q := range quals {
		if otherHolder[q] {
			return false
		}
	}
	return qual == "" || len(quals) == 0
}

// otherHolder are words that set a role's holder against another one.
var otherHolder = text.WordSet("other another new current second former previous latest first last then")

// lastWord is the last word of name in lower case.
func lastWord(name string) string {
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// withoutQuoted is the words of s without those set in quotation marks:
// "the 'Frost Bite' rapper" -> the, rapper.
func withoutQuoted(s string) []string {
	ws := strings.Fields(s)
	if !strings.ContainsAny(s, `'"‘“`) {
		return ws
	}
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if ws[i][0] != '\'' && ws[i][0] != '"' && !strings.HasPrefix(ws[i], "‘") && !strings.HasPrefix(ws[i], "“") {
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

// verbParticles are the adverbs a verb of motion takes ("walking down",
// "came out"), never words of a role.
var verbParticles = text.WordSet("down up out off along onto")
