package quotes

import (
	"slices"
	"strings"
	"unicode"

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
	if x.namesTheCalled(c) {
		// `rivals called him "Captain Tide."`: a name, not words said.
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
	if p := cands[max(i-1, 0)]; i > 0 && a.np == nil && !a.nickname && p.after == c.before && p.att.np != nil && p.att.partial && !p.att.nickname && len(c.pre) == 0 && x.endRune(p.raw) == ',' && x.startsLower(c.raw) && x.startsLower(p.raw) {
		// `called the order "dangerous," "reckless" and "cruel."`: a
		// list of quoted words, the comma inside the marks; each is the
		// first one's speaker's.
		a = p.att
		a.joins = true
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
	if p := &cands[max(i-1, 0)]; i > 0 && a.np == nil && !a.nickname && p.after == c.before && p.att.np != nil && p.att.partial && !p.att.nickname && !x.endsSentence(p) && len(c.pre) > 0 && (!hasCue(c.pre) || evidenceCredit(c.pre)) && !hasDocNoun(c.pre) && !x.personNamedIn(c.pre) && (wordCount(stripMarks(x.text[c.raw.start():c.raw.end()])) >= x.opt.minUnattributed() || !slices.ContainsFunc(c.pre, isSubjectPronoun)) {
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
	if p := &cands[max(i-1, 0)]; i > 0 && a.np == nil && p.after == c.before && p.raw.last == c.raw.para && p.att.nickname && len(c.pre) == 1 && c.pre[0].is(":") && !x.startsLower(c.raw) {
		// `Vane also says Holm was known for his "Steals": "When a loaf
		// ..."`: the name's sentence leads in the quote after the colon;
		// its speaker speaks it.
		if b, ok := x.preAttribution(p.pre); ok && b.np != nil {
			a = b
			a.partial = false
		}
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

// evidenceCredit reports whether the one cue of ts is "according to" a
// thing no one speaks, `that according to new data`: what the speaker
// reported rests on it; it does not speak.
func evidenceCredit(ts []token) bool {
	i, n := lastCue(ts)
	if f, _ := firstCue(ts, len(ts)); i < 0 || f != i || ts[i].low != "according" {
		return false
	}
	return evidenceNP(trimPunct(ts[i+n:]))
}

// evidenceNP reports whether np is a few lower-case words for data, which
// no one speaks: "new data", "the figures" (its last word one of
// evidenceNouns; "the ministry", "the airline" speak).
func evidenceNP(np []token) bool {
	if len(np) == 0 || len(np) > 4 {
		return false
	}
	head := ""
	for _, t := range np {
		if t.word {
			head = t.lower()
		}
	}
	if !evidenceNouns[head] {
		return false
	}
	for _, t := range np {
		if w := t.lower(); !t.word || t.capitalised() || speakerNoun(w) || docNouns[w] || pronouns[w] {
			return false
		}
	}
	return true
}

// evidenceNouns are the things a report may rest on that do not speak.
var evidenceNouns = text.WordSet("data figures statistics estimates estimate records numbers results readings measurements calculations polls poll evidence")

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
	} else if np, cue := x.heardSaying(&cands[i]); np != nil && a.how != attPost {
		a = attribution{how: attPre, cue: cue, np: np, partial: a.partial}
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
		if r := x.analyse(a.np); r.outlet || reportsLikeOutlet(r, a.cue) {
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
				if pr := x.analyse(p.att.np); pr.named && !pr.outlet && !reportsLikeOutlet(pr, p.att.cue) {
					b := p.att
					b.credit = r.name
					return b
				}
			}
		}
	}
	return a
}
