package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// attribute finds who speaks quotation i and whether it is a whole quote or
// quoted words inside a reported sentence.
func (x *extractor) attribute(cands []cand, i int) attribution {
	a := x.findAttribution(cands, i)
	c := &cands[i]
	if b, ok := thingSaid(c.pre); ok {
		// `The first thing the boy told rescuers, police said, was
		// "thank you."`: the words are the one's who told them.
		a = b
	}
	if n := len(c.pre); n > 0 && c.pre[n-1].word && titleCues[c.pre[n-1].lower()] || n > 1 && c.pre[n-1].is(",") && titleCues[c.pre[n-2].lower()] {
		// `a video titled "A Final Word"`, `the song "Driftwood"`, `was
		// entitled, "..."`: a name, not speech.
		a.title, a.partial = true, true
	}
	if n := len(a.np); n > 1 && (a.np[n-1].low == "should" || a.np[n-1].low == "ought") {
		// `where he should have written "an."`: words no one said or
		// wrote, only ought to have.
		a = attribution{nickname: true, partial: true}
	}
	if n := len(c.pre); n > 0 && c.pre[n-1].word && songVerbs[c.pre[n-1].lower()] && x.namesAWork(c.raw, 8) {
		// `the crowd sang "Land of Hope and Glory."`: a song's name.
		a = attribution{nickname: true, title: true, partial: true}
	}
	if x.workNamed(c) || x.citedTitle(c) || x.quotedHeading(c) || x.accordingToTitle(c) {
		// `wrote in a 2009 Gazette essay ("Lanterns on the Quay") that`,
		// `her column "Tidewater Notes"`: the name of a work, not speech.
		a = attribution{nickname: true, title: true, partial: true}
	}
	if n := len(c.pre); n > 0 && c.pre[n-1].word && placeNouns[c.pre[n-1].lower()] && !x.startsLower(c.raw) && !x.endsSentence(c) {
		// `posted to the Facebook group "Save Our Little Ferry, Keep Her
		// Sailing"`: the name of a page, not words someone said.
		a.nickname, a.title, a.partial = true, true, true
	}
	if x.namedPlaceOrWork(c) {
		// `a website called "The Complete Guide to Norland Ferries"`,
		// `revealed her new website, "A Ferry Guide to Every Quay."`:
		// the name of a page or a work, not words someone said.
		a.nickname, a.title, a.partial = true, true, true
	}
	if n := len(c.pre); n >= 2 && c.pre[n-1].low == "on" && (cueAt(c.pre, n-2) > 0 || appearVerbs[c.pre[n-2].low] || n >= 3 && c.pre[n-2].low == "live" && cueAt(c.pre, n-3) > 0) && x.namesAWork(c.raw, 6) {
		// `Adler said on "Morning Harbour."`: the show he said it on.
		a.nickname, a.title, a.partial = true, true, true
	}
	if n := len(c.pre); n >= 2 && tellVerbs[c.pre[n-1].low] && len(c.raw.segs) == 1 && !x.endsSentence(c) && titleWords(strings.TrimSuffix(stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e]), ","), 5) {
		// `Dunn told "Morning Desk," the breakfast show, that ...`: the
		// one told is a programme, not words said.
		a.nickname, a.title, a.partial = true, true, true
	}
	if isNickname(c.pre) || (len(c.pre) > 0 && !endsIntro(c.pre) || runsOn(c.post)) && x.namesAWork(c.raw, 4) {
		// `the man known as "the Ferryman"`: a name, not a quotation; so
		// is a name the sentence goes on after, `the nurse said "Harbour
		// Jack" was hurt`, `called "Skipper" his "anchor"`.
		a.nickname, a.title, a.partial = true, true, true
	}
	if a.np == nil && len(c.pre) > 0 && !endsIntro(c.pre) && !x.endsSentence(c) && x.namesAWork(c.raw, 12) {
		// `founded by two students as "Dana and Ivo's Guide To The
		// Harbour Web",`: a long name inside a sentence no one speaks.
		a.nickname, a.title, a.partial = true, true, true
	}
	if a.title && x.namesAWork(c.raw, 10) {
		// `their book, "Salt and Silence on the Fens."`: the work's name.
		a.nickname = true
	}
	if len(a.cue) == 1 && continueVerbs[a.cue[0].low] && gerundNext(x.toks, x.tokAt(a.cue[0].e)) {
		// `Dunmore continued "playing the invalid"`: the cue is a verb of
		// doing; no one is quoted by it.
		a = attribution{partial: true}
	}
	if p := cands[max(i-1, 0)]; i > 0 && p.att.nickname && p.after == c.before && len(c.pre) == 1 && possessivePronouns[c.pre[0].low] {
		// `Dunmore called "Wren" her "lamp in the fog,"`: the words after
		// the name are the speaker's of the cue before it.
		if b, ok := x.preAttribution(p.pre); ok && namingCues[b.cue[0].low] {
			a = b
			a.partial = true
		}
	}
	if p := cands[max(i-1, 0)]; i > 0 && a.np == nil && !a.nickname && p.after == c.before && p.att.np != nil && !p.att.nickname && len(c.pre) == 1 && (c.pre[0].low == "and" || c.pre[0].low == "or") {
		// `As Sallow says, it was a "barn of pipes" and "would sell out
		// weekly."`: two quoted pieces of one reported sentence; a word
		// or two after "and" ("losers" and "sad") are a second part of
		// the first piece's mention.
		a = p.att
		a.partial = true
		a.joins = wordCount(stripMarks(x.text[c.raw.start():c.raw.end()])) < x.opt.minUnattributed()
	}
	if p := &cands[max(i-1, 0)]; i > 0 && a.np == nil && !a.nickname && p.after == c.before && p.att.np != nil && p.att.partial && !p.att.nickname && !x.endsSentence(p) && len(c.pre) > 0 && !hasCue(c.pre) && !hasDocNoun(c.pre) && !x.personNamedIn(c.pre) && (wordCount(stripMarks(x.text[c.raw.start():c.raw.end()])) >= x.opt.minUnattributed() || !slices.ContainsFunc(c.pre, isSubjectPronoun)) {
		// `She wrote that she was "sorry to have bought" the set for her
		// nephew, "only to find ..."`: a second piece of the same
		// reported sentence, with no one else named in between (a
		// company may be: `nearly bought Ferrex and "has shopped ..."`):
		// one mention of two parts. A word or two are a part too (`was
		// "believed dead," or merely hurt, or "badly wounded"`), unless
		// a pronoun opens a clause of someone else's before them
		// (`called her a "disgrace" after she spoke of "bias"`).
		a = p.att
		a.partial, a.joins = true, true
	}
	if x.scareQuote(c) || x.modifierQuote(c, a) {
		a = attribution{nickname: true, scare: true, partial: true}
	}
	if x.workOfOwner(c) || x.hashtag(c) || x.quotedSubject(c) {
		// `the Coens' "No Country for Old Men,"`: a work and its
		// makers; `with the hashtags "#love," "#dogs"`: tags, not words.
		a.nickname, a.title, a.partial = true, true, true
	}
	if a.partial && len(a.np) == 1 && firstPerson[a.np[0].lower()] && len(strings.Fields(stripMarks(x.text[c.raw.start():c.raw.end()]))) <= 2 {
		// `I've been saying that critics ask how "faithful" a film is`:
		// the writer's own distancing marks, not a quotation.
		a = attribution{nickname: true, scare: true, partial: true}
	}
	if p := cands[max(i-1, 0)]; i > 0 && a.np == nil && p.att.scare && p.after == c.before && !hasCue(c.pre) {
		// `admitted that the supposedly "live" show was "a mix of ..."`:
		// the cue before the scare quote introduces this one.
		if b, ok := x.preAttribution(p.pre); ok {
			a = b
			a.partial = true
		}
	}
	if x.describesASource(c.raw) {
		// `citing "a source close to the board"`: the reporter's
		// words for a source, not the source's.
		a.nickname, a.partial = true, true
	}
	if x.startsLower(c.raw) && (!endsIntro(c.pre) || a.how != attPost) {
		// A fragment: "... said the plan would "help families.""
		a.partial = true
	}
	if n := len(c.pre); n > 0 && termNouns[c.pre[n-1].lower()] && len(c.raw.segs) == 1 && len(strings.Fields(stripMarks(x.text[c.raw.start():c.raw.end()]))) == 1 {
		// `had heard the word 'landlubber' used as a taunt`: one word named as
		// a word is a term, not words someone said.
		a.nickname, a.partial = true, true
	}
	if len(c.post) > 0 && c.post[0].word && c.raw.closed && unicode.IsLetter(x.endRune(c.raw)) && !x.attributionOpens(a, c.post) {
		// The sentence runs on after the closing mark: `"X" for criminal
		// behavior, she said`. The quote is part of a reported sentence.
		a.partial = true
	}
	if x.startsLower(c.raw) && len(c.pre) > 0 && c.pre[len(c.pre)-1].is(",") && !hasCue(c.pre) && !hasDocNoun(c.pre) {
		// `With hundreds of polling places, "there is no one weak
		// point," he said`: the quote finishes the reporter's sentence.
		a.partial = true
	}
	return a
}

