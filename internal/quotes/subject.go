package quotes

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// subjectJustBefore reads the short sentence right before quotation c in
// its paragraph when that sentence opens with a person's name and names no
// one else: `Lena Okafor was blunt. "This is a mistake."`
func (x *extractor) subjectJustBefore(c *cand, recent []event) (*Speaker, bool) {
	if x.startsParagraph(c) || !x.endsSentence(c) {
		return nil, false
	}
	sp, _, ok := x.leadIn(c, recent)
	return sp, ok
}

// leadIn reads the short sentence right before quotation c in its
// paragraph when it opens with a person's name, or a "he" or "she" that
// resolves, and names no one else; from is where that sentence starts.
func (x *extractor) leadIn(c *cand, recent []event) (*Speaker, int, bool) {
	if x.startsParagraph(c) {
		return nil, 0, false
	}
	ts := x.toks[c.before[0]:c.before[1]]
	if len(ts) == 0 || !ts[len(ts)-1].sentenceEnd() {
		return nil, 0, false
	}
	from := 0
	for j := len(ts) - 2; j >= 0; j-- {
		if ts[j].sentenceEnd() || isMarkToken(ts[j]) {
			from = j + 1
			break
		}
	}
	if c.before[0] != x.tokAt(x.paras[c.raw.para].Start) && from == 0 {
		return nil, 0, false // the sentence began inside another quotation
	}
	sent := ts[from:]
	words := wordCountTokens(sent)
	if words > 2*maxLeadInWords {
		return nil, 0, false
	}
	if len(sent) > 0 && (sent[0].low == "he" || sent[0].low == "she") && words <= maxLeadInWords {
		r := x.analyse(sent[:1])
		ante, e := x.antecedent(r, recent)
		if sp, from, ok := x.namedSince(r, c.raw.para, recent, e); ok && ante != nil {
			ante, e = sp, event{pos: from, sp: *sp}
		}
		if ante == nil || x.names.rivalBetween(e.pos, c.raw.start(), ante.Name) {
			return nil, 0, false
		}
		return ante, sent[0].s, true
	}
	n := 0
	for n < len(sent) && n < 8 && (sent[n].capitalised() || isInitial(sent[n]) || sent[n].particleName()) {
		n++
	}
	if n == 0 || n == len(sent) || !(sent[n].word || sent[n].is(",")) || sent[n].capitalised() {
		return nil, 0, false
	}
	r := x.analyse(sent[:n])
	if !r.named || r.kind != "person" || r.pronoun != "" || (n == 1 && !strings.Contains(x.speaker(r, sent[0].s).Name, " ")) {
		return nil, 0, false
	}
	if x.names.rivalBetween(sent[0].s, c.raw.start(), r.name) {
		return nil, 0, false
	}
	named := x.speaker(r, sent[0].s)
	return &named, sent[0].s, true
}

