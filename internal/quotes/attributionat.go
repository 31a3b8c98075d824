package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

func (x *extractor) findAttributionAt(cands []cand, i int) attribution {
	c := &cands[i]
	post := c.post
	commaAfter := len(post) > 0 && (post[0].is(",") || post[0].is("—") || post[0].is("–"))
	for len(post) > 0 && !post[0].word {
		post = post[1:]
	}
	if a, ok := dashAttribution(x.toks[c.after[0]:c.after[1]]); ok && c.after[1] == x.tokAt(x.paras[c.raw.last].End) {
		return a
	}
	if a, ok := creditLine(x.toks[c.after[0]:c.after[1]]); ok && c.after[1] == x.tokAt(x.paras[c.raw.last].End) && x.endsSentence(c) && len(c.pre) == 0 {
		return a
	}
	if ts := x.quoteTokens(c); len(ts) > 2 && isMarkToken(ts[0]) && x.startsParagraph(c) && x.turns[c.raw.para] {
		// `"QUARRIE: Not yet, ...` in a transcript set in quotation marks.
		if k := labelEnd(ts[1:]); k > 0 {
			return attribution{how: attColon, cue: ts[k+1 : k+2], np: ts[1 : k+1]}
		}
	}
	if c.after[0] == c.after[1] && c.raw.last+1 < len(x.paras) && (i+1 == len(cands) || cands[i+1].raw.para > c.raw.last+1) {
		// The name on the next line: `"..."` then `- Odile Farrant, Wexcombe.`
		p := x.paras[c.raw.last+1]
		line := x.toks[x.tokAt(p.Start):x.tokAt(p.End)]
		if k := firstBreak(line, 1); k > 0 {
			if a, ok := dashAttribution(line[:k]); ok {
				return a
			}
		}
	}
	end := x.endRune(c.raw)
	open := end == ',' || end == '?' || end == '!' || end == '—' || end == '–' || end == '-' || end == '…' || commaAfter || end == '.' && strings.HasSuffix(stripMarks(x.text[c.raw.start():c.raw.end()]), "...")
	partialPre := len(c.pre) > 0 && !endsIntro(c.pre)
	// The attribution after the quote, read once: every rule below asks
	// for the same one.
	pa, paOK := x.postAttribution(post)
	if paOK && x.reportsOwnClause(c, pa) {
		paOK = false
	}
	if n := len(pa.np); paOK && n > 1 && (pa.np[n-1].low == "who" || pa.np[n-1].low == "which") {
		// `"...!" He and others who have called for a prosecution said
		// ...`: the verb of a relative clause inside the subject, not
		// the quote's cue.
		paOK = false
	}
	if paOK && partialPre && x.cueTakesClause(pa) && reportedThat(c.pre) {
		// `Although Holm wrote that they were a "club of lost boys,"
		// Vane says that is not true`: the cue after reports a clause of
		// its own; the quoted words are the one's who wrote them.
		paOK = false
	}
	if paOK && len(c.pre) > 0 && endsIntro(c.pre) && x.introducesNext(cands, i) {
		// `She asked, "Dad, will you mind?" He said, "I'll be fine."`:
		// the cue after the question opens a new sentence that leads in
		// the next quote; this one keeps the cue before it.
		if _, ok := x.preAttribution(c.pre); ok {
			paOK = false
		}
	}
	if paOK && (open || !c.raw.closed) && !partialPre {
		return pa
	}
	if !paOK && open && c.raw.closed && len(c.pre) == 0 {
		// `"...," if he stayed in the country, the judges said.`
		if a, ok := x.sentenceEndAttribution(c.post); ok {
			a.partial = false
			return a
		}
	}
	if paOK && partialPre && (end == ',' || len(c.post) > 0 && c.post[0].is(",")) && (!namedBefore(c.pre) || x.calledBefore(c)) && !x.reportOfCoordinated(cands, i, pa) {
		// `who often "walk the docks ...," Harbour.com reported`: the
		// attribution that closes the quote wins over a cue before it,
		// unless that cue names a thing (`While Pike called the flood a
		// "hoax," Marsh went further`: Pike's word; but `Tark called Holm
		// to offer "any help," said Lind` is a telephone call).
		pa.partial = true
		return pa
	}
	// The words of the sentence before the quote, when a quote before it
	// in the same sentence cuts them short.
	sentencePre := c.pre
	sameSentence := i > 0 && cands[i-1].after == c.before && len(c.pre) > 0 && c.pre[0].s == x.toks[c.before[0]].s && !x.endsSentence(&cands[i-1])
	if j, _ := lastCue(c.pre); sameSentence && j > 0 && isGerund(c.pre[j]) && !namedBefore(cands[i-1].pre) {
		// `Scientists pushed back on the conclusion that it is "unlikely"
		// the virus leaked — insisting it is "viable"`: the participle's
		// subject opens the sentence.
		sentencePre = append(append(make([]token, 0, len(cands[i-1].pre)+len(c.pre)), cands[i-1].pre...), c.pre...)
	} else if sameSentence && cands[i-1].att.title && c.pre[0].low == "that" && !hasCue(c.pre) && hasCue(cands[i-1].pre) {
		// `Koss told Channel 4's "Tideline" that the ferries "were never
		// safe"`: the name of a show between the cue and the quote.
		p := &cands[i-1]
		sentencePre = append(append(make([]token, 0, len(p.pre)+len(c.pre)), p.pre...), c.pre...)
	}
	if a, ok := x.preAttribution(sentencePre); ok {
		if j, _ := lastCue(c.pre); sameSentence && j > 0 && c.pre[j-1].low == "and" && cands[i-1].att.np != nil && len(a.np) > 0 && a.np[0].s == c.pre[0].s {
			// `Varga explains that she had "cherished" his work and
			// describes herself as "in awe"`: the second verb's subject
			// is the first's, not the words after the quote.
			a.np = cands[i-1].att.np
		}
		return a
	}
	if i > 0 && cands[i-1].after == c.before && cands[i-1].att.np != nil && len(c.pre) > 0 {
		// `... a "plain betrayal of the crews," adding: "..."` and `"X," said
		// Farrant, adding that "Y."`: the same speaker, a second quote.
		// `"not my department, frankly," but added: "..."`: a cue with no
		// subject of its own after a conjunction.
		j, n := lastCue(c.pre)
		gerund := j >= 0 && isGerund(c.pre[j]) && (len(c.pre) <= 4 || len(c.pre)-j <= 4 && c.pre[j-1].is(","))
		// `... and argued that the "..."`: a short clause opening may
		// follow the cue.
		rest := c.pre[max(j+n, 0):]
		if sameSentence && (j == 0 && x.endRune(cands[i-1].raw) == ',' || j == 1 && c.pre[0].is(",")) && sayingParticiples[c.pre[j].low] && !x.personNamedIn(rest) && !hasDocNoun(rest) && !hasCue(rest) && !othersInClause(rest) {
			// `hailed the vote as "fantastic," telling reporters during a
			// visit on Friday that the vote is "a great thing."`: the
			// participle after the quote's comma is its speaker's, however
			// long its clause, when that names no one else and holds no
			// other cue.
			gerund = true
		}
		if sameSentence && (j == 0 || j == 1 && c.pre[0].is(",")) && isGerund(c.pre[j]) && reportedSubjectClause(rest) {
			// `described it as a "phony mess," writing that those who
			// embraced it "know ..."`: the clause after the participle
			// reports someone unnamed; its words are still the writer's.
			gerund = true
		}
		bare := j >= 0 && !isGerund(c.pre[j]) && onlyLinks(c.pre[:j]) && (len(rest) <= 1 || len(rest) <= 3 && rest[0].low == "that" && (len(rest) == 1 || isDeterminer(rest[1].low)))
		if gerund || bare {
			p := cands[i-1].att
			return attribution{how: attPre, cue: c.pre[j : j+n], np: p.np, credit: p.credit}
		}
		if p := cands[i-1].att; coordinatedCue(c.pre, j) && p.how == attPre && !p.nickname && !x.endsSentence(&cands[i-1]) {
			// `Quill said she was "grateful" for the trust of her
			// colleagues, and pledged to "rebuild the docks"`: a second
			// verb of the same subject, after the first quote's words.
			return attribution{how: attPre, cue: c.pre[j : j+n], np: p.np, credit: p.credit, partial: true}
		}
	}
	if j, n := lastCue(c.pre); j >= 0 && i > 0 && cands[i-1].after == c.before && j+n < len(c.pre) && c.pre[j+n].is(",") && j+n+1 == len(c.pre) {
		// `The man cites "aggression" by the West and says, "..."`: the
		// cue's subject opens the sentence, before the quote before it.
		if np := verbSubject(cands[i-1].pre); np != nil {
			return attribution{how: attPre, cue: c.pre[j : j+n], np: np}
		}
	}
	if sameSentence && !paOK && !hasCue(c.pre) && reportedClauseGoesOn(c.pre) {
		if p := cands[i-1].att; p.how == attPre && p.np != nil && p.partial && !p.nickname {
			// `The palace said the King was "deeply saddened" by the
			// news and that the Queen was "shocked."`: the same cue
			// reports the second clause; the title in it names whom
			// the words are about.
			return p
		}
	}
	if partialPre {
		// Quoted words inside a sentence with no cue before them: look
		// after, if the quote ends the clause with a comma.
		if paOK && (end == ',' || len(c.post) > 0 && c.post[0].is(",") || post[0].low == "as") {
			// `a timetable "more a rumour than a promise" as its last
			// skipper Oona Brack remembered`: "as" gives the words their
			// speaker with or without a comma.
			pa.partial = true
			return pa
		}
		if a, ok := x.sentenceEndAttribution(c.post); ok && (a.np[0].s < a.cue[0].s || wordCount(x.text[c.raw.start():c.raw.end()]) > 1 && !x.namedNotSpoken(c)) {
			// (One word before an inverted cue far after it, `the sound
			// of a faint "ping," ..., according to the authorities`, is
			// a sound or a name, not their words; so are a name and
			// another's words, `The mayor's promise of "..." was broken,
			// said Lind`.)
			return a
		}
		if a, ok := x.stanceAttribution(cands, i); ok {
			return a
		}
		if a, ok := x.quotedPredicate(c); ok {
			return a
		}
		return attribution{partial: true, credit: x.creditIn(post)}
	}
	if paOK && end != '.' {
		return pa
	}
	// A quote that opens its paragraph: the previous paragraph may end with
	// "Lindqvist continued:".
	if c.before[0] == x.tokAt(x.paras[c.raw.para].Start) && len(c.pre) == 0 && c.raw.para > 0 {
		p := x.paras[c.raw.para-1]
		ts := x.toks[x.tokAt(p.Start):x.tokAt(p.End)]
		if n := len(ts); n > 0 && (ts[n-1].is(":") || ts[n-1].is(",") && !isMarkToken(ts[max(n-2, 0)])) {
			// `Lindqvist continued:` or, a paragraph left open with a
			// comma, `He says only half of the chute opened,`.
			from := 0
			for j, t := range ts {
				if t.sentenceEnd() || isMarkToken(t) {
					from = j + 1
				}
			}
			if a, ok := x.preAttribution(ts[from:]); ok {
				a.how = attColon
				a.partial = false
				return a
			}
		}
	}
	if paOK && len(c.pre) == 0 && len(post) > 0 && pa.np[0].s == post[0].s && x.namesSomeone(pa.np) {
		// The next sentence opens with the speaker and a cue: `"We are
		// not closing the plant." Grant Holloway said so on Tuesday.`
		return pa
	}
	return attribution{}
}

