package summary

import (
	"cmp"
	"iter"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/text"
)

// order puts the chosen sentences in reading order: first the one most
// articles state (the news itself, as a lead states it; the strongest of
// equals; when each is stated by one article, the one nearest its
// article's opening; but an article's opening that tells what happened
// before a detail from further down or a sentence that leans: opener),
// the others by where their claims stand in the articles, then each person introduced by full name before a
// sentence makes them its subject or speaker by surname alone ("Greer
// says"). When no chosen sentence introduces them, the referring sentence
// takes a wording of its claim that does, if an article has one.
func (st *story) order(chosen []*candidate, full map[string]string) []*candidate {
	if len(chosen) > 1 && !st.event {
		most := 0
		for _, c := range chosen {
			most = max(most, len(c.cites))
		}
		lead := 0
		for i, c := range chosen {
			if (len(c.cites) >= max(2, most-1) || most < 2) && leadScore(c) > leadScore(chosen[lead]) {
				lead = i
			}
		}
		// the event several independent articles open with leads, however
		// many more state a scene-setter or a later detail
		for i, c := range chosen {
			if c.leads >= 2 && c.leads > chosen[lead].leads {
				lead = i
			}
		}
		// a deal done opens before the talks others report
		for i, c := range chosen {
			if c.settles {
				lead = i
			}
		}
		// the news an article opens with, over a detail further down or
		// a sentence that leans on what is not said before it
		lead = st.opener(chosen, lead)
		chosen[0], chosen[lead] = chosen[lead], chosen[0]
	}
	if len(chosen) > 1 {
		if st.nameFirst(chosen[0]) {
			// the opening sentence took another article's wording, which
			// may say what a sentence chosen beside it says
			chosen = slices.DeleteFunc(chosen, func(c *candidate) bool { return c != chosen[0] && st.redundant(c, chosen[:1]) })
		}
		rest := chosen[1:]
		sort.SliceStable(rest, func(i, j int) bool { return rest[i].pos < rest[j].pos })
	}
	st.joinLeaners(chosen)
	st.unlean(chosen)
	for pass := 0; pass <= len(chosen); pass++ {
		if !st.introduceFirst(chosen, full) {
			break
		}
	}
	return chosen
}

// opener is the index of the sentence to open with in chosen: lead's,
// when it stands among its article's first two sentences (nearLead),
// leans on nothing and is not mostly a quotation (what someone said, not
// what happened); else the strongest (leadScore) of those chosen that
// open an article, lean on nothing, tell something that happened
// (tellsDone) and speak to no reader ("If you were watching ..."); lead's
// when there is none.
func (st *story) opener(chosen []*candidate, lead int) int {
	if c := chosen[lead]; c.lead >= nearLead && !st.leansIn(c.text, c.at.Article) && !quotation(c.text) && !setsScene(c.text) {
		return st.ownOpening(chosen, lead)
	}
	best := -1
	for i, c := range chosen {
		if c.lead == 1 && !st.leansIn(c.text, c.at.Article) && !pointsBack.MatchString(c.text) && tellsDone(c.text) && !secondPerson(c.text) && !setsScene(c.text) &&
			(best < 0 || leadScore(c) > leadScore(chosen[best])) {
			best = i
		}
	}
	if best < 0 {
		return lead
	}
	return best
}

// ownOpening is the index in chosen of the sentence an article opens
// with when lead's wording stands after it in that article and both are
// chosen: the article's later sentence was written to follow its opening
// ("The Florida massage therapist, who calls herself ..., said she had the
// surgery" after "A woman has spent $20,000 on surgery to ..."), and what
// it calls "the surgery" and "the therapist" the opening introduces. lead
// itself when no such opening is chosen, or it leans or is a quotation.
func (st *story) ownOpening(chosen []*candidate, lead int) int {
	c := chosen[lead]
	for i, p := range chosen {
		if p != c && p.at.Article == c.at.Article && p.at.End <= c.at.Start && st.opensArticle(p) &&
			!st.leansIn(p.text, p.at.Article) && !quotation(p.text) && !setsScene(p.text) {
			return i
		}
	}
	return lead
}

// opensArticle reports whether c's wording is the first sentence of its
// article (page furniture aside: leadWeight).
func (st *story) opensArticle(c *candidate) bool {
	a := st.arts[c.at.Article]
	return a != nil && st.leadWeight(a, c.at.Start, true) == 1
}

// calmBefore opens a sentence with the calm before what happened ("All
// was going well at the wedding of ...", "It was supposed to be a quiet
// night out"): a feature's scene, not the news, unless the sentence goes
// on to tell what broke the calm (sceneThen: "It was well past midnight
// when fire broke out ...").
var calmBefore = regexp.MustCompile(`^(?:All|Everything|Life|Things|It) (?:was|were|had been|seemed|looked)(?: to be)? (?:going (?:well|smoothly|fine|to plan)|fine|normal|calm|quiet|perfect|well (?:at|in|on|for)\b|supposed to be|meant to be|(?:just )?(?:a|an) (?:normal|ordinary|typical|routine|quiet|regular)|(?:just )?like any other)\b`)

// sceneThen goes on from a scene to what broke it.
var sceneThen = regexp.MustCompile(`\b(?:until|when|before|but)\b`)

// hisBody finds a dead person named only by a pronoun ("A colleague found
// his body ...", "found his badly burned body", "their bodies were
// recovered"): whose body, a sentence before it says. Its group is the
// word that makes it no body at all ("her body camera"); microplastics
// found "in their bodies" are not found bodies.
var hisBody = regexp.MustCompile(`\b(?:(?:found|discovered|recovered|identified|pulled|retrieved) (?:his|her|their)(?: [a-z]+ly)?(?: [a-z]+)? (?:body|bodies|remains|corpse)|(?:[Hh]is|[Hh]er|[Tt]heir) (?:body|remains|corpse) (?:was|were|has been|had been) (?:found|discovered|recovered|pulled|retrieved))\b(?: (camera|cameras|armou?r|weight|mass|temperature))?`)

// setsScene reports a sentence no summary opens with, though an article
// may: the calm before the event (calmBefore), or a finding of a body
// named only by a pronoun (hisBody).
func setsScene(s string) bool {
	if calmBefore.MatchString(s) && !sceneThen.MatchString(s) {
		return true
	}
	m := hisBody.FindStringSubmatch(s)
	return m != nil && m[1] == "" // not "her body camera"
}

// quotation reports a sentence that is mostly a quotation (quotedOpener
// of it in marks) or opens with one in any marks ("‘The men will ...,’ he
// said."): what someone said, not what happened.
func quotation(s string) bool {
	r, _ := firstRune(s)
	return strings.ContainsRune(`"“‘'`, r) || claims.QuotedShare(s) >= quotedOpener
}

// quotedOpener is the share of a sentence in quotation marks from which
// it is a quotation more than a statement of the news.
const quotedOpener = 0.5

// keyMargin is how much worse than its best a wording of the opening
// sentence may read and still be taken for naming the story's subject.
const keyMargin = 1.5

// namingWording is the wording of c that names most of the story's key
// names among those that read nearly as well as its best, and that share;
// under a word budget, among those that still fit it (st.room).
func (st *story) namingWording(c *candidate) (wordingOf, float64) {
	best, bestCover := wordingOf{text: c.text, span: c.at, score: math.Inf(-1)}, st.keys.cover(c.text)
	if len(c.alts) == 0 {
		return best, bestCover
	}
	top := c.alts[0].score
	for _, w := range c.alts {
		if w.score < top-keyMargin || w.text == c.text || st.leansIn(w.text, w.span.Article) || st.budgeted && words(w.text)-c.nwords > st.room {
			continue
		}
		if cv := st.keys.cover(w.text); cv > bestCover+0.05 {
			best, bestCover = w, cv
		}
	}
	return best, bestCover
}

// nameFirst gives the opening sentence the wording that names the story's
// subject, when one reads nearly as well as the one it has, and reports
// whether it did.
func (st *story) nameFirst(c *candidate) bool {
	if w, _ := st.namingWording(c); w.text != c.text && !math.IsInf(w.score, -1) {
		st.use(c, w)
		return true
	}
	return false
}

