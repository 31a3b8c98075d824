package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// generational is the person "Powell Sr" stands for: of two or more
// people of that surname named in full before pos, the one the words
// right after his name call the father of another of them ("Todd Powell,
// Grayson's father," with Grayson Powell named too). Nothing when the
// text writes a suffix into a name itself ("Jalen Hurd Sr."), for "Jr"
// (a son is as often named after his father as not), or when no one
// or more than one is that father.
func (x *extractor) generational(r ref, pos int) (fullName, bool) {
	if r.kind != "person" || !r.named || r.pronoun != "" {
		return fullName{}, false
	}
	if w := strings.TrimSuffix(r.name[strings.LastIndexByte(r.name, ' ')+1:], "."); !strings.EqualFold(w, "sr") && !strings.EqualFold(w, "snr") {
		return fullName{}, false // read cheaply: this is asked of every name
	}
	ws := strings.Fields(r.name)
	if len(ws) != 2 {
		return fullName{}, false
	}
	if x.suffixInName(ws[0], r.span.Start) {
		return fullName{}, false // the text names the generations itself
	}
	var family []fullName
	for _, fn := range x.names.byLast[strings.ToLower(ws[0])] {
		if fn.pos < pos && !slices.ContainsFunc(family, func(f fullName) bool { return f.name == fn.name }) {
			family = append(family, fn)
		}
	}
	var father fullName
	fathers := 0
	for _, fn := range family {
		beside := strings.Fields(x.besideName(fn))
		if len(beside) < 2 || beside[1] != "father" || !possessive(beside[0]) {
			continue
		}
		child := stripPossessive(beside[0])
		if slices.ContainsFunc(family, func(f fullName) bool {
			given := strings.Fields(f.name)
			return f.name != fn.name && slices.ContainsFunc(given[:len(given)-1], func(g string) bool { return strings.EqualFold(g, child) })
		}) {
			fathers++
			father = fn
		}
	}
	return father, fathers == 1
}

// suffixInName reports whether the text writes surname with a
// generational suffix after a given name before byte pos: "Jalen Hurd Sr."
// ("Hurd Sr. said" and "But Hurd Sr. was calm" are not). A capitalised
// word inside a sentence counts as a given name; opening one, only a
// listed given name does.
func (x *extractor) suffixInName(surname string, pos int) bool {
	for i := 0; i+1 < len(x.toks) && x.toks[i].s < pos; i++ {
		if x.toks[i].w != surname || i == 0 || !x.toks[i-1].capitalised() || x.lineBetween(i-1, i) || x.sentenceFrom(i-1) == i-1 && !knownFirstName(x.toks[i-1]) {
			continue // "But Powell Sr. was calm": an opener, no given name
		}
		switch strings.ToLower(strings.TrimSuffix(x.toks[i+1].w, ".")) {
		case "sr", "jr", "snr", "jnr":
			return true
		}
	}
	return false
}

// besideName is the words set off by a comma right after the full name
// fn where it is first written, up to the next comma or the sentence's
// end: "Grayson's father" in "Todd Powell, Grayson's father, explained".
func (x *extractor) besideName(fn fullName) string {
	k := x.tokAt(fn.pos)
	for k < len(x.toks) && x.toks[k].capitalised() {
		k++
	}
	if k >= len(x.toks) || !x.toks[k].is(",") {
		return ""
	}
	var ws []string
	for j := k + 1; j < len(x.toks) && j <= k+6 && x.toks[j].word; j++ {
		ws = append(ws, x.toks[j].low)
	}
	return strings.Join(ws, " ")
}

// nickname is the person whose one-word nickname r names.
func (x *extractor) nickname(r ref) (fullName, bool) {
	if len(x.names.nicknames) == 0 || !r.named || strings.Contains(r.name, " ") {
		return fullName{}, false
	}
	fn, ok := x.names.nicknames[strings.ToLower(r.name)]
	return fn, ok
}

