package outlets

import (
	"strings"
	"unicode"
)

// A local outlet that runs a news agency's copy marks its dateline with
// both names, its own and then the agency's after a slash ("SEATTLE (KTRN
// Lenna/AP) —"). The outlet is the publisher of the text; the agency is
// where the copy came from, a credit, not the text's outlet.

// stationMark reads the name in a dateline's parentheses as a local
// outlet's name and a news agency's after a slash ("KTRN Lenna/AP",
// "Calder News/Reuters"). at is where name starts in the text, for the
// agency's span. The outlet is a known one, a name in the shape of an
// outlet's (LooksLikeOutlet) or a broadcaster's: a network's or a call
// sign's letters in capitals opening one to four capitalised words
// ("KTRN", "KTRN Lenna", "CBS13"). A person's name before the agency ("Ana
// Ros/AP", a picture's credit) is neither.
func stationMark(name string, at int) (station, agency Mark, ok bool) {
	i := strings.LastIndexByte(name, '/')
	if i <= 0 || i == len(name)-1 {
		return Mark{}, Mark{}, false
	}
	agName := strings.TrimSpace(name[i+1:])
	ag, known := Lookup(agName)
	if !known || !ag.Wire {
		return Mark{}, Mark{}, false
	}
	own := strings.TrimSpace(name[:i])
	switch o, known := Lookup(own); {
	case known:
		station = Mark{Outlet: o.Name, Known: true, Wire: o.Wire}
	case LooksLikeOutlet(own) || broadcasterName(own):
		station = Mark{Outlet: strings.TrimPrefix(own, "The ")}
	default:
		return Mark{}, Mark{}, false
	}
	start := at + i + 1 + strings.Index(name[i+1:], agName)
	return station, Mark{Outlet: ag.Name, Known: true, Wire: true, Start: start, End: start + len(agName)}, true
}

// broadcasterName reports a broadcaster's name: one to four capitalised
// words of letters and digits, the first a network's or a call sign's
// letters in capitals, two to five of them, digits allowed after them
// ("KTRN", "CBS Lenna", "KTRN13").
func broadcasterName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	letters := 0
	for j, r := range words[0] {
		switch {
		case unicode.IsUpper(r) && letters == j:
			letters++
		case unicode.IsDigit(r) && letters >= 2:
		default:
			return false
		}
	}
	if letters < 2 || letters > 5 {
		return false
	}
	for _, w := range words[1:] {
		for j, r := range w {
			if j == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}