// nameLead gives c, when it is an article's lead that leaves out some of
// the story's key names, the wording of another article's lead not taken
// that tells the same event (sameEvent) and names more of them (keyGain),
// when one reads nearly as well (keyMargin) and fits the room left under
// the budget (room; any when no budget holds): "President Ada Holm on
// Friday fired the harbour master" becomes "President Holm on Friday fired
// Harbour Master Ivo Brand, ...", the man every title names. The articles
// of both are cited, and the other lead is taken. A lead that says what
// the sentences chosen before c say (redundant) does not.
func (st *story) nameLead(c *candidate, cands, chosen []*candidate, taken map[*candidate]bool, room int) {
	if c.lead < 1 || len(c.alts) == 0 {
		return
	}
	cover := st.keys.cover(c.text)
	var best *candidate
	for _, o := range cands {
		if taken[o] || o.lead < 1 || len(o.alts) == 0 || o.alts[0].score < c.alts[0].score-keyMargin ||
			room >= 0 && o.nwords > room || st.leansIn(o.text, o.at.Article) {
			continue
		}
		if cv := st.keys.cover(o.text); cv >= cover+keyGain && sameEvent(st.v, c.vec, o.vec) && !st.redundant(o, chosen) {
			best, cover = o, cv
		}
	}
	if best == nil {
		return
	}
	taken[best] = true
	for i, id := range best.cites {
		if !contains(c.cites, id) {
			c.cites = append(c.cites, id)
			c.spans = append(c.spans, best.spans[i])
		}
	}
	st.use(c, wordingOf{text: best.text, span: best.at, score: best.alts[0].score})
}

// settled is, for c an article's lead that tells its event as talks
// ("Kessco is in serious discussions to buy Tarn Lines"), another
// article's lead not taken that tells the same event (sameEvent) as done
// ("Kessco will buy Tarn Lines for $40 million."), reads nearly as well
// (keyMargin), fits the room left and says nothing the sentences chosen
// say: the talks came first, the deal is the news. nil when there is none.
func (st *story) settled(c *candidate, cands, chosen []*candidate, taken map[*candidate]bool, room int) *candidate {
	if c.lead < 1 || len(c.alts) == 0 || !inTalks.MatchString(c.text) {
		return nil
	}
	for _, o := range cands {
		if taken[o] || o.lead < 1 || len(o.alts) == 0 || o.alts[0].score < c.alts[0].score-keyMargin ||
			room >= 0 && o.nwords > room || st.leansIn(o.text, o.at.Article) || inTalks.MatchString(o.text) || unsure.MatchString(o.text) {
			continue
		}
		if sameEvent(st.v, c.vec, o.vec) && !st.redundant(o, chosen) {
			return o
		}
	}
	// an article that tells the deal done may have been read as one more
	// wording of the talks
	for _, w := range c.alts {
		a := st.arts[w.span.Article]
		if a == nil || w.score < c.alts[0].score-keyMargin || st.leadWeight(a, w.span.Start, true) < 1 ||
			room >= 0 && words(w.text) > room || st.leansIn(w.text, w.span.Article) || inTalks.MatchString(w.text) || unsure.MatchString(w.text) {
			continue
		}
		cl := corroborate.Claim{Text: w.text, Support: []corroborate.ClaimSupport{w.span}, Origins: 1}
		if o := st.candidateFor(&cl); o != nil && !st.redundant(o, chosen) {
			return o
		}
	}
	return nil
}

// ledBy is the opening sentence of an article that tells what c, a
// sentence from further down an article or one that speaks to its reader,
// tells, and is nearly as strong (ledShare of its score): the fact as an
// article leads with it, which a summary tells in c's place ("The network
// admitted splicing in old fireworks", a lead, for "If you watched the
// show, you might have noticed something was off"). nil when there is
// none.
func (st *story) ledBy(c *candidate, cands, chosen []*candidate, taken map[*candidate]bool, room int) *candidate {
	if c.lead >= nearLead && !secondPerson(c.text) {
		return nil
	}
	one := []*candidate{c}
	for _, o := range cands {
		if taken[o] || o.lead < 1 || o.score < ledShare*c.score || room >= 0 && o.nwords > room || st.leansIn(o.text, o.at.Article) ||
			secondPerson(o.text) || !st.redundant(o, one) || st.redundant(o, chosen) {
			continue
		}
		return o
	}
	return nil
}

// ledShare is the share of a sentence's score an article's opening
// sentence telling the same needs to be told in its place.
const ledShare = 0.6

// inTalks tells a deal or an agreement as talks not yet ended.
var inTalks = regexp.MustCompile(`\b(?:in (?:serious |advanced |early |final |exclusive |secret )?(?:talks|discussions|negotiations)|nearing (?:a|an) (?:deal|agreement)|(?:considering|weighing|mulling|exploring) (?:a |an )?(?:bid|deal|offer|sale))\b`)

// unsure words leave what a sentence tells undone or unconfirmed.
var unsure = regexp.MustCompile(`\b(?:would|could|may|might|reportedly|if|rumou?red|possible|possibly|expected|plans?|considering|report|reports)\b`)

// keyGain is how much more of the story's key names (keyNames.cover)
// another lead of the same event must name to tell it in the opening's
// place.
const keyGain = 0.2

// leadScore ranks the chosen sentences stated by nearly as many articles
// as the most stated one for the summary's first place: the more articles
// the better, and the nearer their leads (and the more an article's first
// sentence) the better (the event before a
// detail of biography further down).
func leadScore(c *candidate) float64 {
	return float64(len(c.cites)) - leadPos*c.pos + leadFirst*c.lead
}

// leadPos is what standing at the end of its articles rather than at their
// start costs a sentence, and leadFirst what opening an article earns it.
const (
	leadPos   = 3
	leadFirst = 2
)

// noteNames records the full names s gives, each under its surname
// ("Greer" -> "Anton Greer"), the first one met kept. A name that opens
// s counts only when it may be a person's (nameAtStart): "Senior Kessco
// executives met ..." names no Kessco.
func (st *story) noteNames(s string) {
	namesIn(s, func(n string, opens bool) bool {
		if _, ok := st.full[surname(n)]; !ok && (!opens || st.nameAtStart(n)) {
			st.full[surname(n)] = n
		}
		return true
	})
}

// speechVerbs follow or precede a speaker's name.
var speechVerbs = text.WordSet(`said says told added wrote noted explained argued according asked`)

// unintroduced returns the chosen sentences whose subject or speaker is a
// person named by surname alone ("Greer says ...", "..., Greer said.")
// before any sentence introduced them, and those that open by leaning on
// what the sentence before them said ("He said ...", "That follows ...")
// where that sentence is not the one before them in the summary; and a
// party's "declined to comment" where the summary has its word (answered,
// which choose checks against the sentences taken before it, not those
// put in after).
func (st *story) unintroduced(chosen []*candidate, full map[string]string) map[*candidate]bool {
	out := map[*candidate]bool{}
	for i, c := range chosen {
		if !st.standsAlone(chosen[:i], c) || answered(c, chosen) {
			out[c] = true
		}
	}
	for i, c := range chosen {
		if !st.needsMet(chosen[:i], c) {
			out[c] = true
		}
		if w := st.shortMasthead(c.text); w != "" && !slices.ContainsFunc(chosen[:i], func(p *candidate) bool { return longName(p.text, w) != "" }) {
			out[c] = true
		}
	}
	introduced := map[string]bool{}
	for _, c := range chosen {
		for _, sn := range subjectSurnames(c.text, full) {
			if !introduced[sn] {
				out[c] = true
			}
		}
		noteIntroduced(c.text, full, introduced)
	}
	return out
}

// mastheadEnds are the last words of newspapers' names, which a writer
// uses alone for one named before ("The Post reported ...").
var mastheadEnds = text.WordSet(`Post Times Journal Globe Herald Tribune Sun Star Mail Telegraph Chronicle Examiner Gazette Observer Inquirer Register Bee Dispatch Express Mirror Courier Sentinel`)

// shortMasthead is the word of a newspaper's name that s opens with alone,
// "The Post ...", when the articles give the paper's longer name ("the
// Denver Post"): which paper it is a reader learns only from a sentence
// before it that gives that name. "" when s opens with none.
func (st *story) shortMasthead(s string) string {
	f := strings.Fields(s)
	if len(f) < 3 || f[0] != "The" || !mastheadEnds[strings.TrimRight(f[1], ",")] {
		return ""
	}
	w := strings.TrimRight(f[1], ",")
	if r, _ := firstRune(f[2]); unicode.IsUpper(r) && !strings.HasSuffix(f[1], ",") {
		return "" // the paper's whole name ("The Post Register")
	}
	for _, a := range st.sample {
		if longName(a.Text, w) != "" {
			return w
		}
	}
	return ""
}