// speaker resolves a named phrase to the article's fullest form of the name.
func (x *extractor) speaker(r ref, pos int) Speaker {
	if fn, ok := x.nickname(r); ok && fn.pos < pos {
		// "Wren" after "Laina Claire Dunmore, who calls herself 'Wren'":
		// the person, not the newspaper of that name.
		sp := Speaker{Name: fn.name, Kind: "person", Roles: r.roles, Named: true, gender: fn.gender, written: r.name}
		if fn.role != "" {
			sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
		}
		return sp
	}
	if r.kind == "document" {
		if author := x.documentAuthor(r); author != nil {
			return *author
		}
		if owner, ok := x.documentOwner(r); ok {
			return x.speaker(owner, pos)
		}
	}
	if body, ok := x.bodyNamedBefore(r); ok {
		return body
	}
	if body, ok := x.bodyOfItsVoice(r, pos); ok {
		return body
	}
	if full, ok := x.acronyms()[r.name]; ok && r.named && r.pronoun == "" && r.kind != "document" {
		// "NHTSA said" after "the National Highway Traffic Safety
		// Administration (NHTSA)": one body, by its name.
		return Speaker{Name: full, Kind: "organization", Roles: r.roles, Named: true, Outlet: isOutlet(full), written: r.name}
	}
	if one, ok := x.oneOfGroup(r); ok {
		return one
	}
	if fn, ok := x.generational(r, pos); ok {
		// "Powell Sr said" after "Todd Powell, Grayson's father,"
		sp := fn.speaker()
		sp.Roles = dedupe(append(sp.Roles, r.roles...))
		return *sp
	}
	if r.kind == "person" && !r.named && r.pronoun == "" && timeWords[strings.ToLower(r.name)] && !strings.Contains(r.name, " ") {
		// "May also introduced ..." after "Theresa May": the surname
		// of the person named in full before, not the month.
		if _, ok := x.names.full(r.name, pos, r.gender); ok {
			r.named = true
		}
	}
	sp := Speaker{Name: r.name, Kind: r.kind, Roles: r.roles, Named: r.named, Outlet: r.outlet, gender: r.gender, written: r.name}
	if r.outlet {
		sp.Roles = dedupe(append(sp.Roles, "news outlet"))
	}
	if sp.Kind == "person" && r.named && !strings.Contains(r.name, " ") {
		fn, ok := x.names.full(r.name, pos, r.gender)
		if ok && r.honorific && fn.name != "" && firstNameGender(strings.Fields(fn.name)[0]) != r.gender && x.spouseOf(fn.name, r.gender, firstNameGender(strings.Fields(fn.name)[0]) == genderUnknown) {
			// "Mrs Arden" after "Tomas Arden's wife Anna": the wife, by
			// her honorific and surname.
			ok = false
			if i := strings.Index(r.text, r.name); i > 0 {
				if ws := strings.Fields(r.text[:i]); len(ws) > 0 {
					sp.Name = ws[len(ws)-1] + " " + r.name
					sp.written = sp.Name
				}
			}
		}
		if ok && !(r.honorific && x.names.byFirstAlone[strings.ToLower(strings.Fields(fn.name)[0])]) {
			sp.Name = fn.name
			if fn.role != "" {
				sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
			}
			if fn.appos != "" {
				sp.Roles = dedupe(append(sp.Roles, fn.appos))
			}
			if sp.gender == genderUnknown {
				sp.gender = fn.gender
			}
		} else if g := x.names.surnameGender[strings.ToLower(r.name)]; sp.gender == genderUnknown {
			sp.gender = g
		}
	}
	if fn, ok := x.handleOwner(r, pos); ok {
		// "@TomDunnMayor wrote" after "Mayor Tom Dunn": his account.
		sp.Name, sp.gender = fn.name, fn.gender
		if fn.role != "" {
			sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
		}
	}
	if sp.Kind == "person" && !r.named && r.pronoun == "" && len(r.text) > 4 && strings.EqualFold(r.text[:4], "the ") && !unnamedOnPurpose(r.text) {
		// "The interim premier characterized ..." after "Ivo Marchetti,
		// the interim premier,": the one person the text gave that role.
		if fn, ok := x.names.byRole(r.name, pos); ok {
			sp.Name, sp.Named, sp.written = fn.name, true, fn.name
			sp.Roles = dedupe(append(sp.Roles, r.name))
			sp.gender = fn.gender
		}
	}
	if sp.Kind == "person" && !r.named && r.pronoun == "" {
		if fn, ok := x.kinBySurname(r.text); ok {
			// "Dorn's mother said" after "Pavel Dorn" and "Mary Dorn":
			// the one woman of that surname.
			sp.Name, sp.Named, sp.written, sp.gender = fn.name, true, fn.name, fn.gender
			sp.Roles = dedupe(append(sp.Roles, r.text))
		}
	}
	if sp.Kind == "person" && sp.gender == genderUnknown && strings.Contains(sp.Name, " ") {
		sp.gender = givenGender(strings.Fields(sp.Name))
	}
	return sp
}