// distancing adverbs set the writer apart from the word in quotation marks
// after them: `the supposedly "live" show`.
var distancing = text.WordSet("supposedly allegedly purportedly ostensibly nominally")

// appearVerbs before "on" and a title name a show: `both appeared on "The
// Harbour Hour."`.
var appearVerbs = text.WordSet("appeared appears appear appearing starred stars starring featured")

// distancingAdjectives set before a noun in marks keep the writer's
// distance from the words: "a supposed "security alert"" (after a cue, "a
// so-called" may be the speaker's own distance).
var distancingAdjectives = text.WordSet("supposed so-called purported ostensible self-styled")

// scareQuote reports whether quotation c is a word or two in lower case
// set after an adverb that distances the writer from them and before the
// noun they qualify: `the supposedly "live" show`. (A word quoted before
// its noun with no such adverb, `a "common-sense" approach`, is most often
// the speaker's word, kept as a partial quotation.)
func (x *extractor) scareQuote(c *cand) bool {
	n := len(c.pre)
	if n == 0 || len(c.post) < 2 || len(c.raw.segs) != 1 || !x.startsLower(c.raw) {
		return false
	}
	if w := strings.Fields(stripMarks(x.text[c.raw.start():c.raw.end()])); len(w) > 2 || strings.ContainsAny(x.text[c.raw.start():c.raw.end()], ".,!?") {
		return false
	}
	before, after := c.pre[n-1], c.post[0]
	if n >= 2 && before.word && distancingAdjectives[before.low] && (c.pre[n-2].low == "a" || c.pre[n-2].low == "an" || c.pre[n-2].low == "the") && (before.low == "supposed" || before.low == "purported" || !hasCue(c.pre)) {
		// `forced the plane down for a supposed "security alert"`: the
		// writer's distance from the words, no one quoted saying them.
		return true
	}
	if !before.word || !distancing[before.low] || !after.word || after.capitalised() {
		return false
	}
	// The noun the words qualify, then a verb or the clause goes on.
	return !cueVerbs[after.low] && !auxiliaries[after.low] && !prepositions[after.low] && !clauseStarts[after.low] && c.post[1].word && !c.post[1].capitalised()
}

// firstPerson are the writer's own "I" outside quotation marks.
var firstPerson = text.WordSet("i i've i'm i’ve i’m i'd i’d")

// modifierQuote reports whether quotation c, given to no one, stands
// between a determiner and the noun it qualifies: `that whole "I must stay
// on air" state of mind` is the writer's shorthand, not speech.
func (x *extractor) modifierQuote(c *cand, a attribution) bool {
	n := len(c.pre)
	if a.np != nil || n == 0 || len(c.post) < 2 || len(c.raw.segs) != 1 || !c.raw.closed {
		return false
	}
	last := c.pre[n-1]
	det := last.word && isDeterminer(last.low) && !last.capitalised()
	if !det && n >= 2 && last.word && !last.capitalised() && isDeterminer(c.pre[n-2].low) && !c.pre[n-2].capitalised() {
		det = !cueVerbs[last.low] && !prepositions[last.low]
	}
	after := c.post[0]
	return det && after.word && !after.capitalised() && !cueVerbs[after.low] && !auxiliaries[after.low] && !prepositions[after.low] && !clauseStarts[after.low] && !isAdverb(after.low) && c.post[1].word
}

// workOfOwner reports whether quotation c is the title of a work after its
// makers' names, `the Coens' "No Country for Old Men,"`.
func (x *extractor) workOfOwner(c *cand) bool {
	before := strings.TrimRight(x.text[:c.raw.start()], " ")
	if !strings.HasSuffix(before, "'") && !strings.HasSuffix(before, "’") && !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
		return false
	}
	owner := false
	for k := len(c.pre) - 1; k >= 0 && k >= len(c.pre)-3; k-- {
		owner = owner || c.pre[k].capitalised()
	}
	if !owner {
		return false
	}
	if len(c.raw.segs) != 1 {
		return false
	}
	words := strings.TrimRight(stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e]), ",.")
	return strings.Contains(words, " ") && titleWords(words, 10)
}

// quotedSubject reports whether quotation c, a few words opening a clause,
// is the subject of the verb after it: `Around midnight: "Ferry watch"
// sights the yacht`. A name or a term, not speech.
func (x *extractor) quotedSubject(c *cand) bool {
	if n := len(c.pre); n > 0 && !c.pre[n-1].is(":") || len(c.raw.segs) != 1 || !c.raw.closed || len(c.post) < 2 {
		return false
	}
	v := c.post[0]
	if !v.word || v.capitalised() || cueVerbs[v.low] || auxiliaries[v.low] || prepositions[v.low] || clauseStarts[v.low] || isAdverb(v.low) || isDeterminer(v.low) || !c.post[1].word {
		return false
	}
	return unicode.IsLetter(x.endRune(c.raw)) && wordCount(stripMarks(x.text[c.raw.start():c.raw.end()])) <= 3
}

// hashtag reports whether quotation c holds only hashtags: `"#dogs"`,
// `"#cats," "#set"`.
func (x *extractor) hashtag(c *cand) bool {
	if !strings.Contains(x.text[c.raw.start():c.raw.end()], "#") {
		return false
	}
	ws := strings.FieldsFunc(x.text[c.raw.start():c.raw.end()], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '"' || r == '“' || r == '”'
	})
	for _, w := range ws {
		if !strings.HasPrefix(w, "#") {
			return false
		}
	}
	return len(ws) > 0
}

// attributionOpens reports whether a quote's attribution starts right
// after its closing mark (`"X" Dana Whitfield said`, `"X" said Whitfield`),
// not further on in a sentence that runs on (`"X" for criminal behavior,
// she said`).
func (x *extractor) attributionOpens(a attribution, post []token) bool {
	if a.how != attPost || len(post) == 0 {
		return false
	}
	first := post[0].s
	return post[0].low == "as" || len(a.cue) > 0 && a.cue[0].s == first || len(a.np) > 0 && a.np[0].s == first
}

// hasCue reports whether ts holds a speech cue.
func hasCue(ts []token) bool {
	i, _ := lastCue(ts)
	return i >= 0
}

// hasDocNoun reports whether ts names a document: "In a statement,".
func hasDocNoun(ts []token) bool {
	for _, t := range ts {
		if t.word && docNouns[t.lower()] {
			return true
		}
	}
	return false
}

