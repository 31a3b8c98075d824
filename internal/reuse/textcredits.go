package reuse

import (
	"fmt"
	"slices"
	"strings"
)

// unknownOriginNote says, for an edge whose origin's outlet is not known
// and whose copy credits nobody for it, whether a credit of the copy could
// name the origin. One that credits text the copy shares with the origin
// could. "X told AFP" says whom a speaker spoke to and credits only the
// quotation it attributes, not the text around it: when the origin
// credits that outlet too, the two took the quotation from it, and the
// credit says nothing of the origin's outlet. When every credit of the
// copy is of that kind, the note says the copy credits no outlet for the
// text they share, and why, and reports none. Any other credit may name the origin's outlet,
// even one outside the shared text: a lead's "…, reports X." vouches for
// the story the paragraphs after it retell.
func unknownOriginNote(e edge, ix *aliasIndex) (note string, none bool) {
	unknown := fmt.Sprintf("%s's outlet is unknown: whether %s credits it cannot be told", e.from.id, e.to.id)
	copy := e.to
	if len(copy.credits) == 0 {
		return unknown, false
	}
	var why []string
	say := func(format string, args ...any) {
		if s := fmt.Sprintf(format, args...); !slices.Contains(why, s) {
			why = append(why, s)
		}
	}
	for _, c := range copy.credits {
		switch {
		case c.sourcing && !c.staff && !ownCue(c, e.from, ix):
			// The origin attributes its quotation to the outlet too: the
			// two took it from the outlet; the credit says nothing of
			// the origin.
			say("'%s' credits only the quotation it attributes, which %s credits to %s too", clipCue(c.Cue), e.from.id, c.Outlet)
		default:
			return unknown, false // a credit that may name the origin's outlet
		}
	}
	return fmt.Sprintf("%s's outlet is unknown, and %s credits no outlet for the text they share: %s",
		e.from.id, e.to.id, strings.Join(why, "; ")), true
}
