package claims

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// Faults of a sentence as a claim's wording, worst first: a fragment words
// no claim; a sentence opening with a pronoun or "This"/"That" points back
// to a sentence the reader does not have; a quotation with no speaker when
// another sentence gives one, or with a pronoun for its speaker ("..., he
// said.") when another names the speaker ("..., Varga said."); first person
// outside quotation marks ("Our source") is the outlet's own voice; a
// photograph's caption glued to its credit ("Ivo Rask/Getty The ferry
// ...") is the page's furniture.
const (
	faultFragment       = 100
	faultPointsBack     = 4
	faultNoSpeaker      = 2
	faultPronounSpeaker = 1
	faultFirstPerson    = 2
	faultCaption        = 2
)

// OpensWithCredit reports a sentence that opens with a photograph's
// credit (creditOpener): a caption, not a statement of the story.
func OpensWithCredit(s string) bool { return strings.Contains(s, "/") && creditOpener.MatchString(s) }

// creditOpener opens a sentence with a photograph's credit, its
// photographer (two to four names) and agency set off by a slash, and the
// caption's sentence starting after it with a capital ("Ivo Rask/Getty The
// ferry ...", "Lena Ott/AP Photo Rescuers ..."). A poll or a report
// credited with a slash ("Fenwick/Reuters polling found ...") goes on in
// lower case and is none.
var creditOpener = regexp.MustCompile(`^(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]*/(?:Getty|AP|AFP|Reuters|REUTERS|EPA|Shutterstock|Rex|WireImage|FilmMagic|Invision|Corbis|Bloomberg|PA)(?: Images| Photo| Pictures| Features)? [A-Z"“‘]`)

// speaker is how a sentence gives the speaker of its quotation.
type speaker uint8

const (
	noSpeaker      speaker = iota
	pronounSpeaker         // "..., he said.", "..., she added, according to the Post."
	namedSpeaker           // "..., Varga said.", "..., said a harbour spokeswoman."
)

// speakerPronouns stand for a speaker named elsewhere.
var speakerPronouns = text.WordSet("he she they it we i")

// backOpeners open a sentence that leans on the one before it.
var backOpeners = text.WordSet(`he she it they we i this that these those his her its their our my
him them another such`)

// outletVoice words are the outlet's own voice outside quotation marks.
var outletVoice = text.WordSet("we our us i my me")

// sayWords name the act of saying: "said", "according (to)", "wrote".
const sayWords = "said says say told tells according added adds explained stated wrote writes noted"

// attribution words name who said a quotation.
var attribution = text.WordSet(sayWords + " asked asks insisted claimed")

// saying holds the words of attribution and of speech (speechWords),
// which state no fact alike.
var saying = unionOf(attribution, speechWords)

// wordingFaults scores how badly the sentence full[start:end], of tokens
// toks (offsets into full), reads as a claim on its own; who tells how it
// gives the speaker of its quotation.
func wordingFaults(full string, start, end int, toks []token) (faults int, who speaker) {
	s := strings.TrimSpace(full[start:end])
	if fragment(s) {
		faults += faultFragment
	}
	quoted := isQuotation(s)
	voice := false
	// without quotation marks every word is outside them: toks serves as
	// it is, copied only when some are inside
	outside := toks
	if hasMark(full[start:end], `"`, "“", "”") {
		outside = nil
		in, pos := false, start
		for _, t := range toks {
			for _, r := range full[pos:t.start] {
				if r == '"' || r == '“' || r == '”' {
					in = !in
				}
			}
			pos = t.end
			if !in {
				outside = append(outside, t)
			}
		}
	}
	for _, t := range outside {
		voice = voice || outletVoice[t.low] && !(t.low == "us" && t.text == "US")
	}
	who = speakerOf(outside)
	switch {
	case quoted && who == noSpeaker:
		faults += faultNoSpeaker
	case quoted && who == pronounSpeaker:
		faults += faultPronounSpeaker
	}
	if len(toks) > 0 && !quoted {
		// "That's why ..." opens with "That"
		first, clitic, _ := strings.Cut(toks[0].low, "'")
		// "It was not known ...", "It is unclear ...", "It's unclear ..."
		// point nowhere
		nowhere := first == "it" && (clitic == "s" || clitic == "" && len(toks) > 1 && beForms[toks[1].low])
		// "The latter turned out to be ..." points back as "He" does
		latter := first == "the" && len(toks) > 1 && (toks[1].low == "latter" || toks[1].low == "former")
		if (backOpeners[first] || latter) && !nowhere {
			faults += faultPointsBack
		}
	}
	if voice && !strings.ContainsAny(s, `"“”`) && !opensSingle(s) {
		faults += faultFirstPerson
	}
	if OpensWithCredit(s) {
		faults += faultCaption
	}
	return faults, who
}