// sameSurnameKin are the kin a surname and a possessive name: "Dorn's
// mother" is most often a Dorn too.
var sameSurnameKin = text.WordSet("mother father son daughter brother sister wife husband widow widower grandmother grandfather mom mum dad")

// kinBySurname is the person a description of kin, "Dorn's mother", names
// when the article names two or more people by that surname in full and
// exactly one of them, besides the first named (the Dorn the story is
// about), is of the kin word's sex and is not brought in as some other
// kin ("His wife Mary Dorn" is no one's mother); ok is false otherwise.
func (x *extractor) kinBySurname(desc string) (fullName, bool) {
	if !strings.ContainsAny(desc, "'’") {
		return fullName{}, false // no possessive: spare the split for every description
	}
	ws := strings.Fields(desc)
	if len(ws) != 2 || !possessive(ws[0]) || !sameSurnameKin[strings.ToLower(ws[1])] {
		return fullName{}, false
	}
	owner := stripPossessive(ws[0])
	if owner == "" || !unicode.IsUpper([]rune(owner)[0]) {
		return fullName{}, false
	}
	kin := strings.ToLower(ws[1])
	g := roleWordGender(kin)
	if g == genderUnknown {
		return fullName{}, false
	}
	first := map[string]int{} // each name and where it is first written
	for _, fn := range x.names.byLast[strings.ToLower(owner)] {
		if p, ok := first[fn.name]; !ok || fn.pos < p {
			first[fn.name] = fn.pos
		}
	}
	if len(first) < 2 {
		return fullName{}, false
	}
	primary := ""
	for name, p := range first {
		if primary == "" || p < first[primary] {
			primary = name
		}
	}
	var found fullName
	fits := 0
	for _, fn := range x.names.byLast[strings.ToLower(owner)] {
		if fn.name == primary || fn.pos != first[fn.name] {
			continue
		}
		fg := fn.gender
		if sh, ok := x.names.shown[fn.name]; ok && fg == genderUnknown {
			fg = sh.gender // "Helga Dorn ... her son": the pronouns tell
		}
		if fg != g || x.otherKinBefore(fn.pos, kin) {
			continue
		}
		found = fn
		fits++
	}
	if fits != 1 {
		return fullName{}, false
	}
	return found, true
}

// otherKinBefore reports whether a word for kin other than kin stands in
// the five words before the name at byte pos, in its sentence: "His wife
// Mary Dorn", "her brother John Dorn", "His mother-in-law is Mary Dorn".
func (x *extractor) otherKinBefore(pos int, kin string) bool {
	k := x.tokAt(pos)
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		t := x.toks[j]
		if t.sentenceEnd() || x.lineBetween(j, j+1) {
			return false
		}
		w := t.low
		if i := strings.IndexByte(w, '-'); i > 0 {
			w = w[:i] // "mother-in-law"
		}
		if (kinWords[w] || sameSurnameKin[w]) && (w != kin || t.low != kin) {
			return true
		}
	}
	return false
}

