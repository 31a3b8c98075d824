package extract

import (
	"regexp"
	"strings"
)

// A business site sets a quote chip after a listed company's name: its
// symbol, maybe its exchange, and the day's move ("Calder Ferries Inc.
// CFRY +2.00% plans…", "Lenna Holdings 0731.HK -0.45% , the…"), and a link
// to the quote page ("(Get the latest quote here.)"). Copied with the
// text, the chip sits inside the sentence; it is furniture, not words of it.

// reTickerChip matches a chip with the space before it: a symbol of one to
// five capitals, or three to six digits, an optional exchange suffix
// (".HK", ".L"), and a signed percentage with two decimals, then the spaces
// after it. The two decimals and the sign keep a figure in prose ("GDP
// rose 2%", "up 2.5%") out of it.
var reTickerChip = regexp.MustCompile(`\s(?:\p{Lu}{1,5}|\d{3,6})(?:\.\p{Lu}{1,3})?\s[+\-−]\d{1,3}\.\d\d%\s*`)

// reQuoteLink matches the link to a quote page left in a sentence's place.
var reQuoteLink = regexp.MustCompile(`\s*\((?:Get|See) the latest (?:stock )?quotes? here\.?\)`)

// notTickers are capitals that a move in a percentage follows in prose, not
// a quote chip.
var notTickers = map[string]bool{"GDP": true, "CPI": true, "PMI": true, "YOY": true, "YTD": true, "QOQ": true, "MOM": true}

// dropTickerChips removes the quote chips and quote links of a line
// (see reTickerChip) and returns the line and what it removed. The
// sentence closes up over the chip: a space stands where the chip stood,
// none before a comma or a full stop.
func dropTickerChips(s string) (string, []string) {
	if !strings.Contains(s, "%") && !strings.Contains(s, "quote") {
		return s, nil
	}
	var chips []string
	for {
		loc := reTickerChip.FindStringIndex(s)
		if loc == nil {
			break
		}
		chip := strings.TrimSpace(s[loc[0]:loc[1]])
		if notTickers[strings.Fields(chip)[0]] {
			// no chip: leave it and look after it
			s2, rest := dropTickerChips(s[loc[1]:])
			return s[:loc[1]] + s2, append(chips, rest...)
		}
		chips = append(chips, chip)
		after := s[loc[1]:]
		sep := " "
		if after == "" || strings.ContainsAny(after[:1], ",.;:)") {
			sep = ""
		}
		s = s[:loc[0]] + sep + after
	}
	if strings.Contains(s, "quote") {
		for _, m := range reQuoteLink.FindAllString(s, -1) {
			chips = append(chips, strings.TrimSpace(m))
		}
		s = reQuoteLink.ReplaceAllString(s, "")
	}
	return s, chips
}

// reGluedCredit matches a picture's credit run onto the end of a
// paragraph, after its last sentence: an agency's name and nothing else
// ("… hardware and services. Associated Press").
var reGluedCredit = regexp.MustCompile(`[.!?]["”’]?(\s+(?:Associated Press|AP Photo|Getty Images|REUTERS|AFP))$`)

// dropGluedCredit removes a credit of reGluedCredit from the end of a
// line of more than one sentence, and returns the line and what it
// removed.
func dropGluedCredit(s string) (string, []string) {
	if !strings.HasSuffix(s, "Press") && !strings.HasSuffix(s, "Photo") && !strings.HasSuffix(s, "Images") && !strings.HasSuffix(s, "REUTERS") && !strings.HasSuffix(s, "AFP") {
		return s, nil
	}
	m := reGluedCredit.FindStringSubmatchIndex(s)
	if m == nil || len(strings.Fields(s[:m[2]])) < 8 {
		return s, nil
	}
	return s[:m[2]], []string{strings.TrimSpace(s[m[2]:])}
}