// calledBefore reports whether the last cue before quotation c, inside
// its sentence, is a telephone call ("Tark called Holm to express his
// condolences") that names none of the quoted words: they are no title and
// no possessive gives them to the caller ("for his "foolish words"").
func (x *extractor) calledBefore(c *cand) bool {
	j, _ := lastCue(c.pre)
	return j >= 0 && phoneCall(c.pre, j) && !x.titleQuote(c) && !othersPossessive(c.pre) && !possessivePronouns[c.pre[len(c.pre)-1].low]
}

// speaksInClause reports whether a cue before a quotation inside a
// reported clause has a person or a body for its subject, named or "he",
// "she", "they": `he told police he wanted "..."`.
func (x *extractor) speaksInClause(b attribution) bool {
	r := x.analyse(b.np)
	return r.ok() && !r.outlet && r.kind != "document" && (r.named || r.kind == "person" || r.pronoun == "he" || r.pronoun == "she" || r.pronoun == "they")
}

// namesSomeone reports whether a speaker phrase names a person or body
// rather than describing one or standing for one with a pronoun.
func (x *extractor) namesSomeone(np []token) bool {
	r := x.analyse(np)
	return r.ok() && r.named && r.pronoun == "" && !r.outlet && r.kind != "document"
}

// hasVerb reports whether ts holds a form of "be", "have" or "do" or a
// modal: then it is a clause ("Okafor's reply was short"), not a name.
func hasVerb(ts []token) bool {
	for _, t := range ts {
		if t.word && !t.capitalised() && questionAux[t.low] {
			return true
		}
	}
	return false
}

