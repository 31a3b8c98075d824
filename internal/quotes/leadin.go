package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// leadInParagraph is the one person a short paragraph right before
// quotation c names, when c opens a paragraph of its own: `And Dana's
// answer to him.` ¶ `"Nobody asked for his view."`. ok is false when the paragraph
// is long, holds a quotation, or names no one or more than one person.
func (x *extractor) leadInParagraph(c *cand) (*Speaker, bool) {
	if c.raw.para == 0 || !x.startsParagraph(c) {
		return nil, false
	}
	p := x.paras[c.raw.para-1]
	ts := x.toks[x.tokAt(p.Start):x.tokAt(p.End)]
	if len(ts) == 0 || wordCountTokens(ts) > maxLeadInWords || !ts[len(ts)-1].sentenceEnd() && !ts[len(ts)-1].is(":") {
		return nil, false
	}
	var found *Speaker
	for k, t := range ts {
		if isMarkToken(t) {
			return nil, false
		}
		if !t.capitalised() {
			continue
		}
		w := t.lower()
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 {
			continue
		}
		sp := x.speaker(x.analyse(ts[k:k+1]), t.s)
		if sp.Kind != "person" || !sp.Named {
			continue
		}
		if found != nil && found.Name != sp.Name {
			return nil, false
		}
		found = &sp
	}
	if found != nil && x.namedInQuote(c, found.Name) {
		return nil, false // the quote speaks of them: someone else speaks
	}
	return found, found != nil
}

// excerptCues introduce a passage of someone's writing: `Lee
// reports:`, `the Herald wrote:`.
var excerptCues = text.WordSet("reports reported writes wrote")

// isExcerpt reports whether quotation c, given to mention m, is a passage
// of someone's writing that tells of other people: two sentences or more,
// introduced as writing or given to an outlet or a document.
func (x *extractor) isExcerpt(c *cand, m Mention) bool {
	if m.Speaker == nil || m.Partial {
		return false
	}
	writing := m.Speaker.Outlet || m.Speaker.Kind == "document"
	for _, t := range c.att.cue {
		writing = writing || excerptCues[t.low]
	}
	if !writing {
		return false
	}
	n := 0
	for _, t := range x.quoteTokens(c) {
		if t.sentenceEnd() {
			n++
		}
	}
	return n >= 2
}

// excerptPersons are the people an excerpt names as the subject of one of
// its sentences by a first name the text knows ("Paula thought the new
// rota was ridiculous."): a "she said" right after the excerpt may be
// hers, not the writer's.
func (x *extractor) excerptPersons(c *cand) []event {
	ts := x.quoteTokens(c)
	var out []event
	for k := 0; k+1 < len(ts); k++ {
		t := ts[k]
		opens := k == 0 || ts[k-1].sentenceEnd() || isMarkToken(ts[k-1])
		if !opens || !t.capitalised() || !ts[k+1].word || ts[k+1].capitalised() {
			continue
		}
		g := firstNameGender(t.w)
		if g == genderUnknown {
			continue
		}
		sp := Speaker{Name: t.w, Kind: "person", Named: true, gender: g, written: t.w}
		if fn, ok := x.names.full(t.w, t.s, g); ok {
			sp.Name, sp.written = fn.name, fn.name
		}
		out = append(out, event{pos: t.s, sp: sp})
	}
	return out
}

// quoteTokens are the tokens inside quotation c.
func (x *extractor) quoteTokens(c *cand) []token {
	return x.toks[x.tokAt(c.raw.start()):x.tokAt(c.raw.end())]
}

