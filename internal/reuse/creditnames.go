package reuse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/outlets"
)

// staffNouns are the outlet's own people a cue may name after the outlet:
// "according to CNN meteorologists", "Harbour Times reporters saw".
var staffNouns = map[string]bool{"meteorologist": true, "meteorologists": true, "forecaster": true,
	"forecasters": true, "reporter": true, "reporters": true, "correspondent": true, "correspondents": true,
	"journalist": true, "journalists": true, "producer": true, "producers": true, "staff": true, "crew": true,
	"crews": true, "team": true}

// staffAfter reports whether rest, the text after an outlet's name, opens
// with one of staffNouns.
func staffAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return staffNouns[rest[:end]]
}

// jointRuns joins two runs that name known outlets across a hyphen written
// with a space after it, as a joint poll's name may be typed ("a
// Washington Post- ABC News poll"): one run, named as the hyphenated name
// is ("Washington Post-ABC News"). A dash between other names ("LENNA-
// Ferry crews") joins nothing.
func jointRuns(text string, runs []nameRun, ix *aliasIndex) []nameRun {
	for i := 0; i+1 < len(runs); i++ {
		a, b := runs[i], runs[i+1]
		if a.possessive || text[a.end:b.start] != "- " {
			continue
		}
		if _, known := ix.canonical(a.name); !known {
			continue
		}
		if _, known := ix.canonical(b.name); !known {
			continue
		}
		runs[i] = nameRun{start: a.start, end: b.end, name: a.name + "-" + b.name, possessive: b.possessive}
		runs = slices.Delete(runs, i+1, i+2)
	}
	return runs
}

// runOutlet decides whether the name run names an outlet, and gives its
// name: a name of the directory or of the story, one that looks like an
// outlet's, one the text calls an outlet ("the Spanish newspaper El
// Pais"), or a known outlet opening a longer run ("According to Reuters Mr
// Kushner"). A weekday or month opening the run is left out of it
// ("According to a Saturday Benzinga report"). run is cut to the name.
func runOutlet(ix *aliasIndex, story storyNames, run *nameRun, text string) (string, bool, bool) {
	try := func(r nameRun) (string, bool, bool) {
		if name, known, ok := ix.outletName(r.name); ok {
			return name, known, true
		}
		if name, ok := story.lookup(r.name); ok {
			return name, false, true
		}
		return "", false, false
	}
	if n := leadYear(run.name); n > 0 {
		// "according to a 2004 Harbour Post article": the year is not the name's
		run.start += n
		run.name = run.name[n:]
	}
	if name, known, ok := try(*run); ok {
		return name, known, true
	}
	if descriptorBefore(text, run.start) || descriptorAfter(text, run.end) && !demonymShape(run.name) || agencyName(run.name) {
		// "the Spanish newspaper El Pais", "the Harbour Post news website",
		// "Coastal News Agency": the text says it is an outlet.
		return strings.TrimPrefix(run.name, "The "), false, true
	}
	if r, ok := writtenBy(text, *run); ok {
		// "So writes the Harbourer", "reports the British Courant"
		*run = r
		run.described = true
		return run.name, false, true
	}
	if n := leadDate(run.name); n > 0 {
		r := *run
		r.start += n
		r.name = r.name[n:]
		if name, known, ok := try(r); ok {
			*run = r
			return name, known, true
		}
	}
	r, name, ok := ix.outletPrefix(*run, story)
	if ok {
		*run = r
		_, known := ix.canonical(name)
		return name, known, true
	}
	return "", false, false
}

// descriptors are the words that call the name after them an outlet's.
var descriptors = []string{"newspaper", "daily", "tabloid", "broadcaster", "magazine",
	"news agency", "news site", "website", "channel", "network", "station", "affiliate"}

// descriptorBefore reports whether a descriptor stands right before the
// name at i ("the Spanish newspaper El Pais"). It allocates nothing: it is
// asked about every capitalised run that is not a known outlet.
func descriptorBefore(text string, i int) bool {
	b := strings.TrimRight(text[max(0, i-24):i], " \u00a0")
	for _, d := range descriptors {
		if len(b) >= len(d) && strings.EqualFold(b[len(b)-len(d):], d) &&
			(len(b) == len(d) || b[len(b)-len(d)-1] == ' ') {
			// "on her website Burton said": her site, then a person.
			return !ownerWords[strings.ToLower(lastWord(b[:len(b)-len(d)]))]
		}
	}
	return false
}

