package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// preAttribution reads `Harwick said:` or `Harwick told reporters,` before a quote.
func (x *extractor) preAttribution(pre []token) (attribution, bool) {
	if len(pre) == 0 {
		return attribution{}, false
	}
	if k := hereIsHow(pre); k > 0 {
		pre = pre[k:] // "Here's how Marsk describes it:" is "Marsk describes it:"
	}
	if n := len(pre); n >= 3 && pre[n-1].is(":") {
		if np := quotedObject(pre[:n-1]); np != nil {
			// "He quotes the director of the agency's warning about
			// ...:": the one quoted speaks.
			return attribution{how: attColon, cue: pre[n-1:], np: np}, true
		}
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
				} else if last := np[len(np)-1]; len(np) > 1 && thingOpeners[np[0].lower()] && !sayingNouns[last.low] && !slices.ContainsFunc(np, func(t token) bool { return possessive(t.w) }) && last.word && !last.capitalised() && !personWord(last.low) && !groupNouns[last.low] && !pluralOfPerson(last.low) && !docNouns[last.low] && !labelWords[last.low] {
					// "Another Calder invention:": a thing the writer
					// names, no one speaking ("Ivo Marsk resisted:"
					// stays his).
					return attribution{}, false
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
	if j, m := earlierVerbCue(pre, i); j >= 0 {
		// `The council said Varga's remarks "are based on opinion"`,
		// `saying the minister's remarks "..."`: the noun after the
		// possessive is what the earlier verb reports on; that verb's
		// subject speaks. With no verb before it, `The mayor's promises
		// of "..."` stay the mayor's.
		i, n = j, m
	}
	if j, m := cueBeforeThingClause(pre, i); j >= 0 {
		// `He said he wants a platform that calls for "..."`: the
		// platform's words are the ones the earlier verb reports; its
		// subject speaks.
		i, n = j, m
	}
	if i > 0 && negation(pre[i-1].low) && len(trimPunct(pre[i+n:])) == 0 {
		// `Brask didn't say "I resign"`, `Holm never said "..."`: words
		// the subject did not say are no one's quote (but `has never said
		// it more clearly than on Monday: "..."` says them)
		return attribution{}, false
	}
	if pre[i].low == "written" && i > 0 && pre[i-1].word && !auxiliaries[pre[i-1].lower()] {
		// `A letter written by a pupil "brought tears to his eyes."`: the
		// participle describes the letter; the quote is no one's writing.
		return attribution{}, false
	}
	if j, m := x.reportedFinding(pre, i); j >= 0 {
		// `Tark said that after legal advice Kessport had concluded the
		// quays were "not against the law"`: a finding the speaker
		// reports is in the speaker's words.
		i, n = j, m
	}
	a := attribution{how: attPre, cue: pre[i : i+n]}
	rest := pre[i+n:]
	if i > 0 && (pre[i-1].low == "which" || pre[i-1].low == "who") && relativeClosed(rest) {
		// `which said its source was a nurse, "the Ferryman" and ...`,
		// `The law, which states that ..., has been branded "stupid"`:
		// the cue's words are the clause after it, not the quote.
		return attribution{}, false
	}
	if np := documentHolding(rest); np != nil {
		// `Jo Pratt reports the emails included the message "..."`: the
		// words are the document's, relayed by the one who reports it.
		a.np, a.partial = np, true
		return a, true
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
	case i > 3 && pre[i-1].low == "who" && pre[i-2].is(",") && nameBeforeWho(pre[:i-2]) != nil:
		// `included a quote from Mr Holm, who told the magazine,`: the
		// one "who" stands for speaks.
		a.np = nameBeforeWho(pre[:i-2])
	case i > 3 && pre[i-1].low == "who" && pre[i-2].is(",") && endsDescribed(pre[:i-2]):
		// `Pell was seen kneeling in front of a masked guard, who
		// said,`: the one described right before "who" speaks; after
		// "a friend of the ferryman" no one the text makes sure of.
		a.np = describedBeforeWho(pre[:i-2])
	case i > 2 && pre[i-1].low == "who" && relativeHead(pre[:i-1]) != nil:
		// `quotes a warden who describes as "nonsense"`: the one "who"
		// stands for speaks, not the sentence's subject.
		a.np = relativeHead(pre[:i-1])
	case i == 0 || (i > 0 && pre[i-1].is(",") && !tellVerbs[pre[i].low] && !namingCues[pre[i].low] && len(rest) > 0 && (rest[0].capitalised() && !timeWords[rest[0].lower()] || len(rest) > 1 && (rest[0].low == "the" || rest[0].low == "a" || rest[0].low == "an") && rest[1].capitalised())) && !clauseAfter(rest) && !possessedThing(rest):
		// `..., wrote Piet Koss:` and `..., reported the Argus Group:`
		// (but `Koss, ..., called Harbor's plan "..."` names the plan,
		// and `Koss, ..., said Holm has proven "..."` reports a clause).
		a.np = npAfter(rest)
		if k := slices.IndexFunc(a.np, func(t token) bool { return t.is(",") }); k > 0 && len(a.np) == len(rest) && strings.EqualFold(pre[i].w, "according") {
			// `According to Ada Holm, the plan "..."`: the words after
			// the comma run into the quote, the clause's subject, no
			// role of hers
			a.np = a.np[:k]
		}
	case i > 0 && docCueVerbs[pre[i].low] && (pre[i-1].low == "that" || pre[i-1].low == "which"):
		// `a sign with fellow marchers that read "..."`: the document reads.
		a.np = docPhraseBefore(pre[:i])
	case i > 1 && pre[i-2].is(",") && (pre[i-1].low == "he" || pre[i-1].low == "she"):
		// `Pressed on whether he could name it, he confessed:`: the
		// pronoun after the opening clause.
		a.np = pre[i-1 : i]
	case i > 1 && possessedNounCue(pre, i):
		// `The council rejected the mayor's claims that ... "..."`:
		// the claims are the possessor's words.
		a.np = possessorPhrase(pre, i)
	default:
		a.np = nameBeforeDocAside(subjectBefore(pre[:i]))
		if np := x.coordinatedSubject(pre, i); np != nil {
			// `The Tide Watch site said there had been flooding and on
			// Tuesday said a breach "could not be ruled out."`
			a.np = np
		}
	}
	if a.np == nil {
		return attribution{}, false
	}
	if strings.EqualFold(a.cue[0].w, "according") && evidenceNP(trimPunct(rest)) {
		// "according to new data": no one speaks.
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

// coordinatedSubject is the subject of the first cue of a sentence whose
// later cue at i is that subject's second verb: "and", perhaps a phrase of
// when ("on Tuesday", "later", "also"), then the cue, with a clause that
// names no one and speaks of no people between the two cues. Nil
// otherwise.
func (x *extractor) coordinatedSubject(pre []token, i int) []token {
	k := i - 1
	for k >= 0 && i-k <= 3 && pre[k].word && !pre[k].capitalised() && (coordinatedAdverbs[pre[k].low] || prepositions[pre[k].low]) || k >= 0 && i-k <= 3 && timeWords[pre[k].lower()] {
		k--
	}
	if k < 1 || pre[k].low != "and" {
		return nil
	}
	when := pre[k+1 : i]
	if slices.ContainsFunc(when, func(t token) bool { return prepositions[t.low] }) && !slices.ContainsFunc(when, func(t token) bool { return timeWords[t.lower()] }) {
		return nil // "and to the council said": not a phrase of when
	}
	j, m := firstCue(pre[:k], k)
	if j < 1 || j+m >= k || isGerund(pre[j]) || inRelative(pre[:j]) {
		// (`Police arrested a man who said he had a bomb and later said`:
		// the first cue is a relative clause's, not the subject's.)
		return nil
	}
	mid := pre[j+m : k]
	if hasCue(mid) || peopleIn(mid) || x.personNamedIn(mid) || slices.ContainsFunc(mid, func(t token) bool {
		return t.low == "who" || t.low == "which" || t.is(";") || isMarkToken(t) // ("said that ..." reports a clause)
	}) {
		return nil
	}
	np := subjectBefore(pre[:j])
	if np == nil || !x.analyse(np).ok() {
		return nil
	}
	return np
}

// inRelative reports whether the words before a cue leave a relative
// clause open: "a man who", "the firm that Omar Lind" (but not "the
// site, which tracks the port,").
func inRelative(ts []token) bool {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].is(",") {
			return false
		}
		if relativeWords[ts[i].low] {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = text.WordSet("who whom whose that which")

// coordinatedAdverbs are the words of when between "and" and a second
// verb of one subject: "and later said", "and then told".
var coordinatedAdverbs = text.WordSet("also later then again subsequently separately last this")

// reportedFinding is the cue of speech, and its length, that reports the
// finding cue at i ("concluded", "agreed") in the same clause: "said" in
// "Tark said that after legal advice Kessport had concluded". The words
// between hold no clause break (a comma, "and", "but", "who", ";") and
// the finding is a body's, a place's or a pronoun's ("Kessport", "the
// board", "they", "we"): a person's name ("Tark said Anna Lund had concluded",
// "Dr. Lund") keeps the finding theirs. -1 when there is none.
func (x *extractor) reportedFinding(pre []token, i int) (int, int) {
	if !findingCues[pre[i].low] || i+1 < len(pre) && pre[i+1].low == "to" {
		return -1, 0 // "the unions agreed to \"pause the strike\"": their terms
	}
	j, m := lastCue(pre[:i])
	if j < 0 || !speechCues[pre[j].low] || j > 0 && (pre[j-1].low == "who" || pre[j-1].low == "which") {
		return -1, 0
	}
	if subj := pre[:j]; len(subj) > 0 && clauseStarts[subj[0].low] {
		return -1, 0 // "As Tark said last week, the board concluded"
	}
	between := pre[j+m : i]
	for _, t := range between {
		if t.sentenceEnd() || !t.word || clauseBreaks[t.low] {
			return -1, 0
		}
	}
	k := len(between)
	for k > 0 && (auxiliaries[between[k-1].low] || isAdverb(between[k-1].low)) {
		k-- // "Kessport had concluded"
	}
	if k == 0 {
		return -1, 0
	}
	if w := between[k-1].low; w == "they" || w == "it" || w == "we" {
		return j, m // "they agreed", "it concluded", "we concluded"
	}
	run := k // the capitalised run that ends the words between
	for run > 0 && between[run-1].capitalised() {
		run--
	}
	det := run - 1 // the article before the capitalised run, or of a description
	if run == k {
		for det = k - 1; det >= 0 && between[det].low != "the" && !between[det].capitalised(); det-- {
		}
		if det < 0 || personWord(between[k-1].low) {
			return -1, 0 // "the harbour master": a person's finding
		}
	}
	switch {
	case det >= 0 && between[det].low == "the":
		return j, m // "the board", "the Harbour Board"
	case k-run == 1 && !knownFirstName(between[run]) && !titleToken(between[run]) && len(x.names.byLast[strings.ToLower(between[run].w)]) == 0:
		return j, m // "Kessport", no one's surname in the text
	}
	return -1, 0 // "Zorvan Kettle", "Dr. Lund", "Lund": maybe a person
}

var (
	// findingCues report a conclusion reached, which another may report.
	findingCues = text.WordSet("concluded concludes agreed agrees")
	// speechCues report what someone said.
	speechCues = text.WordSet("said says told tells announced announces explained explains added adds")
	// clauseBreaks open another clause between a cue and a finding.
	clauseBreaks = text.WordSet("and but who which while whereas although though because")
)

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

// holdVerbs tell what a document holds: `the emails included the
// message "..."`.
var holdVerbs = text.WordSet("included includes include contained contains contain carried carries bore bears featured features")

// documentHolding is the document that rest, the words after a cue and
// right before a quotation, says holds the quoted words: a document, a
// verb of holding and a determiner with a noun or two ("the emails
// included the message", "one letter contained the words"); nil if rest
// says otherwise.
func documentHolding(rest []token) []token {
	n := len(rest)
	for v := n - 2; v >= 1 && v >= n-4; v-- {
		if !rest[v].word || !holdVerbs[rest[v].low] || !isDeterminer(rest[v+1].low) {
			continue
		}
		for _, t := range rest[v+1:] {
			if !t.word || t.capitalised() {
				return nil
			}
		}
		return docPhraseBefore(rest[:v])
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

// sayingNouns name what someone says that docNouns and labelWords leave
// out: "The Harbor Board reaction:" is the board's words.
var sayingNouns = text.WordSet(`reaction reactions verdict take view comments retort rejoinder remark remarks word words advice warning explanation assessment conclusion argument position stance promise pledge plea appeal demand question`)

// thingOpeners open a noun phrase that names a thing before a colon
// ("Another Calder invention:", "The new rule:").
var thingOpeners = text.WordSet("another a an the one this that these those")

// hereIsHow is the number of tokens of a "Here's how" or "This is how"
// opening pre, 0 when it has none: what follows is the clause that tells
// who speaks ("Here's how Marsk describes what happened next:").
func hereIsHow(pre []token) int {
	// the first words compared as they stand: this runs before every
	// attribution read, so it builds nothing
	switch {
	case len(pre) >= 2 && pre[1].low == "how" && (pre[0].low == "here's" || pre[0].low == "here’s" || pre[0].low == "that's" || pre[0].low == "that’s"):
		return 2
	case len(pre) >= 3 && pre[1].low == "is" && pre[2].low == "how" && (pre[0].low == "here" || pre[0].low == "this" || pre[0].low == "that"):
		return 3
	}
	return 0
}

// quotedObject is the one a subject quotes or cites before a colon, "He
// quotes the director of the agency's warning about ...": the words up to
// the possessive ("the director of the agency"), or a name right after
// the verb ("cites Ada Holm"); nil when ts has no such verb and object.
func quotedObject(ts []token) []token {
	for k := 1; k+1 < len(ts); k++ {
		if w := ts[k].low; w != "quotes" && w != "quoted" && w != "cites" && w != "cited" || ts[k].capitalised() || passiveAux[ts[k-1].low] {
			continue // "Holm was quoted in Lund's newsletter:" is Holm's
		}
		obj := ts[k+1:]
		if prepositions[obj[0].low] {
			return nil // "compared quotes from Lund's firm:": a noun
		}
		for j, t := range obj[:min(len(obj), 8)] {
			if !t.word {
				break
			}
			if possessive(t.w) {
				// the words quoted are the possessor's saying ("warning",
				// "remarks"; an adjective may stand before it), not any
				// thing of theirs ("cited Lund's previous convictions:")
				if !hasName(obj[:j+1]) || !slices.ContainsFunc(obj[j+1:min(len(obj), j+3)], func(t token) bool { return sayingNouns[t.low] }) {
					return nil
				}
				// the possessor without its "'s": "the director of
				// the Calder Signals Office".
				np := append(make([]token, 0, j+1), obj[:j+1]...)
				bare := stripPossessive(t.w)
				np[j].e, np[j].w, np[j].low = t.s+len(bare), bare, strings.ToLower(bare)
				return np
			}
		}
		n := 0
		for n < len(obj) && n < 4 && obj[n].capitalised() {
			n++
		}
		if n >= 1 && n == len(obj) {
			return obj
		}
		return nil
	}
	return nil
}

// nameBeforeDocAside is np cut before a phrase that tells where a name
// wrote or spoke, set between the name and its verb: `Ada in a blog post
// on the council website said` is Ada's. np itself otherwise.
func nameBeforeDocAside(np []token) []token {
	for k := 1; k+2 < len(np); k++ {
		if np[k].low != "in" && np[k].low != "on" {
			continue
		}
		for _, t := range np[:k] {
			if !t.word || !t.capitalised() {
				return np
			}
		}
		for j := k + 1; j < len(np) && j <= k+4; j++ {
			if docNouns[np[j].low] || np[j].low == "interview" || mediaNouns[np[j].low] {
				return np[:k]
			}
		}
		return np
	}
	return np
}

// nameBeforeWho is the name that ends ts, a run of capitalised words
// (titles too) after a lower-case word, as before ", who told": "Mr Holm"
// in "a quote from Mr Holm", "Carrow Ferry Company" in "angered the Carrow
// Ferry Company"; nil if ts does not end with one.
func nameBeforeWho(ts []token) []token {
	k := len(ts)
	for k > 0 && ts[k-1].word && ts[k-1].capitalised() {
		k--
	}
	run := ts[k:]
	if len(run) == 0 || len(run) > 4 || k == 0 || !ts[k-1].word || ts[k-1].sentenceEnd() || !personRun(run) {
		return nil
	}
	p := k - 1
	if isDeterminer(ts[p].low) && p > 0 {
		p-- // "angered the Carrow Ferry Company, who"
	}
	for _, t := range ts[max(0, p-3):p] {
		if t.word && !t.capitalised() && (personWord(t.low) || pluralOfPerson(t.low)) {
			// "a spokesman with Ostland Rail, who", "a lawyer
			// representing Ada Holm, who": the one in the role speaks
			return nil
		}
	}
	switch w := ts[p].low; {
	case w == "by":
	case w == "from":
		// "a quote from Mr Holm, who told": words that come from him;
		// not "an economist from Carrow, who"
		if !slices.ContainsFunc(ts[max(0, p-3):p], func(t token) bool {
			return sayingNouns[t.low] || docNouns[t.low] || t.low == "quote" || t.low == "quotes"
		}) {
			return nil
		}
	case prepositions[w]:
		// "an aide to Senator Ada Holm, who", "a source close to Ivo
		// Lund, who": the one the phrase is about does not speak
		return nil
	}
	return run
}

// earlierVerbCue is the cue before the plural noun cue at pre[i] when that
// noun has a possessive before it ("Varga's remarks") and a verb cue
// stands earlier in the same sentence ("said", "saying", "called"): the
// index and length of that cue, or -1.
func earlierVerbCue(pre []token, i int) (int, int) {
	if i < 2 || !possessedNounCue(pre, i) {
		return -1, 0
	}
	k := i - 1
	if k > 0 && isDeterminer(pre[k-1].low) {
		k--
	}
	j, m := lastCue(pre[:k])
	if j < 0 || strings.EqualFold(pre[j].w, "according") {
		return -1, 0
	}
	for _, t := range pre[j:i] {
		if t.sentenceEnd() || isMarkToken(t) {
			return -1, 0
		}
	}
	return j, m
}

// possessedNounCue reports whether ts[i] is a plural noun cue with a
// possessive right before it, "Varga's remarks", "the mayor's claims": a
// noun, the possessor's words, not a verb with a subject.
func possessedNounCue(ts []token, i int) bool {
	return i > 0 && pluralNounCues[ts[i].low] && possessive(ts[i-1].w)
}

// possessorPhrase is the possessor that ends right before pre[i]: "the
// mayor's", "Ada Holm's", "the harbour board's" (a name run, or a
// determiner and up to two lower-case words).
func possessorPhrase(pre []token, i int) []token {
	k := i - 1
	if pre[k].capitalised() {
		for k > 0 && i-k < 4 && pre[k-1].word && pre[k-1].capitalised() && !pre[k-1].sentenceEnd() {
			k--
		}
		return pre[k:i]
	}
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		if !pre[j].word || pre[j].capitalised() && !isDeterminer(pre[j].lower()) {
			break
		}
		if isDeterminer(pre[j].lower()) {
			return pre[j:i]
		}
	}
	return pre[k:i]
}

// describedBeforeWho is the one "who" stands for when ts ends with a
// description, as before ", who said": the name the description is an
// appositive to ("Ada Holm, a retired teacher"), else the description
// itself ("a masked guard", "an Ostland militant": a determiner and at
// most three words, the last in lower case; "who" tells it is a person).
// Nil when ts ends otherwise, or when the description is the object of a
// preposition after another word for a person ("a friend of the
// ferryman, who": which of the two "who" stands for, the text does not
// say).
func describedBeforeWho(ts []token) []token {
	if name := nameBeforeAppositive(ts); name != nil {
		// "Ada Holm, a retired teacher, who said", "John Marsh, a
		// neighbour of the family, who said": the one named.
		return name
	}
	k := describedStart(ts)
	if k < 0 {
		return nil
	}
	if k >= 2 && prepositions[ts[k-1].low] && ts[k-2].word && !ts[k-2].capitalised() && (personWord(ts[k-2].low) || pluralOfPerson(ts[k-2].low)) {
		return nil
	}
	return ts[k:]
}

// nameBeforeAppositive is the person's name set before the last comma of
// ts when what follows that comma is a description opened by "a", "an" or
// "the" (an appositive: "Ada Holm, a nurse at the old hospital"); nil
// otherwise.
func nameBeforeAppositive(ts []token) []token {
	c := -1
	for j := len(ts) - 1; j >= 0 && len(ts)-j <= 10; j-- {
		if ts[j].is(",") {
			c = j
			break
		}
		if !ts[j].word || ts[j].sentenceEnd() {
			return nil
		}
	}
	if c < 1 || c+2 >= len(ts) {
		return nil
	}
	if w := ts[c+1].low; w != "a" && w != "an" && w != "the" {
		return nil
	}
	k := c
	for k > 0 && ts[k-1].word && ts[k-1].capitalised() && c-k < 4 {
		k--
	}
	run := ts[k:c]
	if len(run) < 2 || !personRun(run) || hasOrgWord(run) {
		return nil
	}
	return run
}

// endsDescribed reports whether ts ends with a determiner and up to three
// words, the last in lower case: "a masked guard", "a friend of the
// ferryman", "an Ostland militant".
func endsDescribed(ts []token) bool { return describedStart(ts) >= 0 }

// describedStart is where the description that ends ts begins, its
// determiner ("a", "the"; not "his" or "her"); -1 when ts does not end
// with one.
func describedStart(ts []token) int {
	n := len(ts)
	if n < 2 || !ts[n-1].word || ts[n-1].capitalised() || prepositions[ts[n-1].low] || isDeterminer(ts[n-1].low) {
		return -1
	}
	k := n - 2
	for k >= 0 && n-1-k <= 3 && ts[k].word && !isDeterminer(ts[k].lower()) && !prepositions[ts[k].low] && !cueVerbs[ts[k].low] && !subjectPronouns[ts[k].low] {
		k--
	}
	if k < 0 || !isDeterminer(ts[k].low) || ts[k].capitalised() && k > 0 {
		return -1
	}
	switch ts[k].low {
	case "his", "her", "their", "its", "our", "my", "your":
		return -1
	}
	return k
}

// mediaNouns are where someone speaks to the public: "Holm on the radio
// said".
var mediaNouns = text.WordSet("radio television tv podcast programme program broadcast show")

// negation reports whether w denies the verb after it: "not", "never",
// "didn't", "won’t".
func negation(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// cueBeforeThingClause is the verb cue earlier in the sentence when the cue
// at pre[i] opens a relative clause on a thing ("a platform that calls
// for"): a lower-case noun that is no person, group or body, then "that"
// or "which", and only when a pronoun subject wants or made the thing
// ("he wants a party platform that calls for"), for a thing one reads,
// cites or finds elsewhere speaks for its authors. The index and length
// of the earlier cue, or -1.
func cueBeforeThingClause(pre []token, i int) (int, int) {
	if i < 3 || pre[i-1].low != "that" && pre[i-1].low != "which" {
		return -1, 0
	}
	head := pre[i-2]
	if !head.word || head.capitalised() || personWord(head.low) || groupNouns[head.low] || pluralOfPerson(head.low) ||
		orgWords[head.low] || bodyKinds[head.low] || pronouns[head.low] || cueVerbs[head.low] {
		return -1, 0
	}
	if !ownedDocument(pre[:i-1]) {
		// `said she had read a report that says "..."`, `said the
		// town has a bylaw that says`: the thing's words, not hers
		return -1, 0
	}
	j, m := lastCue(pre[:i-2])
	if j < 0 || strings.EqualFold(pre[j].w, "according") || isGerund(pre[j]) {
		return -1, 0
	}
	for k, t := range pre[j:i] {
		if t.sentenceEnd() || isMarkToken(t) {
			return -1, 0
		}
		if k >= m && t.word && t.capitalised() && !timeWords[t.lower()] {
			// `said Ivo Brek has a plan that calls for`: the plan is
			// another's, whose words the speaker may only relay
			return -1, 0
		}
		if w := t.lower(); k >= m && j+k < i-3 && (t.is(";") || w == "but" || w == "while" || w == "whereas" ||
			t.word && !t.capitalised() && isDeterminer(pre[j+k-1].low) && (speakerNoun(w) || orgWords[w] || bodyKinds[w])) {
			// `said her rival wants a platform that`, `said ..., but the
			// union has a motto that says`: someone else's thing ("a
			// party platform" is a modifier and its thing)
			return -1, 0
		}
	}
	return j, m
}

// ownedDocument reports whether ts ends with a thing a pronoun subject
// wants or made: "he", "she", "they" or "we", one of ownDocVerbs, then at
// most three words up to the noun ("he wants a party platform", "she
// unveiled a new bill"); "the council released a report" is the
// council's.
func ownedDocument(ts []token) bool {
	for k := len(ts) - 2; k >= 1 && k >= len(ts)-5; k-- {
		if !ts[k].word || ts[k].capitalised() {
			return false
		}
		if ownDocVerbs[ts[k].low] {
			s := k - 1
			if s > 0 && (auxiliaries[ts[s].low] || modals[ts[s].low] || isAdverb(ts[s].low)) {
				s-- // "he would release", "she also wrote"
			}
			switch ts[s].low {
			case "he", "she", "they", "we", "i":
				return true
			}
			return false
		}
	}
	return false
}

// ownDocVerbs tell that a thing is the subject's own: wanted, proposed,
// written or put out by them.
var ownDocVerbs = text.WordSet(`want wants wanted propose proposes proposed back backs backed seek seeks sought
draft drafts drafted introduce introduces introduced unveil unveils unveiled sign signs signed issue issues issued
release releases released write writes wrote support supports supported`)
