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
// ("-TV", "-FM", "-AM") allowed after it. A network is one of networks
// ("CBS Lenna", "FOX 13", "CBS13"); a call sign is three capitals opening
// with K or W ("KTR") or four opening with K, W or C ("KTRN", "KTRN13",
// "KTRN-TV"). The words after it, a place's, are in title case or digits
// ("KTRN Lenna"): "KATE ROS" is a person's name in capitals. Another body's
// acronym ("TARN", "NYT"), a person's name ("AINA HOLM") and a photo credit
// ("CBS Photo") are none.
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
	if !networks[first[:letters]] && !callSign(first[:letters]) {
		return false
	}
	for _, w := range words[1:] {
		for j, r := range w {
			if j == 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		if strings.ToUpper(w) == w && strings.ToLower(w) != w || photoWords[w] {
			return false // "KATE ROS", "CBS Photo"
		}
	}
	return true
}

// networks are the broadcast networks whose name opens a local station's
// ("CBS Lenna", "FOX 13").
var networks = map[string]bool{"ABC": true, "CBS": true, "NBC": true, "FOX": true, "CNN": true, "CNBC": true, "MSNBC": true, "CW": true,
	"PBS": true, "NPR": true, "BBC": true, "ITV": true, "CBC": true, "CTV": true, "NHK": true, "KBS": true, "MBC": true}

// callSign reports a North American station's call sign: three capitals
// opening with K or W, or four opening with K, W or C.
func callSign(s string) bool {
	switch len(s) {
	case 3:
		return s[0] == 'K' || s[0] == 'W'
	case 4:
		return s[0] == 'K' || s[0] == 'W' || s[0] == 'C'
	}
	return false
}

// photoWords close a picture's credit, not a station's name.
var photoWords = map[string]bool{"Photo": true, "Photos": true, "Pictures": true, "Images": true}
