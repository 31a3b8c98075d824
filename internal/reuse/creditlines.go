package reuse

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

// storyNames are the outlets a story's articles credit, by nameKey: the
// names an outlet goes by that the directory does not know ("Benzinga",
// "Khaama Press"), with the spelling the story uses most.
type storyNames map[string]string

// lookup returns the story's name for name, in any case, with or without
// a leading "The" or a ".com".
func (s storyNames) lookup(name string) (string, bool) {
	if len(s) == 0 {
		return "", false
	}
	n, ok := s[nameKey(name)]
	return n, ok
}

// nameKey folds an outlet's name for comparing the spellings a story gives
// it: case, spaces, "the", and a site's suffix ("TOLO News", "TOLOnews";
// "Benzinga.com", "benzinga").
func nameKey(name string) string {
	k := outlets.Key(name)
	for _, suf := range []string{".com", ".net", ".org", ".co.uk", ".tv"} {
		if rest, ok := strings.CutSuffix(k, suf); ok && rest != "" {
			return rest
		}
	}
	return k
}

// creditLine matches a line that is only a credit: "Via G for Games",
// "VIA: Benzinga", "Sources: Khaama Press, TOLOnews", "Source benzinga,
// Gforgames".
var creditLine = regexp.MustCompile(`^(?i:via|sources?)(?:\s*:\s*|\s+)(\S.{0,80})$`)

// notOutletItems are words in the items of a "Source:" line that make it a
// picture's or a figure's source, not an outlet's.
var notOutletItems = []string{"photo", "image", "getty", "shutterstock", "bureau", "department", "ministry", "census", "data", "survey"}

// lineCredits finds the credits that need no outlet-looking name, for
// their cue says the name is where the text comes from: a line that is
// only "Via X" or "Source(s): X, Y", and "originally appeared at X",
// "first published by X", "appeared in Saturday's edition of X". Their
// scope is the whole article.
func lineCredits(text string, ix *aliasIndex, story storyNames) []foundCredit {
	var out []foundCredit
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		trimmed := strings.TrimRight(line[lead:], " \t\r")
		if !lineOpener(trimmed) {
			off = end + 1
			continue
		}
		if m := creditLine.FindStringSubmatchIndex(trimmed); m != nil {
			out = append(out, listCredits(text, off+lead, off+lead+m[2], trimmed[m[2]:], ix, story)...)
		}
		off = end + 1
	}
	if c, ok := signLine(text, ix, story); ok {
		out = append(out, c)
	} else if c, ok := bracketLine(text, ix, story); ok {
		out = append(out, c)
	}
	for _, m := range noticeCues(text) {
		if !m.named {
			continue
		}
		_, e, name := readName(text, m.end)
		if name == "" {
			continue
		}
		outlet, known := lineName(name, ix, story)
		if outlet == "" {
			continue
		}
		out = append(out, foundCredit{Credit: corroborate.Credit{Outlet: outlet, Cue: text[m.start:e], Start: m.start, End: e},
			known: known, whole: true})
	}
	return out
}

// signLine finds the source line that may close a text: a dash and an
// outlet's name after its last sentence ("…feeling great." - Daily
// Mirror", or "— The Harbour Times" on a line of its own). The name must
// be an outlet's by the directory, its shape or the story's names: "—
// Ana Ruiz" is an author's signature.
func signLine(text string, ix *aliasIndex, story storyNames) (foundCredit, bool) {
	t := strings.TrimRight(text, " \t\r\n")
	from := max(0, len(t)-60)
	for from > 0 && from < len(t) && !utf8.RuneStart(t[from]) {
		from++
	}
	k := -1
	for _, d := range []string{" - ", " – ", " — ", "\n- ", "\n– ", "\n— "} {
		if i := strings.LastIndex(t[from:], d); i >= 0 && from+i > k {
			k = from + i
		}
	}
	if k < 0 && (strings.HasPrefix(t[from:], "- ") || strings.HasPrefix(t[from:], "— ")) && from == 0 {
		k = 0
	}
	if k < 0 {
		return foundCredit{}, false
	}
	name := strings.TrimSpace(strings.TrimLeft(t[k:], " \n-–—"))
	if name == "" || strings.ContainsAny(name, ".,;:!?\"“”()@\n") && !siteName(name) || !capitalized(name) {
		return foundCredit{}, false
	}
	outlet, known, ok := ix.outletName(name)
	if !ok {
		if outlet, ok = story.lookup(name); !ok {
			return foundCredit{}, false
		}
	}
	start := k + strings.IndexAny(t[k:], "-–—")
	return foundCredit{Credit: corroborate.Credit{Outlet: outlet, Cue: t[start:], Start: start, End: len(t)},
		known: known, whole: true}, true
}