// documentBefore is the last document named before quotation c, in its
// paragraph or the one before, outside quotations: what an "it says" with
// no body reported speaking before it points to.
func (x *extractor) documentBefore(c *cand) *Speaker {
	from := x.tokAt(x.paras[max(0, c.raw.para-1)].Start)
	ts := x.toks[from:x.tokAt(c.raw.start())]
	inQuote := false
	end := -1
	for k, t := range ts {
		if isMarkToken(t) {
			inQuote = !inQuote
		}
		if !inQuote && t.word && !t.capitalised() && docNouns[t.lower()] {
			end = k
		}
	}
	if end < 0 {
		return x.documentInTitle(c)
	}
	if owner := x.ownerAfterOf(ts, end); owner != nil {
		return owner
	}
	np := docPhraseBefore(ts[:end+1])
	r := x.analyse(np)
	if !r.ok() || r.kind != "document" {
		return nil
	}
	sp := x.speaker(r, np[0].s)
	return &sp
}

// ownerAfterOf is the body or person named right after the document noun
// ts[end] and "of", when the noun is one its author owns (ownedDocs: not
// "a poll of", "a poster of", what a document is about or shows) and
// the name closes the phrase: "the website of University Hospital
// Southampton, where ..." is the hospital's; not "the website of Harbour
// News readers", "the statement of Harbour Rail Monday" nor "the letter
// of Ada Holm's lawyers". nil when no such name follows.
func (x *extractor) ownerAfterOf(ts []token, end int) *Speaker {
	if end+2 >= len(ts) || !ownedDocs[ts[end].lower()] || ts[end+1].low != "of" || !ts[end+2].capitalised() || notNameWord(ts[end+2]) {
		return nil
	}
	to := end + 2
	for to < len(ts) && (ts[to].capitalised() && !timeWords[ts[to].lower()] || (ts[to].low == "of" || ts[to].w == "&") && to+1 < len(ts) && ts[to+1].capitalised()) && !x.lineBetween(to-1, to) {
		if possessive(ts[to].w) {
			return nil // "the complaint of Ada Holm's lawyers"
		}
		to++
	}
	if to < len(ts) && ts[to].word && !closesOwner[ts[to].low] {
		return nil // "the website of Harbour News readers"
	}
	r := x.analyse(ts[end+2 : to])
	if !r.ok() || !r.named || r.pronoun != "" {
		return nil
	}
	if r.kind == "person" && r.gender == genderUnknown && !strings.Contains(r.name, " ") {
		return nil // one capitalised word: a place as often as an owner
	}
	sp := x.speaker(r, ts[end+2].s)
	return &sp
}

// itsDocumentAuthor is the one reported speaking first after "its
// statement" (or another document) in the paragraph before quotation c or
// its own: `In its statement, Ncsa said ...` makes Ncsa the "it" of the
// quotation after; nil when no document is named so or the first one
// speaking after it is described, a pronoun or of known gender.
func (x *extractor) itsDocumentAuthor(c *cand, recent []event) *Speaker {
	from := x.tokAt(x.paras[max(0, c.raw.para-1)].Start)
	ts := x.toks[from:x.tokAt(c.raw.start())]
	at := -1
	for k, t := range ts {
		if k > 0 && ts[k-1].low == "its" && t.word && !t.capitalised() && docNouns[t.lower()] {
			at = t.s
		}
	}
	if at < 0 {
		return nil
	}
	for _, e := range recent {
		if e.pos <= at || e.pos >= c.raw.start() {
			continue
		}
		// the first one reported speaking after the document is its
		// author: "In its report, the board said Lund told investigators
		// ..." is the board's, never Lund's (a described body gives no
		// one here, and the document itself then speaks)
		if e.sp.gender != genderUnknown || e.described || e.pronoun != "" {
			return nil
		}
		sp := e.sp
		return &sp
	}
	return nil
}

// documentInTitle is the document the headline names when quotation c
// opens the text: `A coach has shared a note from a pupil` over `Written
// on yellow paper it says: "..."`; nil when the headline names none.
func (x *extractor) documentInTitle(c *cand) *Speaker {
	if c.raw.para > 0 || x.title == "" {
		return nil
	}
	ts := tokenize(x.title, 0, len(x.title), nil)
	end := -1
	for k, t := range ts {
		if isMarkToken(t) {
			return nil // a quotation in the headline: no plain account
		}
		if t.word && !t.capitalised() && docNouns[t.lower()] {
			end = k
		}
	}
	if end < 0 {
		return nil
	}
	r := analyse(x.title, docPhraseBefore(ts[:end+1]))
	if !r.ok() || r.kind != "document" {
		return nil
	}
	return &Speaker{Name: r.name, Kind: r.kind, Roles: r.roles, written: r.name}
}