// findAttribution looks for the attribution of quotation i: a dash and a
// name after it, a cue after it when it ends with a comma, a cue before it,
// the previous quotation's speaker for a participle ("adding:"), the line
// before ending with a colon.
func (x *extractor) findAttribution(cands []cand, i int) attribution {
	a := x.findAttributionAt(cands, i)
	if np := x.hearer(&cands[i], a); np != nil {
		a.np = np
	}
	if a.outlet {
		// An outlet credited after the quote is its source only when no
		// one is named speaking before it: `Royce said the plan was "X,"
		// according to the Herald` is Royce's.
		if b, ok := x.preAttribution(cands[i].pre); ok && !b.outlet {
			b.credit = a.credit
			b.partial = b.partial || a.partial
			return b
		}
	}
	if a.how == attPost && a.np != nil {
		// `And he said, "X," the Herald reports.`: the one named saying it
		// before the quote is its source, the outlet only credited.
		if r := analyse(x.text, a.np); r.outlet || reportsLikeOutlet(r, a.cue) {
			if b, ok := x.preAttribution(cands[i].pre); ok && !b.outlet && (!b.partial && endsIntro(cands[i].pre) || b.partial && x.speaksInClause(b) && wordCount(stripMarks(x.text[cands[i].raw.start():cands[i].raw.end()])) < x.opt.minUnattributed()) {
				// `he told police he wanted to attack "...", the Gazette
				// said`: the one the reported clause quotes speaks (a
				// longer passage closed before "the Gazette reported" is
				// the report's own wording).
				b.credit = r.name
				return b
			}
			if i == 0 {
				return a
			}
			if p := &cands[i-1]; p.after == cands[i].before && p.raw.last == cands[i].raw.para && p.att.how == attPost && p.att.np != nil && !p.att.outlet && !p.att.partial {
				// `"X," Tull said. "Y," the Gazette reported.` in one
				// paragraph: the one quoted just before goes on; the
				// outlet reports it. In a paragraph of its own the
				// outlet's quotation is the outlet's.
				if pr := analyse(x.text, p.att.np); pr.named && !pr.outlet && !reportsLikeOutlet(pr, p.att.cue) {
					b := p.att
					b.credit = r.name
					return b
				}
			}
		}
	}
	return a
}

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
	if paOK && partialPre && (end == ',' || len(c.post) > 0 && c.post[0].is(",")) && !namedBefore(c.pre) && !x.reportOfCoordinated(cands, i, pa) {
		// `who often "walk the docks ...," Harbour.com reported`: the
		// attribution that closes the quote wins over a cue before it,
		// unless that cue names a thing (`While Pike called the flood a
		// "hoax," Marsh went further`: Pike's word).
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
		if paOK && (end == ',' || len(c.post) > 0 && c.post[0].is(",")) {
			pa.partial = true
			return pa
		}
		if a, ok := x.sentenceEndAttribution(c.post); ok {
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

// predicateOpeners are words that open a clause's predicate: a quote
// that starts with one right after a name gives that person's words
// with their verb.
var predicateOpeners = text.WordSet(`thought thinks felt feels knew knows believed believes wanted wants
was is had has would will could can did does never always just still hoped hopes feared fears`)

// quotedPredicate reads a quotation that is the predicate of a name set
// right before it, after "and" or "but" or opening its sentence: `The
// bill was in his bag and Varey "thought it was a prank."` is Varey's.
func (x *extractor) quotedPredicate(c *cand) (attribution, bool) {
	pre := c.pre
	from := len(pre)
	for from > 0 && len(pre)-from < 3 && pre[from-1].word && pre[from-1].capitalised() {
		from--
	}
	if from == len(pre) || from > 0 && pre[from-1].low != "and" && pre[from-1].low != "but" {
		return attribution{}, false
	}
	ts := x.quoteTokens(c)
	if len(ts) < 3 || !isMarkToken(ts[0]) || !ts[1].word || ts[1].capitalised() || !predicateOpeners[ts[1].low] {
		return attribution{}, false
	}
	np := pre[from:]
	if possessive(np[len(np)-1].w) || !x.namesSomeone(np) || analyse(x.text, np).kind != "person" {
		return attribution{}, false
	}
	return attribution{how: attPre, np: np, partial: true}, true
}

// stanceVerbs tell of words given without a verb of saying: `He expressed
// hope that the vote would bring "a bridge for everyone."`, `She thanked the
// crews "who worked through the winter."`.
var stanceVerbs = text.WordSet(`expressed expresses voiced voices thanked thanks welcomed welcomes hoped
hopes accused accuses blamed blames credited credits defended defends questioned apologized apologised
apologizes apologises cited cites touted touts applauded applauds celebrated celebrates mourned
mourns believes believed predicts predicted fears feared`)

// stanceAttribution reads quoted words inside a sentence whose subject
// opens it and whose verb tells of a stance, not of saying: `He expressed
// hope that ... "X."` is his. The subject is a name or "he", "she", "they"
// right before the verb (adverbs aside); the quotation is partial.
func (x *extractor) stanceAttribution(cands []cand, i int) (attribution, bool) {
	c := &cands[i]
	pre := c.pre
	if len(pre) < 3 || hasCue(pre) {
		return attribution{}, false
	}
	k := x.tokAt(pre[0].s)
	if k > x.tokAt(x.paras[c.raw.para].Start) && !x.toks[k-1].sentenceEnd() && !(i > 0 && cands[i-1].after[0] == k && x.endsSentence(&cands[i-1])) {
		return attribution{}, false // the quote before ends no sentence: pre is not the sentence's start
	}
	v := 1
	if !(pre[0].w == "He" || pre[0].w == "She" || pre[0].w == "They") {
		np := leadingNP(pre)
		if len(np) == 0 || !np[0].capitalised() || timeWords[np[0].lower()] || len(np) >= len(pre) {
			return attribution{}, false
		}
		v = len(np)
	}
	end := v
	if v+2 < len(pre) && pre[v].is(",") && pre[v+1].word && isDeterminer(pre[v+1].low) {
		// "Ana Ruiz, the Madrid historian, believes": past the role.
		j := v + 2
		for j < len(pre) && j-v <= 10 && !pre[j].is(",") && !isMarkToken(pre[j]) {
			j++
		}
		if j < len(pre) && pre[j].is(",") {
			v = j + 1
		}
	}
	for v < len(pre) && pre[v].word && isAdverb(pre[v].low) {
		v++
	}
	if v >= len(pre) || !pre[v].word || !stanceVerbs[pre[v].low] {
		return attribution{}, false
	}
	if last := pre[len(pre)-1]; last.word && (isDeterminer(last.low) || last.low == "his" || last.low == "her" || last.low == "their") && wordCount(x.text[c.raw.start():c.raw.end()]) <= 2 {
		return attribution{}, false // `defended the "fee"`: the writer's marks on a noun
	}
	return attribution{how: attPre, cue: pre[v : v+1], np: pre[:end], partial: true}, true
}

// speaksInClause reports whether a cue before a quotation inside a
// reported clause has a person or a body for its subject, named or "he",
// "she", "they": `he told police he wanted "..."`.
func (x *extractor) speaksInClause(b attribution) bool {
	r := analyse(x.text, b.np)
	return r.ok() && !r.outlet && r.kind != "document" && (r.named || r.kind == "person" || r.pronoun == "he" || r.pronoun == "she" || r.pronoun == "they")
}

// namesSomeone reports whether a speaker phrase names a person or body
// rather than describing one or standing for one with a pronoun.
func (x *extractor) namesSomeone(np []token) bool {
	r := analyse(x.text, np)
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

// titleCues right before a quotation make it the name of a work.
var titleCues = text.WordSet(`titled entitled headlined captioned named song songs album film movie book show
programme program series documentary poem track single hashtag slogan headline`)

// saidThings are what a sentence can open on to report words someone
// said: "The first thing she said", "His last words".
var saidThings = text.WordSet("thing things word words")

// thingSaid reads a sentence that opens on the words someone said as its
// subject, `The first thing Ada told the crew, police said, was "..."`,
// and credits the quotation to the one who said them (Ada), not to the
// one reporting it.
func thingSaid(pre []token) (attribution, bool) {
	if len(pre) < 4 || !isDeterminer(pre[0].lower()) {
		return attribution{}, false
	}
	k := 1
	for k < 3 && k < len(pre) && pre[k].word && !saidThings[pre[k].lower()] {
		k++
	}
	if k >= len(pre) || !saidThings[pre[k].lower()] {
		return attribution{}, false
	}
	for j := k + 1; j < len(pre) && j <= k+7; j++ {
		t := pre[j]
		if !t.word {
			return attribution{}, false
		}
		if !t.capitalised() && cueVerbs[t.low] {
			if j == k+1 {
				return attribution{}, false
			}
			return attribution{how: attPre, cue: pre[j : j+1], np: pre[k+1 : j], partial: true}, true
		}
	}
	return attribution{}, false
}

// citedTitle reports whether quotation c is the title of a work in a
// reference, followed by where it appeared: `Ivo Lund, “Salt Roads of the
// North,” Harbour Review 12 (1998): 4–9`, `Ivo Lund, “Salt Roads,” in Ada
// Holm, ed., ...`, `Ivo Lund, “Salt Roads of the North” (master's thesis,
// ...)`. The quoted words read as a title; a capitalised name and a number
// or a parenthesis come next, or, after the author's name and a comma,
// "in" and a name or a parenthesis.
func (x *extractor) citedTitle(c *cand) bool {
	if len(c.raw.segs) != 1 {
		return false
	}
	all := stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e])
	words := strings.TrimSuffix(all, ",")
	post := x.toks[c.after[0]:c.after[1]]
	if len(post) < 2 || !titleWords(words, 15) {
		return false
	}
	n := len(c.pre)
	// After the author's name and a comma, or after the title before it:
	// `Ivo Lund, “Salt Roads” and “Tar and Rope,” in ...`.
	byAuthor := (n >= 2 && c.pre[n-1].is(",") && c.pre[n-2].capitalised() || n == 1 && c.pre[0].low == "and") && strings.Count(words, " ") >= 2
	switch {
	case byAuthor && words == all:
		return post[0].is("(")
	case words == all:
		return false
	case byAuthor && post[0].low == "in" && post[1].capitalised(), isNumeral(post[0]) && strings.Count(words, " ") >= 2:
		return true // `“Salt Roads of the North,” 4–9`: the pages cited
	case !post[0].capitalised():
		return false
	}
	for k := 1; k < min(len(post), 8); k++ {
		t := post[k]
		switch {
		case isNumeral(t) || t.is("("):
			return true
		case t.word && !t.capitalised() && !titleSmallWords[t.low]:
			return false
		case possessive(t.w) && (k+1 == len(post) || !post[k+1].capitalised()):
			return false // `"Collapse," Ivo Lund's 2005 best seller`: a work's maker
		}
	}
	return false
}

// accordingToTitle reports whether quotation c is the title of a work
// given as a source, `According to “Annals of the Harbour,” the pier ...`:
// the work's name, not words it says.
func (x *extractor) accordingToTitle(c *cand) bool {
	n := len(c.pre)
	if n < 2 || c.pre[n-2].low != "according" || c.pre[n-1].low != "to" || len(c.raw.segs) != 1 {
		return false
	}
	return titleWords(strings.TrimSuffix(stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e]), ","), 10)
}

