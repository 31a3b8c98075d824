package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// turnKind is what a paragraph of an interview is: a question, an answer,
// or neither (the lead, narrative).
type turnKind byte

const (
	turnNone turnKind = iota
	turnQuestion
	turnAnswer
)

// interview is an article's question-and-answer layout: `Q: ...` / `A:
// ...` turns, turns opening with the speaker's name (`Kastel: ...`), or
// questions set alone in their paragraph, each answered by a quotation.
type interview struct {
	turn []turnKind // by paragraph; a paragraph without a label goes on the turn before it
	// who speaks each answer, by paragraph: the one interviewed, or the
	// person a named turn opens with; nil when the text names no one.
	who []*Speaker
}

// maxQuestionWords is the longest question set alone in its paragraph.
const maxQuestionWords = 30

// interviewLayout reads the article's interview layout once; nil when the
// article is none.
func (x *extractor) interviewLayout() *interview {
	if x.qaRead {
		return x.qa
	}
	x.qaRead = true
	// kinds and labels are made only for an article with a label: most
	// have none, and this runs for every article with a quotation.
	var kinds []turnKind
	var labels []string
	nq, na, first := 0, 0, -1
	var labelled map[string]int
	for p, sp := range x.paras {
		k, label := qaLabel(x.text[sp.Start:sp.End])
		switch {
		case k != turnNone:
			if kinds == nil {
				kinds = make([]turnKind, len(x.paras))
			}
			kinds[p] = k
			if k == turnQuestion {
				nq++
			} else {
				na++
			}
			if first < 0 {
				first = p
			}
		case label != "":
			if labels == nil {
				labels, labelled = make([]string, len(x.paras)), map[string]int{}
			}
			labels[p] = label
			labelled[label]++
		}
	}
	n := len(x.paras)
	var iv *interview
	switch {
	case nq >= 1 && na >= 1 && nq+na >= 3:
		iv = newInterview(n)
		who := x.interviewee(first)
		last := turnNone
		for p := first; p < len(x.paras); p++ {
			if kinds[p] != turnNone {
				last = kinds[p]
			}
			iv.turn[p] = last
			if last == turnAnswer {
				iv.who[p] = who
			}
		}
	case labels != nil && x.namedTurns(labels, labelled, &iv):
	default:
		first = -1
		pairs := 0
		for p := 0; p+1 < len(x.paras); p++ {
			if x.questionAlone(p) && x.opensWithMark(p+1) {
				if x.cueAfterQuote(p + 1) {
					// `What comes next? ¶ "A new vote," said Mayor Ivo
					// Kerr.`: a story asking its own questions, no
					// interview.
					return nil
				}
				if kinds == nil {
					kinds = make([]turnKind, n)
				}
				kinds[p] = turnQuestion
				pairs++
				if first < 0 {
					first = p
				}
			}
		}
		if pairs < 2 {
			return nil
		}
		who := x.interviewee(first)
		if who == nil {
			return nil
		}
		iv = newInterview(n)
		last := turnNone
		for p := first; p < len(x.paras); p++ {
			switch {
			case kinds[p] == turnQuestion:
				last = turnQuestion
			case last == turnQuestion:
				last = turnAnswer
			}
			iv.turn[p] = last
			if last == turnAnswer {
				iv.who[p] = who
			}
		}
	}
	x.qa = iv
	return iv
}

// newInterview is an interview of n paragraphs, none a turn yet.
func newInterview(n int) *interview {
	return &interview{turn: make([]turnKind, n), who: make([]*Speaker, n)}
}

