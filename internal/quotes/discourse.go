package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// discourse is an article's model of who and what its narration speaks
// of, built once (discourse) for the pronouns and statements that name no
// one: every mention outside quotations of a person by name, of one person
// by a description and no name ("a witness", "one passenger", "the
// 45-year-old driver"), of people as a group ("residents") and of a body
// ("The army", "Kelm Water", "the company"), in text order, each with
// whether it opens its sentence as the subject.
type discourse struct {
	ms []dmention
}

// dmKind is what a mention of the discourse model speaks of.
type dmKind uint8

const (
	dmNamed     dmKind = iota // a person by name
	dmDescribed               // one person by a description, no name
	dmGroup                   // people as a group: "residents", "police"
	dmBody                    // an organisation
	dmNone                    // read, and none of these
)

// dmention is one mention of the discourse model.
type dmention struct {
	pos     int // byte where the mention starts
	sent    int // byte where its sentence starts
	para    int
	kind    dmKind
	subject bool   // it opens its sentence, before the verb
	last    string // a named person's surname, lower case
	gender  gender
	// gone: its sentence tells of a death ("A man died"), so the one
	// described speaks no more.
	gone bool
	sp   *Speaker // the description or body as a speaker, once read
	// np is the description, or the sentence a body opens, until read.
	np []token
	// head is a definite description's head word ("driver" in "the
	// 45-year-old driver"): it may be a person named before.
	head string
}

// bodyHeads are nouns for an organisation that orgNouns leaves out, the
// head of a body opening a sentence: "The army said".
var bodyHeads = text.WordSet("army military navy ministry company club police airline hospital school university council government")

// subjectOpeners are words that may stand before a sentence's subject:
// "But a witness said".
var subjectOpeners = text.WordSet("but and then later meanwhile still yet so")

// discourse is the article's discourse model, built on first use.
func (x *extractor) discourse() *discourse {
	if x.model != nil {
		return x.model
	}
	d := &discourse{}
	x.model = d
	pi := 0
	for i := 0; i < len(x.toks); {
		end := i + 1
		for end < len(x.toks) && !x.toks[end-1].sentenceEnd() && !x.lineBetween(end-1, end) {
			end++
		}
		for ; pi < len(x.names.persons) && x.names.persons[pi].pos < x.toks[i].s; pi++ {
		}
		from := pi
		for ; pi < len(x.names.persons) && x.names.persons[pi].pos < x.toks[end-1].e; pi++ {
		}
		x.sentenceMentions(d, x.toks[i:end], x.names.persons[from:pi])
		i = end
	}
	return d
}

// sentenceMentions adds to d the mentions of sentence sent, whose names
// are named, in text order.
func (x *extractor) sentenceMentions(d *discourse, sent []token, named []personAt) {
	if len(sent) == 0 {
		return
	}
	para := x.paraOf(sent[0].s)
	open := sent
	for len(open) > 2 && subjectOpeners[open[0].low] {
		open = open[1:]
	}
	for j := 1; j < len(open) && j < 5; j++ {
		if open[j].is(",") && (!open[0].capitalised() || timeWords[open[0].low] || prepositions[open[0].low]) {
			open = open[j+1:] // "On Monday, a witness ...", "Later that day, the army ..."
			break
		}
	}
	narrated := !x.inQuote(sent[0].s) && !isMarkToken(sent[0])
	gone := false
	for _, t := range sent {
		if deadWords[t.low] && !x.inQuote(t.s) {
			gone = true
		}
	}
	first := len(d.ms)
	add := func(m dmention) {
		m.sent, m.para, m.gone = sent[0].s, para, gone
		d.ms = append(d.ms, m)
	}
	subjectAt := -1
	if narrated && len(open) >= 2 {
		// The description or body is read (analyse) only when a pronoun
		// or a statement asks for it (speakerOf).
		subjectAt = open[0].s
		if np := describedOpeningWith(open, true); np != nil && onePersonNP(np, open[len(np):]) {
			m := dmention{pos: np[0].s, kind: dmDescribed, subject: true, np: np, gender: roleGender(spanText(x.text, np))}
			if np[0].low == "the" {
				m.head = np[len(np)-1].lower()
			}
			add(m)
		} else if groupOpening(open) {
			add(dmention{pos: open[0].s, kind: dmGroup, subject: true})
		} else if bodyRunEnd(open) > 0 && !slices.ContainsFunc(named, func(p personAt) bool { return p.pos == open[0].s }) {
			add(dmention{pos: open[0].s, kind: dmBody, subject: true, np: open})
		}
	}
	for j, t := range sent {
		// People brought in as objects ("He met a woman who ...", "told
		// a talk show host") are too often only spoken of to count as
		// the ones who speak next; groups are kept, for what opens
		// sentences only.
		if x.inQuote(t.s) || t.s == subjectAt || j == 0 {
			continue
		}
		w := t.lower()
		switch {
		case t.word && !t.capitalised() && (groupNouns[w] || pluralOfPerson(w)):
			add(dmention{pos: t.s, kind: dmGroup})
		}
	}
	for _, p := range named {
		fn, _ := x.names.full(p.last, p.pos, genderUnknown)
		m := dmention{pos: p.pos, kind: dmNamed, last: p.last, gender: fn.gender, subject: narrated && len(open) > 0 && x.titlesOnlyBefore(x.tokAt(open[0].s), p.pos)}
		if fn.gender == genderUnknown {
			m.gender = x.names.surnameGender[p.last]
		}
		add(m)
	}
	slices.SortStableFunc(d.ms[first:], func(a, b dmention) int { return a.pos - b.pos })
}