// quotedHeading reports whether quotation c stands alone on its line and
// reads as a title: a section's heading set in quotation marks, `“By Sail
// and Lantern”`, not words anyone said there.
func (x *extractor) quotedHeading(c *cand) bool {
	if c.raw.para != c.raw.last || len(c.raw.segs) != 1 {
		return false
	}
	p := x.paras[c.raw.para]
	return strings.TrimSpace(x.text[p.Start:p.End]) == x.text[c.raw.start():c.raw.end()] && x.namesAWork(c.raw, 12)
}

// songVerbs put a song's name after them: `sang "Abide With Me"`.
var songVerbs = text.WordSet("sang sing sings sung hummed performed")

// workNouns name a piece of writing or speaking whose title may follow
// them, bare or in parentheses: `a 1997 magazine article ("...")`.
var workNouns = text.WordSet(`article articles essay essays speech speeches paper papers lecture sermon address
column editorial op-ed memoir novel book books chapter study report pamphlet letter`)

// workNamed reports whether quotation c is the title of a work named just
// before it: `in a 2009 essay ("Lanterns on the Quay")`, `the essay "Salt
// Roads"`. The words must read as a title, capitalised, and in parentheses
// or straight after the noun (with a comma between, `in his speech, "We
// will..."` quotes the speech).
func (x *extractor) workNamed(c *cand) bool {
	n := len(c.pre)
	if n == 0 {
		return false
	}
	k := n - 1
	if c.pre[k].is("(") {
		k--
	}
	if k < 0 || !c.pre[k].word || !workNouns[c.pre[k].lower()] {
		return false
	}
	return x.namesAWork(c.raw, 12)
}

// placeNouns right before a quotation make it the name of a place online
// or a body: "the Facebook group", "the page".
var placeNouns = text.WordSet("community group page account channel blog forum website site podcast newsletter")

// namedPlaceOrWork reports whether quotation c is the name of a page or a
// work the words before it name: after "website called" or "blog named",
// or after "website," when the quotation reads as a title and ends the
// sentence.
func (x *extractor) namedPlaceOrWork(c *cand) bool {
	n := len(c.pre)
	if n >= 2 && c.pre[n-1].word && (c.pre[n-1].low == "the" || c.pre[n-1].low == "a") {
		n--
	}
	if n < 2 || !c.pre[n-2].word {
		return false
	}
	noun := c.pre[n-2].lower()
	if !placeNouns[noun] && !workNouns[noun] {
		return false
	}
	switch last := c.pre[n-1]; {
	case last.word && (last.low == "called" || last.low == "named"):
		return true
	case last.is(",") && n == len(c.pre):
		return x.endsSentence(c) && x.namesAWork(c.raw, 12)
	}
	return false
}

// nicknameCues right before a quotation make it a nickname: "dubbed",
// "nicknamed", "so-called", "alias"; "known as" and "also known as" too.
// termNouns before a quoted word name it as a word: "the word 'gay'".
var termNouns = text.WordSet("word term phrase label slur epithet")

var nicknameCues = text.WordSet("dubbed nicknamed nickname so-called alias aka a.k.a. self-styled self-proclaimed")

// isNickname reports whether the words before a quotation make it a name
// someone goes by rather than words someone said.
func isNickname(pre []token) bool {
	n := len(pre)
	if n == 0 || !pre[n-1].word {
		return false
	}
	if nicknameCues[pre[n-1].lower()] || n >= 2 && (pre[n-1].low == "the" || pre[n-1].low == "a") && nicknameCues[pre[n-2].lower()] {
		return true // "dubbed the"
	}
	if n >= 2 && nameNouns[pre[n-1].lower()] && (isDeterminer(pre[n-2].low) || possessive(pre[n-2].low)) {
		return true // "who goes by the name", "under the handle", "his alias"
	}
	return n >= 2 && pre[n-1].lower() == "as" && (pre[n-2].lower() == "known" || pre[n-2].lower() == "styled")
}

// nameNouns stand for the name someone goes by: the quotation after "the
// name" is that name, never words said.
var nameNouns = text.WordSet("name handle moniker pseudonym username nickname pen-name codename")

// possessivePronouns stand between a name and the words a speaker calls
// it: called "Wren" her "lamp".
var possessivePronouns = text.WordSet("his her their its my our your")

// runsOn reports whether the sentence goes on after a quotation with a
// lower-case word: `"Harbour Jack" was hurt`.
func runsOn(post []token) bool {
	return len(post) > 0 && post[0].word && !post[0].capitalised()
}

// describesASource reports whether quoted words are a reporter's
// description of an unnamed source: "a source close to the board",
// "people close to the talks".
func (x *extractor) describesASource(q rawQuote) bool {
	if len(q.segs) != 1 {
		return false
	}
	raw := x.text[q.segs[0].s:q.segs[0].e]
	if len(raw) > 120 || !strings.Contains(raw, "famil") && !strings.Contains(raw, "close to") && !strings.Contains(raw, "knowledge") && !strings.Contains(raw, "briefed") {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.Trim(stripMarks(raw), " .,")))
	if len(words) < 3 || len(words) > 10 {
		return false
	}
	if isDeterminer(words[0]) || words[0] == "one" || words[0] == "two" {
		words = words[1:]
	}
	for i := 0; i+1 < len(words) && i < 3; i++ {
		if sourceNouns[words[i]] {
			next := strings.Join(words[i+1:min(len(words), i+4)], " ")
			// "familiar", and "familar" as some write it
			return strings.HasPrefix(next, "famil") || strings.HasPrefix(next, "close to") || strings.HasPrefix(next, "with knowledge of") || strings.HasPrefix(next, "briefed on")
		}
	}
	return false
}

// sourceNouns head a description of an unnamed source.
var sourceNouns = text.WordSet("source sources person people official officials insider insiders")

// namesAWork reports whether quoted words inside a sentence read as the
// name of a show, an event or a work rather than speech: at most
// maxWords words, each capitalised but the small ones, and no full stop ("Morning
// Joe", "Harbor Town Forum", "Keepin' It Local"). A name of more
// than four words may end with a full stop set inside the marks.
func (x *extractor) namesAWork(q rawQuote, maxWords int) bool {
	if len(q.segs) != 1 {
		return false
	}
	words := stripMarks(x.text[q.segs[0].s:q.segs[0].e])
	if maxWords > 4 {
		words = strings.TrimSuffix(words, ".")
	}
	return titleWords(words, maxWords)
}

// reportedClauseGoesOn reports whether pre, the words between two quotes
// of one sentence, opens a second reported clause with "and that" or
// "and" and ends in a verb "to be" before the quote ("by the news and that
// the Queen was").
func reportedClauseGoesOn(pre []token) bool {
	n := len(pre)
	if n < 3 || !beForms[pre[n-1].low] {
		return false
	}
	for k := 0; k+1 < n; k++ {
		if pre[k].low == "and" && (pre[k+1].low == "that" || isDeterminer(pre[k+1].low)) {
			return true
		}
	}
	return false
}

