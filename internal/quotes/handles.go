package quotes

import (
	"strings"
	"unicode"
)

// handleOwner is the one person named in full before byte pos whose
// first and last names, run together, make up the account handle r
// ("@TomDunnMayor", "TomDunn" for "Mayor Tom Dunn"): the handle is that
// person's own account, not another speaker.
func (x *extractor) handleOwner(r ref, pos int) (fullName, bool) {
	h := strings.TrimPrefix(r.name, "@")
	if !r.named || r.kind != "person" || strings.ContainsAny(h, " .'") || len(h) < 6 || !handleLike(r.text, h) {
		return fullName{}, false
	}
	low := strings.ToLower(h)
	var found fullName
	for _, fns := range x.names.byLast {
		for _, fn := range fns {
			ws := strings.Fields(strings.ToLower(fn.name))
			if fn.pos >= pos || len(ws) < 2 || !strings.Contains(low, ws[0]+ws[len(ws)-1]) {
				continue
			}
			if found.name != "" && found.name != fn.name {
				return fullName{}, false
			}
			found = fn
		}
	}
	return found, found.name != ""
}

// handleLike reports whether a name reads as an account handle: written
// after "@", or in one word with a capital inside it ("TomDunnMayor").
func handleLike(written, h string) bool {
	if strings.Contains(written, "@") {
		return true
	}
	for i, c := range h {
		if i > 0 && unicode.IsUpper(c) {
			return true
		}
	}
	return false
}
