package quotes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// change is how much a substitution between two wordings of one quotation
// matters to a reader.
type change byte

const (
	changeNone    change = iota // spelling, typography, an elision, an editor's gap
	changeName                  // a name's form: "NRLF" / "Front", "Mr. Brask" / "Jon Brask"
	changeGrammar               // function words, an inflection, a pronoun for what it stands for
	changeContent               // a content word for another: "effective" for "successful"
)

// functionWords carry grammar, not content: a change among them is a
// grammar fix, not a misquotation.
var functionWords = text.WordSet(`a an the this that these those it its it's i me my we us our you your he him his
she her they them their there here who whom whose which what when where why how and or but so if then than as
of to in on at by for from with about into onto over under up down out off is are was were be been being am
do does did done have has had having will would shall should can could may might must not no nor very just
too also only even still yet some any all each every both either neither one ones someone somebody anyone
anybody everyone everybody something anything everything nothing nobody none such own same other another
let lets im ive id ill youre weve were theyre hes shes its thats whats theres dont doesnt didnt isnt arent
wasnt werent wont wouldnt cant couldnt shouldnt havent hasnt hadnt`)

// dialectPairs are one word spelled the British and the American way
// beyond what an edit distance of one catches.
var dialectPairs = map[string]string{"mum": "mom", "mums": "moms", "programme": "program", "programmes": "programs",
	"aeroplane": "airplane", "tyre": "tire", "tyres": "tires", "kerb": "curb", "grey": "gray", "whilst": "while",
	"amongst": "among", "towards": "toward", "learnt": "learned", "spelt": "spelled", "judgement": "judgment"}

// numberWords are numbers written out, for "two" / "2".
var numberWords = map[string]bool{}
var numberDigits = map[string]string{}

func init() {
	for i, w := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty") {
		numberWords[w] = true
		numberDigits[w] = fmt.Sprint(i)
	}
	for _, w := range strings.Fields("thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen dozens hundreds thousands millions") {
		numberWords[w] = true
	}
}

// classify says what the substitution of a[s.a0:s.a1] by b[s.b0:s.b1]
// changes; ao and bo are the words as written.
func classify(a, b, ao, bo []string, s sub) change {
	wa, wb := a[s.a0:s.a1], b[s.b0:s.b1]
	if hasGap(wa) || hasGap(wb) {
		return changeNone // next to an elision or an editor's insertion
	}
	ja, jb := strings.Join(wa, ""), strings.Join(wb, "")
	if ja == jb || sameSpelling(ja, jb) {
		return changeNone // "air strikes" / "airstrikes", "fiance" / "fiancé"
	}
	if len(wa) == len(wb) {
		same := true
		for k := range wa {
			if !sameSpelling(wa[k], wb[k]) && numberDigits[wa[k]] != wb[k] && numberDigits[wb[k]] != wa[k] {
				same = false
			}
		}
		if same {
			return changeNone
		}
	}
	if capitalisedAll(ao[s.a0:s.a1]) && capitalisedAll(bo[s.b0:s.b1]) {
		return changeName // "NRLF" / "Front", "Mr. Brask" / "Jon Brask"
	}
	if onlyFunction(wa) || onlyFunction(wb) {
		return changeGrammar // "this" / "the", "it" / "the surgery", "his" / "Mr. Reyes's"
	}
	if len(wa) == 1 && len(wb) == 1 && sameStem(wa[0], wb[0]) {
		return changeGrammar // "advance" / "advances", "loves" / "loved"
	}
	return changeContent
}

// sameSpelling reports whether two words are one spelled two ways: a
// letter or two apart in a long word, or a British and American pair.
func sameSpelling(a, b string) bool {
	if a == b || dialectPairs[a] == b || dialectPairs[b] == a {
		return true
	}
	d := editDistance(a, b)
	long := max(len(a), len(b))
	return d <= 1 && long >= 4 || d <= 2 && long >= 8
}

// sameStem reports whether two words differ only by an inflection.
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < 4 {
		return false
	}
	ends := map[string]bool{"": true, "s": true, "es": true, "ed": true, "d": true, "ing": true, "e": true, "ly": true, "er": true, "est": true}
	return ends[a[n:]] && ends[b[n:]]
}

func hasGap(ws []string) bool {
	for _, w := range ws {
		if w == gap {
			return true
		}
	}
	return false
}

func onlyFunction(ws []string) bool {
	for _, w := range ws {
		if !functionWords[w] {
			return false
		}
	}
	return true
}

// diffNote writes a substitution in one line with a few words around it:
// "...very [effective → successful] so far...".
func diffNote(ao, bo []string, s sub) string {
	const around = 4
	var b strings.Builder
	from := max(0, s.a0-around)
	if from > 0 {
		b.WriteString("...")
	}
	b.WriteString(strings.Join(ao[from:s.a0], " "))
	if from < s.a0 {
		b.WriteString(" ")
	}
	bare := func(ws []string) string { return strings.TrimRight(strings.Join(ws, " "), ",.;:!?") }
	fmt.Fprintf(&b, "[%s → %s]", bare(ao[s.a0:s.a1]), bare(bo[s.b0:s.b1]))
	if w := ao[s.a1-1]; len(w) > len(bare(ao[s.a1-1:s.a1])) {
		b.WriteString(w[len(bare(ao[s.a1-1:s.a1])):]) // "[midnight → dawn], and"
	}
	to := min(len(ao), s.a1+around)
	if to > s.a1 {
		b.WriteString(" " + strings.Join(ao[s.a1:to], " "))
	}
	note := strings.TrimRight(b.String(), ",;:")
	if to < len(ao) {
		note += "..."
	}
	return note
}