// titleWords reports whether words read as a name: at most maxWords words,
// each capitalised but the small ones, ending with no punctuation.
func titleWords(words string, maxWords int) bool {
	if words == "" || strings.ContainsAny(words[len(words)-1:], ".!?,") {
		return false
	}
	n := 0
	for rest := words; rest != ""; n++ {
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], strings.TrimLeft(rest[k:], " ")
		} else {
			rest = ""
		}
		if n >= maxWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if n > 0 && (!unicode.IsUpper(r) && titleSmallWords[w] || w == "&") {
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return n > 0
}

// namingCues name a thing rather than quote a speaker when the quotation
// follows them directly.
var namingCues = text.WordSet("call calls called calling dubbed dubs termed terms labeled labelled labels described describes referred refers referring")

// endsIntro reports whether a clause before a quote introduces it as a
// whole: it ends with a colon or comma, or with a cue ("said").
func endsIntro(pre []token) bool {
	if len(pre) == 0 {
		return true
	}
	last := pre[len(pre)-1]
	if last.is(":") || last.is(",") || last.is("—") || last.is("–") || last.is("-") || last.is("(") {
		return true
	}
	n := len(pre) - 1
	return cueAt(pre, n) > 0
}

// dashAttribution reads a name set after a quote with a dash, as in
// lists of reader comments: `"..." ― Marta Quell`.
func dashAttribution(gap []token) (attribution, bool) {
	if len(gap) < 2 || !isDash(gap[0]) {
		return attribution{}, false
	}
	np := gap[1:]
	for len(np) > 0 && isDash(np[0]) {
		np = np[1:]
	}
	name := np
	for k, t := range np {
		if t.is(",") {
			// `― Lena Okafor, mayor of Harbor City`: a role after the name.
			name = np[:k]
			if !isAppositive(trimPunct(np[k+1:])) || len(np)-k > 12 {
				return attribution{}, false
			}
			break
		}
	}
	if len(name) == 0 || len(name) > 6 || !name[0].capitalised() {
		return attribution{}, false
	}
	for _, t := range name {
		if t.word && !t.capitalised() && !isInitial(t) && !nameParticles[t.lower()] && !t.particleName() {
			return attribution{}, false
		}
		if !t.word && !t.is(".") {
			return attribution{}, false
		}
	}
	return attribution{how: attPost, cue: gap[:1], np: trimPunct(np)}, true
}

// creditLine reads a name set after a quote with no verb, ending the
// paragraph, as under a pulled quote: `"..." Sgt. Ruth Calloway, Harbor
// City Police Department`.
func creditLine(gap []token) (attribution, bool) {
	k := 0
	for k < len(gap) && (gap[k].capitalised() || isInitial(gap[k]) || gap[k].particleName() || gap[k].is(".") && k > 0) {
		k++
	}
	name := trimPunct(gap[:k])
	if len(name) < 2 || len(name) > 6 || !endsWithName(name) || k < len(gap) && !gap[k].is(",") || len(gap)-k > 16 {
		return attribution{}, false
	}
	for _, t := range gap[k:] {
		if t.sentenceEnd() || t.word && !t.capitalised() && (cueVerbs[t.low] || questionAux[t.low]) {
			return attribution{}, false
		}
	}
	return attribution{how: attPost, cue: gap[:0], np: trimPunct(gap)}, true
}

// firstBreak is the index of the first comma or sentence end in ts at or
// after from, or len(ts).
func firstBreak(ts []token, from int) int {
	for i := from; i < len(ts); i++ {
		if ts[i].is(",") || ts[i].sentenceEnd() {
			return i
		}
	}
	return len(ts)
}

// isDash reports whether t is a dash or hyphen standing alone.
func isDash(t token) bool {
	return !t.word && (t.w == "—" || t.w == "―" || t.w == "–" || t.w == "-" || t.w == "─")
}

// postAttribution reads `said Lindqvist`, `Lindqvist said`, `a statement ... read`
// right after a quote.
func (x *extractor) postAttribution(post []token) (attribution, bool) {
	if len(post) > 2 && copulas[post[0].low] && (post[1].low == "why" || post[2].low == "why" || post[2].low == "reason") {
		// `"The call of home" is precisely why Rask announced that
		// ...`: the quotation is the subject of "is"; the cue after it
		// reports something else ("was all he said" is his).
		return attribution{}, false
	}
	if len(post) > 0 && isGerund(post[0]) && !post[0].capitalised() && cueAt(post, 0) > 0 {
		// `Voss said: "X," adding that ...`: a participle goes on with
		// the speaker before the quote; it names no one new.
		return attribution{}, false
	}
	if a, ok := asPutIt(post); ok {
		return a, true
	}
	if a, ok := quotedSaying(post); ok {
		return a, true
	}
	i, n := firstCue(post, 40)
	if i < 0 {
		if a, ok := implicitCue(post); ok {
			return a, true
		}
	}
	if i < 0 || (i > 14 && !post[i-1].is(",")) {
		// A far cue counts only after an appositive: "Prew, director of ..., said".
		return attribution{}, false
	}
	if i > 0 && clauseStarts[post[0].lower()] && !post[0].capitalised() {
		// `"...," when Brennan blasted him`: a new clause, not the attribution.
		return attribution{}, false
	}
	a := attribution{how: attPost, cue: post[i : i+n]}
	var np []token
	switch {
	case i == 0:
		np = npAfter(post[n:])
	case adjectiveCommas(post[:i]):
		np = post[:i] // "the bespectacled, 71-year-old captain said"
	case i > 1 && isGerund(post[i]) && post[i-1].is(","):
		// `"...," he was able to name two but blanked on the third,
		// saying`: the participle's subject, not the object before it.
		np = subjectOfGerund(post[:i])
	case i > 1 && post[i-1].is(",") && i+n < len(post) && post[i+n].capitalised() && !timeWords[post[i+n].lower()] && !isGerund(post[i]) && !tellVerbs[post[i].low] && post[i].low != "according" && !slices.ContainsFunc(post[:i], token.capitalised):
		// `"..." than for the rival lines, wrote Ada Holm`: the
		// sentence the quote opens goes on, then an inverted cue; the
		// speaker follows it (not the one "told", nor a source
		// "according to").
		if np = npAfter(post[i+n:]); np == nil {
			np = subjectBefore(post[:i])
		}
	default:
		np = subjectBefore(post[:i])
	}
	if np == nil {
		return attribution{}, false
	}
	a.np = np
	a.credit = x.creditIn(post[i+n:])
	if strings.EqualFold(a.cue[0].w, "according") && isOutlet(spanText(x.text, np)) {
		// "according to Harbourwire" credits an outlet; look for a speaker further on.
		a.credit = spanText(x.text, dropDeterminer(trimPunct(np)))
		rest := post[i+n+len(np):]
		if b, ok := x.postAttribution(rest); ok {
			b.credit = a.credit
			return b, true
		}
		// No one else is named: the outlet's own reporting is the source.
		a.np, a.outlet = trimPunct(np), true
		return a, true
	}
	return a, true
}

// sentenceEndAttribution reads the attribution that closes the sentence
// around quoted words: `Arlen was hurt in a "cowardly act" and two guards
// were hit, Interim Premier Ivo Marchetti said on Wednesday.` The clause
// after the last comma must be a subject and a cue, with at most a few
// words after it: a name, a named body ("the Harbor Aid campaign"), a
// group ("prosecutors have said", "the judges") or "he", "she" or "they".
func (x *extractor) sentenceEndAttribution(post []token) (attribution, bool) {
	k := len(post) - 1
	for k >= 0 && !post[k].is(",") {
		k--
	}
	if k < 0 {
		return attribution{}, false
	}
	rest := post[k+1:]
	i, n := firstCue(rest, 12)
	if i <= 0 || len(rest)-i-n > 4 || isGerund(rest[i]) {
		return attribution{}, false
	}
	np := subjectBefore(rest[:i])
	if np == nil || np[0].s != rest[0].s || !x.namesSomeone(np) && !subjectPronouns[np[0].w] && bareGroup(np) == nil && !describesPeople(np) {
		return attribution{}, false
	}
	return attribution{how: attPost, cue: rest[i : i+n], np: np, partial: true}, true
}

// describesPeople reports whether np is "the" and words for a person or
// people: "the judges", "the harbour master".
func describesPeople(np []token) bool {
	if len(np) < 2 || len(np) > 4 || np[0].low != "the" {
		return false
	}
	w := np[len(np)-1].lower()
	return groupNouns[w] || personWord(w) || personWord(strings.TrimSuffix(w, "s"))
}