// writtenBy reads a name the text gives the writing of, with "the" before
// it as an outlet's and not a person's: "So writes the Harbourer", "It
// reports the British Courant" (a nationality before the name). A person
// or a body is left out ("writes the Pope", "reports the British Embassy"):
// titles and the words bodies' names end in. run is returned cut to the
// name.
func writtenBy(text string, run nameRun) (nameRun, bool) {
	if run.possessive || strings.HasPrefix(run.name, "The ") {
		return run, false
	}
	// The cue first, without allocating: every capitalised run that is not
	// a known outlet is asked.
	b := strings.TrimRight(text[max(0, run.start-16):run.start], " ")
	verb := ""
	for _, v := range []string{"writes the", "wrote the", "reports the", "reported the"} {
		if len(b) >= len(v) && strings.EqualFold(b[len(b)-len(v):], v) && (len(b) == len(v) || b[len(b)-len(v)-1] == ' ') {
			verb = v
		}
	}
	if verb == "" {
		return run, false
	}
	first, name, two := strings.Cut(run.name, " ")
	demonym := two && demonyms[first] && !strings.Contains(name, " ")
	if !demonym {
		name = run.name
	}
	if strings.Contains(name, " ") || notOutletNames[name] || bodyWords[name] || demonymShape(name) || !utf8.ValidString(name) ||
		!nameEndsPhrase(text[run.end:]) {
		return run, false // "wrote the American envoy": a person's description
	}
	if !demonym && strings.HasPrefix(verb, "report") {
		return run, false // "reports the Pentagon": a body in the news
	}
	run.name = name // the cue keeps the nationality: "reports the British Courant"
	return run, true
}

// nameEndsPhrase reports whether rest, the text after a name, goes on as
// after a name and not as after an adjective: a mark, the end, or a
// function word ("So writes the X in a short item", "… the X and cites").
func nameEndsPhrase(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	w := rest
	if i := strings.IndexAny(w, " ,.;:"); i >= 0 {
		w = w[:i]
	}
	return phraseWords[w]
}

// phraseWords may follow a name: "writes the X in", "reports the X and".
var phraseWords = map[string]bool{"in": true, "on": true, "and": true, "that": true, "about": true, "at": true,
	"which": true, "who": true, "today": true, "yesterday": true, "earlier": true, "recently": true, "last": true,
	"this": true, "as": true, "after": true, "on-line": true, "online": true, "for": true, "with": true}

// demonyms are the nationalities a text may put before an outlet's name:
// "the British Courant".
var demonyms = map[string]bool{"British": true, "Swedish": true, "Norwegian": true, "Danish": true,
	"Finnish": true, "German": true, "French": true, "Spanish": true, "Italian": true, "Dutch": true,
	"Russian": true, "American": true, "Canadian": true, "Australian": true, "Irish": true, "Scottish": true,
	"Israeli": true, "Egyptian": true, "Saudi": true, "Turkish": true, "Indian": true, "Chinese": true,
	"Japanese": true, "Polish": true, "Serbian": true, "Greek": true, "Swiss": true, "Austrian": true,
	"Belgian": true, "Brazilian": true, "Mexican": true, "Lebanese": true, "Iranian": true, "Pakistani": true,
	"Iraqi": true, "Kuwaiti": true, "Qatari": true, "Omani": true, "Yemeni": true, "Somali": true,
	"Bangladeshi": true, "Nepali": true, "Thai": true}

// notOutletNames are titles and the names of single bodies: "writes the
// Pope", "reports the Pentagon". A name ending in one of bodyWords is not
// an outlet's either: "reports the British Embassy".
var notOutletNames = map[string]bool{"President": true, "Pope": true, "King": true, "Queen": true,
	"Prince": true, "Princess": true, "Minister": true, "Chancellor": true, "Senator": true, "Governor": true,
	"Mayor": true, "Secretary": true, "Author": true, "Bible": true, "Pentagon": true, "Kremlin": true,
	"Vatican": true, "Prosecutor": true, "Judge": true, "Prime": true, "Premier": true, "Ambassador": true,
	"Lord": true, "Editor": true, "Writer": true, "Columnist": true}