// longName is a name s gives that ends with w after a capitalised word
// other than "The" ("Denver Post"), "" when none.
func longName(s, w string) string {
	for i := strings.Index(s, " "+w); i >= 0; {
		end := i + 1 + len(w)
		if end == len(s) || !unicode.IsLetter(rune(s[end])) {
			j := strings.LastIndexByte(s[:i], ' ') + 1
			if prev := s[j:i]; prev != "The" && prev != "" {
				if r, _ := firstRune(prev); unicode.IsUpper(r) {
					return prev + " " + w
				}
			}
		}
		k := strings.Index(s[end:], " "+w)
		if k < 0 {
			break
		}
		i = end + k
	}
	return ""
}

// leaners open a sentence that refers to what the one before it said: a
// pronoun or a demonstrative ("He said ...", "That follows ...", "It is ...").
var leaners = text.WordSet(`he she they it his her their its him them this that these those`)

// timeWords after "this" or "that" make a time, not a reference back
// ("This morning, ...", "That year ...").
var timeWords = text.WordSet(`morning afternoon evening night week weekend month year spring summer autumn fall winter season ` +
	text.Months + " " + text.Weekdays)

// dummyIt is an "it" that stands for nothing before it, the subject of a
// clause to come ("It was not immediately clear whether ...").
var dummyIt = regexp.MustCompile(`^[Ii]t(?:(?: is| was| has been| had been| remains| remained| seems| seemed| appears| appeared|['’]s)(?: not| also| still| now)?(?: \w+ly)? (?:clear|unclear|known|unknown|expected|likely|unlikely|possible|impossible|estimated|believed|thought|said|reported|understood|feared|hoped|important|necessary|difficult|hard|easy|true|confirmed|alleged|announced|revealed|decided|agreed|learned|suggested|found|apparent|evident)\b|(?: has| had)?(?: now| also| just| since)?(?: \w+ly)? (?:emerged|transpired|turned out|came to light|became (?:clear|known|apparent|evident)|appears that|appeared that|seems that|seemed that)\b)`)

// connectives open a sentence that goes on from the one before it ("Then
// she went back ..."): what follows them opens it as far as leaning goes.
var connectives = text.WordSet(`then later so also now still yet soon afterwards afterward meanwhile instead therefore thus hence`)

// leans reports whether s opens with one of leaners, after a connective or
// not, or with a word for some or all of people named before ("Neither",
// "Some": ofThoseBefore);
// opens with a phrase that goes on from what was said before it ("After
// all, ...", "Now, ..."); opens with a bare definite noun phrase for its
// subject ("The company will ...", "The revelation came after ...":
// followsNews); has a pronoun for its subject after an opening phrase
// that names no one (frontedPronoun); ends crediting what it says to an
// outlet it refers to and does not name ("..., the paper added."); ends
// pointing back ("... to get just that.": pointsBackAtEnd); answers
// reports it does not tell (theReports) or puts a condition on them
// (ifTheReport); opens with a pronoun after "looks like" (looksLike);
// opens with a time counted
// from the sentence before (laterOn); answers it with "so" (thinksSo);
// opens with the cases it told (bothCases); or with a group that "also"
// said something (alsoSaid).
func leans(s string) bool {
	return leansOn(s) || definiteHead(s) != "" || goesOn(s) || unnamedCredit.MatchString(s) ||
		followsNews.MatchString(s) || pointsBackAtEnd.MatchString(s) || frontedPronoun(s) || ofThoseBefore.MatchString(s) ||
		theReports.MatchString(s) || ifTheReport.MatchString(s) || laterOn.MatchString(s) || unnamedRelation(s) || theSpeaker.MatchString(s) || presentsNext.MatchString(s) ||
		thinksSo.MatchString(s) || suchBefore.MatchString(s) || bothCases.MatchString(s) || alsoSaid.MatchString(s) || looksLike.MatchString(s) ||
		pronounClause(s) != "" || pronounSpeaker.MatchString(s) || saidByPronoun(s)
}

// trailingPronounSaid ends a sentence crediting it to "he" or "she" ("...
// was denied because another plane was flying at that height, he said.").
var trailingPronounSaid = regexp.MustCompile(`, (?:he|she) (?:said|says|told [^,.]{1,40}|added|explained|noted|insisted|argued|warned)\.["”]?$`)

// saidByPronoun reports a sentence credited at its end to "he" or "she"
// that names no one: who said it, the sentence before it said, and after
// another summary sentence the pronoun would stand for whoever that one
// spoke of ("one of the pilots").
func saidByPronoun(s string) bool {
	if !trailingPronounSaid.MatchString(s) {
		return false
	}
	for range fullNames(s) {
		return false
	}
	return true
}

// pronounSpeaker credits a quotation that opens a sentence to "he" or
// "she" ("\"The coalition arms them,\" he told reporters."): who spoke, the
// sentence before it said.
var pronounSpeaker = regexp.MustCompile(`^["“][^"“”]{8,}["”] (?:he|she) (?:said|says|told|added|explained|continued|wrote|noted|insisted|argued|warned)\b`)

// pronounFirst opens a sentence with a clause whose subject is a pronoun
// for a person ("As he was boarding the ferry, ...", "When she arrived,
// ..."); its group is what follows the clause's comma.
var pronounFirst = regexp.MustCompile(`^(?:As|When|While|After|Before|Since|Because|Although|Though|If|Once|Until) (he|she)\b[^,]{0,120}, (\S+)`)

// pronounClause reports a sentence whose opening clause speaks of a person
// by a pronoun and whose main clause opens with someone or something else
// ("As he was boarding the ferry, a steward wished him ...", "When he
// was 20, his sister ..."): who he is, a sentence before it said. "When
// she was 16, Ada Holm ..." names her straight after, and "When he was
// 20, the actor ..." may; "they" is as often a thing's ("Once they hatch,
// the turtles ..."). It returns the pronoun, "" when s is no such
// sentence.
func pronounClause(s string) string {
	m := pronounFirst.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	w := strings.Trim(s[m[4]:m[5]], `"“‘'`)
	if r, _ := firstRune(w); !unicode.IsLower(r) || w == "the" || namesEarly(s[m[4]:]) {
		return ""
	}
	return s[m[2]:m[3]]
}

// namesEarly reports whether a full name starts within the first four
// words of clause: "pop singer Ada Holm left ...", "reporters asked Ada
// Holm ..." say whom the pronoun before them stands for.
func namesEarly(clause string) bool {
	words := strings.Fields(clause)
	head := strings.Join(words[:min(len(words), 6)], " ")
	early := false
	namesIn(head, func(n string, _ bool) bool {
		i := strings.Index(head, n)
		early = i >= 0 && len(strings.Fields(head[:i])) < 4
		return !early
	})
	return early
}

// namedThenPronoun reports whether s names someone and then speaks of
// them as pron ("... Ivo Brand was standing at the podium when he took
// his hat off"): a sentence after s that opens with a clause about "he"
// (pronounClause) goes on about the one s named.
func namedThenPronoun(s, pron string) bool {
	last := -1
	for n := range fullNames(s) {
		last = strings.LastIndex(s, n) + len(n)
	}
	return last >= 0 && strings.Contains(s[last:], " "+pron+" ")
}

// looksLike opens a sentence with a pronoun after "looks like" and its
// like ("Looks like he used up all his nine lives!", "It seems as if they
// ..."): whom the pronoun stands for, a sentence before it said.
var looksLike = regexp.MustCompile(`^(?:(?:It|That|This) )?(?:[Ll]ooks|[Ss]eems|[Ss]ounds|[Ll]ooked|[Ss]eemed) (?:like|as if|as though) (?:he|she|they|his|her|their)\b`)

// alsoSaid opens a sentence, after an opening phrase or not, with a
// group or a name that "also" said something ("Insurers have also said
// ...", "After lunch, Vell also reportedly told Holm ..."): what else
// they said, the sentence before it told.
var alsoSaid = regexp.MustCompile(`^(?:[^,]{0,60}, )?(?:The [a-z]+s|[A-Z][a-z]+(?:ers|ists|ysts|ians|ors|ials|ents|ants|ives)|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}) (?:(?:has|have|had|were) )?also (?:reportedly )?(?:said|say|says|told|tells|warned|argued|noted|complained|reported|found|claimed)\b`)

// bothCases opens a sentence with the cases the sentence before it told
// ("In both cases, the ferries ran aground ..."): a reader who did not
// read that sentence does not know which.
var bothCases = regexp.MustCompile(`^(?:In|For|On) both (?:cases|instances|incidents|occasions)\b`)

