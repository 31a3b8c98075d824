package extract

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// minLangLetters is how many letters a text needs before its detected
// language is trusted over a page's declared one: below that, trigram
// statistics mistake one Latin-script language for another.
const minLangLetters = 120

// langSample is how many bytes of a text the detector reads: trigram
// statistics settle well before, and the detector's cost grows with it.
const langSample = 1000

// detectLanguage returns the ISO 639-1 code of text's language, by
// whatlanggo's trigram model, or declared (a page's lang attribute, its
// primary subtag) when the text is too short or the detection unreliable;
// a short text with nothing declared is told apart among the languages
// whose sentence rules we know (shortLanguage); "und" when nothing says.
func detectLanguage(text, declared string) string {
	declared = normLanguage(declared)
	sample := text[:min(len(text), langSample)]
	letters := letterCount(sample)
	if letters >= minLangLetters || declared == "" {
		info := whatlanggo.Detect(sample)
		code := info.Lang.Iso6391()
		if code != "" && (info.IsReliable() || letters >= minLangLetters && info.Confidence >= 0.5) {
			return code
		}
		if letters < minLangLetters && shortLangs[info.Lang] {
			return shortLanguage(sample)
		}
	}
	if declared != "" {
		return declared
	}
	return "und"
}

// shortLangs are the languages whose sentence rules the text package
// knows: a short text is only told apart among them.
var shortLangs = map[whatlanggo.Lang]bool{whatlanggo.Eng: true, whatlanggo.Spa: true, whatlanggo.Ita: true, whatlanggo.Fra: true, whatlanggo.Deu: true, whatlanggo.Por: true}

// readLanguage reports one of shortLangs, by its ISO 639-1 code: a
// language whose text we read.
func readLanguage(code string) bool {
	for l := range shortLangs {
		if l.Iso6391() == code {
			return true
		}
	}
	return false
}

// shortLanguage detects the language of a text too short for the open
// detection ("Oggi è il 27/10/2014.") among shortLangs, which the open
// detection already leans to; "und" unless the answer is clear (a
// confidence of one half or more): a wrong language would split its
// sentences by the wrong abbreviations.
func shortLanguage(sample string) string {
	info := whatlanggo.DetectWithOptions(sample, whatlanggo.Options{Whitelist: shortLangs})
	if info.Confidence >= 0.5 {
		return info.Lang.Iso6391()
	}
	return "und"
}

// normLanguage keeps a two-letter ISO 639-1 code ("en" from "en-US").
func normLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	return s
}

// pageLanguage is detectLanguage for an HTML page whose main text
// trafilatura has already run whatlanggo over (detected): that answer is
// taken when the text is long enough to trust it, rather than detecting
// twice.
func pageLanguage(text, detected, declared string) string {
	if d := normLanguage(detected); d != "" && letterCount(text[:min(len(text), langSample)]) >= minLangLetters {
		return d
	}
	return detectLanguage(text, declared)
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