// namedInSentenceBefore resolves "he" or "she" in a sentence that opens
// with that pronoun to the one person the sentence before names, when
// that sentence, a sentence of the story, holds no quotation and no
// pronoun of the same gender, and the name is of the pronoun's gender or
// opens that sentence:
// `..., where Sgt. Ruth Calloway found a loose board. She pulled it away,
// ..., she told reporters.` The pronoun goes on with the person just
// named, not with someone reported speaking further back.
func (x *extractor) namedInSentenceBefore(r ref) *Speaker {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil
	}
	start := x.tokAt(r.span.Start)
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	if start == 0 || x.toks[start].low != r.pronoun || !x.toks[start-1].sentenceEnd() {
		return nil
	}
	from := x.sentenceFrom(start - 1)
	same := genderPronouns[r.pronoun]
	for _, t := range x.toks[from:start] {
		if isMarkToken(t) || t.word && same[t.low] {
			return nil
		}
	}
	lo, hi := x.toks[from].s, x.toks[start].s
	last := x.names.onlyPersonIn(lo, hi)
	if last == "" {
		return nil
	}
	fn, ok := x.names.full(last, hi, r.gender)
	if !ok || fn.pos < lo || fn.pos >= hi || fn.gender != r.gender && !(fn.gender == genderUnknown && x.titlesOnlyBefore(from, fn.pos)) {
		// A name of no known gender must open the sentence: `Maryam
		// Kanne is a deckhand. She calls it ...`.
		return nil
	}
	return fn.speaker()
}

// titlesOnlyBefore reports whether only capitalised words stand from
// token from to byte pos: the name opens the sentence, maybe after its
// titles ("White House Press Officer Ada Lusk").
func (x *extractor) titlesOnlyBefore(from, pos int) bool {
	for i := from; i < len(x.toks) && x.toks[i].s < pos; i++ {
		if !x.toks[i].capitalised() {
			return false
		}
	}
	return true
}

// genderPronouns are the forms of "he" and "she".
var genderPronouns = map[string]map[string]bool{
	"he":  text.WordSet("he him his himself"),
	"she": text.WordSet("she her hers herself"),
}