// copulas are the forms of "be" that make a quotation before them the
// subject of a clause.
var copulas = text.WordSet("is was are were")

// wentOnTo is the index of "went" (or "goes", "go") when ts ends with
// "went on to" or "went onto", 0 when it does not.
func wentOnTo(ts []token) int {
	n := len(ts)
	j := -1
	switch {
	case n > 2 && ts[n-1].low == "to" && ts[n-2].low == "on":
		j = n - 3
	case n > 1 && ts[n-1].low == "onto":
		j = n - 2
	}
	if j > 0 && (ts[j].low == "went" || ts[j].low == "goes" || ts[j].low == "go") {
		return j
	}
	return 0
}

// reportedSubjectClause reports whether ts, the words after a sentence's
// last cue, open a reported clause: "that" and a few words with no name,
// `that those who embraced it`, before the quoted words that go on with
// it.
func reportedSubjectClause(ts []token) bool {
	if len(ts) < 2 || len(ts) > 8 || ts[0].low != "that" {
		return false
	}
	for _, t := range ts[1:] {
		if !t.word || t.capitalised() {
			return false
		}
	}
	return true
}

// onlyLinks reports whether ts holds nothing but punctuation and the
// words that join a second cue to the first: ", but", "and then".
// reportOfCoordinated reports whether quotation i, after a second verb of
// the subject of the quote before it, is closed by a document reporting it:
// `acknowledging the "..." and vowing to "...," a new report revealed` is
// the one vowing, the report only tells of it.
func (x *extractor) reportOfCoordinated(cands []cand, i int, pa attribution) bool {
	if i == 0 || cands[i-1].after != cands[i].before || cands[i-1].att.np == nil || !hasDocNoun(pa.np) || x.namesSomeone(pa.np) {
		return false
	}
	j, _ := lastCue(cands[i].pre)
	return coordinatedCue(cands[i].pre, j)
}