// suchBefore refers to what the sentence before told as "any such" thing
// ("BlackBerry declined any such possibility that time."). "That time"
// alone does not: the sentence often names the time itself ("missing for
// four years ... during that time").
var suchBefore = regexp.MustCompile(`\b[Aa]ny such\b`)

// thinksSo answers what the sentence before it asked or said with "so"
// for it ("The pilot of the Halla ferry certainly thinks so, and ...",
// "Harbour officials believe so.").
var thinksSo = regexp.MustCompile(`\b(?:thinks?|thought|believes?|believed|hopes?|hoped|suspects?|suspected|fears?|feared|seems?|seemed) so(?:[,.;:!?]| and\b| but\b|$)`)

// leansIn is leans for a sentence of the article with id art, which also
// leans when it says "here" for the place the article's dateline names
// (datelineHere).
func (st *story) leansIn(s, art string) bool {
	return leans(s) || st.datelined(art) && datelineHere(s)
}

// datelined reports whether the article with id art opens with a dateline:
// the one extraction read ("WASHINGTON (AP) —"), or a place in capitals,
// a comma and a dash ("HORGOS, Serbia — ..."); read once per article.
func (st *story) datelined(art string) bool {
	if d, ok := st.dateline[art]; ok {
		return d
	}
	a := st.arts[art]
	d := a != nil && (a.Dateline != "" || datelineOpen.MatchString(a.Text))
	if st.dateline == nil {
		st.dateline = map[string]bool{}
	}
	st.dateline[art] = d
	return d
}

// datelineOpen is an article's opening dateline: a place in capitals, a
// comma, and a dash within a few words ("HORGOS, Serbia — ").
var datelineOpen = regexp.MustCompile(`^\s*[A-Z][A-Z .'’-]+, [^—–\n-]{0,40}[—–-]`)

// hereAt is "here" as a place after a word of the sentence ("at the
// border crossing here", "arrived here"), not one that presents ("here
// is", "here's") or opens a sentence.
var hereAt = regexp.MustCompile(`[a-z,] here\b(?:[^'’]|$)`)

// herePresents is "here" that presents what follows, or a figure of
// speech: no place.
var herePresents = regexp.MustCompile(`\bhere (?:is|are|was|were|and there|and now|to stay)\b|\bneither here nor there\b|\bfrom here on\b`)

// presentsNext opens a sentence that presents what its article says next
// ("Here's the background to the case."): nothing a summary can follow.
var presentsNext = regexp.MustCompile(`^Here(?:'s|’s| is| are)\b`)

// datelineHere reports a sentence that says "here", outside quotation
// marks, after a word of the sentence (hereAt) and not as a figure of
// speech (herePresents): in an article that opens with a dateline
// ("HORGOS, Serbia — ... at the border crossing here"; see leansIn) that
// is the place the dateline names, and a summary gives no dateline, so the
// place is none a reader knows.
func datelineHere(s string) bool {
	if !strings.Contains(s, " here") {
		return false
	}
	return outsideQuotes(s, func(part string, _ int) bool {
		return hereAt.MatchString(part) && !herePresents.MatchString(part)
	})
}

// theSpeaker credits a sentence, inside or at its end, to "the official"
// or "the source" the sentence before it introduced ("..., said the
// official, who spoke on condition of anonymity ..."; "..., one of the
// people briefed on the talks said."; not "a city official said").
var theSpeaker = regexp.MustCompile(`(?:, |[,.]["”’] )(?:(?:said|says|according to) (?:one of )?the (?:` + speakerNouns + `)\b|(?:one of )?the (?:` + speakerNouns + `)(?: (?:on|in|with|of|to|about|familiar) [a-z ]{0,40}?)? (?:said|says|added|told)\b)`)

// speakerNouns stand for a speaker named or described before.
const speakerNouns = `official|officials|source|sources|spokesman|spokeswoman|spokesperson|aide|officer|person|people briefed`