// documentAuthor is who issued the document a bare "the statement" (or
// "the release", "the letter") speaking names, when a sentence shortly
// before says who did: `In a statement, the Harbor Board said ...` or
// `the Harbor Board said in a statement` before `"...," the statement
// said.` nil when no sentence says.
func (x *extractor) documentAuthor(r ref) *Speaker {
	desc := r.text
	if i := strings.IndexByte(desc, ','); i > 0 {
		desc = desc[:i] // "The statement, which was obtained by the Courier,"
	}
	ws := strings.Fields(strings.ToLower(desc))
	if len(ws) >= 2 && len(ws) <= 3 && (ws[0] == "a" || ws[0] == "an" || ws[0] == "the") {
		// "a touching note he received from a nine-year-old pupil",
		// the document a later "it says" is
		if sp := x.writerAfter(x.tokAt(r.span.Start) + len(ws) - 1); sp != nil {
			return sp
		}
	}
	if len(ws) < 2 || len(ws) > 3 || ws[0] != "the" || len(ws) == 3 && !docAdjectives[ws[1]] {
		return nil // "the statement", "the full letter"
	}
	head := ws[len(ws)-1]
	k := x.tokAt(r.span.Start)
	para := x.paraOf(r.span.Start)
	if k > 1 && x.toks[k-1].low == "with" {
		// `Pirrel shared a video to her page with the caption, "..."`:
		// the one whose sentence posts it.
		start := k - 1
		for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) && !isMarkToken(x.toks[start-1]) {
			start--
		}
		if np := leadingNP(x.toks[start : k-1]); len(np) > 0 && len(np) < k-1-start && postVerbs[x.toks[start+len(np)].low] {
			if a := x.analyse(np); a.ok() && a.kind != "document" && a.pronoun == "" && a.named {
				sp := x.speaker(a, np[0].s)
				return &sp
			}
		}
	}
	for j := k - 1; j >= 1; j-- {
		if x.paraOf(x.toks[j].s) < para-2 {
			return nil
		}
		t := x.toks[j]
		if t.low != head && postedAs[t.low] != head || x.inQuote(t.s) {
			continue
		}
		if t.low == head && x.sameDocument(j) {
			// "The statement, which ran to four pages, blamed the
			// weather.": the one named before, whose writer the
			// text may give further back
			para = x.paraOf(t.s)
			continue
		}
		start := j
		for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
			start--
		}
		end := j
		for end < len(x.toks) && !x.toks[end].sentenceEnd() && !(end+1 < len(x.toks) && x.lineBetween(end, end+1)) {
			end++
		}
		if sp := x.writerAfter(j); sp != nil {
			return sp // "read out a letter from the Velt Rowing Club"
		}
		var np []token
		issued := x.issuedBefore(start, j)
		switch prev := x.toks[j-1]; {
		case t.low != head:
			// "Ada Holm posted a message on Facebook." then "the post
			// said": the whole subject before the verb posted it
			if np = leadingNP(x.toks[start:j]); len(np) != j-start {
				return nil
			}
		case j-start <= 3 && j+1 < end && x.toks[j+1].is(","):
			np = leadingNP(x.toks[j+2 : end]) // "In a statement, the Harbor Board said"
		case j-start <= 2 && j+2 < end && x.toks[j+1].low == "from":
			np = leadingNP(x.toks[j+2 : end]) // "A statement from the Harbor Board said"
			if slices.ContainsFunc(np, func(t token) bool { return possessive(t.w) }) {
				return nil // "A statement from Marsh's lawyers said": not Marsh's
			}
		case issued > start:
			// "Ada Holm wrote a letter to the council", "The union
			// issued a letter", "Mara Lind released her annual
			// report": the subject right before the verb writes it, not
			// when the letter is someone else's ("a letter from her
			// lawyer", "a letter that Sollet wrote")
			if np = leadingNP(x.toks[start:issued]); len(np) == 0 || np[len(np)-1].s != x.toks[issued-1].s && !x.appositiveTo(np, issued) || x.othersDocument(j) || isOutlet(spanText(x.text, np)) {
				// the subject must run up to the verb ("On Monday, Carran
				// Records issued"), not stop before it
				return nil
			}
		case j-start > 2 && (prev.low == "a" || prev.low == "an") && x.toks[j-2].low == "in":
			from := start
			for i := start; i < j-2; i++ {
				if isMarkToken(x.toks[i]) {
					from = i + 1 // `"...," the Harbor Board wrote in a statement`
				}
			}
			np = leadingNP(x.toks[from : j-2]) // "the Harbor Board said in a statement"
			if c, _ := lastCue(x.toks[from : j-2]); c > 1 && len(np) < c && !x.saysOrJoins(from, from+c) {
				// "Ostland's federal prosecutor said": the whole phrase
				// before the cue, which leadingNP may cut short
				np = x.toks[from : from+c]
			}
			if q := lastComma(np); q > 0 && q+1 < len(np) && hasVerb(np[:q]) && lastComma(np[:q]) < 0 && !slices.ContainsFunc(np[:q], func(t token) bool { return relativeWords[t.low] }) {
				if tail := np[q+1:]; len(tail) <= 6 && isDeterminer(tail[0].low) && !hasVerb(tail) && !slices.ContainsFunc(tail[1:], func(t token) bool { return prepositions[t.low] && t.low != "of" || isDeterminer(t.low) }) {
					// "Two sailors were hurt in a crash in Norland, the
					// navy said in a statement": the subject after the
					// comma, the report before it
					np = tail
				}
			}
		}
		for len(np) > 2 && !np[len(np)-1].capitalised() && (strings.HasSuffix(np[len(np)-1].low, "ly") || strings.Contains(np[len(np)-1].low, "-")) {
			np = np[:len(np)-1] // "The company flat-out denied ... in a statement"
		}
		if len(np) == 0 {
			return nil
		}
		a := x.analyse(np)
		if !a.ok() || a.kind == "document" || a.pronoun != "" || !a.named && (len(np) < 2 || a.kind != "person" && a.kind != "organization") {
			// "Ostland's federal prosecutor said in a statement": a
			// description of one speaker issues it too
			return nil
		}
		sp := x.speaker(a, np[0].s)
		return &sp
	}
	return nil
}