// asPutIt reads `"...," as a harbour memo put it`: the words after "as"
// up to "put it" (or "puts it") name the speaker.
func asPutIt(post []token) (attribution, bool) {
	if len(post) < 4 || post[0].lower() != "as" {
		return attribution{}, false
	}
	for k := 2; k < len(post) && k <= 12; k++ {
		if w := post[k].lower(); k+1 < len(post) && (w == "put" || w == "puts") && post[k+1].lower() == "it" {
			return attribution{how: attPost, cue: post[k : k+2], np: post[1:k]}, true
		}
		if n := cueAt(post, k); n > 0 && (k+n == len(post) || !post[k+n].word) && post[1].capitalised() {
			// `"...," as Dana Hale of Harbour Notes observes.`
			return attribution{how: attPost, cue: post[k : k+n], np: post[1:k]}, true
		}
		if !post[k-1].word && !post[k-1].is(",") {
			break
		}
	}
	return attribution{}, false
}

// quotedSaying reads `"...," the news website quoted Samir Taloub as
// saying`: the one quoted speaks, not the one quoting.
func quotedSaying(post []token) (attribution, bool) {
	q := -1
	for i := 0; i < len(post) && i <= 8; i++ {
		if post[i].word && post[i].low == "quoted" {
			q = i
			break
		}
	}
	if q < 0 {
		return attribution{}, false
	}
	if q >= 2 && beForms[post[q-1].low] && q+2 < len(post) && post[q+1].low == "as" && post[q+2].low == "saying" {
		// `"...," al-Rashidi was quoted as saying`: the subject is the one quoted.
		np := post[:q-1]
		if np[0].word && (np[0].capitalised() || np[0].particleName() || isDeterminer(np[0].low) || pronouns[np[0].low]) {
			return attribution{how: attPost, cue: post[q : q+3], np: np}, true
		}
		return attribution{}, false
	}
	for k := q + 2; k < len(post) && k <= q+16; k++ {
		if w := post[k].low; w == "saying" || w == "as" && k+1 < len(post) && post[k+1].low == "saying" {
			np := post[q+1 : k]
			if len(np) == 0 || !np[0].word || !np[0].capitalised() && !pronouns[objectPronoun(np[0].low)] && !isDeterminer(np[0].low) {
				return attribution{}, false
			}
			return attribution{how: attPost, cue: post[q : q+1], np: np}, true
		}
		if post[k].sentenceEnd() {
			break
		}
	}
	return attribution{}, false
}

// objectPronoun maps "him", "her" and the possessives to the pronouns
// that resolve them.
func objectPronoun(w string) string {
	switch w {
	case "him", "his":
		return "he"
	case "her":
		return "she"
	case "their", "them":
		return "they"
	case "its":
		return "it"
	}
	return w
}

// implicitCue reads an attribution whose verb is not in the cue list but
// whose shape is unmistakable: `"...!" beamed Walter Brenner` or
// `"...," Brenner beamed`, the clause ending right there or after an
// adverb (`he ordered softly`).
func implicitCue(post []token) (attribution, bool) {
	verb := func(t token) bool {
		w := t.lower()
		return t.word && !t.capitalised() && len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
	}
	if len(post) >= 2 && verb(post[0]) && post[1].capitalised() && !timeWords[post[1].lower()] {
		// (not `"The Evening Hour" premiered Feb. 17`: a date)
		np := npAfter(post[1:])
		if np != nil && hasName(np) && len(np) <= 6 {
			return attribution{how: attPost, cue: post[:1], np: np}, true
		}
	}
	for i := 1; i < len(post) && i <= 5; i++ {
		next := i + 1
		if next < len(post) && isAdverb(post[next].lower()) && strings.HasSuffix(post[next].low, "ly") {
			next++ // `"...," he ordered softly.`
		}
		if verb(post[i]) && (next == len(post) || post[next].is(",") || npStops[post[next].lower()]) {
			np := post[:i]
			for _, t := range np {
				if !t.capitalised() && !isInitial(t) && !(len(np) == 1 && pronouns[t.lower()]) {
					return attribution{}, false
				}
			}
			return attribution{how: attPost, cue: post[i : i+1], np: np}, true
		}
	}
	return attribution{}, false
}

// preAttribution reads `Harwick said:` or `Harwick told reporters,` before a quote.
func (x *extractor) preAttribution(pre []token) (attribution, bool) {
	if len(pre) == 0 {
		return attribution{}, false
	}
	i, n := lastCue(pre)
	if i < 0 {
		if n := len(pre); n >= 2 && pre[n-1].word && docNouns[pre[n-1].lower()] && !pre[n-1].capitalised() && isDeterminer(pre[n-2].low) {
			// `shared the photo with the note "We hear you loud and clear!"`:
			// the words of the note.
			return attribution{how: attPre, cue: pre[n-1:], np: pre[n-2:], partial: true}, true
		}
		if n := len(pre); n >= 4 && (pre[n-1].is(",") || pre[n-1].is(":")) && pre[n-2].word && docNouns[pre[n-2].lower()] && pre[n-3].low == "the" && pre[n-4].low == "with" {
			// `shared a video to her page with the caption, "..."`: the
			// words of the caption.
			return attribution{how: attPre, cue: pre[n-2 : n-1], np: pre[n-3 : n-1]}, true
		}
		if n := len(pre); n >= 3 && (pre[n-1].is(",") || pre[n-1].is(":")) && pre[n-2].word && docNouns[pre[n-2].lower()] && !pre[n-2].capitalised() && possessive(pre[n-3].w) {
			// `it prompted one resident's tweet, "..."`: the possessor's words.
			np := pre[n-3 : n-2]
			if n >= 4 && isDeterminer(pre[n-4].low) {
				np = pre[n-4 : n-2]
			}
			return attribution{how: attPre, cue: pre[n-2 : n-1], np: np}, true
		}
		if len(pre) >= 2 && pre[len(pre)-1].is(":") {
			np := trimPunct(pre[:len(pre)-1])
			if len(np) > 0 && len(np) <= 6 && np[0].capitalised() && hasName(np) && !hasVerb(np) && !subjectPronouns[np[0].lower()] && !prepositions[np[0].lower()] && !clauseStarts[np[0].lower()] {
				if possessedThing(np) {
					np = np[:1] // "Gore's later rejoinder:": Gore's words
				}
				return attribution{how: attColon, cue: pre[len(pre)-1:], np: x.names.leadingName(x.text, np)}, true
			}
			// "... doesn't surprise veteran pollster Nell Stroud:".
			if np := trailingNP(pre[:len(pre)-1]); len(np) >= 2 && np[len(np)-1].capitalised() && personRun(np) && !hasOrgWord(np) {
				return attribution{how: attColon, cue: pre[len(pre)-1:], np: np}, true
			}
			// "Harwick issued the following statement:", "Harwick went further:".
			if np := leadingNP(pre[:len(pre)-1]); np != nil {
				if len(np) > 1 && subjectPronouns[np[0].lower()] {
					np = np[:1] // "It reads:": the pronoun, not "It reads"
				}
				return attribution{how: attColon, cue: pre[len(pre)-1:], np: np}, true
			}
			// "Their daily statements to reporters kept to that
			// line:": the statements' owner, a pronoun to resolve.
			if k := possessorOfDocument(pre[:len(pre)-1]); k >= 0 {
				return attribution{how: attColon, cue: pre[len(pre)-1:], np: pre[k : k+1]}, true
			}
			// ", he sought to show his wit with this:": the pronoun
			// subject of the clause the colon ends.
			if k := clauseSubjectPronoun(pre[:len(pre)-1]); k >= 0 {
				return attribution{how: attColon, cue: pre[len(pre)-1:], np: pre[k : k+1]}, true
			}
		}
		return attribution{}, false
	}
	if pre[i].low == "written" && i > 0 && pre[i-1].word && !auxiliaries[pre[i-1].lower()] {
		// `A letter written by a pupil "brought tears to his eyes."`: the
		// participle describes the letter; the quote is no one's writing.
		return attribution{}, false
	}
	a := attribution{how: attPre, cue: pre[i : i+n]}
	rest := pre[i+n:]
	if i > 0 && (pre[i-1].low == "which" || pre[i-1].low == "who") && relativeClosed(rest) {
		// `which said its source was a nurse, "the Ferryman" and ...`,
		// `The law, which states that ..., has been branded "stupid"`:
		// the cue's words are the clause after it, not the quote.
		return attribution{}, false
	}
	switch {
	case wentOnTo(pre[:i]) > 0:
		// `The unnamed writer went on to say, "..."` (or "went onto
		// say"): the subject of "went".
		a.np = subjectBefore(pre[:wentOnTo(pre[:i])])
	case i > 0 && pre[i-1].low == "to":
		// `He was proud to add, "..."`: the subject opens the clause.
		a.np = leadingNP(pre[:i])
		if k := clauseSubjectPronoun(pre[:i]); a.np == nil && k >= 0 {
			a.np = pre[k : k+1]
		}
	case signGerunds[pre[i].low] && i > 0 && pre[i-1].word && signNouns[pre[i-1].low]:
		// `carrying placards declaring: "..."`: the placards speak.
		a.np = pre[i-1 : i]
		if i > 1 && isDeterminer(pre[i-2].low) {
			a.np = pre[i-2 : i]
		}
	case isGerund(pre[i]):
		a.np = subjectOfGerund(pre[:i])
	case i > 2 && pre[i-1].low == "who" && relativeHead(pre[:i-1]) != nil:
		// `quotes a warden who describes as "nonsense"`: the one "who"
		// stands for speaks, not the sentence's subject.
		a.np = relativeHead(pre[:i-1])
	case i == 0 || (i > 0 && pre[i-1].is(",") && !tellVerbs[pre[i].low] && !namingCues[pre[i].low] && len(rest) > 0 && (rest[0].capitalised() && !timeWords[rest[0].lower()] || len(rest) > 1 && (rest[0].low == "the" || rest[0].low == "a" || rest[0].low == "an") && rest[1].capitalised())) && !clauseAfter(rest) && !possessedThing(rest):
		// `..., wrote Piet Koss:` and `..., reported the Argus Group:`
		// (but `Koss, ..., called Harbor's plan "..."` names the plan,
		// and `Koss, ..., said Holm has proven "..."` reports a clause).
		a.np = npAfter(rest)
	case i > 0 && docCueVerbs[pre[i].low] && (pre[i-1].low == "that" || pre[i-1].low == "which"):
		// `a sign with fellow marchers that read "..."`: the document reads.
		a.np = docPhraseBefore(pre[:i])
	case i > 1 && pre[i-2].is(",") && (pre[i-1].low == "he" || pre[i-1].low == "she"):
		// `Pressed on whether he could name it, he confessed:`: the
		// pronoun after the opening clause.
		a.np = pre[i-1 : i]
	default:
		a.np = subjectBefore(pre[:i])
	}
	if a.np == nil {
		return attribution{}, false
	}
	if strings.EqualFold(a.cue[0].w, "according") && isOutlet(spanText(x.text, a.np)) {
		// "According to the Valley Herald," and no one else named: the
		// outlet's own reporting.
		a.np = trimPunct(a.np)
		a.credit, a.outlet = spanText(x.text, dropDeterminer(a.np)), true
	}
	a.partial = !endsIntro(pre) && !(len(rest) > 0 && len(rest) <= 8 && (rest[len(rest)-1].is(":") || rest[len(rest)-1].is(",")))
	for _, t := range rest {
		if strings.EqualFold(t.w, "that") || strings.EqualFold(t.w, "as") {
			a.partial = true // `said that "..."`: the quote is part of a reported clause
		}
	}
	if w := rest; len(w) > 3 && (w[0].w == "he" || w[0].w == "she" || w[0].w == "they") && w[len(w)-1].is(":") {
		// `said she has the one quality a leader needs: "..."`: the quote
		// ends a reported clause of its own (`explained it this way:`
		// introduces it).
		a.partial = true
	}
	if len(rest) == 0 && namingCues[pre[i].low] {
		a.partial = true // `what it calls "the biggest attack"`
	}
	return a, true
}