// namedTurns makes out when two people or more each open two paragraphs or
// more with their name and a colon (`Hollis: Your new book ...`, `Kastel:
// Not at all.`): each of those paragraphs, and the unlabelled ones after
// it, is the named person's answer. One person so labelled is enough when
// a paper or another body asks the questions under a label of its own
// (`Harbour Times: ...` / `Ines Calloway: ...`): its turns are questions.
// A label used once that gives a labelled person's surname alone or
// after an honorific of their sex (`Mrs. Calloway:`, `Calloway:`; not
// `Tomas Calloway:` or `Mr. Calloway:` for Helen) is that person's.
func (x *extractor) namedTurns(labels []string, labelled map[string]int, out **interview) bool {
	persons := map[string]*Speaker{}
	var once []string
	asker := false
	for label, n := range labelled {
		at := strings.Index(x.text, label+":")
		ts := x.toks[x.tokAt(at):x.tokAt(at+len(label))]
		sp := x.speaker(x.analyse(ts), at)
		switch {
		case sp.Kind != "person" || !sp.Named || !x.namedPerson(sp.Name):
			asker = asker || n >= 2 && sp.Kind == "organization"
		case n >= 2:
			persons[label] = &sp
		default:
			once = append(once, label)
		}
	}
	if len(persons) < 2 && (len(persons) == 0 || !asker) {
		return false
	}
	for _, label := range once {
		ws := strings.Fields(strings.ToLower(label))
		if len(ws) > 2 || len(ws) == 2 && !isHonorific(ws[0]) {
			continue // "Tomas Calloway:" is someone else than Helen Calloway
		}
		last := ws[len(ws)-1]
		want := genderUnknown
		if len(ws) == 2 {
			want = honorificGender(ws[0])
		}
		var same *Speaker
		for _, sp := range persons {
			if ws := strings.Fields(strings.ToLower(sp.Name)); ws[len(ws)-1] == last && sp.gender.compatible(want) {
				if same != nil && same.Name != sp.Name {
					same = nil
					break
				}
				same = sp
			}
		}
		if same != nil {
			persons[label] = same
		}
	}
	iv := newInterview(len(labels))
	*out = iv
	var who *Speaker
	asking := false
	for p, label := range labels {
		if label != "" {
			who = persons[label]
			asking = who == nil && labelled[label] >= 2
		}
		switch {
		case who != nil:
			iv.turn[p], iv.who[p] = turnAnswer, who
		case asking:
			iv.turn[p] = turnQuestion
		}
	}
	return true
}

// namedPerson reports whether the text names a person called name outside
// the labels: `the novelist Imre Kastel` for the label `Kastel:`.
func (x *extractor) namedPerson(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	last := ws[len(ws)-1]
	return len(x.names.byLast[last]) > 0 || len(x.names.byFirst[ws[0]]) > 0
}

// interviewee is the one person the paragraphs before paragraph first
// name: the lead of an interview, `Dario Venn, the new head of Northline
// Rail, took our questions.` A body or a place named there is no one; when
// the lead names more than one, the one it gives a role, a title or a
// gender, or the one the headline names, when only one is, is the one
// interviewed. A headline that names one person by a given name and a
// surname names the one interviewed when the lead names no one but in a
// profile's fields ("Family: Husband Tomas, 47"): a lead that names
// someone in a sentence ("Ivo Kerr took our questions.") names the one
// interviewed.
func (x *extractor) interviewee(first int) *Speaker {
	if first <= 0 {
		return nil
	}
	title := x.titlePerson()
	var all []fullName
	strong := map[string]bool{}
	introduced := false // the lead names someone outside a profile's fields
	for _, at := range x.names.persons {
		if at.pos >= x.paras[first].Start {
			break
		}
		fn, ok := x.names.full(at.last, at.pos+1, genderUnknown)
		if !ok {
			continue
		}
		if !slices.ContainsFunc(all, func(o fullName) bool { return o.name == fn.name }) {
			ts := x.toks[x.tokAt(fn.pos):x.tokAt(fn.pos+len(fn.name))]
			if sp := x.speaker(x.analyse(ts), fn.pos); sp.Kind != "person" || !sp.Named || isPlace(fn.name) {
				continue
			}
			all = append(all, fn)
		}
		if fn.appos != "" || fn.role != "" || fn.gender != genderUnknown || strings.Contains(x.title, fn.name) {
			strong[fn.name] = true
		}
		if fn.appos != "" || fn.role != "" || !x.fieldLine(x.paraOf(fn.pos)) {
			introduced = true
		}
	}
	if title != nil && !introduced {
		return title
	}
	if len(all) == 1 {
		return all[0].speaker()
	}
	var who *Speaker
	for _, fn := range all {
		if !strong[fn.name] {
			continue
		}
		if who != nil {
			return nil
		}
		who = fn.speaker()
	}
	return who
}