// coordinatedCue reports whether the cue at pre[j] is a second verb joined
// by "and" with no subject of its own: `for the trust of her colleagues,
// and pledged to`, `and vowing to`. The words before "and" hold no other
// cue.
func coordinatedCue(pre []token, j int) bool {
	if j < 1 || pre[j-1].low != "and" || pre[j].capitalised() {
		return false
	}
	return !hasCue(pre[:j-1])
}

func onlyLinks(ts []token) bool {
	for _, t := range ts {
		if t.word && t.low != "and" && t.low != "but" && t.low != "then" && t.low != "also" && t.low != "later" {
			return false
		}
	}
	return true
}

// introducesNext reports whether the words after quotation i open a new
// sentence with a capital and end in a comma or colon right before the
// next quotation of the paragraph, which opens with a capital: `"...?" He
// said, "I'll be fine."`, the next quote's own lead-in.
func (x *extractor) introducesNext(cands []cand, i int) bool {
	c := &cands[i]
	if i+1 >= len(cands) || cands[i+1].raw.para != c.raw.last || c.after[0] >= c.after[1] {
		return false
	}
	gap := x.toks[c.after[0]:c.after[1]]
	if len(gap) < 3 || !gap[0].word || !(gap[len(gap)-1].is(",") || gap[len(gap)-1].is(":")) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(gap[0].w); !unicode.IsUpper(r) {
		return false
	}
	if e := x.endRune(c.raw); e != '?' && e != '!' && e != '.' {
		return false
	}
	return !x.startsLower(cands[i+1].raw)
}

// cueTakesClause reports whether the cue of attribution a goes on with a
// clause of its own: `Vane says that is not true`, `that's not true`.
func (x *extractor) cueTakesClause(a attribution) bool {
	if len(a.cue) == 0 {
		return false
	}
	k := x.tokAt(a.cue[len(a.cue)-1].e)
	return k+2 < len(x.toks) && x.toks[k].word && (clauseOpener(x.toks[k]) || x.toks[k].lower() == "that") && x.toks[k+1].word
}

// reportedThat reports whether pre holds a cue with a subject of its own
// followed by "that": `Holm himself wrote that they were a`.
func reportedThat(pre []token) bool {
	j, n := lastCue(pre)
	return j > 0 && !isGerund(pre[j]) && j+n < len(pre) && pre[j+n].low == "that" && subjectBefore(pre[:j]) != nil
}

// sayingParticiples report more of one's own words after a quote:
// "telling reporters that", "adding that" (not "recalling her mother's
// advice", "citing a report").
var sayingParticiples = text.WordSet("telling saying adding insisting arguing explaining warning claiming noting stressing")

// othersInClause reports whether the clause after a participle brings in
// someone else's words: a possessive ("her mother's advice", "the union's
// motto"), a naming ("refer to it as", "known as") or a person other than
// an audience ("residents", "critics").
func othersInClause(rest []token) bool {
	for _, t := range rest {
		if !t.word {
			continue
		}
		if possessive(t.w) || t.low == "as" || t.low == "called" || t.low == "known" {
			return true
		}
		if (personWord(t.low) || pluralOfPerson(t.low)) && !audienceWords[t.low] {
			return true
		}
	}
	return false
}

// audienceWords are those one tells, no one speaking: "telling reporters".
var audienceWords = text.WordSet("reporters journalists crowd audience")