// descriptorsAfter are the words that call the name before them an
// outlet's: "the Harbour Post news website". Bare "website" or "channel"
// are left out: "the Foundation website" is a body's own page.
var descriptorsAfter = []string{"newspaper", "news website", "news site", "news portal", "news agency",
	"tabloid", "magazine", "broadcaster"}

// descriptorAfter reports whether a descriptor follows the name ending at
// i ("the Harbour Post news website suggested").
func descriptorAfter(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	rest := text[i+1 : min(len(text), i+1+len("news website")+1)]
	for _, d := range descriptorsAfter {
		if len(rest) >= len(d) && strings.EqualFold(rest[:len(d)], d) && wordEnds(rest, len(d)) {
			return true
		}
	}
	return false
}

// leadYear returns the length of a year and its space opening name ("2004
// Harbour Post"), or 0.
func leadYear(name string) int {
	if len(name) < 5 || name[4] != ' ' || !yearWord(name[:4]) {
		return 0
	}
	return 5
}

// yearWord reports whether w is a year of the last or this century:
// "1998", "2004".
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && channelNumber(w[2:])
}

// demonymShape reports whether name is a nationality rather than an
// outlet's name: "the Norwegian newspaper wrote", "the Lebanese daily".
// It is asked only of the runs outletName does not take, so a known
// outlet or a name ending in a word only outlets' names end in ("the
// Guardian", "the Dispatch") never comes here; "the Oregonian" and "the
// Statesman" are taken so (the directory, outlets.OutletWord).
func demonymShape(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if demonyms[last] {
		return true
	}
	for _, suf := range []string{"ean", "ian", "ese", "ish", "an", "ch"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}

// agencyName reports whether name is a news agency's by its last two
// words: "Coastal International News Agency", "Harbour Press Agency".
func agencyName(name string) bool {
	return strings.HasSuffix(name, " News Agency") || strings.HasSuffix(name, " Press Agency")
}

// ownerWords before a descriptor make it someone's own site or channel,
// not an outlet's name: "on her website", "on its network".
var ownerWords = map[string]bool{"her": true, "his": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "own": true}

// outletPrefix finds a known outlet, or one of the story's, opening a run
// ("Reuters Mr Kushner", "Benzinga on Saturday") and returns the run cut to
// it.
func (ix *aliasIndex) outletPrefix(run nameRun, story storyNames) (nameRun, string, bool) {
	for end := strings.LastIndexByte(run.name, ' '); end > 0; end = strings.LastIndexByte(run.name[:end], ' ') {
		name := ""
		if o, ok := outlets.ByName(run.name[:end]); ok {
			name = o.Name
		} else if o, ok := outlets.ByName(strings.TrimPrefix(run.name[:end], "The ")); ok {
			name = o.Name // "The Wall Street Journal on Sunday"
		} else if n, ok := story.lookup(run.name[:end]); ok {
			name = n
		}
		if name != "" {
			run.end = run.start + end
			run.name, run.possessive = run.name[:end], false
			return run, name, true
		}
	}
	return run, "", false
}

// fullNames gives a credit to a bare name ("The Post reported", "according
// to The Times") the fuller name the article gives that outlet elsewhere
// ("the Washington Post"); a bare name the article never names in full is
// how an outlet refers to itself or to one it cannot be told from, and is
// dropped, unless the story credits that name elsewhere ("VIA: Benzinga")
// or it is a site's name ("Benzinga.com").
func fullNames(cs []foundCredit, runs []nameRun, text string, ix *aliasIndex, story storyNames) []foundCredit {
	out := cs[:0]
	for _, c := range cs {
		if _, inStory := story.lookup(c.Outlet); c.known || inStory || c.described || siteName(c.Outlet) ||
			strings.Contains(c.Outlet, " ") || c.kind != creditCue {
			out = append(out, c)
			continue
		}
		full := ""
		known := false
		for _, r := range runs {
			name, k, ok := ix.outletName(r.name)
			if !ok {
				// "The Wall Street Journal on Sunday"
				_, name, ok = ix.outletPrefix(r, story)
				_, k = ix.canonical(name)
			}
			if ok && strings.HasSuffix(name, " "+c.Outlet) {
				full, known = name, k
				break
			}
		}
		if full != "" {
			c.Outlet, c.known = full, known
			out = append(out, c)
		}
	}
	return out
}