// titlePerson is the one person the headline names by a given name and a
// surname ("How Maren Holt Does It"), nil when it names none or more than
// one.
func (x *extractor) titlePerson() *Speaker {
	ws := strings.Fields(x.title)
	var found *Speaker
	for i := 0; i+1 < len(ws); i++ {
		first := strings.ToLower(strings.Trim(ws[i], `"“”‘’'(`))
		g := genderUnknown
		switch {
		case femaleNames[first]:
			g = genderFemale
		case maleNames[first]:
			g = genderMale
		default:
			continue
		}
		last := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(ws[i+1], "'s"), "’s"), `,.:;!?"”’'`)
		r, _ := utf8.DecodeRuneInString(last)
		if utf8.RuneCountInString(last) < 2 || !unicode.IsUpper(r) || sharedFirstNames[first] {
			continue
		}
		if found != nil {
			return nil
		}
		name := strings.Trim(ws[i], `"“”‘’'(`) + " " + last
		found = &Speaker{Name: name, Kind: "person", Named: true, gender: g, written: name}
		i++
	}
	return found
}

// qaLabel reads the label a paragraph opens with: `Q:`, `Question:`, `A.`,
// `Answer -` give the turn's kind; a name of one to three capitalised
// words before a colon (`Kastel:`, `Wendy Hollis:`) is returned as written.
func qaLabel(s string) (turnKind, string) {
	s = strings.TrimLeft(s, " \t*\"“‘'")
	word := 0
	for word < len(s) && (s[word] >= 'A' && s[word] <= 'Z' || s[word] >= 'a' && s[word] <= 'z') {
		word++
	}
	if word == 0 || word == len(s) {
		return turnNone, ""
	}
	rest := s[word:]
	switch {
	case word == 1 && (s[0] == 'Q' || s[0] == 'q'), word == 8 && strings.EqualFold(s[:word], "question"):
		if labelMark(rest) {
			return turnQuestion, ""
		}
	case word == 1 && (s[0] == 'A' || s[0] == 'a'), word == 6 && strings.EqualFold(s[:word], "answer"):
		if labelMark(rest) {
			return turnAnswer, ""
		}
	}
	return turnNone, s[:nameLabel(s)]
}

// labelMark reports whether s, the rest of a paragraph after its first
// word, goes on after a label's mark: `: `, `. `, ` - `, ` — `.
func labelMark(s string) bool {
	for _, m := range []string{": ", ". ", " - ", " – ", " — ", ":\u00a0"} {
		if strings.HasPrefix(s, m) {
			return len(s) > len(m)
		}
	}
	return false
}

// nameLabel is the length of a name of one to three capitalised words
// before a colon opening s (`Wendy Hollis: ...`); 0 when s opens with none.
func nameLabel(s string) int {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 40 {
		return 0
	}
	words := 0
	for rest, more := s[:i], true; more; {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' }) {
			return 0
		}
		if words++; words > 3 {
			return 0
		}
	}
	return i
}

// questionAlone reports whether paragraph p is a question alone, with no
// quotation mark: `What was the worst night?`
func (x *extractor) questionAlone(p int) bool {
	s := strings.TrimSpace(x.text[x.paras[p].Start:x.paras[p].End])
	return strings.HasSuffix(s, "?") && strings.Count(s, " ") < maxQuestionWords && !strings.ContainsAny(s, "\"“”‘’")
}

// opensWithMark reports whether paragraph p opens with a quotation mark.
func (x *extractor) opensWithMark(p int) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(x.text[x.paras[p].Start:x.paras[p].End]))
	return r == '"' || r == '“'
}

// interviewSpeaker gives an interview's turns their speakers: a quote
// given to the label `Q:` or `A:` is the interviewer's (no one named) or
// the one interviewed; in an answer, a quote told by "I" or "me", one by
// "he" or "she" that found no one or someone named only in the questions,
// and a quote with no cue of its own opening the answer are the
// answerer's.
func (x *extractor) interviewSpeaker(c *cand, m *Mention) {
	iv := x.interviewLayout()
	if iv == nil {
		return
	}
	p := c.raw.para
	k, who := iv.turn[p], iv.who[p]
	if k == turnNone {
		return
	}
	if c.att.how == attColon && isQALabel(m.SpeakerText) {
		m.Cue, m.SpeakerText, m.SpeakerSpan = "", "", corroborate.Span{}
		m.Speaker = nil
		if k == turnAnswer && who != nil {
			m.Speaker, m.how = who, resCarried
		}
		return
	}
	if k != turnAnswer || who == nil {
		return
	}
	switch pron := strings.ToLower(m.SpeakerText); {
	case pron == "i" || pron == "me":
		m.Speaker, m.how = who, resPronoun
	case pron == "he" || pron == "she":
		g := genderMale
		if pron == "she" {
			g = genderFemale
		}
		if (m.Speaker == nil || x.namedOnlyInQuestions(m.Speaker.Name, iv)) && who.gender.compatible(g) {
			m.Speaker, m.how = who, resPronoun
		}
	case m.Cue == "" && m.SpeakerText == "" && !m.Partial && x.opensTurn(c) && (m.Speaker == nil || x.namedOnlyInTurns(m.Speaker.Name, iv)):
		// A quotation that opens the answer and has no cue of its own is
		// the answerer's, also when the speaker found for it is words of
		// a question ("What type of mother …?" named one "What type").
		m.Speaker, m.how = who, resCarried
	case m.Speaker == nil && c.att.how == attNone && firstPersonCue(c.pre):
		// `A. ... I said they were "tired but safe,"`: narration's "I" is
		// the writer's, an answer's the one answering.
		m.Speaker, m.how = who, resPronoun
	}
}