// subjectOfSentenceBefore is the person named as the subject of the
// sentence right before quotation c, in its paragraph or ending the one
// before, for a "he" or "she" after the quotation: the sentence names that
// one person only, at its start, after a comma ("Despite the odds, his
// aunt, Nadia Ferro, believes ...") or after titles, and not as a
// possessor ("Lenz's wife"); from is where the sentence starts. A name
// in apposition to a role that opens the sentence ("Ostland's acting
// Transport Minister, Hamid Hussa,") takes that role; byRole is set when
// the role is all that makes a name of no known gender a person.
func (x *extractor) subjectOfSentenceBefore(c *cand, r ref) (sp *Speaker, from int, byRole bool, ok bool) {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil, 0, false, false
	}
	k := x.tokAt(c.raw.start())
	switch {
	case c.att.how == attPost && len(c.pre) == 0:
	case c.att.how == attPre && len(c.att.np) == 1 && c.att.np[0].s == c.pre[0].s && c.att.np[0].capitalised():
		// `Then, Tapp had enough. He said that the guest was
		// "obsequious"`: the pronoun opens the quote's sentence.
		k = x.tokAt(r.span.Start)
	default:
		return nil, 0, false, false
	}
	if k == 0 || !x.toks[k-1].sentenceEnd() {
		return nil, 0, false, false
	}
	from = k - 1
	for from > 0 && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) {
		if isMarkToken(x.toks[from-1]) {
			// `Following their hit "Black Water," Simmons teed up the
			// cameo.`: a title inside the sentence is part of it.
			if o := x.quoteOpening(from - 1); o > 0 {
				from = o
				continue
			}
			break
		}
		from--
	}
	if x.paraOf(x.toks[from].s) < c.raw.para-1 || x.inQuote(x.toks[from].s) || from > 0 && isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		return nil, 0, false, false
	}
	if participleOpeners[x.toks[from].low] {
		// "Asked about Trump's remark, Christie blamed Clinton.": the
		// clause after the opening participle's comma has the subject
		for j := from + 1; j < k-2; j++ {
			if isMarkToken(x.toks[j]) {
				break
			}
			if x.toks[j].is(",") {
				from = j + 1
				break
			}
		}
	}
	sent := x.toks[from : k-1]
	if len(sent) == 0 || wordCountTokens(sent) > 4*maxLeadInWords {
		return nil, 0, false, false
	}
	var who personAt
	if t := sent[0]; t.word && t.capitalised() && len(x.names.byLast[t.lower()]) > 0 && !x.names.namesakes(t.lower()) && x.opensAsSubject(from, personAt{pos: t.s, last: t.lower()}) {
		// "Morrison was the third witness ...": a surname the text gave
		// in full before opens the sentence as its subject.
		who = personAt{pos: t.s, last: t.lower()}
	}
	for _, p := range x.names.persons {
		if p.pos < sent[0].s || p.pos >= x.toks[k-1].s {
			continue
		}
		if who.last != "" && who.last != p.last && isPlace(p.last) {
			continue // "Longtime Boston resident Peter Lind": a place, then the name
		}
		if who.last != "" && who.last != p.last && isPlace(who.last) {
			who = p
			continue
		}
		if who.last != "" && who.last != p.last && x.kinOfSubject(p.pos) {
			continue // "Prince Oren, ... as his father King Abel": the subject's kin
		}
		if who.last != "" && who.last != p.last && x.opensAsSubject(from, who) {
			continue // "Morrison was the third witness who heard Trump's call": the others are objects
		}
		if who.last != "" && who.last != p.last {
			return nil, 0, false, false // two people: no one subject
		}
		who = p
	}
	if who.last == "" {
		who = x.knownSurnameIn(sent)
	}
	if who.last == "" {
		return nil, 0, false, false
	}
	j := x.tokAt(who.pos)
	end := j
	for end < k && x.toks[end].lower() != who.last {
		end++
	}
	if end >= k-1 || possessive(x.toks[end].w) {
		return nil, 0, false, false
	}
	start := j
	for start > from && (x.toks[start-1].capitalised() || isInitial(x.toks[start-1])) {
		start--
	}
	described := start > from && !x.toks[start-1].is(",") && x.describedOpening(from, start) ||
		start > from+1 && x.toks[start-1].is(",") && x.describedOpening(from, start-1) && x.toks[start-2].word && (titles[x.toks[start-2].lower()] || !x.toks[start-2].capitalised() && personWord(x.toks[start-2].lower())) && !x.diedAfter(end)
	if described {
		// "Harbour newcomer and keen sailor Simon Lind was ...": the
		// words before the name describe him; the name opens the sentence.
		start = j
	} else if start > from && !commaBefore(x.toks[from:], start-from) || notNameWord(x.toks[start]) {
		return nil, 0, false, false // "accused Lenz of ...": an object; "Like Lenz, ..."
	}
	if start > from && !described && wordCountTokens(sent) > 2*maxLeadInWords {
		return nil, 0, false, false // a long sentence is about its opening name only
	}
	bracketed := x.toks[end+1].is("(")
	if next := x.toks[end+1]; !next.is(",") && !(bracketed && x.partyOrTitlesInBrackets(end+1)) && !(next.word && !next.capitalised()) {
		return nil, 0, false, false
	}
	found := x.speaker(x.analyse(x.toks[start:end+1]), who.pos)
	sp = &found
	g := sp.gender
	if g == genderUnknown {
		g = x.told[sp.Name]
	}
	if g == genderUnknown {
		g = x.genderShown(x.toks[end].s, x.toks[k-1].s)
	}
	if g == genderUnknown && start > from && x.toks[start-1].is(",") {
		// `The mother of one passenger, Greta Holm, wept.`: the role the
		// name stands in apposition to.
		g = roleGender(spanText(x.text, x.toks[from:start-1]))
	}
	if described && x.toks[start-1].is(",") && len(sp.Roles) == 0 {
		byRole = g == genderUnknown
		// "Ostland's acting Transport Minister, Hamid Hussa, ...": the
		// role the name stands in apposition to is theirs.
		sp.Roles = []string{spanText(x.text, x.toks[from:start-1])}
	}
	if bracketed && (x.diedAfter(end) || x.befallsSubject(end, k-1) || x.quoteSpeaksOfThird(c, g)) {
		// `Senator Ivo Brek (R-Ohio) was indicted on Monday. "He took
		// bribes," he said.`: one the sentence tells something befell,
		// or whom the quotation speaks of, is its topic, not its
		// speaker.
		return nil, 0, false, false
	}
	if sp.Kind != "person" || !sp.Named || !g.compatible(r.gender) || g == genderUnknown && len(sp.Roles) == 0 {
		// A person is known by a first name or a "she" of theirs, or
		// by a title ("Prime Minister Otto Lenz"): "In that sense, Sandy
		// Hook was ..." names a place.
		return nil, 0, false, false
	}
	return sp, sent[0].s, byRole, true
}