// relativeHead is the noun phrase that ends ts, a determiner and the
// words of one person or body after it with no verb, "an unnamed adviser"
// before "who"; nil if ts does not end with one.
func relativeHead(ts []token) []token {
	for k := len(ts) - 1; k >= 0 && k >= len(ts)-5; k-- {
		t := ts[k]
		if !t.word || cueAt(ts, k) > 0 || auxiliaries[t.low] || prepositions[t.low] || clauseStarts[t.low] {
			return nil
		}
		if isDeterminer(t.low) && !t.capitalised() && k < len(ts)-1 {
			np := ts[k:]
			if head := np[len(np)-1]; personWord(head.lower()) || head.capitalised() {
				return np
			}
			return nil
		}
	}
	return nil
}

// possessedThing reports whether the words after a cue open with a name's
// thing, "Holm's expected nomination": the topic of the reported words,
// not an inverted speaker ("Harbour.com's Dana Hale", "Brandt's
// spokesman").
func possessedThing(rest []token) bool {
	if len(rest) < 2 || !possessive(rest[0].w) || !rest[1].word || rest[1].capitalised() {
		return false
	}
	for _, t := range rest[1:] {
		if !t.word || t.capitalised() {
			break
		}
		if w := t.lower(); titles[w] || relationNouns[w] || personNouns[w] || orgNouns[w] {
			return false
		}
	}
	return true
}

// clauseAfter reports whether the words after a cue make a clause of
// their own, a name and a verb: "Holm has proven", "Okafor will".
func clauseAfter(rest []token) bool {
	np := npAfter(rest)
	k := len(np)
	return k > 0 && k < len(rest) && rest[k].word && !rest[k].capitalised() && (questionAux[rest[k].low] || auxiliaries[rest[k].low])
}

// clauseSubjectPronoun is the index of "he" or "she" opening the last
// clause of ts, after a comma or at its start (a conjunction aside, "And he
// went further:"), followed by a verb in lower case; -1 if none.
func clauseSubjectPronoun(ts []token) int {
	for k := len(ts) - 2; k >= 0; k-- {
		if ts[k].is(",") || ts[k].sentenceEnd() || isMarkToken(ts[k]) {
			break
		}
		if (k == 0 || !ts[k-1].word || k == 1 && clauseStarts[ts[0].lower()]) && (ts[k].low == "he" || ts[k].low == "she") && ts[k+1].word && !ts[k+1].capitalised() {
			return k
		}
	}
	return -1
}

// tellVerbs take the listener for their object: in `Tull, author of a
// book, told the Gazette that ...` the Gazette listens.
var tellVerbs = text.WordSet("told tells tell")

// relativeClosed reports whether the words after a cue in a relative
// clause ("which said its source was a nurse,") hold a clause of their own
// that a comma closes: the cue governs that clause, not a quote after it.
func relativeClosed(rest []token) bool {
	if len(rest) < 2 || !hasVerb(rest) || hasCue(rest) {
		return false
	}
	for k, t := range rest {
		if t.is(",") {
			return k > 0
		}
	}
	return false
}

// verbSubject reads a short clause of a subject and its verb, "The man
// cites", "Mayor Lena Okafor praised": the subject, or nil.
func verbSubject(ts []token) []token {
	n := len(ts)
	if n < 2 || n > 6 || !ts[n-1].word || ts[n-1].capitalised() {
		return nil
	}
	np := ts[:n-1]
	for _, t := range np {
		if !t.word {
			return nil
		}
	}
	if hasName(np) && np[0].capitalised() && personRun(np) {
		return np
	}
	if isDeterminer(np[0].lower()) && len(np) >= 2 && !hasVerb(np) {
		for _, t := range np[1:] {
			if prepositions[t.low] || clauseStarts[t.low] || cueVerbs[t.low] {
				return nil
			}
		}
		return np
	}
	return nil
}

// docPhraseBefore is the last document named in ts with the determiner
// before it, "a sign", "the note"; nil if none.
func docPhraseBefore(ts []token) []token {
	for j := len(ts) - 1; j >= 0 && j >= len(ts)-8; j-- {
		if !ts[j].word || !docNouns[ts[j].lower()] || ts[j].capitalised() {
			continue
		}
		k := j
		for k > 0 && j-k < 3 && ts[k-1].word && !ts[k-1].capitalised() && !prepositions[ts[k-1].low] && !clauseStarts[ts[k-1].low] {
			k--
			if isDeterminer(ts[k].low) {
				break
			}
		}
		return ts[k : j+1]
	}
	return nil
}

// signGerunds tell what a sign or a placard carried says: `placards
// declaring: "..."`.
var signGerunds = text.WordSet("declaring reading saying proclaiming stating demanding")

// signNouns are the things carried in a crowd that speak for it: a
// statement "saying" is still its author's words.
var signNouns = text.WordSet("sign signs placard placards banner banners poster posters")