// variant is one substitution found between two wordings, oriented so
// that key[0] < key[1].
type variant struct {
	key      [2]string
	class    change
	from, to int    // wordings reading key[0] and key[1]
	note     string // the diff from key[0] to key[1]
	back     string // the diff from key[1] to key[0]
	shared   int
}

// wordingConflicts reports a quote-wording conflict when two wordings of a
// quotation, printed by different articles and matching word for word
// around it, put one content word where the other has another. Each side
// is one reading with the articles that print it; the note shows the
// difference as a word diff. Spelling, typography, elisions, editors'
// brackets and "[sic]" are not differences; a grammar fix is reported with
// less confidence than a changed content word, and a name written another
// way ("NRLF" / "NRL") below the confidence a reader sees.
func wordingConflicts(cl []int, ws []wording, units []unit, edges map[[2]int]bool, arts []corroborate.Article, opt Options) []corroborate.Conflict {
	var found []variant
	for x := range cl {
		for y := x + 1; y < len(cl); y++ {
			a, b := ws[cl[x]], ws[cl[y]]
			if !edges[[2]int{min(cl[x], cl[y]), max(cl[x], cl[y])}] || !inDifferentArticles(a, b, units) {
				continue
			}
			al := align(a.words, b.words)
			// Otherwise matching text: the shared words fill the span both cover.
			if al.matched < opt.minShared() || 5*al.matched < 4*max(al.span[0], al.span[1]) {
				continue
			}
			for _, s := range al.subs {
				c := classify(a.words, b.words, a.orig, b.orig, s)
				if c == changeNone {
					continue
				}
				v := variant{class: c, from: cl[x], to: cl[y], shared: al.matched,
					note: diffNote(a.orig, b.orig, s), back: diffNote(b.orig, a.orig, sub{s.b0, s.b1, s.a0, s.a1})}
				ka, kb := strings.Join(a.words[s.a0:s.a1], " "), strings.Join(b.words[s.b0:s.b1], " ")
				if ka > kb {
					ka, kb = kb, ka
					v.from, v.to = v.to, v.from
					v.note, v.back = v.back, v.note
				}
				v.key = [2]string{ka, kb}
				found = append(found, v)
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	// The strongest change, then the one most articles print.
	sides := map[[2]string][2]map[int]bool{}
	for _, v := range found {
		s, ok := sides[v.key]
		if !ok {
			s = [2]map[int]bool{{}, {}}
			sides[v.key] = s
		}
		s[0][v.from], s[1][v.to] = true, true
	}
	weight := func(v variant) int {
		n := 0
		for _, m := range sides[v.key] {
			for wi := range m {
				n += len(ws[wi].units)
			}
		}
		return n
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].class != found[j].class {
			return found[i].class > found[j].class
		}
		return weight(found[i]) > weight(found[j])
	})
	best := found[0]
	s := sides[best.key]
	var out []corroborate.ConflictSide
	var counts [2]int
	for k, wis := range s {
		var idx []int
		for wi := range wis {
			idx = append(idx, wi)
		}
		sort.Ints(idx)
		side := corroborate.ConflictSide{Value: units[ws[idx[0]].units[0]].text}
		var us []int
		for _, wi := range idx {
			us = append(us, ws[wi].units...)
		}
		side.Articles = articlesOf(us, units, arts, func(unit) bool { return true })
		side.Spans = spansOf(us, units, arts)
		counts[k] = len(side.Articles)
		out = append(out, side)
	}
	note := best.note
	if firstArticle(out[1], arts) < firstArticle(out[0], arts) {
		out[0], out[1] = out[1], out[0]
		note = best.back
	}
	return []corroborate.Conflict{{
		Kind:       corroborate.ConflictQuoteWording,
		About:      out[0].Value,
		Sides:      out,
		Note:       "the quotation reads \"" + note + "\"",
		Confidence: wordingConfidence(best, counts),
	}}
}

// wordingConfidence: a content word changed inside a long matching
// quotation is a misquotation someone should check; a grammar fix is a
// real but lesser difference; a name written another way is house style a
// reader need not see; more articles on each side make a typing slip less
// likely.
func wordingConfidence(v variant, counts [2]int) float64 {
	c := map[change]float64{changeName: 0.35, changeGrammar: 0.55, changeContent: 0.7}[v.class]
	switch {
	case v.shared >= 10:
		c += 0.1
	case v.shared < 6:
		c -= 0.15
	}
	if min(counts[0], counts[1]) >= 2 {
		c += 0.05
	}
	if v.class == changeName {
		c = min(c, 0.45)
	}
	return clamp01(c)
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }
