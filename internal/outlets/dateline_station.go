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
// outlet's (LooksLikeOutlet) or a broadcaster's (broadcasterName: "KTRN",
// "KTRN Lenna", "CBS13"). A person's name before the agency ("Ana Ros/AP",
// "ANA ROS/AP", a picture's credit) is neither.
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
// words, the first a call sign or a network's name, digits and a medium
// ("-TV", "-FM", "-AM") allowed after it. A network is a broadcaster the
// directory knows ("CBS Lenna", "FOX 13", "CBS13"); a call sign is four
// capitals opening with K, W or C ("KTRN", "KTRN13", "KTRN-TV"), and the
// words after it, a place's, are in title case ("KTRN Lenna"): "KATE ROS"
// is a person's name in capitals. Another body's acronym ("TARN"), a
// person's name and a wire's photo credit ("AP Photo") are none.
func broadcasterName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	first := words[0]
	for _, m := range []string{"-TV", "-FM", "-AM"} {
		first = strings.TrimSuffix(first, m)
	}
	letters := 0
	for letters < len(first) && first[letters] >= 'A' && first[letters] <= 'Z' {
		letters++
	}
	if letters < 2 || strings.TrimLeft(first[letters:], "0123456789") != "" {
		return false
	}
	network := false
	if o, ok := Lookup(first[:letters]); ok {
		if o.Wire {
			return false // "AP Photo"
		}
		network = true
	} else if letters != 4 || !strings.ContainsRune("KWC", rune(first[0])) {
		return false
	}
	for _, w := range words[1:] {
		for j, r := range w {
			if j == 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		if !network && strings.ToUpper(w) == w {
			return false // "KATE ROS"
		}
	}
	return true
}