// speakerOf reads how the words outside a sentence's quotation marks give
// its speaker: by a name or a description next to a verb of saying
// ("Varga said", "a spokeswoman told reporters", "according to the
// ministry"), else by a pronoun ("he said", "she later added", "said he",
// and "he added, according to the Post", whose credit names no speaker),
// or not at all. The first verb of saying decides: "he said, adding that
// police had told residents ..." gives its speaker by a pronoun.
func speakerOf(outside []token) speaker {
	for i, t := range outside {
		if !attribution[t.low] {
			continue
		}
		// "said he" after the quotation; not "Obama said he and his team ..."
		pronoun := i == 0 && len(outside) > 1 && (outside[1].low == "he" || outside[1].low == "she")
		for j := max(0, i-2); j < i; j++ {
			pronoun = pronoun || speakerPronouns[outside[j].low]
		}
		if pronoun {
			return pronounSpeaker
		}
		return namedSpeaker
	}
	return noSpeaker
}

// isQuotation reports a sentence that is mostly a quotation, in double
// marks or opened by a single one ("Roe said: ‘We ...").
func isQuotation(s string) bool {
	return QuotedShare(s) > 0.3 || strings.HasPrefix(s, "‘") || strings.Contains(s, ": ‘") || strings.Contains(s, ": '")
}

// stripDateline removes the dateline that opens a sentence that opens its
// article.
func stripDateline(s string) string { return wording{text: s, opens: true}.bare() }

// bare is the wording without the dateline that opens it
// (outlets.DatelineEnd: a colon dateline only in the article's first
// sentence).
func (w wording) bare() string { return w.text[outlets.DatelineEnd(w.text, w.opens):] }

// wording is one sentence that may word a claim.
type wording struct {
	text           string
	faults         int
	who            speaker
	unsaid, quoted bool
	// personSays marks a sentence outside quotation marks in which a
	// pronoun says something ("He said the crossing would stay shut.")
	personSays bool
	// opens marks the sentence that opens its article's text.
	opens bool
}

// wordingOf reads unit ui's sentence as a claim's wording, once.
func (st *story) wordingOf(ui int) wording {
	if w, ok := st.wordings[ui]; ok {
		return w
	}
	u := &st.units[ui]
	w := newWording(st.arts[u.art].Text, u.span.Start, u.span.End, u.toks)
	if st.wordings == nil {
		st.wordings = map[int]wording{}
	}
	st.wordings[ui] = w
	return w
}

func newWording(full string, start, end int, toks []token) wording {
	w := wording{text: strings.TrimSpace(full[start:end]), opens: strings.TrimSpace(full[:start]) == ""}
	w.faults, w.who = wordingFaults(full, start, end, toks)
	w.quoted = isQuotation(w.text)
	w.unsaid = w.quoted && w.who == noSpeaker
	w.personSays = !w.quoted && w.who == pronounSpeaker && personSays(toks)
	return w
}

// claimWording words cluster cl's claim from ws, the sentences stating it
// (the leader's first): the one that reads best alone (bestWording). When
// that is a quotation that does not name its speaker, a sentence of the
// cluster's articles that gives the quotation with its speaker named words
// it instead: an article may give a quotation bare or with "he said" first
// and with its speaker later ("We knew," Marr said.). Else a sentence that
// does not name whom it reports is worded with the one before it that
// names them (saidBefore). A quotation the articles give to different
// speakers is worded by a sentence that names none of them, when one does
// ("…,” he said."): the claim takes no side in that conflict. It returns
// "" when every sentence is a fragment.
func (st *story) claimWording(cl *cluster, ws []wording) string {
	i := bestIndex(ws)
	if i < 0 {
		return ""
	}
	if st.isDisputed(ws) {
		var unnamedWs []wording
		for _, w := range ws {
			if w.quoted && w.who != namedSpeaker {
				unnamedWs = append(unnamedWs, w)
			}
		}
		if j := bestIndex(unnamedWs); j >= 0 {
			return unnamedWs[j].bare()
		}
	}
	if w := ws[i]; w.quoted && w.who != namedSpeaker {
		all := ws
		for _, gi := range cl.groups {
			for _, ui := range st.groups[gi].units {
				if w := st.wordingOf(ui); w.quoted && w.who == namedSpeaker && !slices.ContainsFunc(all, func(x wording) bool { return x.text == w.text }) {
					all = append(all, w)
				}
			}
		}
		if j := bestIndex(all); j >= 0 && all[j].quoted && all[j].who == namedSpeaker {
			return all[j].bare()
		}
	}
	if unnamed(ws[i]) {
		if s := st.saidBefore(cl); s != "" {
			return s
		}
	}
	return ws[i].bare()
}