// opensAsSubject reports whether the name of who opens the sentence at
// toks[from], titles aside, and a lower-case verb follows it: "Morrison
// was ...", not "Morrison and Volker were ..." nor "Morrison, ...".
func (x *extractor) opensAsSubject(from int, who personAt) bool {
	j := from
	for j < len(x.toks) && j < from+5 && x.toks[j].capitalised() && x.toks[j].lower() != who.last {
		j++
	}
	if j >= len(x.toks)-1 || x.toks[j].lower() != who.last || x.toks[j].s < who.pos {
		return false
	}
	for k := from; k < j; k++ {
		if !titleToken(x.toks[k]) && !x.toks[k].capitalised() {
			return false
		}
	}
	next := x.toks[j+1]
	return next.word && !next.capitalised() && next.low != "and" && next.low != "or" && !possessive(x.toks[j].w) && (auxiliaries[next.low] || copulas[next.low] || strings.HasSuffix(next.low, "ed") || strings.HasSuffix(next.low, "s") || pastVerbs[next.low])
}

// pastOrigin is sent past a description (afterOrigin) and role that opens it,
// "Norland-born Varden actress Ilse Morrow, who ...": from the name on.
// sent is returned whole when it opens otherwise.
func pastOrigin(sent []token) []token {
	if len(sent) < 3 || len(afterOrigin(sent[:1])) != 0 {
		return sent
	}
	j := 1
	for j < len(sent) && j < 4 && sent[j].capitalised() {
		j++
	}
	k := j
	for k < len(sent) && k < j+3 && sent[k].word && !sent[k].capitalised() && personWord(sent[k].lower()) {
		k++
	}
	if k == j || k >= len(sent) || !sent[k].capitalised() {
		return sent
	}
	return sent[k:]
}

// nameOpening is the person whose name opens sentence sent, when no one
// else is named from there up to byte to: "Benno, the youngest of the
// family, fought too."
func (x *extractor) nameOpening(sent []token, to int) (*Speaker, bool) {
	return x.nameOpeningFor(sent, to, genderUnknown)
}