// onePersonNP reports whether np, a description opening with a
// determiner, is of one person: its head no thing ("The water rose",
// "The incident"), and a definite one's head a word for a person by
// itself ("the driver", "the 45-year-old") rather than by its ending.
func onePersonNP(np []token, rest []token) bool {
	if len(rest) > 1 && rest[0].is(",") && rest[1].capitalised() {
		return false // "Another spectator, Brel,": a name, the rules for names'
	}
	head := np[len(np)-1].lower()
	if notPersonWords[head] {
		return false
	}
	if np[0].low != "the" {
		return true
	}
	return roleWord(head) || strings.HasSuffix(head, "year-old") || strings.HasSuffix(head, "driver")
}

// bodyRunEnd is the end of a body's name or noun opening sentence ts
// before its verb ("The army said", "Kelm Water issued", "The Ardenian
// army said"); 0 if none may.
func bodyRunEnd(ts []token) int {
	k := subjectRunEnd(ts)
	if k > 0 && k < len(ts) && bodyHeads[ts[k].low] {
		k++ // "The Ardenian army said"
	}
	if k == 0 && len(ts) > 2 && ts[0].low == "the" && bodyHeads[ts[1].low] && ts[2].word && !ts[2].capitalised() && !prepositions[ts[2].low] {
		k = 2
	}
	return k
}

// speakerOf reads mention m, a description or a body, once: the speaker
// it is, or nil when reading shows it is neither (m becomes dmNone).
func (x *extractor) speakerOf(m *dmention) *Speaker {
	if m.np == nil {
		return m.sp
	}
	np := m.np
	m.np = nil
	switch m.kind {
	case dmDescribed:
		if desc := x.analyse(np); desc.ok() && !desc.named && desc.pronoun == "" && (desc.kind == "person" || desc.kind == "") {
			desc.kind = "person"
			if sp := x.speaker(desc, np[0].s); !sp.Named {
				m.sp = &sp
			}
		}
	case dmBody:
		k := bodyRunEnd(np)
		b := x.analyse(np[:k])
		if b.ok() && b.pronoun == "" && !(b.named && b.kind == "person") && (b.kind == "organization" || bodyHeads[np[k-1].lower()] || orgNouns[np[k-1].lower()]) {
			b.kind = "organization"
			if sp := x.speaker(b, np[0].s); !sp.Outlet {
				m.sp = &sp
			}
		}
	}
	if m.sp == nil {
		m.kind = dmNone
	}
	return m.sp
}

// groupOpening reports whether sentence ts opens with people as a group
// before a verb: "Residents said", "Local fishermen have", "Police
// believe".
func groupOpening(ts []token) bool {
	for j := 0; j < len(ts)-1 && j < 3; j++ {
		w := ts[j].lower()
		if !ts[j].word || j > 0 && ts[j].capitalised() {
			return false
		}
		if groupNouns[w] || pluralOfPerson(w) {
			next := ts[j+1]
			return next.word && !next.capitalised() && !prepositions[next.low]
		}
	}
	return false
}

// before is the model's mentions that start before byte pos, from the
// paragraph before pos's on.
func (d *discourse) before(x *extractor, pos int) []dmention {
	hi := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].pos >= pos })
	lo := hi
	for p := x.paraOf(pos) - 1; lo > 0 && d.ms[lo-1].para >= p; lo-- {
	}
	return d.ms[lo:hi]
}