// isDisputed reports wordings that hold a quotation whose speaker the
// articles dispute (Options.DisputedQuotes).
func (st *story) isDisputed(ws []wording) bool {
	if len(st.disputed) == 0 {
		return false
	}
	for _, w := range ws {
		if !w.quoted {
			continue
		}
		k := text.LowerAlnum(w.text)
		for _, q := range st.disputed {
			if strings.Contains(k, q) {
				return true
			}
		}
	}
	return false
}

// unnamed reports a wording that does not name whom it reports: a
// quotation without its speaker named, or a sentence whose speaker is a
// pronoun ("He said the crossing would stay shut.").
func unnamed(w wording) bool {
	return w.quoted && w.who != namedSpeaker || !w.quoted && w.personSays
}

// personPronouns stand for a person named elsewhere.
var personPronouns = text.WordSet("he she they")

// personSays reports a sentence in which a pronoun for a person says
// something ("he said", "she later told ..."), not "it says".
func personSays(toks []token) bool {
	for i, t := range toks {
		if !attribution[t.low] {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if personPronouns[toks[j].low] {
				return true
			}
		}
	}
	return false
}

// saidBefore words a claim none of whose sentences names whom it reports
// by one of them (unnamed) together with the sentence before it that names
// the speaker: the quotation that goes on after "..., Varga said." in the
// same paragraph ("Our crews did all they could.") or the sentence whose
// "he said" stands for the name of the sentence just before ("Harbour
// master Ilse Brandt said ... ¶ "...," she said." or "She said ...").
// Of several, the shortest; "" when no article names the speaker there.
func (st *story) saidBefore(cl *cluster) string {
	best := ""
	for _, gi := range cl.groups {
		for _, ui := range st.groups[gi].units {
			u := &st.units[ui]
			w := st.wordingOf(ui)
			if u.post || !unnamed(w) || w.faults >= faultFragment || !w.quoted && pronounTail(w.text) {
				// "..., he said." outside quotation marks is the outlet's
				// statement, which reads alone: the sentence before would
				// add its own fact, which the claim's other articles do not
				// state, to their claim
				continue
			}
			full := st.arts[u.art].Text
			prev, ok := st.sentenceBefore(u.art, u.span.Start)
			if !ok {
				continue
			}
			gap := full[prev.End:u.span.Start]
			if strings.TrimSpace(gap) != "" || strings.Count(gap, "\n") > 2 {
				continue
			}
			ptoks := tokenize(full, prev.Start, prev.End)
			p := newWording(full, prev.Start, prev.End, ptoks)
			// "The board asked the shipyard ..." names no speaker
			if p.faults != 0 || p.who != namedSpeaker || !p.quoted && !namesSayer(ptoks) {
				continue
			}
			// a bare quotation goes on from a quotation of the same
			// paragraph, or from a bare attribution leading to it ("Harbour
			// master Ilse Brandt told the Post. "..."); "he said" may stand
			// for a name of the paragraph before
			if w.who == noSpeaker && (!p.quoted && !leadsIn(full, ptoks) || strings.Contains(gap, "\n") || !opensQuote(w.text)) {
				continue
			}
			// a sentence another claim states is that claim's wording:
			// put whole before this one, the two claims would read as one
			// repeated, so only its closing attribution names the speaker
			// ("Varga said. "We caught it early ...""), copied as written
			lead := p.bare()
			if st.claimed[[2]int{u.art, prev.Start}] {
				if lead = speakerTail(lead); lead == "" {
					continue
				}
			}
			s := lead + " " + w.text
			if best == "" || len(s) < len(best) || len(s) == len(best) && s < best {
				best = s
			}
		}
	}
	return best
}

// speakerTail is the closing attribution of a sentence that opens with a
// quotation: the words after its last closing mark ("Varga said." of
// ""The damage is serious," Varga said."), when they are a few words
// holding a verb of saying; "" otherwise.
func speakerTail(s string) string {
	if !opensQuote(s) {
		return ""
	}
	end := max(strings.LastIndex(s, `"`), strings.LastIndex(s, "”"))
	if end <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(s[end:])
	tail := strings.TrimSpace(s[end+size:])
	ws := strings.Fields(tail)
	if len(ws) == 0 || len(ws) > maxSpeakerTail || !text.EndsSentence(tail) {
		return ""
	}
	for _, w := range ws {
		if sayingVerbs[strings.ToLower(strings.Trim(w, ".,;:"))] {
			return tail
		}
	}
	return ""
}