// relations are the people a sentence may name only by whom they follow
// or stand against ("his successor"): who they are, the sentences before
// it said, or no one did.
var relations = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:successors?|predecessors?|counterparts?)\b`)

// unnamedRelation reports a sentence that names a person by whom they
// follow or stand against ("Holm asked his successor for help.") and not
// by name ("his successor, Ada Vell,", "her predecessor Ivo Brand").
func unnamedRelation(s string) bool {
	for _, m := range relations.FindAllStringIndex(s, -1) {
		rest := strings.TrimLeft(s[m[1]:], ", ")
		if r, _ := firstRune(rest); !unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// theReports are reports or claims a sentence ends answering without
// saying what they are ("... could neither confirm nor deny the
// reports."): the sentence before it said.
var theReports = regexp.MustCompile(`\b(?:the|these|those|such) (?:reports?|claims?|allegations?|accusations?|rumou?rs?|speculation)[.!]["”’]?$`)

// laterOn opens a sentence with a time counted from the one before it
// ("Five days later, ...", "A few days later ...", "Weeks later ...", "Later that year, ...",
// "Earlier Saturday, ..."):
// the time of what the sentence before it told.
var laterOn = regexp.MustCompile(`^(?:(?:(?:A few|A couple of|[A-Z][a-z]+|\d+|A|An) )?(?:[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Hh]ours?|[Mm]inutes?|[Mm]oments?) (?:later|afterwards?)|(?:Later|Earlier) (?:that|the same) (?:day|night|morning|afternoon|evening|week|month|year)|(?:Later|Earlier)(?: on)? (?:` + weekdayAlt + `|in the day))\b`)

// weekdayAlt are the days of the week, for a regular expression.
const weekdayAlt = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`

// followsNews opens a sentence with a noun for news told before it and
// says when it came ("The revelation came after ...", "The announcement
// could come as early as Monday"): which revelation, the sentence before
// it said.
var followsNews = regexp.MustCompile(`^The (?:revelation|announcement|news|move|decision|disclosure|admission|development|finding|ruling|discovery|comments?|remarks?|incident) (?:(?:could|would|will|may|might) )?(?:came|comes?|follows?|followed|coincided|coincides)\b`)

// pointsBackAtEnd ends a sentence with what it does standing for what the
// sentence before it told ("... underwent surgery to get just that.",
// "... and she did exactly that."), or answering the question it asked
// ("Because of the storm, that's why."), or ending on "this" for what
// the sentence before it told ("The mayor was quite clear on this."), or
// confirming or denying what it told ("A source in the ministry
// confirmed that.").
var pointsBackAtEnd = regexp.MustCompile(`\b(?:(?:just|exactly|precisely) (?:that|this)|to do so|did so|that['’]s why|that is why|(?:on|about|of|with|to|for|against|over|by) this|(?:confirm|confirmed|confirms|deny|denied|denies|dispute|disputed|disputes|acknowledged|acknowledges|admitted|admits) (?:that|this|it))[.!]["”’]?$`)

// ofThoseBefore opens a sentence with a word for some or all of people
// the one before it named: "Neither knew the extent of ...", "Both of
// them denied ...", "Some are never ready ...", "Most of them said ...".
// "Many Americans ..." names its people, and "Many speculated ..." is
// anyone.
var ofThoseBefore = regexp.MustCompile(`^(?:(?:Neither|Both)(?: of (?:them|whom|the two|these|those))?,? (?:knew|know|knows|said|say|says|was|were|is|are|has|have|had|would|will|could|can|did|do|does|told|[a-z]+ed)|(?:Some|Many|Most|Several|Few|All|Others)(?: of (?:them|whom|these|those))? (?:are|were|have|had)|(?:Some|Many|Most|Several|Few|All) of (?:them|whom) [a-z]+)\b`)

// frontedPronoun reports a sentence whose subject is a personal pronoun
// ("it" too, but for a clause to come: dummyIt), or a noun after "this"
// or "that", after an opening phrase that names no
// one ("In her weekly column, she'll ...", "On Monday, he said ...",
// "Formidable as it seemed, that war never came ..."): whom it stands for, a sentence before
// it said. An opening phrase that names someone ("When Ada Holm's show
// ended, she ...") gives the pronoun its person.
func frontedPronoun(s string) bool {
	i, at := 0, 0
	for w := range strings.FieldsSeq(s) {
		at += strings.Index(s[at:], w) + len(w)
		if i > frontedWords {
			return false
		}
		if i > 0 {
			if r, _ := firstRune(w); unicode.IsUpper(r) && !timeWords[strings.ToLower(strings.Trim(w, ".,;:"))] {
				return false // the opening phrase names someone or something
			}
		}
		i++
		if !strings.HasSuffix(w, ",") {
			continue
		}
		if i == 1 {
			return false // "Yes, ..." and its like are goesOn's
		}
		rest := strings.TrimLeftFunc(s[at:], unicode.IsSpace)
		f, after, _ := strings.Cut(rest, " ")
		f = strings.ToLower(f)
		if k := strings.IndexAny(f, "'’"); k > 0 {
			f = f[:k] // "she'll", "he’s"
		}
		if possessives[f] {
			// "her great-granddaughter, Queen Ada, will pass Ilse's
			// record" names whose she is later on
			return !namesSomeone(after)
		}
		if f == "the" || f == "both" {
			// "At public events, the two are often seen ..."
			g, _, _ := strings.Cut(after, " ")
			return f == "both" && !namesSomeone(g) || pairWords[strings.Trim(g, ",")]
		}
		if demonstratives[f] {
			// "Formidable as it seemed, that war never came": which war,
			// the sentence before it said ("that year" is a time)
			g, _, _ := strings.Cut(after, " ")
			g = strings.ToLower(strings.Trim(g, ",;:"))
			r, _ := firstRune(g)
			return unicode.IsLetter(r) && !timeWords[g] && !auxiliaries[g]
		}
		// "Taken 30 years ago, it showed ...": the thing the sentence
		// before named; not "On Monday, it was announced that ..."
		return subjectPronouns[f] || f == "it" && !dummyIt.MatchString(rest)
	}
	return false
}

// demonstratives point back at what the sentence before told.
var demonstratives = text.WordSet(`this that these those`)

// auxiliaries after a demonstrative make it the subject itself ("that is
// ..."), a pronoun's case, not a noun's.
var auxiliaries = text.WordSet(`is was are were has have had will would could can may might must should does did do`)

// pairWords, after "the", stand for two or three people named before: "the
// two", "the pair".
var pairWords = text.WordSet(`two three pair duo trio`)

// frontedWords bounds the words of an opening phrase before its comma.
const frontedWords = 8

// subjectPronouns stand for a person as a sentence's subject;
// possessives open it for one ("his two brothers") unless the sentence
// names someone further on.
var (
	subjectPronouns = text.WordSet(`he she they`)
	possessives     = text.WordSet(`his her their`)
)

// namesSomeone reports a word in capitals other than a time's in s.
func namesSomeone(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if r, _ := firstRune(w); unicode.IsUpper(r) && !timeWords[strings.ToLower(strings.Trim(w, `.,;:"“”'‘’()`))] {
			return true
		}
	}
	return false
}

// goingOn are openings that go on from what the sentence before said:
// linkWords before a word in lower case (which trimmed leaves on; see
// linkedOn), and more.
var goingOn = append(linkedOn(), []string{"after all", "now,", "again,", "indeed,",
	"likewise,", "similarly,", "otherwise,", "even so", "in turn,", "as such,",
	"for his part", "for her part", "for their part", "for its part", "by contrast", "in contrast", "on the other hand",
	"at the same time", "in response", "to that end", "in other words", "that said", "this time,", "and yet", "indeed:", "indeed ", "thus,",
	"as well,", "as a result", "as a consequence", "then,", "then came ",
	"meanwhile ", "nor ", "another ", "regardless,", "to make matters worse", "not if ", "what's more", "not only that", "in the meantime", "ultimately", "eventually", "fast-forward", "fast forward", "also ", "therefore", "hence,",
	// a reply to a question the sentence before asked ("Yes, the toll is
	// high, but ..."): a conversation, or a writer answering a critic
	"yes,", "yeah,", "no,", "well,", "sure,", "of course", "okay,", "ok,", "oh,", "true,", "granted,",
	// an example of what was said before, or a time it told
	"for example,", "for instance,", "at the time,", "at that time,", "during that time,", "by then,", "until then,",
	// a writer's answer to the question asked before it ("Because, as it
	// turns out, ...")
	"because,",
	// the exception to what the sentence before it said ("Except, in two
	// towns, ..."), or a guess answering it ("Perhaps they won't be, but
	// ...")
	"except,", "except that", "except in ", "perhaps they ", "perhaps it ", "perhaps not", "maybe they ", "maybe it ", "maybe not",
	// more of what the sentence before said, or a fact bearing it out
	// ("Additionally, the board ...", "In fact, nobody came ..."), or a
	// limit set on it ("At least for a while.")
	"additionally", "in addition,", "given that,", "given this,", "in fact,", "in fact ", "plus,", "on top of that", "at least for ", "at least,"}...)

// linkedOn is linkWords in lower case, but for "so ": before a word in
// lower case it is more often an adverb ("So far the board has sold ...",
// "So many ferries ...") than a link.
func linkedOn() []string {
	out := make([]string, 0, len(linkWords))
	for _, w := range linkWords {
		if w = strings.ToLower(w); w != "so " {
			out = append(out, w)
		}
	}
	return out
}

// goesOn reports whether s opens with one of goingOn or a list item's
// number, or credits what it says to a source it does not name
// ("According to the paper, ...").
func goesOn(s string) bool {
	return opensWith(s, goingOn) || unnamedSource.MatchString(s) || listItem.MatchString(s) || pointsBackAtStart(s)
}

// backPhrase opens a sentence with a preposition and a demonstrative for
// what the sentence before it told ("Amid that, ...", "Despite this, ...",
// "Because of that ...", "After this, ..."); the demonstrative's next word
// is matched too, to tell "this week" (a time) apart.
var backPhrase = regexp.MustCompile(`^(?:Amid|Amidst|Despite|After|Before|Beyond|Besides|With|Without|Following|Because of|Due to|Apart from|Aside from|On top of|In spite of|In light of|In addition to|Along with) (?:that|this|these|those|which)\b,?(?: (\w+))?`)

// pointsBackAtStart reports whether s opens with backPhrase, the
// demonstrative alone or before a noun ("Despite these efforts"), not
// before a time ("After this week's vote ..." names its time).
func pointsBackAtStart(s string) bool {
	m := backPhrase.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	return strings.Contains(m[0], ",") || !timeWords[strings.ToLower(m[1])]
}

// listItem opens a sentence with an item's number ("3. As a result of
// ..."): one of a list whose head said what it counts.
var listItem = regexp.MustCompile(`^\d{1,2}[.)] `)

// sourceNouns name a source the sentences before named: "the paper", "the
// agency", "the statement".
const sourceNouns = `paper|newspaper|agency|report|outlet|website|site|magazine|broadcaster|network|tabloid|daily|station|channel|publication|statement|source|ministry|group|company|firm`

// unnamedSource opens a sentence crediting an unnamed source ("According to
// the paper, ..."; not "According to the paper's editor").
var unnamedSource = regexp.MustCompile(`^["“‘']?[Aa]ccording to the (?:` + sourceNouns + `),`)

// unnamedCredit is a sentence that ends crediting what it says to "the
// paper", "the agency", "the South Korean newspaper" or "it": a source
// the sentences before it named.
var unnamedCredit = regexp.MustCompile(`(?:, |[,.]["”’] )(?:(?:the|this|that)(?: [A-Z][\w-]*){0,2} (?:` + sourceNouns + `)|it) (?:also )?(?:added|said|says|reported|reports|noted|wrote|writes|claimed|claims|stated|states|explained|continued|adds|found)[.!]["”’]?$`)

// definiteSubject is a sentence whose subject is a bare definite noun
// phrase, "The" and a noun that stands in for a name given before it ("The
// company will ...", "The report states ..."), before its verb. Other nouns
// ("The earthquake struck ...", "The storm killed ...") name the event
// itself and may open a summary.
var definiteSubject = regexp.MustCompile(`^The (` + standIns + `)(?:,| (?:(?:also|still|now|then|first|later|reportedly|previously) )?[a-z]+\b)`)

// standIns are the nouns a writer uses for a company, an outlet, a
// document or a person named earlier.
const standIns = `two|pair|duo|trio|source|company|firm|paper|newspaper|report|agency|site|website|outlet|publication|magazine|tabloid|broadcaster|network|station|channel|journalist|reporter|writer|author|spokesman|spokeswoman|spokesperson|couple|project|study|survey|statement|letter|book|documentary|film`

// definiteHead is the noun of s's bare definite subject ("company"), "" when
// s has none.
func definiteHead(s string) string {
	if !strings.HasPrefix(s, "The ") {
		return ""
	}
	if m := definiteSubject.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if m := partyMember.FindStringSubmatch(s); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// partyMember is a sentence whose subject is a party's member described,
// not named ("The Kentucky Republican, who ...", "The veteran Democrat
// said ..."): the person the sentence before it named. "The Kessmouth
// Republican Party" is a name.
var partyMember = regexp.MustCompile(`^The (?:[A-Za-z][\w.-]* ){0,2}(Republican|Democrat|Conservative|Tory|Socialist|senator|congressman|congresswoman|lawmaker)(?:,| (?:(?:also|still|now|then|has|had|is|was|who|will|would) )?[a-z]+\b)`)

// leansOn reports whether s opens with one of leaners, after a connective or not.
func leansOn(s string) bool {
	f := strings.Fields(s)
	word := func(i int) string {
		w := strings.ToLower(strings.TrimFunc(f[i], func(r rune) bool { return !unicode.IsLetter(r) }))
		// a contraction is its pronoun ("He’s", "They'll")
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k]
		}
		return w
	}
	if len(f) > 1 && connectives[word(0)] {
		s = strings.TrimLeftFunc(strings.TrimLeftFunc(s, unicode.IsSpace)[len(f[0]):], unicode.IsSpace)
		f = f[1:]
	}
	if len(f) == 0 || !leaners[word(0)] || dummyIt.MatchString(s) {
		return false
	}
	return len(f) < 2 || !timeWords[word(1)]
}

// follows reports whether c's wording stands straight after p's wording
// in c's article, so that what c leans on is what p says.
func (st *story) follows(p, c *candidate) bool {
	a := st.arts[c.at.Article]
	if a == nil || p.at.Article != c.at.Article {
		return false
	}
	return p.at.End <= c.at.Start && c.at.Start <= len(a.Text) && strings.TrimSpace(a.Text[p.at.End:c.at.Start]) == ""
}

// standsAlone reports whether c can follow the summary sentences before
// it: it leans on nothing, or on the sentence just before it, which is the
// one before it in its article or names the person its pronoun stands for
// (or describes them, when the story never names them: sameUnnamed).
func (st *story) standsAlone(before []*candidate, c *candidate) bool {
	if !st.leansIn(c.text, c.at.Article) {
		return true
	}
	if len(before) == 0 {
		return false
	}
	p := before[len(before)-1]
	return st.follows(p, c) || st.sameReferent(p, c) || st.sameThing(p, c) || st.sameUnnamed(p, c)
}

// sameThing reports whether c's subject is a bare definite noun phrase
// ("The company ...") and p, from the same article and before it there,
// names that noun: what the phrase stands for.
func (st *story) sameThing(p, c *candidate) bool {
	head := definiteHead(c.text)
	if head == "" || p.at.Article != c.at.Article || p.at.End > c.at.Start {
		return false
	}
	for _, w := range lowerWords(p.text) {
		if w == head {
			return true
		}
	}
	return false
}

// sentenceBefore is the sentence before c's wording in its article; false
// when there is none.
func (st *story) sentenceBefore(c *candidate) (string, bool) {
	a := st.arts[c.at.Article]
	if a == nil {
		return "", false
	}
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > c.at.Start })
	if i == 0 || i > len(a.Sentences) {
		return "", false
	}
	prev := a.Sentences[i-1]
	if prev.Start < 0 || prev.End > len(a.Text) || prev.Start >= prev.End {
		return "", false
	}
	return a.Text[prev.Start:prev.End], true
}