// nameOpeningFor is nameOpening for a pronoun of gender g: a person of
// the other gender named after the sentence's opening name is no rival
// ("Sanders said he is still in the race against Ada Holm." then "He
// said ...").
func (x *extractor) nameOpeningFor(sent []token, to int, g gender) (*Speaker, bool) {
	sent = pastLeadRole(pastOrigin(sent))
	n := 0
	for n < len(sent) && n < 4 && (sent[n].capitalised() || sent[n].particleName()) {
		n++
	}
	if n == 0 || n == len(sent) || sent[n].capitalised() || !(sent[n].is(",") || sent[n].word) || notNameWord(sent[0]) {
		return nil, false
	}
	if n == 1 && !(sent[1].is(",") && len(sent) > 2 && (isDeterminer(sent[2].low) || sent[2].low == "who" || isNumeral(sent[2]) && len(sent) > 3 && sent[3].is(","))) && !x.names.surnameGivenBefore(sent[0]) {
		// One word is a name only with an appositive after it, "Benno,
		// the youngest", "Lars, who ...", "Lars, 32,": "Determined to
		// win, she ..." names no one; the surname of the one person the
		// text has named in full does ("Dorsk never found ...").
		return nil, false
	}
	from := sent[0].s
	if k := n + 1; sent[n].low == "of" {
		// "Dana Vell of Port Ellis was staying ...": the town is no
		// one else.
		for k < len(sent) && sent[k].capitalised() {
			k++
		}
		from = sent[k-1].s
	}
	named := x.analyse(sent[:n])
	if !named.named || named.kind != "person" || named.pronoun != "" || x.names.rivalOfGender(from, to, named.name, g) {
		return nil, false
	}
	out := x.speaker(named, sent[0].s)
	return &out, true
}

// pastLeadRole drops the role set before the name that opens sent, an
// outlet or a body's name and a lower-case word for a person: "Harbourwire
// iReporter Dana Vell of Porto was staying ..." opens with Dana Vell.
func pastLeadRole(sent []token) []token {
	i := 0
	for i < len(sent) && i < 3 && sent[i].capitalised() {
		i++
	}
	j := i
	for j < len(sent) && j < i+2 && sent[j].word && !sent[j].capitalised() && (personWord(sent[j].lower()) || titles[sent[j].lower()]) {
		j++
	}
	if i == 0 || j == i || j+1 >= len(sent) || !sent[j].capitalised() || !sent[j+1].capitalised() {
		return sent
	}
	return sent[j:]
}

// personOfParagraphBefore is the one person the paragraph before quotation
// c is about, for a quotation in the first person that opens its paragraph
// with no cue: that paragraph holds no quotation, opens with the person's
// name and names no one else (`Tomas Relling, a teacher from Calder, was
// staying near the square.` then `"I heard an explosion …"`).
func (x *extractor) personOfParagraphBefore(c *cand) *Speaker {
	prev, ok := x.plainParagraphBefore(c)
	if !ok {
		return nil
	}
	ts := x.toks[x.tokAt(prev.Start):x.tokAt(prev.End)]
	end := len(ts)
	for j, t := range ts {
		if t.sentenceEnd() {
			end = j
			break
		}
	}
	sp, ok := x.nameOpening(ts[:end], prev.End)
	if !ok || sp.Kind != "person" || !sp.Named {
		return nil
	}
	return sp
}

// plainParagraphBefore is the paragraph before quotation c when c opens
// its own paragraph and that paragraph holds no quotation mark.
func (x *extractor) plainParagraphBefore(c *cand) (corroborate.Span, bool) {
	p := c.raw.para
	if p == 0 || c.raw.start() != x.paras[p].Start && strings.TrimSpace(x.text[x.paras[p].Start:c.raw.start()]) != "" {
		return corroborate.Span{}, false
	}
	prev := x.paras[p-1]
	return prev, !strings.ContainsAny(x.text[prev.Start:prev.End], "\"“”")
}

