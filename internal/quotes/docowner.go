package quotes

import (
	"slices"
	"strings"
)

// documentOwner is the person or body a document phrase names as its
// owner: "Harbour FC's statement", "Burton and Hammond's website", "the
// girl's letter", "a statement from Harbour FC", "a report by the Calder
// Commission". A document speaks for the one whose it is; the phrase
// names no one when the owner is itself someone's ("a statement from
// Marsh's lawyers"), a pronoun, a thing ("the show's pages") or a place.
func (x *extractor) documentOwner(r ref) (Speaker, bool) {
	ts := x.toks[x.tokAt(r.span.Start):x.tokAt(r.span.End)]
	doc := slices.IndexFunc(ts, func(t token) bool { return !t.capitalised() && (docNouns[t.lower()] || pageNouns[t.lower()]) })
	if doc < 1 && !(doc == 0 && len(ts) > 2) {
		return Speaker{}, false
	}
	var owner []token
	described := false
	if j := doc - 1; j >= 0 && possessive(ts[j].w) {
		owner = append(slices.Clip(ts[:j]), withoutPossessive(ts[j]))
		described = true // "the girl's letter": the girl, named or not
	} else if doc+2 < len(ts) && (ts[doc+1].low == "from" || ts[doc+1].low == "by") {
		// (right after the noun: not "the report obtained by the Daily News")
		owner = ts[doc+2:]
		if slices.ContainsFunc(owner, func(t token) bool { return possessive(t.w) }) {
			return Speaker{}, false // "a statement from Marsh's lawyers": not Marsh's
		}
	}
	if len(owner) == 0 {
		return Speaker{}, false
	}
	a := x.analyse(owner)
	if !a.ok() || a.pronoun != "" || a.kind == "document" || a.kind == "place" {
		return Speaker{}, false
	}
	if first := slices.IndexFunc(owner, token.capitalised); first >= 0 && !strings.Contains(strings.ToLower(a.name), owner[first].lower()) {
		return Speaker{}, false // "by the Standing Panel on Coastal Erosion" read as "Coastal Erosion": not the owner
	}
	if !a.named && !(described && a.kind == "person" && owner[0].low == "the" && personWord(a.name)) {
		return Speaker{}, false
	}
	return x.speaker(a, owner[0].s), true
}

// withoutPossessive is t with its "'s" cut: "Hammond's" -> "Hammond".
func withoutPossessive(t token) token {
	w := stripPossessive(t.w)
	t.e -= len(t.w) - len(w)
	t.w, t.low = w, stripPossessive(t.low)
	return t
}