// resolve turns attributed candidates into mentions, resolving pronouns to
// the latest compatible named speaker before them.
func (x *extractor) resolve(cands []cand) []Mention {
	events := x.speechEvents(cands)
	var out []Mention
	index := map[int]int{} // candidate -> mention
	ev := 0
	var recent []event // events seen so far, in order
	for i := range cands {
		c := &cands[i]
		pos := c.raw.start()
		for ev < len(events) && events[ev].pos < pos {
			if e, ok := x.resolveEvent(events[ev], recent); ok {
				recent = append(recent, e)
			}
			ev++
		}
		if c.mergedInto >= 0 {
			ri, ok := index[c.mergedInto]
			if !ok {
				continue // the quote it continues was dropped
			}
			m := &out[ri]
			for _, s := range c.raw.segs {
				m.Parts = append(m.Parts, corroborate.Span{Start: s.s, End: s.e})
			}
			m.End = c.raw.end()
			m.Text = strings.Join(m.partTexts(x.text), " ")
			index[i] = ri
			continue
		}
		if c.att.nickname {
			continue
		}
		m := Mention{Start: pos, End: c.raw.end(), Partial: c.att.partial, Credit: c.att.credit}
		for _, s := range c.raw.segs {
			m.Parts = append(m.Parts, corroborate.Span{Start: s.s, End: s.e})
		}
		m.Text = strings.Join(m.partTexts(x.text), " ")
		switch {
		case x.embeds[c.raw.start()] != "":
			// An embedded post: the poster's words.
			name := x.embeds[c.raw.start()]
			sp := x.speaker(ref{name: name, kind: posterKind(name), named: true}, c.raw.start())
			m.Speaker, m.how = &sp, resName
		case c.att.how == attNone && len(c.pre) == 0 && x.startsParagraph(c) && len(out) > 0 && c.raw.para > 0:
			// A paragraph that is only a quote continues the speaker of
			// the quote that ended the previous paragraph.
			prev := out[len(out)-1]
			if prev.Speaker != nil && x.quoteEndsParagraph(cands, i) && (x.endsSentence(c) || x.tailRunsOn(c)) {
				m.Speaker, m.SpeakerText, m.SpeakerSpan = prev.Speaker, prev.SpeakerText, prev.SpeakerSpan
				m.how, m.rival = resCarried, prev.rival
			} else if e, ok := x.namedBefore(recent, c); ok {
				m.Speaker, m.how, m.rival = &e.sp, resCarried, e.rival
			} else if sp, ok := x.leadInParagraph(c); ok {
				m.Speaker, m.how = sp, resCarried
			} else if x.carries(out, recent, c) {
				m.Speaker, m.SpeakerText, m.SpeakerSpan = prev.Speaker, prev.SpeakerText, prev.SpeakerSpan
				m.how, m.rival = resCarried, prev.rival
				if prev.Speaker == nil {
					m.how = prev.how // an unresolved pronoun, carried on
				}
			} else if sp, ok := x.pronounLeadIn(c, recent, prev); ok {
				m.Speaker, m.how, m.rival = sp, resCarried, true
			}
		case c.att.how == attNone && len(c.pre) == 0 && (c.raw.para > 0 || !x.startsParagraph(c)):
			// The first quote after a sentence or a paragraph that names
			// someone speaking: `... said Dana Whitfield, the harbour
			// master.` then a quote alone.
			if e, ok := x.namedBefore(recent, c); ok {
				m.Speaker, m.how, m.rival = &e.sp, resCarried, e.rival
			} else if sp, ok := x.subjectJustBefore(c, recent); ok {
				m.Speaker, m.how = sp, resCarried
			} else if sp, ok := x.leadInParagraph(c); ok && len(out) == 0 && x.endsSentence(c) && x.names.onlyPersonIn(x.paras[c.raw.para-1].Start, x.paras[c.raw.para-1].End) != "" && !x.namedAsSubjectOf(x.paras[c.raw.para-1].Start, x.paras[c.raw.para-1].End) {
				// The first quote, alone after a short paragraph that
				// names one person: `Kara Mills, 45, has lived in the
				// street since 1990.` ¶ `"They only come here ..."`
				m.Speaker, m.how = sp, resCarried
			}
		case c.att.np != nil:
			r := x.analyse(c.att.np)
			if !r.ok() {
				break
			}
			if !r.named && r.pronoun == "" {
				if named := nameGoneBy(c.att.np); named != nil {
					// "The woman, who goes by the name Lumi Starling,
					// wrote": the one named.
					text, span := r.text, r.span
					r = x.analyse(named)
					r.text, r.span = text, span
				}
			}
			if c.att.how == attColon && x.transcript() && isAcronym(trimPunct(c.att.np)) {
				// `MARLOWE: "..."` in a transcript: a person, not a body.
				r.kind, r.named = "person", true
			}
			if reportsLikeOutlet(r, c.att.cue) {
				// "Quiet Numbers reports that ...": a site, not a person.
				r.kind, r.outlet = "organization", true
			}
			if c.att.outlet {
				// "according to the Valley Herald" and no one else: the
				// outlet's reporting is the source.
				r.kind, r.named, r.outlet, r.name = "organization", true, true, c.att.credit
			}
			m.Cue = spanText(x.text, c.att.cue)
			m.SpeakerText, m.SpeakerSpan = r.text, r.span
			if sp := x.sentenceSubject(r, recent); sp != nil {
				// `Ms. Odell drew cheers when, after her last number, she added`.
				m.Speaker, m.how = sp, resPronoun
			} else if sp := x.namedInSentenceBefore(r); sp != nil {
				m.Speaker, m.how = sp, resPronoun
			} else if r.pronoun != "" {
				var ev event
				m.Speaker, ev = x.antecedent(r, recent)
				if sp := x.statementJustBefore(cands, i, out, index, r); sp != nil {
					// `"...," the family said in a statement.` then `"...,"
					// it added`: the statement, its authors' words.
					m.Speaker, ev = sp, event{pos: cands[i-1].raw.start(), sp: *sp}
				}
				if sp, from, ok := x.namedSince(r, c.raw.para, recent, ev); ok {
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.leadIn(c, recent); ok && c.att.how == attPost && r.mayBe(sp) && sp.gender.compatible(r.gender) && (m.Speaker == nil || ev.pos < from) {
					// `Koss, for one, is impatient. "I'm 71," he
					// says.`: the person the sentence before names, not
					// someone reported speaking further back.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, byRole, ok := x.subjectOfSentenceBefore(c, r); ok && r.mayBe(sp) && (m.Speaker == nil || (ev.pos < from || ev.pos >= r.span.Start) && m.Speaker.Name != sp.Name) && !(byRole && m.Speaker != nil && m.Speaker.gender.compatible(r.gender) && x.paraOf(ev.pos) >= x.paraOf(from)-2) {
					// `Despite the odds, his aunt, Nadia Ferro, believes
					// he will walk.` ¶ `"...," she said.`: the one the
					// sentence before is about, not the last speaker (nor
					// the one this pronoun's own cue was first read as).
					// A name of no known gender that only its opening role
					// makes a person does not take the words of someone
					// of the pronoun's gender quoted two paragraphs or
					// less before it.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.secondClauseSubject(c, r); ok && (m.Speaker == nil || ev.pos < from) {
					// `Brenner condemned the attack, and the league's
					// Secretary-General, Omar Haddad, sent a letter.` then
					// `"...," he said.`: the subject of the last clause.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.describedSubjectBefore(c, r); ok && (m.Speaker == nil || ev.pos < from || ev.pos >= r.span.Start) {
					// `Anna Kovacs opened the meeting.` ¶ `A retired sea
					// captain disagreed. "...," he said.`: the one the
					// sentence before brings in, not a person named before.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, ok := x.describedLead(c, r, recent); ok && m.Speaker == nil {
					// `A 17-year-old Kelmford girl ... has blamed anger.`
					// ¶ `"...," she told a reporter.`: the one the lead
					// describes, when no one is named before.
					m.Speaker, ev = sp, event{pos: c.raw.start(), sp: *sp}
				}
				if sp, from, ok := x.askedBefore(c, r); ok && r.mayBe(sp) {
					// `Dunn asked Rask whether ... "...," he replied.`:
					// the one asked answers, not the one who asked.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if w := x.roleBefore(r); w != "" && m.Speaker != nil && !hasRoleWord(m.Speaker.Roles, w) {
					// `During 14 years as governor, he called it
					// "unsettled"`: the one who was governor.
					if sp, e, ok := byRoleWord(recent, w, r); ok {
						m.Speaker, ev = sp, e
					} else if sp, pos, ok := x.names.withRoleWord(w, r); ok {
						m.Speaker, ev = sp, event{pos: pos, sp: *sp}
					}
				}
				if m.Speaker != nil && m.Speaker.Kind == "person" && (r.pronoun == "he" || r.pronoun == "she") && x.namedInQuote(c, m.Speaker.Name) {
					// `Hal is still hurt. He says: "Tom could have
					// called me."`: the one the quote speaks of by name is
					// not the one speaking it.
					if sp, e := x.antecedent(r, withoutSpeaker(recent, m.Speaker.Name)); sp != nil && !x.namedInQuote(c, sp.Name) {
						m.Speaker, ev = sp, e
					}
				}
				if sp, from := x.bodySubjectFrom(r, true); sp != nil && m.Speaker != nil && m.Speaker.Outlet && m.Speaker.Name != sp.Name && (ev.pos < from || ev.pos >= r.span.Start) && x.sentenceBefore(r.span.Start) == from && !hasCue(x.toks[x.tokAt(from):x.tokAt(r.span.Start)]) {
					// `The Journal reported ... ¶ In April, the Aviation
					// Authority ordered ... It said ...`: the body the
					// sentence right before opens with, not an outlet
					// reported further back.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if m.Speaker == nil && r.pronoun != "it" {
					m.Speaker, _ = x.onlyPersonBefore(r, c.raw.para, recent)
				}
				if m.Speaker == nil && r.pronoun == "it" {
					// `A teacher shared a note from a pupil. ... it says:`
					m.Speaker = x.documentBefore(c)
					if sp := x.itsDocumentAuthor(c, recent); sp != nil {
						// `In its statement, Ncsa said ...` then `"...,"
						// it said`: the body whose statement it is.
						m.Speaker = sp
					}
				}
				if m.Speaker == nil {
					// `Halden Rail said it would close the line. "...,"
					// it announced.`: the body the sentence before opens
					// with.
					m.Speaker = x.bodySubject(r)
				}
				if m.Speaker == nil {
					// `Mayors from Ulby pledged to fight what they
					// called "unlawful."`: the group opening the sentence.
					m.Speaker = x.groupOpening(r)
				}
				if m.Speaker == nil {
					if sp := x.recentSubject(r); r.mayBe(sp) {
						m.Speaker = sp
					}
				}
				if m.Speaker == nil {
					if sp, at := x.personNamedLast(r); sp != nil {
						m.Speaker, ev = sp, event{pos: at, sp: *sp}
					}
				}
				if m.Speaker == nil && (r.pronoun == "he" || r.pronoun == "she") && !opensWithPronoun(m.Text, r.pronoun) {
					// `The girl, whose name cannot be published, attacked
					// Ivo Marsk.` ¶ `"...," she said.`: the one described;
					// not when the quote speaks of that one ("She was the
					// heart of this place," she said).
					m.Speaker = x.describedAntecedent(r)
				}
				if other := x.namesakeOf(m.Speaker, r.gender, r.span.Start); other != nil {
					// "On Sunday Holt posted ..." after "Ivy Holt, the
					// daughter of Bruno Holt,", then "she": the Holt of
					// her gender, not the one named last.
					m.Speaker = other
				}
				m.how = resPronoun
				if m.Speaker != nil {
					m.rival = ev.rival || x.names.rivalBetween(ev.pos, r.span.Start, m.Speaker.Name)
				}
			} else {
				if r.kind == "person" && r.named && r.gender == genderUnknown && !strings.Contains(r.name, " ") {
					r.gender = x.cueReflexiveGender(r.name, c.att.cue) // `Vell says he is`: the Vell who is a man
				}
				sp := x.speaker(r, r.span.Start)
				if named, ok := x.titledOf(r); ok {
					sp = *named
				} else if author, ok := x.documentFrom(r); ok {
					sp = *author
				} else if issuer, ok := x.documentIssuer(r); ok {
					sp = *issuer
				}
				if e, ok := lastEventIn(recent, x.paras[c.raw.para].Start, c.raw.start()); ok && sp.Outlet && c.att.how == attPost && len(c.pre) == 0 && len(c.att.cue) > 0 && (c.att.cue[0].low == "reported" || c.att.cue[0].low == "reports") && e.sp.Name != "" && !e.sp.Outlet {
					// `Her lawyer, Ivo Marsh, argued that ... "...," the
					// Herald reported at the time.`: the one reported
					// speaking just before in the paragraph said it; the
					// outlet reported it.
					sp = e.sp
				} else if named, ok := x.subjectDescribed(c, r, sp, recent); ok {
					sp = *named
				} else if named, ok := x.titleHolder(r, sp, recent); ok {
					sp = *named
				} else if named, ok := x.roleHolder(r, sp, recent); ok {
					sp = *named
				}
				m.Speaker = &sp
				m.how = resName
			}
			if m.Speaker != nil && m.Speaker.Kind == "person" && x.cueObjectNames(c, m.Speaker.Name) {
				// `He informed Vell that "..."`, `Vell said a stranger
				// came and told Vell that "..."`: the one told is not the
				// one telling; a pronoun goes to someone else, a name
				// read too far back to no one.
				sp := m.Speaker
				m.Speaker, m.rival = nil, true
				if r.pronoun != "" {
					m.Speaker, _ = x.antecedent(r, withoutSpeaker(recent, sp.Name))
				}
				if m.Speaker != nil && x.cueObjectNames(c, m.Speaker.Name) {
					m.Speaker = nil
				}
			}
			m.title = c.att.title
			if m.Speaker != nil && m.Speaker.Named {
				recent = append(recent, event{pos: r.span.Start, sp: *m.Speaker, rival: m.rival})
			} else if m.Speaker != nil && r.pronoun == "" {
				// `"...," said one former official.` then `he added`.
				recent = append(recent, event{pos: r.span.Start, sp: *m.Speaker, described: true, one: x.onePerson(r), the: x.thePerson(r)})
			}
			if x.isExcerpt(c, m) {
				recent = append(recent, x.excerptPersons(c)...)
			}
		}
		x.interviewSpeaker(c, &m)
		if m.Speaker == nil && !m.Partial && c.att.how == attNone && len(c.pre) == 0 && firstPersonWords(m.Text) {
			if sp := x.personOfParagraphBefore(c); sp != nil {
				m.Speaker, m.how = sp, resCarried
			} else if sp := x.pronounOfParagraphBefore(c, recent); sp != nil {
				m.Speaker, m.how = sp, resCarried
			}
		}
		if m.Speaker == nil && m.Partial && c.att.how == attNone && !c.att.title {
			if sp := x.wholeQuoteBefore(cands, i, out, index); sp != nil {
				// `"TA was ...," explains Vane. Here's how it worked: if
				// you ..., "you lost your turn."`: no one else speaks in
				// the paragraph; the words are the one quoted before.
				m.Speaker, m.how = sp, resCarried
			}
		}
		if m.Speaker == nil && m.Partial && c.att.how == attNone && (firstPersonWords(m.Text) || x.subjectWithOthers(c) && pluralFirstPersonWords(m.Text)) {
			if sp := x.firstPersonSubject(c, recent); sp != nil {
				m.Speaker, m.how = sp, resPronoun
			}
		}
		if m.Speaker == nil && m.Cue == "" && m.Credit == "" && wordCount(m.Text) < x.opt.minUnattributed() && !x.sentenceParagraph(c) {
			continue
		}
		if c.att.title && m.Partial && x.nobody(m) && m.Credit == "" && !captioned(c.pre) {
			// `The blog, titled "…"`: a work's name no one is said to
			// speak (a caption is a poster's own words).
			continue
		}
		if m.Partial && x.nobody(m) && wordCount(m.Text) < x.opt.minUnattributed() && !(m.Cue != "" && m.Credit != "") {
			// (Words a cue gives to someone an outlet is credited for
			// reporting are speech, whoever "he" is.)
			continue
		}
		index[i] = len(out)
		out = append(out, m)
	}
	x.mainSpeakerSpeaks(out)
	x.pulledQuotesSpeak(out)
	return out
}

// wholeQuoteBefore is the named speaker of the whole quotation just before
// quotation i in its paragraph, when the words between them name no one
// else, speak of no people unnamed (peopleIn), open no sentence of the
// writer's narration (narrationBetween) and report no one speaking; nil
// otherwise.
func (x *extractor) wholeQuoteBefore(cands []cand, i int, out []Mention, index map[int]int) *Speaker {
	c := &cands[i]
	if i == 0 || cands[i-1].raw.last != c.raw.para || hasCue(c.pre) {
		return nil
	}
	p := &cands[i-1]
	k, ok := index[i-1]
	if p.mergedInto >= 0 {
		k, ok = index[p.mergedInto]
	}
	if !ok || out[k].Speaker == nil || !out[k].Speaker.Named || out[k].Partial || p.att.how != attPost && p.att.how != attPre {
		return nil
	}
	sp := out[k].Speaker
	from, to := x.tokAt(p.raw.end()), x.tokAt(c.raw.start())
	if p.att.how == attPost && len(p.att.np) > 0 {
		from = x.tokAt(p.att.np[len(p.att.np)-1].e)
	}
	if from >= to || hasCue(x.toks[from:to]) || x.names.rivalBetween(x.toks[from].s, c.raw.start(), sp.Name) || peopleIn(x.toks[from:to]) || x.narrationBetween(from, to) {
		return nil
	}
	return sp
}

// narrationBetween reports whether a sentence opens between tokens from
// and to with a determiner, a thing of its own for its subject ("The yard
// was once the "beating heart" of Orvell"): the writer's narration, not
// the speaker before going on.
func (x *extractor) narrationBetween(from, to int) bool {
	for j := to - 1; j > from; j-- {
		if x.toks[j-1].sentenceEnd() {
			return isDeterminer(x.toks[j].low)
		}
	}
	return false
}

// peopleIn reports whether ts speaks of people or a body unnamed ("But
// inspectors found ...", "the council"): they, not the speaker before,
// may be the ones whose words are quoted next.
func peopleIn(ts []token) bool {
	return slices.ContainsFunc(ts, func(t token) bool {
		w := t.lower()
		return t.word && !t.capitalised() && speakerNoun(w)
	})
}

// pluralFirstPersonWords reports whether s speaks as "we".
func pluralFirstPersonWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(w) {
		case "we", "we're", "we’re", "we've", "we’ve", "us", "our":
			return true
		}
	}
	return false
}

