package reuse

import "strings"

// promoWords end the heading of a site's list of its own pages: "Top
// Reads from X:", "More stories from X:".
var promoWords = map[string]bool{"reads": true, "stories": true, "headlines": true, "articles": true,
	"videos": true, "more": true, "latest": true, "popular": true, "trending": true, "picks": true}

// lastWord is the last word of s, a lower-cased window.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// reportNoun reports whether the name stands in "according to a X
// report", "says the X report", with a weekday or an adjective or two
// before the name ("According to a Saturday X report", "according to a new
// X poll"), and where the cue starts in bl and the noun ends in after.
// the says a "the" before the name was cut from bl.
func reportNoun(bl, after string, the bool) (int, int, bool) {
	a := strings.TrimLeft(after, " ")
	noun := ""
	for _, n := range reportNouns {
		if strings.HasPrefix(a, n) && wordEnds(a, len(n)) {
			noun = n
			break
		}
	}
	if len(a) == len(after) || noun == "" {
		return 0, 0, false
	}
	b := bl
	if the {
		b += " the" // "according to the X report"
	}
	for range 2 {
		sp := strings.LastIndexByte(b, ' ')
		w := b[sp+1:]
		if !dateWords[capitalize(w)] && !reportAdjectives[w] && !yearWord(w) {
			break
		}
		b = b[:max(sp, 0)] // "a saturday", "a new", "a 2004"
	}
	for _, art := range []string{"a", "an", "the"} {
		if !strings.HasSuffix(b, " "+art) {
			continue
		}
		p := strings.TrimRight(b[:len(b)-len(art)], " ")
		for _, cue := range []string{"according to", "says", "said"} {
			if p == cue || strings.HasSuffix(p, " "+cue) {
				return len(p) - len(cue), len(after) - len(a) + len(noun), true
			}
		}
	}
	return 0, 0, false // "That follows a NBC report": a reference, not a credit
}

// documentCue reports whether bl, the lower-cased words before a name,
// ends in "according to" a piece of the outlet's published text and where
// that cue starts: "according to a description on the festival’s website
// X", "according to a new report by X", "according to data from X".
func documentCue(bl string) (int, bool) {
	i := strings.LastIndex(bl, "according to ")
	if i < 0 || !cueOpens(bl[:i]) {
		return 0, false
	}
	fs := strings.Fields(bl[i+len("according to "):])
	k := 0
	if len(fs) > 0 && (fs[0] == "a" || fs[0] == "an" || fs[0] == "the") {
		k++
	}
	for k < len(fs) && reportAdjectives[fs[k]] {
		k++
	}
	if k >= len(fs) || !documentNouns[fs[k]] || k+1 >= len(fs) || !documentPreps[fs[k+1]] {
		return 0, false
	}
	k += 2
	if k < len(fs) && fs[k] == "the" {
		k++
	}
	if k < len(fs) && hasPossessive(fs[k]) {
		k++ // "the festival’s website X": the site that carries it
	}
	return i, k == len(fs)
}

// documentNouns are the pieces of published text "according to" may name
// before saying where they were published.
var documentNouns = map[string]bool{"description": true, "report": true, "story": true, "article": true,
	"post": true, "posting": true, "analysis": true, "investigation": true, "survey": true, "poll": true,
	"review": true, "tally": true, "data": true, "figures": true, "listing": true, "page": true,
	"profile": true, "transcript": true, "video": true, "broadcast": true, "piece": true, "column": true,
	"editorial": true, "blog": true, "count": true, "update": true, "feature": true, "item": true}

// documentPreps say where such a piece was published: "on", "in", "from",
// "at", "by".
var documentPreps = map[string]bool{"on": true, "in": true, "from": true, "at": true, "by": true}

// reportNouns name an outlet's piece of reporting after its name: "according
// to a new X poll".
var reportNouns = []string{"report", "poll", "story", "article", "analysis", "investigation", "survey", "tally", "count", "review", "exclusive"}

// reportAdjectives may stand between the article and the outlet's name in
// "according to a new X report".
var reportAdjectives = map[string]bool{"new": true, "recent": true, "latest": true, "earlier": true, "separate": true,
	"exclusive": true, "fresh": true, "previous": true, "original": true, "subsequent": true, "detailed": true,
	"lengthy": true, "bombshell": true, "damning": true, "weekend": true, "joint": true, "investigative": true,
	"later": true, "leaked": true, "breaking": true, "published": true, "special": true}
