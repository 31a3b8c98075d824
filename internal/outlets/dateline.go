package outlets

import (
	"regexp"
	"strings"
)

// Mark is an outlet's mark on its own copy: its name in parentheses
// followed by a dash, as a wire story's dateline carries it ("WASHINGTON
// (AP) —", "London (AFP) -", "Oct 6 (Reuters) -", or "(Reuters) -" alone).
type Mark struct {
	// Outlet is the directory's name for a known outlet, else the name as
	// written ("Calder News").
	Outlet string
	// Known says the directory knows the outlet; Wire that it is a news
	// agency.
	Known, Wire bool
	// Start and End are the byte offsets of "(Name) —" in the text.
	Start, End int
}

// reMark matches a name in parentheses followed by a dash and a space (or
// the end of the text): the shape of a dateline's outlet mark.
var reMark = regexp.MustCompile(`\(([^()\n]{1,40})\)[ \t]*(?:—|–|--|-)(?:\s|$)`)

// FindMark returns the first outlet mark in s: a parenthesised name followed
// by a dash, where the name is an outlet the directory knows, in any case
// ("(AP)", "(REUTERS)"), or looks like an outlet's ("(Calder News)").
// Parentheses holding anything else ("(left) -", "(updated) —") are no
// mark.
func FindMark(s string) (Mark, bool) {
	for _, loc := range reMark.FindAllStringSubmatchIndex(s, -1) {
		name := strings.TrimSpace(s[loc[2]:loc[3]])
		end := loc[1]
		if end > loc[0] && end <= len(s) && strings.ContainsRune(" \t\n\r", rune(s[end-1])) {
			end-- // the space after the dash is not part of the mark
		}
		if o, ok := Lookup(name); ok {
			return Mark{Outlet: o.Name, Known: true, Wire: o.Wire, Start: loc[0], End: end}, true
		}
		if LooksLikeOutlet(name) {
			return Mark{Outlet: strings.TrimPrefix(name, "The "), Start: loc[0], End: end}, true
		}
	}
	return Mark{}, false
}