// personal are the pronouns that stand for a person.
var personal = text.WordSet(`he she his her him`)

// sameReferent reports whether c opens with a personal pronoun and p
// names the person that the sentence before c's wording in its article
// names last: the one the pronoun stands for, unless that sentence speaks
// of its person by a pronoun too (pronounChain).
func (st *story) sameReferent(p, c *candidate) bool {
	f := strings.Fields(c.text)
	if len(f) == 0 {
		return false
	}
	if pron := pronounClause(c.text); pron != "" {
		// "As he swung his hat ..." goes on about the one p named
		// and then called "he"
		return namedThenPronoun(p.text, pron)
	}
	if !personal[strings.ToLower(f[0])] {
		return false
	}
	prev, ok := st.sentenceBefore(c)
	if !ok {
		return false
	}
	last := ""
	for n := range fullNames(prev) {
		last = n
	}
	return last != "" && strings.Contains(p.text, last) && !pronounChain(prev, last)
}

// pronounChain reports whether s speaks of a person by a pronoun before it
// names last ("During a visit to the costume house he spotted the Scarlett
// O'Hara dress."): a pronoun after s then stands for the one named before
// s, not for last. A pronoun after the name is the name's ("Ivo Brand said
// he was ...").
func pronounChain(s, last string) bool {
	at := strings.LastIndex(s, last)
	if at < 0 {
		return false
	}
	for i, w := range strings.Fields(s[:at]) {
		if w = strings.TrimRight(w, ",;:"); i > 0 && (w == "he" || w == "she") {
			return true
		}
	}
	return false
}

// joinLeaners moves a sentence that leans on the one before it in its
// article to just after that one, when the summary has it, or one that
// opens with a pronoun for a person to just after the sentence naming them.
func (st *story) joinLeaners(chosen []*candidate) {
	for i := 1; i < len(chosen); i++ {
		c := chosen[i]
		if st.standsAlone(chosen[:i], c) {
			continue
		}
		for k := range chosen {
			if k == i || !st.follows(chosen[k], c) && !st.sameReferent(chosen[k], c) {
				continue
			}
			at := k + 1
			if k > i {
				at = k
			}
			copy(chosen[i:], chosen[i+1:])
			copy(chosen[at+1:], chosen[at:len(chosen)-1])
			chosen[at] = c
			break
		}
	}
}

// unlean gives each chosen sentence that leans on a sentence the summary
// does not put before it a wording of its claim that stands alone, when an
// article has one.
func (st *story) unlean(chosen []*candidate) {
	for i, c := range chosen {
		if st.standsAlone(chosen[:i], c) {
			continue
		}
		for _, w := range c.alts {
			if !st.leansIn(w.text, w.span.Article) {
				st.use(c, w)
				break
			}
		}
	}
}

// subjectSurnames are the surnames of full that s uses alone, without the
// full name, as its subject (its first word) or a clause's ("that Holm
// wanted"), beside a speech verb or in the possessive ("Holm's plan"):
// the references a reader cannot follow
// without an introduction.
func subjectSurnames(s string, full map[string]string) []string {
	var out []string
	bare := bareSurnames(s, full)
	if len(bare) == 0 {
		return nil
	}
	fs := strings.Fields(s)
	verb := func(i int) bool {
		return i >= 0 && i < len(fs) && speechVerbs[strings.ToLower(strings.Trim(fs[i], ".,;:"))]
	}
	ws := nameWords(s)
	for i, w := range ws {
		w = strings.TrimSuffix(w, "\x00")
		if w == "" || !contains(bare, w) || contains(out, w) || opensName(ws, i) && shortKey(w, full) {
			continue
		}
		if i == 0 || verb(i+1) || verb(i-1) || possessive(fs[i]) || clauseSubject(fs, i) || creditedTo(fs, i) {
			out = append(out, w)
		}
	}
	return out
}

// clauseOpeners open a clause whose subject may follow them ("told the
// Gazette that Holm wanted ...").
var clauseOpeners = text.WordSet(`that and but because when while after before as if since until though although so whether`)

// appositiveOpeners open a clause whose subject a description set off by
// commas may follow ("that Holm, a shipowner, paid"); not "and" or "but",
// after which a name and a comma end a list.
var appositiveOpeners = text.WordSet(`that because when while after before since although though whether`)

// notVerbs follow a name without making it a clause's subject.
var notVerbs = text.WordSet(`and or of in on at to for with by from the a an`)

// clauseSubject reports whether fs[i], a name, is the subject of a clause:
// a clause opener or a phrase set off by a comma before it ("According to
// a lawsuit, Holm paid ..."), a word in lower case after it and no
// punctuation between.
func clauseSubject(fs []string, i int) bool {
	if i > 0 && i+1 < len(fs) && strings.HasSuffix(fs[i], ",") && !strings.ContainsAny(fs[i][:len(fs[i])-1], ",.;:") &&
		appositiveOpeners[strings.ToLower(fs[i-1])] {
		// an appositive set off by commas after it: "reported that
		// Holm, a shipowner, paid ..."
		r, _ := firstRune(fs[i+1])
		return unicode.IsLower(r)
	}
	if i == 0 || i+1 >= len(fs) || strings.ContainsAny(fs[i], ",.;:") ||
		!clauseOpeners[strings.ToLower(fs[i-1])] && !strings.HasSuffix(fs[i-1], ",") {
		return false
	}
	r, _ := firstRune(fs[i+1])
	return unicode.IsLower(r) && !notVerbs[fs[i+1]]
}