// possessorOfDocument is the index of a possessive pronoun right before a
// document in ts, "their daily statements", or -1.
func possessorOfDocument(ts []token) int {
	for i, t := range ts {
		if !t.word || !docNouns[t.lower()] && !docNouns[strings.TrimSuffix(t.lower(), "s")] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3 && ts[j].word; j-- {
			switch ts[j].low {
			case "their", "its", "his", "her":
				return j
			}
		}
	}
	return -1
}

// creditIn finds "according to <outlet>" in ts.
func (x *extractor) creditIn(ts []token) string {
	for i := 0; i+2 < len(ts); i++ {
		if strings.EqualFold(ts[i].w, "according") && strings.EqualFold(ts[i+1].w, "to") {
			np := npAfter(ts[i+2:])
			if name := spanText(x.text, dropDeterminer(trimPunct(np))); isOutlet(name) {
				return name
			}
		}
	}
	return ""
}

// mergeSplit joins a quotation to the one before it when they share one
// attribution: `"X," she said. "Y."` and `"X," she said, "Y."`.
func (x *extractor) mergeSplit(cands []cand) {
	for i := 1; i < len(cands); i++ {
		c, p := &cands[i], &cands[i-1]
		root := i - 1
		if p.mergedInto >= 0 {
			root = p.mergedInto
		}
		if c.att.joins && !c.att.nickname && !p.att.nickname {
			c.mergedInto = root
			continue
		}
		if i >= 2 && p.att.title && !c.att.nickname && c.att.how == attNone && c.before[0] == c.before[1] {
			// `"X," Flynn said on Harbourwire's "Morning Tide." "Y."`: the
			// show's name between the two parts of one quotation.
			pp := &cands[i-2]
			if pp.raw.last == c.raw.para && pp.att.how == attPost && !pp.att.nickname && pp.after == p.before {
				c.mergedInto = i - 2
				if pp.mergedInto >= 0 {
					c.mergedInto = pp.mergedInto
				}
				continue
			}
		}
		if p.raw.last != c.raw.para || p.att.how != attPost || c.att.nickname {
			continue
		}
		// The gap between them must hold nothing but the attribution clause.
		if p.after != c.before {
			continue
		}
		gap := x.toks[c.before[0]:c.before[1]]
		rest := gap[len(p.post):]
		if len(rest) > 0 && rest[0].sentenceEnd() {
			rest = rest[1:]
		}
		sameClause := len(rest) == 0 || (c.att.how == attPre && len(c.att.cue) > 0 && len(p.att.cue) > 0 && c.att.cue[0].s == p.att.cue[0].s)
		if !sameClause {
			continue
		}
		if c.att.how == attPost || c.att.how == attColon {
			continue
		}
		if c.att.how == attPre && c.att.cue[0].s != p.att.cue[0].s {
			continue
		}
		c.mergedInto = root
	}
}

// namedBefore reports whether the last cue of pre gives a thing a name or
// label ("called the flood a"), so that the quotation after it is that
// label, the cue's subject's word.
func namedBefore(pre []token) bool {
	j, _ := lastCue(pre)
	return j >= 0 && namingCues[pre[j].low]
}

// isSubjectPronoun reports a "he", "she" or "they" that opens a clause.
func isSubjectPronoun(t token) bool {
	return t.word && subjectPronouns[t.low] && t.low != "it"
}

// personNamedIn reports whether ts holds a person's name, or a capitalised
// word that may be one: a word of a name the article gives, or a capital
// after the first word that is not a body's name nor a place.
func (x *extractor) personNamedIn(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, p := range x.names.persons {
		if p.pos >= ts[0].s && p.pos < ts[len(ts)-1].e {
			return true
		}
	}
	for _, t := range ts {
		if !t.capitalised() {
			continue
		}
		w := stripPossessive(t.lower())
		if len(x.names.byLast[w]) > 0 || len(x.names.byFirst[w]) > 0 || maleNames[w] || femaleNames[w] || titles[w] {
			return true
		}
	}
	return false
}

// hearer is the one who heard someone say the words a quotation opens
// with, when it opens with them quoted inside it and goes on in the
// hearer's own words: `Petra Olin said that when she first heard someone
// say, " 'Get out.' I thought it was a drill."` is Olin's (her "she").
// nil otherwise.
func (x *extractor) hearer(c *cand, a attribution) []token {
	if a.how != attPre || len(a.cue) == 0 || !heardWords[a.cue[0].low] {
		return nil
	}
	k := -1
	for j := len(c.pre) - 1; j >= 0; j-- {
		if c.pre[j].s == a.cue[0].s {
			k = j
			break
		}
	}
	h := k - 1
	for h >= 0 && k-h <= 3 && !perceptionVerbs[c.pre[h].low] {
		h--
	}
	if h < 1 || k-h > 3 || !x.opensNested(c.raw.start()) {
		return nil
	}
	for j := h - 1; j >= 0 && h-j <= 3; j-- {
		switch t := c.pre[j]; {
		case t.low == "he" || t.low == "she":
			return c.pre[j : j+1]
		case !t.word || t.capitalised() || !isAdverb(t.low) && !openers[t.low] && t.low != "first":
			return nil
		}
	}
	return nil
}

// heardWords are the cues of words someone is heard saying: "heard
// someone say".
var heardWords = text.WordSet("say saying yell yelling shout shouting scream screaming")

// perceptionVerbs tell of hearing someone speak.
var perceptionVerbs = text.WordSet("heard hear hears hearing")

// opensNested reports whether the quotation whose opening mark is at byte
// pos opens with a second mark: `" 'Get out.' I thought ..."`.
func (x *extractor) opensNested(pos int) bool {
	_, n := utf8.DecodeRuneInString(x.text[pos:])
	rest := strings.TrimLeft(x.text[pos+n:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '\'' || r == '‘' || r == '“' || r == '"'
}

// reportsOwnClause reports whether the attribution pa read after
// quotation c is a new sentence that reports a clause of its own: `"...
// took its time." Police Chief Olaf Brandt said that his officers ...`
// and `"... not accept!" She and others said the ruling showed ...` give
// their own words, not the quote before them. A quote that ends its
// sentence and a capital after it mark the new sentence; "Brandt said so"
// and "Brandt told reporters." stay attributions.
func (x *extractor) reportsOwnClause(c *cand, pa attribution) bool {
	if !c.raw.closed || len(c.post) == 0 || len(pa.cue) == 0 || !pa.cue[len(pa.cue)-1].word {
		return false
	}
	if e := x.endRune(c.raw); e != '.' && e != '!' && e != '?' {
		return false
	}
	first := c.post[0]
	if !first.word || !first.capitalised() || pa.np[0].s != first.s {
		return false // `"...!" she said`: the quote's own cue
	}
	k := x.tokAt(pa.cue[len(pa.cue)-1].s) + 1
	if k+3 >= len(x.toks) {
		return false
	}
	if tellVerbs[pa.cue[len(pa.cue)-1].low] {
		// `"..." Reed told reporters the town would help.`: the one
		// told, then the clause reported.
		j := k + 1
		for j < len(x.toks) && j <= k+4 && x.toks[j].word && !clauseOpener(x.toks[j]) {
			j++
		}
		if j > k+4 || j >= len(x.toks) || !x.toks[j].word {
			return false
		}
		k = j
	}
	if k+2 < len(x.toks) && x.toks[k].is(",") && isGerund(x.toks[k+1]) && cueVerbs[x.toks[k+1].low] {
		// `"..." Brenner's colleague Nina Hart agreed, saying the sea
		// wall "simply gave way."`: her own words follow.
		for j := k + 2; j < len(x.toks) && !x.toks[j].sentenceEnd() && !x.lineBetween(j-1, j); j++ {
			if isMarkToken(x.toks[j]) {
				return true
			}
		}
		k += 2
	}
	if k+3 >= len(x.toks) || !clauseOpener(x.toks[k]) {
		return false
	}
	for j := k; j < len(x.toks) && j < k+4; j++ {
		if x.toks[j].sentenceEnd() || isMarkToken(x.toks[j]) || x.lineBetween(j-1, j) {
			return false // "said the same." is too short to be a clause
		}
	}
	return true
}

// clauseOpener reports whether t can open a reported clause after its
// cue: "that", a subject pronoun, or "the", "his", "her", "their".
func clauseOpener(t token) bool {
	return t.low == "that" || subjectPronouns[t.low] || t.low == "the" || t.low == "his" || t.low == "her" || t.low == "their"
}