// appositiveTo reports whether all that stands between the phrase np and
// the verb at token v is a description set off by commas: "Marta Quell,
// the company's chief, wrote".
func (x *extractor) appositiveTo(np []token, v int) bool {
	a := x.tokAt(np[len(np)-1].s) + 1
	if a+2 >= v || v-a > 10 || !x.toks[a].is(",") || !x.toks[v-1].is(",") {
		return false
	}
	if w := x.toks[a+1].low; !isDeterminer(w) && !isLowerWord(w) {
		return false
	}
	for _, t := range x.toks[a+1 : v-1] {
		if isMarkToken(t) || t.sentenceEnd() || t.is(",") || cueVerbs[t.low] {
			return false
		}
	}
	return true
}

// writerAfter is the one a document's noun at token j names as its
// writer after it: "a note he received from a nine-year-old pupil", "a
// letter from the Velt Rowing Club", "a statement signed by Ada Holm". A
// writer known by another's name ("a letter from her lawyer", "Marsh's
// lawyers") is left out: whose lawyer, the reader is told elsewhere.
func (x *extractor) writerAfter(j int) *Speaker {
	i := j + 1
	if i+1 < len(x.toks) && pronouns[x.toks[i].low] && (x.toks[i+1].low == "received" || x.toks[i+1].low == "got") {
		i += 2 // "a note he received from"
	} else if i < len(x.toks) && (x.toks[i].low == "sent" || x.toks[i].low == "written" || x.toks[i].low == "signed" || x.toks[i].low == "penned") {
		i++ // "a letter signed by"
	}
	if i+1 >= len(x.toks) || x.toks[i].low != "from" && x.toks[i].low != "by" || x.inQuote(x.toks[i].s) {
		return nil
	}
	end := i + 1
	for end < len(x.toks) && !x.toks[end].sentenceEnd() && !x.lineBetween(end-1, end) {
		end++
	}
	np := x.toks[i+1 : i+1]
	for e := i + 1; e < end && e <= i+6 && x.toks[e].word && !x.inQuote(x.toks[e].s); e++ {
		if w := x.toks[e].low; e > i+1 && (prepositions[w] && !(w == "of" || w == "for") || clauseStarts[w] || cueVerbs[w] || w == "and" || w == "who" || w == "that" || w == "which" || pronouns[w] ||
			adverbs[w] || timeWords[w] || !x.toks[e].capitalised() && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "wards") || w == "later" || w == "earlier")) {
			if w == "and" {
				return nil // "signed by Dana Orrin and Petr Kask": not one writer
			}
			break // "a nine-year-old pupil after he told"
		}
		np = x.toks[i+1 : e+1]
	}
	for len(np) > 0 && (np[len(np)-1].low == "of" || np[len(np)-1].low == "for") {
		np = np[:len(np)-1]
	}
	if !slices.ContainsFunc(np, func(t token) bool { return t.capitalised() }) {
		// a description ends at its noun for a person or a body: "the
		// union" in "from the union came a day later"
		for len(np) > 0 && !personWord(np[len(np)-1].low) && !personNouns[np[len(np)-1].low] && !youngNouns[np[len(np)-1].low] && !orgNouns[np[len(np)-1].low] && !unnamedBodies[np[len(np)-1].low] {
			np = np[:len(np)-1]
		}
	}
	if len(np) == 0 || slices.ContainsFunc(np, func(t token) bool {
		return possessive(t.w) || isDeterminer(t.low) && t.low != "a" && t.low != "an" && t.low != "the"
	}) {
		return nil
	}
	a := x.analyse(np)
	if !a.ok() || a.kind == "document" || a.pronoun != "" || a.outlet || len(np) < 2 || !a.named && (len(np) < 3 || a.kind != "person" && a.kind != "organization") {
		return nil // "a letter from Kessport": a town as often as a writer
	}
	sp := x.speaker(a, np[0].s)
	return &sp
}