// creditedTo reports whether fs[i], a name, is whom the sentence credits
// what it tells to ("according to Holm", "documents released by Holm"):
// a source a reader must know.
func creditedTo(fs []string, i int) bool {
	if i < 2 {
		return false
	}
	switch fs[i-1] {
	case "by":
		// Only after a verb of making public: "renew the contract by
		// May 22" or "a rescue coordinated by Tolland" credits no one.
		return publishedBy[strings.ToLower(fs[i-2])]
	case "to":
		return strings.EqualFold(fs[i-2], "according")
	}
	return false
}

// publishedBy are the participles after which "by" names whoever made
// what the sentence tells public.
var publishedBy = map[string]bool{
	"released": true, "published": true, "reported": true, "issued": true, "posted": true,
	"filed": true, "compiled": true, "written": true, "obtained": true, "shared": true,
	"leaked": true, "disclosed": true, "revealed": true, "announced": true, "cited": true,
}

// possessive reports a word in the possessive ("Holm's", "Vells’"):
// a name so used is what the sentence is about as much as its subject.
func possessive(f string) bool {
	f = strings.TrimRight(f, `,.;:!?)"”`)
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// introduceFirst makes one change for the first surname met before its
// introduction: it brings the introducing sentence forward, or swaps in an
// introducing wording. It reports whether it moved a sentence.
func (st *story) introduceFirst(chosen []*candidate, full map[string]string) bool {
	for j, c := range chosen {
		needs := st.unmetNeeds(chosen[:j], c)
		if needs.none() {
			continue
		}
		for k := j + 1; k < len(chosen); k++ {
			if needs.metBy(chosen[k : k+1]) {
				moved := chosen[k]
				copy(chosen[j+1:k+1], chosen[j:k])
				chosen[j] = moved
				return true
			}
		}
	}
	introduced := map[string]bool{}
	for j, c := range chosen {
		for _, sn := range subjectSurnames(c.text, full) {
			if introduced[sn] {
				continue
			}
			for k := j + 1; k < len(chosen); k++ {
				if introducesName(chosen[k].text, sn, full) {
					moved := chosen[k]
					copy(chosen[j+1:k+1], chosen[j:k])
					chosen[j] = moved
					return true
				}
			}
			for _, w := range c.alts {
				if introducesName(w.text, sn, full) {
					st.use(c, w)
					break
				}
			}
		}
		noteIntroduced(c.text, full, introduced)
	}
	return false
}

// notNames are capitalised words that start no person's name.
var notNames = text.WordSet(`the a an in on at but and or either neither both whatever whether however although though as if he she it they we his her its their this that
these those when while after before for from with by of to there here what who why how where mr mrs ms dr
sen rep gov president police officials monday tuesday wednesday thursday friday saturday sunday`)

// nameWords are the capitalised words of s, punctuation around them taken
// off, a possessive too; a word not capitalised is "".
func nameWords(s string) []string {
	fs := strings.Fields(s)
	out := make([]string, len(fs))
	for i, f := range fs {
		_, base, stops := nameWord(f)
		w := arabicArticle(base)
		if !nameLike(w) {
			continue
		}
		out[i] = w
		if stops {
			out[i] += "\x00" // a name does not run past punctuation
		}
	}
	return out
}

// fullNames yields the names that runs of capitalised words in s end
// with: their last two words, a first name and a surname ("Mayor Anton
// Greer" gives "Anton Greer"), the first of them not a function word or
// title or a sentence adverb. s is read word by word, so an article's
// whole text is read without a slice of its words.
func fullNames(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		namesIn(s, func(n string, _ bool) bool { return yield(n) })
	}
}

// namesIn calls yield with each name fullNames yields, and whether its
// first word opens a sentence (where any word is capitalised), until yield
// returns false.
func namesIn(s string, yield func(name string, opens bool) bool) {
	var a, b string                // the run's last two words
	stop := false                  // whether b ended the run at punctuation
	ended := true                  // whether the word before ended a sentence
	aOpens, bOpens := false, false // whether a, b open a sentence
	// emit yields the run's name, if it gives one, and ends the run;
	// false when the caller has read enough
	emit := func() bool {
		ok := true
		if a != "" && b != "" && !strings.HasSuffix(a, "\x00") && !notNames[strings.ToLower(a)] && !sentenceAdverb(a) {
			ok = yield(a+" "+b, aOpens)
		}
		a, b = "", ""
		return ok
	}
	for fw := range strings.FieldsSeq(s) {
		opens := ended
		ended = endsSentence(fw)
		_, base, stops := nameWord(fw)
		// an Arabic surname's article ("Abu Bakr al-Baghdadi") is
		// left out when the surname stands alone ("Baghdadi said")
		base = arabicArticle(base)
		if !nameLike(base) {
			if !emit() {
				return
			}
			continue
		}
		if stop && !emit() {
			return
		}
		if b != "" {
			a, aOpens = b, bOpens
		}
		b, bOpens = base, opens
		stop = stops
	}
	emit()
}

// arabicArticle is w without an Arabic surname's article ("al-Marwani"
// gives "Marwani"): a writer uses the surname alone with it or without it.
func arabicArticle(w string) string {
	for _, a := range []string{"al-", "Al-", "el-", "El-"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return rest
		}
	}
	return w
}

func surname(full string) string { return full[strings.LastIndexByte(full, ' ')+1:] }

// introduces reports whether s gives the full name behind surname sn.
func introduces(s, sn string) bool {
	for n := range fullNames(s) {
		if surname(n) == sn {
			return true
		}
	}
	return false
}