// firstPersonCue reports whether "I" and a speech verb, a word or two apart,
// stand in the sentence before a quotation: `I said they were`, `I
// always told them`.
func firstPersonCue(pre []token) bool {
	for i, t := range pre {
		if !t.word || t.w != "I" {
			continue
		}
		for j := i + 1; j < min(len(pre), i+3); j++ {
			if cueVerbs[pre[j].low] {
				return true
			}
		}
	}
	return false
}

// isQALabel reports whether s is a question's or an answer's label.
func isQALabel(s string) bool {
	switch strings.ToLower(s) {
	case "q", "a", "question", "answer":
		return true
	}
	return false
}

// namedOnlyInQuestions reports whether every naming of the person called
// name stands in a question of the interview.
func (x *extractor) namedOnlyInQuestions(name string, iv *interview) bool {
	ws := strings.Fields(strings.ToLower(name))
	last := ws[len(ws)-1]
	p, seen := 0, false
	for _, at := range x.names.persons {
		if at.last != last {
			continue
		}
		for p+1 < len(x.paras) && x.paras[p+1].Start <= at.pos {
			p++
		}
		if iv.turn[p] != turnQuestion {
			return false
		}
		seen = true
	}
	return seen
}

// fieldLine reports whether paragraph p is a profile's field, a short
// label and a colon opening a short line ("Age: 51", "Family: Husband
// Tomas, 49; sons Ivo and Pell").
func (x *extractor) fieldLine(p int) bool {
	s := x.text[x.paras[p].Start:x.paras[p].End]
	k := strings.Index(s, ":")
	return k > 0 && len(strings.Fields(s[:k])) <= 3 && len(strings.Fields(s)) <= 20
}

// cueAfterQuote reports whether paragraph p, which opens with a quotation,
// gives it a cue of its own after the closing mark (`"…," said Ivo Kerr.`).
func (x *extractor) cueAfterQuote(p int) bool {
	s := x.text[x.paras[p].Start:x.paras[p].End]
	k := strings.LastIndexAny(s, "\"”")
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(s[k:]) {
		if cueVerbs[strings.ToLower(strings.Trim(w, ",.;:!?\"”"))] {
			return true
		}
	}
	return false
}

// namedOnlyInTurns reports whether a word of name stands only in the
// interview's questions and the lines before its first turn (a profile's
// fields: "Family: Husband Tomas"): the name was read from them, and no
// one the story names as a speaker is called so.
func (x *extractor) namedOnlyInTurns(name string, iv *interview) bool {
	for _, w := range strings.Fields(name) {
		elsewhere := false
		for p, sp := range x.paras {
			if iv.turn[p] == turnQuestion || iv.turn[p] == turnNone && !slices.Contains(iv.turn[:p], turnAnswer) {
				continue
			}
			if containsWord(x.text[sp.Start:sp.End], w) {
				elsewhere = true
				break
			}
		}
		if !elsewhere {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = b
	}
}

// opensTurn reports whether the quotation opens its paragraph, or follows
// only the paragraph's label.
func (x *extractor) opensTurn(c *cand) bool {
	s := strings.TrimSpace(x.text[x.paras[c.raw.para].Start:c.raw.start()])
	s = strings.TrimRight(strings.TrimLeft(s, "*"), ":.-–— *")
	return s == "" || isQALabel(s) || nameLabel(s+": x") == len(s) // (only for a quote in an interview's turn)
}