// subjectWithOthers reports whether the sentence of quotation c opens with
// a name and "and" others, `Brisk and three colleagues "were sitting ...
// we heard ..."`: the named one speaks for them all.
func (x *extractor) subjectWithOthers(c *cand) bool {
	k := x.tokAt(c.raw.start())
	from := k
	for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		from--
	}
	j := from
	for j < k && x.toks[j].capitalised() {
		j++
	}
	return j > from && j < k && x.toks[j].low == "and" && (j+1 == k || !x.toks[j+1].capitalised())
}

// spouseOf reports whether the text calls someone the wife (for g
// female) or the husband (for g male) of the person of full name: "Mrs
// Arden" after "President Tomas Arden's wife Anna" is the wife, not the
// President. When the full name's given name has no known gender
// (givenUnknown), the spouse's given name must follow the word and be of
// gender g.
func (x *extractor) spouseOf(name string, g gender, givenUnknown bool) bool {
	var rel string
	switch g {
	case genderFemale:
		rel = "wife"
	case genderMale:
		rel = "husband"
	default:
		return false
	}
	n, low := strings.ToLower(name), x.lowerBefore(len(x.text))
	if !givenUnknown {
		return strings.Contains(low, n+"'s "+rel) || strings.Contains(low, n+"’s "+rel) || strings.Contains(low, rel+" of "+n)
	}
	if len(low) != len(x.text) {
		return false
	}
	for _, mark := range []string{"'s ", "’s "} {
		i := strings.Index(low, n+mark+rel)
		if i < 0 {
			continue
		}
		after := strings.FieldsFunc(x.text[i+len(n+mark+rel):min(len(x.text), i+len(n+mark+rel)+30)], func(r rune) bool { return r == ' ' || r == ',' })
		if len(after) > 0 && firstNameGender(after[0]) == g {
			return true // "Tomas Arden's wife Anna", "... wife, Ana"
		}
	}
	return false
}

