package extract

import (
	"regexp"
	"strings"
)

// Endnotes and bibliographies copied with an essay are citations, not the
// article's prose: a long line dense with references to works (a place and
// publisher with a year in brackets, "vol.", "eds.", "See also", "ibid.")
// and to pages or verses ("223–5", "1:33–34").
var (
	reCiteStrong = regexp.MustCompile(`\([A-Z][^():]{1,40}: [^()]{2,80}\d{4}\)|\b[Vv]ol\. \d|\beds?\.,|\bSee also\b|\b[Ii]bid\b|\bop\. cit\b|\bpp?\. \d`)
	reCiteWeak   = regexp.MustCompile(`\b\d+[–-]\d+\b|\b\d+:\d+\b|\(\d{4}\)|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2}, \d{4}`)
)

// endnoteLine reports whether a line of 40 words or more reads as a run of
// citations: two or more strong signs of a reference to a work, and signs
// of references at four or more per hundred words.
func endnoteLine(s string) bool {
	if len(s) < 200 {
		return false // too short for 40 words of references
	}
	words := 0
	for range strings.FieldsSeq(s) {
		words++
	}
	if words < 40 {
		return false
	}
	strong := len(reCiteStrong.FindAllStringIndex(s, -1))
	if strong < 2 {
		return false
	}
	all := strong + len(reCiteWeak.FindAllStringIndex(s, -1))
	return all*100 >= 4*words
}