// pronounTail reports a sentence that closes with a pronoun saying it
// (", he said." or ", she told reporters.").
func pronounTail(s string) bool {
	i := strings.LastIndexByte(s, ',')
	if i < 0 {
		return false
	}
	ws := strings.Fields(s[i+1:])
	if len(ws) < 2 || len(ws) > 4 || !personPronouns[strings.ToLower(ws[0])] {
		return false
	}
	return sayingVerbs[strings.ToLower(strings.Trim(ws[1], ".,;:"))]
}

// maxSpeakerTail is the most words a closing attribution takes ("said
// Ilse Brandt, the harbour master of Port Arden.").
const maxSpeakerTail = 10

// leadsIn reports a sentence of tokens toks (offsets into full) all of
// whose words tell who speaks and to whom ("Harbour master Ilse Brandt
// told the Post."): a lead-in to the quotation after it.
func leadsIn(full string, toks []token) bool {
	in := make([]bool, len(toks))
	if !markAttribution(full, toks, in) {
		return false
	}
	for k, t := range toks {
		if !in[k] && t.lemma != "" {
			return false
		}
	}
	return true
}

// sayingVerbs tell what someone said in their own words.
var sayingVerbs = text.WordSet("said says told added")

// namesSayer reports a sentence in which a name says something: "Police
// Chief Ana Roos said ...", "..., Roos told reporters".
func namesSayer(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		if sayingVerbs[toks[i].low] && !speakerPronouns[toks[i-1].low] && toks[i-1].text != toks[i-1].low && !(i == 1 && groupSayers[toks[0].low]) {
			return true
		}
	}
	return false
}

// groupSayers are common nouns for those who speak, capitalised only as a
// sentence's first word ("Officials said …"): no one named.
var groupSayers = map[string]bool{"officials": true, "police": true, "authorities": true, "residents": true,
	"critics": true, "experts": true, "witnesses": true, "analysts": true, "officers": true, "investigators": true,
	"prosecutors": true, "lawyers": true, "researchers": true, "scientists": true, "doctors": true, "neighbors": true,
	"neighbours": true, "others": true, "many": true, "some": true, "sources": true, "spokesmen": true, "aides": true}

// opensSingle reports a single quotation mark that opens a quotation:
// first or after anything but a letter or a digit, not the apostrophe of
// "wasn't" or "Marr's".
func opensSingle(s string) bool {
	prev := ' '
	for _, r := range s {
		if (r == '‘' || r == '\'') && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			return true
		}
		prev = r
	}
	return false
}

// opensQuote reports a sentence that opens with a quotation mark.
func opensQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘")
}

// sentenceBefore returns the sentence of article a that ends last before
// offset at.
func (st *story) sentenceBefore(a, at int) (corroborate.Span, bool) {
	if st.sentences == nil {
		st.sentences = map[int][]corroborate.Span{}
	}
	spans, ok := st.sentences[a]
	if !ok {
		spans = sentencesOf(st.arts[a])
		st.sentences[a] = spans
	}
	var prev corroborate.Span
	found := false
	for _, sp := range spans {
		if sp.Start >= 0 && sp.Start < sp.End && sp.End <= at && (!found || sp.End > prev.End) {
			prev, found = sp, true
		}
	}
	return prev, found
}

// bestIndex returns the index of the sentence among ws that reads best
// alone: fewest faults, a quotation with its speaker named when some
// sentence names one (else with a pronoun for the speaker when some
// sentence has one), a sentence that reads alone outside quotation marks
// over a quotation without its speaker named, then the leader, then the
// shortest. It returns -1
// when every sentence is a fragment.
func bestIndex(ws []wording) int {
	best, bestFaults := -1, 0
	anySpeaker, anyNamed := false, false
	for _, w := range ws {
		// a sentence that reads alone outside quotation marks gives what
		// a quotation without its speaker does not
		anySpeaker = anySpeaker || w.quoted && w.who != noSpeaker || !w.quoted && w.faults == 0
		// a fragment that names the speaker words no claim
		anyNamed = anyNamed || w.quoted && w.who == namedSpeaker && w.faults < faultFragment || !w.quoted && w.faults == 0
	}
	for i, w := range ws {
		t, f := w.text, w.faults
		if !anySpeaker && w.unsaid {
			// no sentence gives the speaker: none is the worse for it
			f -= faultNoSpeaker
		}
		if !anyNamed && w.quoted && w.who == pronounSpeaker {
			// no sentence names the speaker: a pronoun is the best there is
			f -= faultPronounSpeaker
		}
		if f >= faultFragment {
			continue
		}
		if best < 0 || f < bestFaults {
			best, bestFaults = i, f
			continue
		}
		if b := ws[best].text; f == bestFaults && i > 0 && b != ws[0].text && (len(t) < len(b) || len(t) == len(b) && t < b) {
			best = i
		}
	}
	return best
}
