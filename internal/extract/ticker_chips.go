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
// (".HK", ".L"), and a signed percentage with two decimals. The two
// decimals and the sign keep a figure in prose ("GDP rose 2%", "up 2.5%")
// out of it.
var reTickerChip = regexp.MustCompile(`\s((?:\p{Lu}{1,5}|\d{3,6})(?:\.\p{Lu}{1,3})?)\s[+\-−]\d{1,3}\.\d\d%`)

// reQuoteLink matches the link to a quote page left in a sentence's place.
var reQuoteLink = regexp.MustCompile(`\s*\((?:Get|See) the latest (?:stock )?quotes? here\.?\)`)

// notTickers are capitals that a move in a percentage follows in prose, not
// a quote chip.
var notTickers = map[string]bool{"GDP": true, "CPI": true, "PMI": true, "YOY": true, "YTD": true, "QOQ": true, "MOM": true}

// dropTickerChips removes the quote chips and quote links of a line
// (see reTickerChip) and returns the line and what it removed. The
// sentence closes up over the chip: a space stands where the chip and the
// spaces after it stood, none before a comma or a full stop.
func dropTickerChips(s string) (string, []string) {
	if !strings.Contains(s, "%") && !strings.Contains(s, "quote") {
		return s, nil
	}
	var chips []string
	var b strings.Builder
	last := 0 // s[last:] is not written yet
	for _, m := range reTickerChip.FindAllStringSubmatchIndex(s, -1) {
		if notTickers[s[m[2]:m[3]]] {
			continue
		}
		chips = append(chips, strings.TrimSpace(s[m[0]:m[1]]))
		closeUp(&b, s[last:m[0]], last > 0)
		last = m[1]
	}
	if chips != nil {
		closeUp(&b, s[last:], true)
		s = b.String()
	}
	if strings.Contains(s, "quote") {
		for _, m := range reQuoteLink.FindAllString(s, -1) {
			chips = append(chips, strings.TrimSpace(m))
		}
		s = reQuoteLink.ReplaceAllString(s, "")
	}
	return s, chips
}

// closeUp writes seg to b; after a chip (joined) without the spaces it
// opens with, and with one space before it unless it opens with a comma,
// a full stop or a closing bracket.
func closeUp(b *strings.Builder, seg string, joined bool) {
	if joined {
		seg = strings.TrimLeft(seg, " ")
		if seg == "" || strings.ContainsAny(seg[:1], ",.;:)") {
			b.WriteString(seg)
			return
		}
		b.WriteByte(' ')
	}
	b.WriteString(seg)
}

// dropInlineFurniture removes the furniture a paragraph holds inside its
// words: quote chips and quote links (dropTickerChips) and a picture's
// credit run onto its end (dropGluedCredit). It returns the paragraph and
// what it removed. The plain-text and the HTML paths both clean each
// paragraph with it, so that one page read either way gives one text.
func dropInlineFurniture(s string) (string, []string) {
	s, chips := dropTickerChips(s)
	s, credit := dropGluedCredit(s)
	s, more := dropMoreLink(s)
	return s, append(append(chips, credit...), more...)
}

// reMoreLink matches a link's words run onto the end of a paragraph,
// after its last sentence: "… the city engineer. More", "… on Sunday.
// Read more »". They name no part of the text.
var reMoreLink = regexp.MustCompile(`[.!?]["”’]?(\s+(?:More|MORE|Read [Mm]ore|READ MORE|Continue [Rr]eading|Full [Ss]tory|See [Mm]ore)(?:\s*[»›>→…]+|\.\.\.)?)$`)

// dropMoreLink removes a link's words of reMoreLink from the end of a
// line of at least eight words before them, and returns the line and
// what it removed.
func dropMoreLink(s string) (string, []string) {
	// the words reMoreLink needs, looked for in the line's last bytes
	// first: most paragraphs end with none of them
	tail := s[max(0, len(s)-24):]
	if !strings.Contains(tail, "ore") && !strings.Contains(tail, "ORE") && !strings.Contains(tail, "eading") && !strings.Contains(tail, "tory") {
		return s, nil
	}
	return dropGluedTail(s, reMoreLink)
}

// dropGluedTail removes what re's first group matches at the end of a
// line (a credit or a link's words run onto its last sentence) when at
// least eight words stand before it, and returns the line and what it
// removed.
func dropGluedTail(s string, re *regexp.Regexp) (string, []string) {
	m := re.FindStringSubmatchIndex(s)
	if m == nil || len(strings.Fields(s[:m[2]])) < 8 {
		return s, nil
	}
	return s[:m[2]], []string{strings.TrimSpace(s[m[2]:])}
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
	return dropGluedTail(s, reGluedCredit)
}
