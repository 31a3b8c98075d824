package quotes

import "strings"

// describedReferent asks the discourse model for the one a "he" or "she"
// stands for when that is a person brought in by a description and no
// name: the latest person of a fitting gender spoken of in the pronoun's
// paragraph or the one before is "a witness" or "one passenger" opening
// its sentence (`A witness saw the lorry leave the road. "...," he
// said.`). at is where the description stands. decided is true when the
// model has a word to say: the description, or nil when it is unsure (a
// group opening a sentence since, "Residents said ..."; two descriptions
// that fit in one sentence), when no speaker is better than a guess.
// Someone named since, or reported speaking since, leaves the pronoun to
// the rules for names. (The model keeps only descriptions that open their
// sentence, so the checks for one in object position stand guard only.)
func (x *extractor) describedReferent(r ref, recent []event) (sp *Speaker, at int, decided bool) {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil, 0, false
	}
	ms := x.discourse().before(x, r.span.Start)
	groupSince := false
	var found *dmention
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		switch m.kind {
		case dmGroup:
			if m.subject && found == nil && m.sent < x.sentenceStart(r.span.Start) {
				groupSince = true
			}
			continue
		case dmBody:
			continue
		case dmNamed:
			g := m.gender
			if g == genderUnknown {
				if fn, ok := x.names.full(m.last, m.pos, genderUnknown); ok {
					g = x.genderShown(fn.pos, r.span.Start)
				}
			}
			if !g.compatible(r.gender) {
				continue
			}
			if found == nil {
				return nil, 0, false // a name is nearer: the rules for names decide
			}
			if !found.subject {
				return nil, found.pos, true // "Ivo Tark ... He met a man who ...": either
			}
			return found.sp, found.pos, true
		case dmDescribed:
			if m.gone || !m.gender.compatible(r.gender) || x.speakerOf(m) == nil {
				continue
			}
			if found != nil {
				if found.subject && found.sent != m.sent {
					return found.sp, found.pos, true
				}
				return nil, found.pos, true // two of them: either
			}
			if m.head != "" && x.mayBeNamed(m, r) {
				return nil, 0, false // "The outspoken actress" after "Rose McGowan"
			}
			found = m
			if groupSince {
				return nil, found.pos, true
			}
			for _, e := range recent {
				if e.pos > found.pos && e.pos < r.span.Start && !(e.described && e.sp.Name == found.sp.Name) {
					return nil, 0, false // someone reported speaking since
				}
			}
		}
	}
	if found == nil {
		return nil, 0, false
	}
	if !found.subject && found.para < x.paraOf(r.span.Start) {
		return nil, found.pos, true // brought in as an object, a paragraph before
	}
	return found.sp, found.pos, true
}

// mayBeNamed reports whether definite description m may be the person
// of a gender fitting r named last before it: that person was given no
// role ("Rose McGowan ..." then "The outspoken actress"), or someone
// named before was given one with m's head word ("President Barack Obama"
// then "the president"); "the driver" after "Police chief Jonas Brel" is
// someone else.
func (x *extractor) mayBeNamed(m *dmention, r ref) bool {
	if titles[m.head] {
		return true // "the president", "the coach": most often someone named
	}
	latest := true
	for k := len(x.names.persons) - 1; k >= 0; k-- {
		p := x.names.persons[k]
		if p.pos >= m.pos {
			continue
		}
		fn, ok := x.names.full(p.last, p.pos, genderUnknown)
		if !ok || !fn.gender.compatible(r.gender) {
			continue
		}
		var roles []string
		for _, role := range []string{fn.role, fn.appos, fn.before, fn.lead} {
			if role != "" {
				roles = append(roles, role)
			}
		}
		if latest && len(roles) == 0 || hasRoleWord(roles, m.head) {
			return true
		}
		latest = false
	}
	return false
}

// sentenceStart is the byte where the sentence holding byte pos starts.
func (x *extractor) sentenceStart(pos int) int {
	k := x.tokAt(pos)
	if k >= len(x.toks) {
		k = len(x.toks) - 1
	}
	for k > 0 && !x.toks[k-1].sentenceEnd() && !x.lineBetween(k-1, k) {
		k--
	}
	if k < 0 {
		return 0
	}
	return x.toks[k].s
}

// lastNamedAt is the byte where the person sp, named, is last named
// before byte pos; -1 if not.
func (x *extractor) lastNamedAt(sp *Speaker, pos int) int {
	ws := strings.Fields(strings.ToLower(sp.Name))
	if len(ws) == 0 {
		return -1
	}
	last := ws[len(ws)-1]
	at := -1
	for _, p := range x.names.persons {
		if p.pos >= pos {
			break
		}
		if p.last == last {
			at = p.pos
		}
	}
	return at
}

// lastHeardAt is the byte where the person sp, found for pronoun r from
// event ev, was last named or reported speaking before r; -1 if not.
func (x *extractor) lastHeardAt(sp *Speaker, ev event, r ref) int {
	at := x.lastNamedAt(sp, r.span.Start)
	if ev.pos < r.span.Start {
		at = max(at, ev.pos)
	}
	return at
}

// bodyReferent asks the discourse model for the body an "it" or "they"
// stands for: the latest sentence in the pronoun's paragraph or the one
// before that opens with a body ("The army said ... It added that",
// "The company recalled ... "...," they said in a statement"), when no
// group or other body opens a sentence since. "they" also needs that no
// person is spoken of since, who may be one of "they".
func (x *extractor) bodyReferent(r ref) *Speaker {
	if r.pronoun != "it" && r.pronoun != "they" || strings.EqualFold(r.text, "their") || strings.EqualFold(r.text, "its") {
		return nil
	}
	ms := x.discourse().before(x, r.span.Start)
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		switch {
		case m.kind == dmBody && m.subject:
			if sp := x.speakerOf(m); sp != nil {
				return sp
			}
		case m.kind == dmGroup && m.subject:
			return nil
		case r.pronoun == "they" && (m.kind == dmNamed || m.kind == dmDescribed || m.kind == dmGroup):
			return nil
		}
	}
	return nil
}

// statementOwner is the body or person whose statement "the statement" or
// "a statement" is, when a sentence before it, in its paragraph or the two
// before, tells of their statement: `The ministry issued a statement on
// Monday.` ¶ `"...," the statement said.` The nearest sentence with the
// word decides; nil when it opens with no one.
func (x *extractor) statementOwner(r ref) *Speaker {
	low := strings.ToLower(r.text)
	if low != "the statement" && low != "a statement" {
		return nil
	}
	k := x.tokAt(r.span.Start)
	para := x.paraOf(r.span.Start)
	for j := k - 1; j >= 0; j-- {
		t := x.toks[j]
		if x.paraOf(t.s) < para-2 {
			return nil
		}
		if t.low != "statement" && t.low != "statements" || x.inQuote(t.s) {
			continue
		}
		from := x.sentenceStart(t.s)
		if from >= r.span.Start || x.sentenceStart(r.span.Start) == from {
			continue // the cue's own sentence
		}
		ms := x.discourse().ms
		for i := range ms {
			m := &ms[i]
			if m.sent != from || m.pos > t.s {
				continue
			}
			switch {
			case m.kind == dmBody && m.subject:
				return x.speakerOf(m)
			case m.kind == dmNamed && m.subject:
				fn, ok := x.names.full(m.last, m.pos, genderUnknown)
				if !ok {
					return nil
				}
				return fn.speaker()
			}
		}
		return nil
	}
	return nil
}