// bracketLine finds the source line in brackets that may close a text, on
// a line of its own after its last paragraph: "[The Harbour Times]",
// "[harbourtimes.com]". The name must be an outlet's by the directory, its
// shape or the story's names: "[Instagram]" under an embedded picture, or
// "[Updated]", is no source.
func bracketLine(text string, ix *aliasIndex, story storyNames) (foundCredit, bool) {
	t := strings.TrimRight(text, " \t\r\n")
	if !strings.HasSuffix(t, "]") {
		return foundCredit{}, false
	}
	nl := strings.LastIndexByte(t, '\n')
	if nl < 0 || strings.TrimSpace(t[:nl]) == "" {
		return foundCredit{}, false // the whole text: no article above it
	}
	line := strings.TrimSpace(t[nl+1:])
	if len(line) < 3 || line[0] != '[' || len(line) > 60 {
		return foundCredit{}, false
	}
	name := strings.TrimSpace(line[1 : len(line)-1])
	if name == "" || strings.ContainsAny(name, "[],;:!?\"“”()@") || strings.Contains(name, ".") && !siteName(name) ||
		!capitalized(name) && !siteName(name) {
		return foundCredit{}, false
	}
	for _, w := range strings.Fields(name) {
		if !capitalized(w) && !connectors[w] && !siteName(w) {
			return foundCredit{}, false // "[Image via The Harbour Times]": a cue, read as one
		}
	}
	outlet, known, ok := ix.outletName(name)
	if !ok {
		if outlet, ok = story.lookup(name); !ok {
			return foundCredit{}, false
		}
	}
	start := len(t) - len(line)
	return foundCredit{Credit: corroborate.Credit{Outlet: outlet, Cue: line, Start: start, End: len(t)},
		known: known, whole: true}, true
}

// lineOpener reports cheaply whether a line may open with "via" or
// "source", in any case, before the regular expression is asked.
func lineOpener(line string) bool {
	if len(line) < 4 {
		return false
	}
	c := line[0] | 0x20
	return (c == 'v' || c == 's') && len(line) <= 100
}