// sentenceBefore is the byte the sentence before the one holding byte pos
// opens at.
func (x *extractor) sentenceBefore(pos int) int {
	start := x.sentenceFrom(x.tokAt(pos))
	if start == 0 {
		return -1
	}
	return x.toks[x.sentenceFrom(start-1)].s
}

// documentOwner is the one whose document speaks when the text says whose
// it is with a possessive before a written thing (authoredDocs), at most a
// capitalised word between: "Ada Holm's statement said", "Holm's message
// to the town was simple:", "the girl's letter", "Ada Holm's Twitter
// post". The possessor must be named or a word for a person; a body
// described ("the party's platform"), two possessors joined by "and", a
// document of a document ("the report's statement") and a thing about the
// one named ("Brek's indictment", "Brek's restraining order") are no
// owner.
func (x *extractor) documentOwner(r ref) (ref, bool) {
	k, end := x.tokAt(r.span.Start), x.tokAt(r.span.End)
	for j := k; j < end && j < k+5; j++ {
		t := x.toks[j]
		if !t.word {
			return ref{}, false
		}
		if !possessive(t.w) {
			continue
		}
		if j+1 >= end || !(authoredDocs[x.toks[j+1].lower()] || j+2 < end && x.toks[j+1].word && x.toks[j+1].capitalised() && !possessive(x.toks[j+1].w) && authoredDocs[x.toks[j+2].lower()]) {
			// "Ada Holm's lawyer's statement", "Brek's indictment",
			// "Holm's medical report": not the possessor's writing
			return ref{}, false
		}
		if slices.ContainsFunc(x.toks[k:j], func(t token) bool { return t.low == "and" }) {
			return ref{}, false // "Burton and Hammond's statement": both, or a firm
		}
		a := x.analyse(x.toks[k : j+1])
		if !a.ok() || a.kind == "document" || a.pronoun != "" {
			// "the report's statement": a document's; "Her statement": a
			// pronoun, resolved in text order or not at all
			return ref{}, false
		}
		if !a.named && !personWord(strings.ToLower(stripPossessive(x.toks[j].w))) {
			// "the party's 2008 platform": the document says more of
			// whose it is than "party"; "the girl's letter" is hers
			return ref{}, false
		}
		a.name = stripPossessive(a.name)
		return a, true
	}
	return ref{}, false
}

// authoredDocs are documents a possessive before them tells the author
// of: "Ada Holm's statement", "the girl's letter". A report, a ruling, an order,
// an article or an indictment is as often about the one named.
var authoredDocs = text.WordSet(`statement statements letter message post tweet tweets email e-mail note memo memorandum
speech op-ed column essay blog editorial`)