// youngNouns are words for a child or a young person, the writers of
// many a note.
var youngNouns = text.WordSet("pupil child girl boy teen kid schoolgirl schoolboy")

// sameDocument reports whether the document noun at token j takes up
// one the text named before and says nothing of who wrote it: "The
// statement, which ran to four pages," or "the statement also blamed",
// but not "the statement from the board" or "the board's statement".
func (x *extractor) sameDocument(j int) bool {
	d := j - 1
	for d > 0 && docAdjectives[x.toks[d].low] {
		d--
	}
	if w := x.toks[d].low; w != "the" && w != "that" && w != "this" {
		return false
	}
	for n := j + 1; n < len(x.toks) && n <= j+2; n++ {
		switch x.toks[n].low {
		case "from", "by", "of", "issued", "released", "written", "signed", "posted", "sent":
			return false // "The statement, signed by forty players,"
		}
		if !x.toks[n].is(",") {
			break
		}
	}
	// the document is the subject of its sentence, not an object someone
	// issues
	// ("The board issued the statement on Monday"): what comes right
	// before it opens a sentence, closes a quotation or a phrase
	if d == 0 || x.lineBetween(d-1, d) {
		return true
	}
	b := x.toks[d-1]
	return b.sentenceEnd() || isMarkToken(b) || b.is(",")
}

// issuedBefore is the index of the verb that puts out the document whose
// noun is token j, in the sentence opening at token start: the verb, a
// determiner ("a", "her", "its") and at most two words in lower case
// ("released her annual report"); -1 when there is none.
func (x *extractor) issuedBefore(start, j int) int {
	for v := j - 2; v >= start && v >= j-4; v-- {
		if !writeVerbs[x.toks[v].low] && !issueVerbs[x.toks[v].low] {
			continue
		}
		if !issueDeterminers[x.toks[v+1].low] {
			return -1
		}
		for i := v + 2; i < j; i++ {
			if !x.toks[i].word || x.toks[i].capitalised() {
				return -1
			}
		}
		return v
	}
	return -1
}

// postedAs are the verbs that make the document of a noun: "posted" a
// post, "tweeted" a tweet.
var postedAs = map[string]string{"posted": "post", "tweeted": "tweet"}

// issueDeterminers open the document a verb puts out.
var issueDeterminers = text.WordSet("a an her his its their")

// docAdjectives may stand between "the" and a document's noun that speaks:
// "the full letter".
var docAdjectives = text.WordSet("full original entire joint written brief short lengthy latest annual")

// issueVerbs put out a document their subject wrote or made their own
// ("issued a statement", "released a statement", "signed a letter"); a
// newspaper that published one, or the police who released one, put
// out someone else's (`published a letter from`, `a letter that Sollet
// wrote`: othersDocument), and an outlet is never the author here.
var issueVerbs = text.WordSet("issued released published signed sent")

// othersDocument reports whether the words after the document's noun at
// token j make it someone else's: "a letter from her lawyer", "a letter
// that Sollet wrote", "a letter her father wrote", "a letter she
// received"; not "a statement that appeared to ...", whose relative
// clause tells of the statement itself.
func (x *extractor) othersDocument(j int) bool {
	if j+1 >= len(x.toks) {
		return false
	}
	next := x.toks[j+1].low
	if next == "that" || next == "which" {
		return j+2 < len(x.toks) && (x.toks[j+2].capitalised() || othersAfterNoun[x.toks[j+2].low])
	}
	return othersAfterNoun[next]
}