// pronounOfParagraphBefore is the person "He" or "She" stands for when it
// opens the paragraph before a quotation in the first person that opens
// its own paragraph with no cue, and that paragraph holds no quotation:
// `She has made a deal with herself: stay sane.` then `"I cannot be
// crazy ..."`. The pronoun is resolved as a speaker's would be, at its own
// place, to a person named whose given name is known to be of the
// pronoun's gender, who is named in the paragraph before the pronoun's
// and no one else is named from there to the end of the quotation's
// paragraph; nil otherwise.
func (x *extractor) pronounOfParagraphBefore(c *cand, recent []event) *Speaker {
	prev, ok := x.plainParagraphBefore(c)
	if !ok {
		return nil
	}
	k := x.tokAt(prev.Start)
	if k+1 >= len(x.toks) || x.toks[k].s >= prev.End {
		return nil
	}
	t := x.toks[k]
	if t.w != "He" && t.w != "She" || !x.toks[k+1].word || x.toks[k+1].capitalised() {
		return nil
	}
	r := ref{text: t.w, span: corroborate.Span{Start: t.s, End: t.e}, name: t.low, kind: "person", pronoun: t.low, gender: genderMale}
	if t.low == "she" {
		r.gender = genderFemale
	}
	before := recent[:0:0]
	for _, e := range recent {
		if e.pos < t.s {
			before = append(before, e)
		}
	}
	sp, _ := x.antecedent(r, before)
	if sp == nil || !sp.Named || sp.Kind != "person" || firstNameGender(strings.Fields(sp.Name)[0]) != r.gender {
		return nil // a "she" that may only be compatible is no one's here
	}
	// The pronoun must follow that person closely: named in the
	// paragraph before it, with no one else named there, in the
	// pronoun's own paragraph or in the quotation's ("Police named the
	// woman as Maria Dahl." then "She had been missing ..." is Dahl,
	// whom no one quoted).
	q := c.raw.para - 1
	if q < 1 {
		return nil
	}
	ws := strings.Fields(strings.ToLower(sp.Name))
	last := ws[len(ws)-1]
	for _, pa := range x.names.persons {
		if pa.pos >= x.paras[q-1].Start && pa.pos < x.paras[c.raw.para].End && pa.last != last {
			return nil
		}
	}
	for k := x.tokAt(x.paras[q-1].Start); k < len(x.toks) && x.toks[k].s < x.paras[q-1].End; k++ {
		if t := x.toks[k]; t.capitalised() && strings.ToLower(stripPossessive(t.w)) == last && !x.inQuote(t.s) {
			return sp
		}
	}
	return nil
}

// diedAfter reports whether the name ending at token end is followed by
// a clause saying the person died: "Leif Hammar, who died in 1980,".
func (x *extractor) diedAfter(end int) bool {
	for k := end + 1; k < len(x.toks) && k <= end+5 && !x.toks[k].sentenceEnd(); k++ {
		if w := x.toks[k].low; w == "died" || w == "killed" || w == "late" {
			return true
		}
	}
	return false
}

// befallsSubject reports whether tokens (end, to) tell that something
// befell the one named before them rather than that they did something:
// "was sacked", "was indicted", "lost", "denies the charges".
func (x *extractor) befallsSubject(end, to int) bool {
	for k := end + 1; k < to && k < len(x.toks); k++ {
		if befallVerbs[x.toks[k].low] {
			return true
		}
	}
	return false
}

// befallVerbs tell what befell a person: arrest, charge, loss, death.
var befallVerbs = text.WordSet(`arrested sacked fired dismissed indicted charged convicted jailed sentenced
accused sued detained lost denies denied died killed injured wounded hurt defeated ousted impeached
suspended banned questioned censured expelled stripped investigation hospital faces conceded resigned`)

// quoteSpeaksOfThird reports whether quotation c holds a pronoun of the
// third person of the sex g ("He spent everything," he said; "I felt
// sorry for her," she said): it speaks of someone of the speaker's sex,
// likely the one the sentence before is about.
func (x *extractor) quoteSpeaksOfThird(c *cand, g gender) bool {
	for _, t := range x.quoteTokens(c) {
		switch t.low {
		case "he", "his", "him", "himself":
			if g != genderFemale {
				return true
			}
		case "she", "her", "hers", "herself":
			if g != genderMale {
				return true
			}
		}
	}
	return false
}

// partyOrTitlesInBrackets reports whether the brackets opening at token
// i hold a party and state, as American papers set them after a
// legislator's name ("(D-Ohio)", "(R-Wis.)"), or titles of works in
// quotation marks ("(“The Dock,” “Low Tide”)"); not years or a death.
func (x *extractor) partyOrTitlesInBrackets(i int) bool {
	end := strings.IndexByte(x.text[x.toks[i].s:], ')')
	if end < 0 || end > 80 {
		return false
	}
	if i+1 < len(x.toks) && isMarkToken(x.toks[i+1]) {
		return true
	}
	in := x.text[x.toks[i].s+1 : x.toks[i].s+end]
	return end <= 16 && len(in) >= 3 && strings.ContainsRune("DRI", rune(in[0])) && in[1] == '-'
}