// bareSurnames are the surnames of full that s uses without introducing.
func bareSurnames(s string, full map[string]string) []string {
	if len(full) == 0 {
		return nil
	}
	var out []string
	ws := nameWords(s)
	for i, w := range ws {
		w = strings.TrimSuffix(w, "\x00")
		if _, ok := full[w]; !ok || w == "" || contains(out, w) {
			continue
		}
		if shortKey(w, full) {
			// the first word of a name written so: read where it
			// stands, as "Kim Il-sung" gives no "Kim" of its own
			if opensName(ws, i) || introducesName(s, w, full) {
				continue
			}
		} else if introduces(s, w) || givenName(s, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// givenName reports whether s uses w as the first name of a full name it
// gives ("Jim Varga" for "Jim", which "Dear Jim" elsewhere made look like
// a surname): no reference back to anyone.
func givenName(s, w string) bool {
	for n := range fullNames(s) {
		if strings.HasPrefix(n, w+" ") {
			return true
		}
	}
	return false
}

// ordinalRef is a definite reference to one of a set the sentences before
// named ("the third agency", "the other city", "the latter proposal"): its
// noun is what a reader must have been told of. Not a rank that names its
// own set ("the third person to ...", "the second day of ...", "the last
// ..."), which the noun's next word tells.
var ordinalRef = regexp.MustCompile(`\b[Tt]he (?:second|third|fourth|fifth|sixth|other|latter) ([a-z]{3,})\b( (?:to|of|in|on|at|for|since|this|that|ever)\b)?`)

// definiteRole is a sentence whose subject is a person the sentences
// before it must have told of, "The" and a noun for a person's role
// ("The nurse, who ...", "The boy's father ...", "The ex-partner, ..."):
// "a nurse" introduces them, "The nurse" refers back; "a business
// partner" introduces "The ex-partner". A clause that says which one
// ("The nurse who treated him ...") introduces them itself (restrictive).
var definiteRole = regexp.MustCompile(`^The (?:ex-|former )?(` + roles + `)(?:['’]s)?\b`)

// roles are nouns for a person that a story introduces before it refers
// to them (not "man" or "son", whose letters open other words).
const roles = `nurse|doctor|surgeon|boy|girl|woman|child|teenager|toddler|baby|victim|suspect|gunman|attacker|shooter|driver|pilot|soldier|mother|father|wife|husband|daughter|patient|student|teacher|witness|prisoner|hostage|inmate|passenger|defendant|plaintiff|informant|whistleblower|nanny|priest|officer|guard|worker|employee|partner`

// theCulprits refers to people a crime's story introduces before it
// does ("Cops caught the thieves after IDing them with surveillance
// video."): "thieves stole ..." or "a gunman" introduces them, and so
// does a name beside the noun ("the gunman, Dylan Roof,"). Its group is
// the noun's stem, as a sentence before it says it.
var theCulprits = regexp.MustCompile(`\b[Tt]he (thie|robber|burglar|kidnapper|hijacker|gunm|attacker|intruder|assailant|carjacker|looter)(?:f|ves|s|an|en)?\b`)

// named is a name set beside a noun ("the gunman, Dylan Roof,"): the
// noun is introduced there.
var named = regexp.MustCompile(`^,? \p{Lu}`)

// restrictive is a relative clause right after a role, without a comma,
// that says which one is meant ("The woman who claimed she had a third
// breast was lying"): the sentence introduces her itself.
var restrictive = regexp.MustCompile(`^ (?:who|whose|that) `)

// bareVote is a vote told without what it was on ("voted no", "the lone
// vote against"): it leans on a sentence that said what was voted on.
var bareVote = regexp.MustCompile(`\b(?:voted|votes|voting|vote) (?:no|yes|nay|aye|against|in favou?r)(?: of (?:it|them))?[.!,]|\bvoted against (?:it|them)\b|\b(?:lone|only|sole) (?:vote|dissent|holdout)\b`)

// voteWords are what a sentence says that a vote was on.
var voteWords = []string{"bill", "legislation", "measure", "vote", "motion", "resolution", "amendment", "passed", "passage", "approv", "ballot", "referendum", "law"}

// notOrdinal are words after "the second" or "the other" that name no
// member of a set the sentences before named ("the second time", "the
// other side").
var notOrdinal = text.WordSet(`time year month week day night minute moment half quarter round hand side way end`)

// contextNeeds are the words one of which a sentence before s must say for
// s to be understood: the set "the third agency" is one of ("agencies"),
// what a bare "voted no" was on, the person "The nurse ..." or "The boy's
// father ..." refers to ("nurse"); nil when s needs none.
func contextNeeds(s string) []string {
	var out []string
	if m := definiteRole.FindStringSubmatch(s); m != nil && !restrictive.MatchString(s[len(m[0]):]) {
		out = append(out, m[1])
	}
	if m := theCulprits.FindStringSubmatchIndex(s); m != nil && !said(s[:m[0]], []string{s[m[2]:m[3]]}) && !named.MatchString(s[m[1]:]) {
		out = append(out, s[m[2]:m[3]])
	}
	if !mayNeed(s) {
		return out
	}
	for _, m := range ordinalRef.FindAllStringSubmatch(s, -1) {
		if m[2] != "" || strings.HasSuffix(m[1], "s") && !strings.HasSuffix(m[1], "ss") {
			continue // a rank in its own set, or a plural ("the other candidates")
		}
		set := plural(m[1])
		// "three agencies ... the third agency": the set is named in s
		if notOrdinal[m[1]] || notNames[m[1]] || strings.Contains(strings.ToLower(s[:strings.Index(s, m[0])]), set) {
			continue
		}
		out = append(out, set)
	}
	if bareVote.MatchString(s) && !said(bareVote.ReplaceAllString(s, ""), voteWords) {
		out = append(out, voteWords...)
	}
	return out
}

// needCues are what a sentence that needs context holds one of: an
// ordinalRef's word or a bareVote's.
var needCues = []string{"second", "third", "fourth", "fifth", "sixth", "other", "latter", "vot", "dissent", "holdout"}

// mayNeed reports whether s holds one of needCues, checked before the
// patterns, which cost more.
func mayNeed(s string) bool {
	for _, c := range needCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// plural is noun w's plural ("agency" -> "agencies"): a set of them is
// what the sentences before must have named; w when plural already.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "y") && len(w) > 3 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// said reports whether s holds a word starting with one of stems.
func said(s string, stems []string) bool {
	for _, w := range lowerWords(s) {
		for _, st := range stems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// needsMet reports whether the sentences before c in the summary tell
// what c needs told (contextNeeds, backRefNeeds): one of them says one of
// its words; or, for the set or the act its subject refers to
// (backRefNeeds), the one just before it is the one before it in its
// article, which its writer wrote it to follow ("None of these islands
// ..." after the sentence naming them). A role ("The nurse ...") needs
// its word said.
func (st *story) needsMet(before []*candidate, c *candidate) bool {
	return st.unmetNeeds(before, c).none()
}

// needs are the words a sentence needs a sentence before it to say, one
// of them enough: stems open a word ("vot" for "voted"; contextNeeds),
// nouns are whole words (backRefNeeds: "islands" is no "islanders").
type needs struct{ stems, nouns []string }

func (n needs) none() bool { return n.stems == nil && n.nouns == nil }

// metBy reports whether one of the sentences ps says one of n's words.
func (n needs) metBy(ps []*candidate) bool {
	return n.stems != nil && saidBefore(ps, n.stems) || n.nouns != nil && slices.ContainsFunc(ps, func(p *candidate) bool { return saysWord(p.text, n.nouns) })
}

// unmetNeeds are the words that c needs a sentence before it to say
// (needsMet) and that none of before says; none when c needs nothing more.
func (st *story) unmetNeeds(before []*candidate, c *candidate) needs {
	var unmet needs
	if ns := contextNeeds(c.text); ns != nil && !saidBefore(before, ns) {
		unmet.stems = ns
	}
	if ns := backRefNeeds(c.text); ns != nil && !(needs{nouns: ns}).metBy(before) && !(len(before) > 0 && st.follows(before[len(before)-1], c)) {
		unmet.nouns = ns
	}
	return unmet
}

// saidBefore reports whether one of the sentences before says one of the
// words needs.
func saidBefore(before []*candidate, needs []string) bool {
	for _, p := range before {
		if said(p.text, needs) {
			return true
		}
	}
	return false
}

// saysWord reports whether s holds one of words whole.
func saysWord(s string, words []string) bool {
	for _, w := range lowerWords(s) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// persons is st.full, with the full names the sampled articles give
// anywhere, without the surnames the story's articles use as a
// place's name ("in Washington", "from Lincoln") at least as often as
// they give the full name: a sentence that names the place needs no one
// introduced.
func (st *story) persons() map[string]string {
	// the names the articles give again and again anywhere, not only in
	// the sentences read as claims ("You've probably never heard of
	// Anton Greer.")
	// (a name given only where a sentence opens may be a word
	// capitalised there before a company's name: no person's)
	given := st.namesGiven().times
	// the most given name first, then in order of spelling: two people
	// who share a surname ("Anton Greer", "Maria Greer") resolve the same
	// way on every run
	names := make([]string, 0, len(given))
	for n := range given {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(given[b], given[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, n := range names {
		if _, ok := st.full[surname(n)]; !ok && given[n] >= oftenGiven && st.nameAtStart(n) {
			st.full[surname(n)] = n
		}
	}
	st.shortNames(st.full, names, given)
	places := map[string]int{}
	for _, a := range st.sample {
		fs := strings.Fields(a.Text)
		for i := 0; i+1 < len(fs); i++ {
			if !placePrepositions[fs[i]] {
				continue
			}
			w := strings.TrimRight(fs[i+1], ".,;:!?)\"”")
			if _, ok := st.full[w]; !ok || w != fs[i+1] && !strings.ContainsAny(fs[i+1][len(w):], ".,;:!?)") {
				continue // no surname, or a possessive ("in Holm's view")
			}
			if w == fs[i+1] && i+2 < len(fs) {
				if r, _ := firstRune(fs[i+2]); unicode.IsUpper(r) {
					continue // a longer name ("in Holm Tower")
				}
			}
			places[w]++
		}
	}
	if len(places) == 0 {
		return st.full
	}
	out := make(map[string]string, len(st.full))
	for sn, n := range st.full {
		if places[sn] == 0 || places[sn] < st.uses(n) {
			out[sn] = n
		}
	}
	return out
}

// uses counts the times the sampled articles give full name n: a surname
// they give in full more often than after a place's preposition ("an
// email from Greer") is a person's.
func (st *story) uses(n string) int {
	k := 0
	for _, a := range st.sample {
		k += strings.Count(a.Text, n)
	}
	return k
}

// oftenGiven is how many times the articles give a full name for it to
// be a person's whom a reader must have met.
const oftenGiven = 3

// placePrepositions come before a place's name, seldom before a person's.
var placePrepositions = text.WordSet(`in from near across`)