// unread reports whether body names one of the story's outlets more often
// than its credits cs do: only then can reading it again with the story's
// names find more. Names are compared folded ("Times Live" is
// "TimesLive.com").
func (s storyNames) unread(body string, cs []foundCredit) bool {
	if len(s) == 0 {
		return false
	}
	folded := text.LowerAlnum(body)
	for k := range s {
		key := strings.ReplaceAll(k, ".", "")
		if key == "" {
			continue
		}
		n := strings.Count(folded, key)
		for _, c := range cs {
			if nameKey(c.Outlet) == k {
				n--
			}
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// listCredits reads the names of a credit line: cueStart is where the line
// starts, at where its list starts.
func listCredits(text string, cueStart, at int, list string, ix *aliasIndex, story storyNames) []foundCredit {
	list = strings.TrimRight(list, ".")
	if strings.ContainsAny(list, "?!;:\"“”") || len(strings.Fields(list)) > 10 {
		return nil
	}
	var out []foundCredit
	pos := 0
	for _, item := range splitList(list) {
		i := strings.Index(list[pos:], item)
		if i < 0 {
			return nil
		}
		// The first credit's cue is the line's start up to it ("Sources:
		// Khaama Press"), even when a body's name comes before it;
		// another's is its name alone ("TOLOnews"), so that the line is
		// not listed again with each name.
		start := cueStart
		if len(out) > 0 {
			start = at + pos + i
		}
		pos += i + len(item)
		name := strings.TrimSpace(item)
		if !listItem(name) {
			return nil
		}
		outlet, known := lineName(name, ix, story)
		if outlet == "" {
			return nil
		}
		if !known && bodyName(outlet) {
			continue // "Sources: Skarn Post, Harbour Aid Foundation": a body among outlets
		}
		out = append(out, foundCredit{Credit: corroborate.Credit{Outlet: outlet, Cue: text[start : at+pos], Start: start, End: at + pos},
			known: known, whole: true})
	}
	return out
}

// bodyWords end the names of bodies that are not outlets: a "Source: the
// Harbour Safety Board" line gives a table's source, and "reports the
// British Embassy" names a body in the news.
var bodyWords = map[string]bool{"Board": true, "Office": true, "Commission": true, "Authority": true,
	"Council": true, "Police": true, "University": true, "Institute": true, "Administration": true,
	"Association": true, "Society": true, "Foundation": true, "Center": true, "Centre": true,
	"Organization": true, "Organisation": true, "Committee": true, "Court": true, "Government": true,
	"Hospital": true, "Agency": true, "Ministry": true, "Department": true, "Embassy": true,
	"Consulate": true, "Parliament": true, "Congress": true, "Senate": true, "Palace": true, "Army": true,
	"Navy": true, "Church": true, "Company": true, "Union": true, "Bank": true, "Group": true, "Team": true,
	"Club": true, "Party": true}

// bodyName reports whether an unknown name is a body's: it ends in one of
// bodyWords and nothing in it is an outlet's or a publisher's word
// ("Calder Publishing Company" publishes).
func bodyName(name string) bool {
	fs := strings.Fields(name)
	return len(fs) > 0 && bodyWords[fs[len(fs)-1]] && !outlets.LooksLikeOutlet(name) &&
		!slices.ContainsFunc(fs, func(w string) bool { return publisherWords[w] })
}

// publisherWords name a publisher, whatever its name ends with.
var publisherWords = map[string]bool{"Publishing": true, "Publications": true, "Publishers": true}

// splitList splits "Khaama Press, TOLOnews and Reuters" into its names.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, p := range strings.Split(part, " and ") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// listItem reports whether one name of a credit line reads as an outlet's
// name: one to five words, capitalised but for connectors (a single word
// may be written in lower case: "benzinga"), and no picture's or figure's
// source.
func listItem(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	low := strings.ToLower(name)
	for _, w := range notOutletItems {
		if strings.Contains(low, w) {
			return false
		}
	}
	if dateName(name) {
		return false
	}
	if len(ws) == 1 {
		// "NATO", "UNHCR": an acronym the directory does not know is a
		// body's, not an outlet's.
		if len(name) <= 6 && strings.ToUpper(name) == name {
			_, known := outlets.Canonical(name)
			return known
		}
		r, _ := utf8.DecodeRuneInString(name)
		return unicode.IsLetter(r)
	}
	for i, w := range ws {
		if !capitalized(w) && !(i > 0 && i < len(ws)-1 && (connectors[w] || w == "for" || w == "on")) {
			return false
		}
	}
	return true
}

// lineName is the outlet a credit line names: the directory's name, the
// story's spelling, or the name as written (a lower-case single word
// capitalised).
func lineName(name string, ix *aliasIndex, story storyNames) (string, bool) {
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	if name == "" {
		return "", false
	}
	if n, ok := ix.canonical(name); ok {
		return n, true
	}
	if n, ok := story.lookup(name); ok {
		return n, false
	}
	if strings.ToLower(name) == name {
		r, n := utf8.DecodeRuneInString(name)
		name = string(unicode.ToUpper(r)) + name[n:]
	}
	return name, false
}

// readName reads the name that starts at i: an optional "the", then
// capitalised words, connectors between them ("Mail on Sunday") and a
// site's suffix ("Benzinga.com"). It returns the byte span of the whole
// and the name.
func readName(text string, i int) (int, int, string) {
	ws := scanWords(text[i:min(len(text), i+120)])
	if len(ws) == 0 || ws[0].start != 0 {
		return 0, 0, ""
	}
	n := 0
	for n < len(ws) {
		w := ws[n].s
		if n > 0 && text[i+ws[n-1].end:i+ws[n].start] != " " {
			break
		}
		ok := capitalized(w) || (n == 0 && (w == "the")) ||
			(n > 0 && n+1 < len(ws) && (connectors[w] || w == "on" && ws[n+1].s == "Sunday") && capitalized(ws[n+1].s))
		if !ok {
			break
		}
		n++
	}
	if n == 0 || (n == 1 && strings.EqualFold(ws[0].s, "the")) {
		return 0, 0, ""
	}
	end := i + ws[n-1].end
	return i, end, text[i:end]
}

// siteWords call the name after them a site's in running text ("the
// satire site Hip-Hop Hollow", "a website called Quarrypoint"); papers
// and broadcasters called so ("the newspaper El Pais reported") are read
// where they are credited (descriptorBefore). Each is said of any site
// too ("the social media site X"): it calls a name an outlet's only after
// a word of news (newsModifiers) or before "called".
var (
	siteWords     = []string{"site", "website", "blog"}
	newsModifiers = map[string]bool{"news": true, "satire": true, "satirical": true, "parody": true, "gossip": true,
		"celebrity": true, "entertainment": true, "hoax": true, "investigative": true, "political": true,
		"conservative": true, "liberal": true, "progressive": true, "opinion": true}
)

// platforms are sites that host others' posts: never an outlet, whatever
// the text calls them.
var platforms = map[string]bool{"Facebook": true, "Twitter": true, "Instagram": true, "YouTube": true,
	"Reddit": true, "TikTok": true, "GoFundMe": true, "Kickstarter": true, "Amazon": true, "eBay": true,
	"LinkedIn": true, "Snapchat": true, "WhatsApp": true, "Wikipedia": true, "Tumblr": true, "Pinterest": true}

// describedNames returns the names text calls a site's or a paper's,
// whether or not it credits them there: "the satire site Hip-Hop Hollow
// posted", "a website called Hip Hop Hollow". They are outlets in the
// prose of every article of the story ("According to Hip-Hop Hollow").
// It reads only after the site words, not the whole text.
func describedNames(text string) []string {
	var out []string
	for _, d := range siteWords {
		for at := range indexes(text, d) {
			i := at + len(d)
			if at == 0 || text[at-1] != ' ' || !strings.HasPrefix(text[i:], " ") {
				continue
			}
			j := i + 1
			called := false
			for _, w := range []string{"called ", "named "} {
				if strings.HasPrefix(text[j:], w) {
					j += len(w)
					called = true
				}
			}
			if !called && !newsModifiers[strings.ToLower(lastWord(text[max(0, at-16):at-1]))] {
				continue // "the social media site Facebook"
			}
			if _, _, name := readName(text, j); name != "" && capitalized(name) && !dateName(name) {
				if name = strings.TrimPrefix(name, "The "); !platforms[name] {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// weekdays and months open a date, never an outlet's name ("reported
// November 24"), though they may open one ("Sunday Times").
var dateWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// dateName reports whether a name is a date: weekday and month names,
// numbers and ordinals only ("November 24", "Monday", "Sept. 3").
func dateName(name string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	if !dateWords[strings.TrimRight(first, ".,")] {
		return false // asked of every name run: no allocation on the way out
	}
	fs := strings.Fields(name)
	for _, f := range fs[1:] {
		f = strings.TrimRight(f, ".,")
		if !dateWords[f] && strings.TrimLeft(strings.TrimRight(f, "stndrh"), "0123456789") != "" {
			return false
		}
	}
	return true
}

// leadDate returns the length of a weekday or month word opening name,
// with its possessive and the space after it ("Saturday Benzinga",
// "Saturday's Daily Mail"), or 0.
func leadDate(name string) int {
	w, _, ok := strings.Cut(name, " ")
	if !ok {
		return 0
	}
	base, _ := cutPossessive(w)
	if !dateWords[base] {
		return 0
	}
	return len(w) + 1
}

// siteName reports whether a single word names a site: "Benzinga.com",
// "TOLOnews".
func siteName(name string) bool {
	if strings.ContainsAny(name, " ") || len(name) < 5 {
		return false
	}
	low := strings.ToLower(name)
	for _, suf := range []string{".com", ".net", ".org", ".co.uk", ".tv"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf)+2 {
			return true
		}
	}
	return len(low) > 6 && strings.HasSuffix(low, "news")
}

// creditedNames gathers the names of outlets unknown to the directory that
// credits give (the article outlets given count too), each with the
// spelling used most ("Tolo News" over "TOLO News"; the first among
// equals). It is nil when there are none.
func creditedNames(cs []foundCredit, given []string) storyNames {
	type vote struct {
		n, first int
	}
	votes := map[string]map[string]*vote{}
	seen := 0
	add := func(name string) {
		k := nameKey(name)
		if k == "" {
			return
		}
		if votes[k] == nil {
			votes[k] = map[string]*vote{}
		}
		v := votes[k][name]
		if v == nil {
			v = &vote{first: seen}
			votes[k][name] = v
		}
		v.n++
		seen++
	}
	for _, c := range cs {
		if !c.known {
			add(c.Outlet)
		}
	}
	for _, g := range given {
		add(g)
	}
	if len(votes) == 0 {
		return nil
	}
	out := make(storyNames, len(votes))
	for k, vs := range votes {
		var best string
		var bv *vote
		for name, v := range vs {
			// A site's bare name before its host ("Benzinga" over
			// "Benzinga.com"), then the spelling used most, then the
			// wordier.
			better := bv == nil ||
				strings.Contains(best, ".") && !strings.Contains(name, ".") ||
				strings.Contains(best, ".") == strings.Contains(name, ".") && (v.n > bv.n || v.n == bv.n && wordier(name, best, v.first < bv.first))
			if better {
				best, bv = name, v
			}
		}
		out[k] = best
	}
	return out
}

// wordier prefers, between two spellings used as often, the one written in
// more words ("G for Games" over "Gforgames"), else earlier (first).
func wordier(a, b string, first bool) bool {
	if na, nb := strings.Count(a, " "), strings.Count(b, " "); na != nb {
		return na > nb
	}
	return first
}

// spell gives the credits of outlets unknown to the directory the story's
// spelling of their names.
func (s storyNames) spell(cs []foundCredit) {
	for i := range cs {
		if !cs[i].known {
			if n, ok := s.lookup(cs[i].Outlet); ok {
				cs[i].Outlet = n
			}
		}
	}
}