// othersAfterNoun after a document's noun open words that give it another
// author or a clause of its own subject.
var othersAfterNoun = text.WordSet(`from by written signed sent received addressed
her his their its she he they i we my our the`)

// postVerbs put a document out under its author's name: "Pirrel shared a
// video with the caption".
var postVerbs = text.WordSet("posted shared tweeted published uploaded sent")

// pronounLeadIn is the speaker of the quote before c when c, a quotation
// alone in its paragraph, follows a short paragraph that names no one and
// tells of a "he" or a "she" (`Even though he was advised to sue, he
// sees no point.` ¶ `"Suing is useless."`) resolving to that speaker: the
// paragraph goes on about the one quoted.
func (x *extractor) pronounLeadIn(c *cand, recent []event, prev Mention) (*Speaker, bool) {
	if c.raw.para == 0 || !x.startsParagraph(c) || prev.Speaker == nil || prev.Speaker.Kind != "person" || !x.endsSentence(c) {
		return nil, false
	}
	p := x.paras[c.raw.para-1]
	if prev.End > p.Start {
		return nil, false // the quote before is in that paragraph: carrying is not this rule's
	}
	ts := x.toks[x.tokAt(p.Start):x.tokAt(p.End)]
	if len(ts) == 0 || wordCountTokens(ts) > 2*maxLeadInWords || !ts[len(ts)-1].sentenceEnd() {
		return nil, false
	}
	pronoun, at := "", -1
	for k, t := range ts {
		if isMarkToken(t) {
			return nil, false
		}
		if t.capitalised() && k > 0 && !ts[k-1].sentenceEnd() && !subjectPronouns[t.low] && !qualifierRun(ts, k) {
			return nil, false // a name, or a word we cannot tell from one
		}
		if t.low == "he" || t.low == "she" {
			if pronoun != "" && pronoun != t.low {
				return nil, false
			}
			pronoun, at = t.low, k
		}
	}
	if pronoun == "" {
		return nil, false
	}
	r := ref{text: ts[at].w, pronoun: pronoun, kind: "person", span: corroborate.Span{Start: ts[at].s, End: ts[at].e}, gender: genderMale}
	if pronoun == "she" {
		r.gender = genderFemale
	}
	sp, _ := x.antecedent(r, recent)
	if sp == nil || sp.Name != prev.Speaker.Name {
		return nil, false
	}
	return sp, true
}

// qualifierRun reports whether the capitalised run through ts[k] goes on
// to a lower-case word for a person: "the South African man" qualifies
// him and names no one.
func qualifierRun(ts []token, k int) bool {
	for k < len(ts) && ts[k].capitalised() {
		k++
	}
	return k < len(ts) && ts[k].word && personWord(ts[k].low)
}

// saysOrJoins reports whether tokens [from, to) hold "and" or a cue: a
// phrase of more than one clause ("Petr Kask told reporters and later").
func (x *extractor) saysOrJoins(from, to int) bool {
	for i := from; i < to; i++ {
		if x.toks[i].low == "and" || cueAt(x.toks, i) > 0 {
			return true
		}
	}
	return false
}

// lastComma is the index of the last comma in ts, -1 when there is none.
func lastComma(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].is(",") {
			return i
		}
	}
	return -1
}

// ownedDocs are documents whose "of" names their author or owner ("the
// website of", "the statement of"), not what they are about or show
// (a poll, a study, a poster, a video, a report of an event).
var ownedDocs = text.WordSet("website statement letter ruling blog")

// closesOwner are the words that may follow an owner's name and close
// the phrase: a relative word, "and", a preposition or a cue ("the
// statement of Harbour Rail says").
var closesOwner = text.WordSet("where which that who and in on at for with from to says said")
