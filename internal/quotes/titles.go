package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

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

// namesTheCalled reports whether quotation c is a name given to someone
// the words before it call by it, "called him "Captain Tide."", "dubbed
// Calder "Comrade Ines."": two to four capitalised words after a naming
// verb and its object, a pronoun or a name. (One word may be the
// speaker's adjective, `called it "Orwellian."`.)
func (x *extractor) namesTheCalled(c *cand) bool {
	n := len(c.pre)
	if n < 2 || len(c.raw.segs) != 1 {
		return false
	}
	obj := 0
	for obj < 3 && obj < n-1 && c.pre[n-1-obj].word && (c.pre[n-1-obj].capitalised() || objectPronouns[c.pre[n-1-obj].low]) {
		obj++
	}
	if obj == 0 || !namingCues[c.pre[n-1-obj].low] || obj > 1 && objectPronouns[c.pre[n-1].low] {
		return false
	}
	words := strings.Fields(strings.TrimRight(stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e]), ".,!"))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// objectPronouns stand for the one a naming verb calls by a name.
var objectPronouns = text.WordSet("him her them it himself herself")
