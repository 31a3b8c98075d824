package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// RepairMojibake repairs text whose UTF-8 was read as Windows-1252 (or
// Latin-1) and written out again as UTF-8, once or twice: "PeÃ±a" is
// "Peña", "donâ€™t" is "don’t". Characters that stand for the bytes of one
// UTF-8 sequence in Windows-1252 become the character that sequence
// encodes (mojibakeAt); everything else is kept, so a text with no
// mojibake is returned as it is. Extraction repairs every text body with
// it, and the fidelity check reads an input's words through it.
func RepairMojibake(s string) string {
	if strings.ContainsFunc(s, isCombiningMark) {
		// "A" and a combining tilde: mojibake someone decomposed (NFD)
		// reads as mojibake again once composed; a text it does not
		// repair keeps its own form
		if t := norm.NFC.String(s); t != s {
			if fixed := RepairMojibake(t); fixed != t {
				return fixed
			}
			return s
		}
	}
	for range 3 { // "SarukhÃƒÂ¡n" was encoded twice
		out, changed := fixMojibakeOnce(s)
		if !changed {
			break
		}
		s = out
	}
	return s
}

// fixMojibakeOnce is one pass of RepairMojibake over s, and whether it
// changed anything.
func fixMojibakeOnce(s string) (string, bool) {
	if !strings.ContainsAny(s, "ÂÃÄÅâ") {
		return s, false // the lead byte of every sequence repaired reads as one of these
	}
	var sb strings.Builder
	changed := false
	last := 0
	prev, inRun := rune(0), false
	for i := 0; i < len(s); {
		size, fixed := mojibakeAt(prev, inRun, s[i:])
		if size == 0 {
			r, n := utf8.DecodeRuneInString(s[i:])
			prev, inRun = r, false
			i += n
			continue
		}
		prev, inRun = fixed, true
		sb.WriteString(s[last:i])
		sb.WriteRune(fixed)
		i += size
		last = i
		changed = true
	}
	if !changed {
		return s, false
	}
	sb.WriteString(s[last:])
	return sb.String(), true
}

// mojibakeAt reads the characters at the start of s as the bytes they
// stand for in Windows-1252: when those bytes are a UTF-8 sequence of two
// or three bytes for a Latin letter, a punctuation mark or a currency
// sign, it returns how many bytes of s the characters take and the
// character they encode; else 0. Only the leads mojibake of Latin text
// opens with are read: "Â", "Ã", "Ä", "Å" for two bytes and "â" for
// three. prev is the character before s, and inRun tells whether it was
// itself repaired. A pair is read where real text would not hold it:
//   - one whose second character is a curly quote, a dash or another of
//     Windows-1252's own signs ("Ã‰", "Å‚") next to a lower-case letter
//     ("Ã‰cole", "PaweÅ‚"), right after another repair ("Ã¢â‚¬Å“"), or
//     encoded twice ("Ãƒ" before "â€°");
//   - one whose second character is a mark that may follow a word ("»",
//     "«", a no-break space, "°", "·") unless it stands after a capital
//     and before no lower-case letter, as in "IRMÃ»";
//   - any other ("Ã©", "Ã±").
//
// So "AMANHÃ”", "PÅ”", "Å–Tind" and "«IRMÃ»" stay as written.
func mojibakeAt(prev rune, inRun bool, s string) (int, rune) {
	r0, n0 := utf8.DecodeRuneInString(s)
	lead, ok := cp1252Byte(r0)
	if !ok || r0 >= 0x100 || (lead < 0xC2 || lead > 0xC5) && lead != 0xE2 {
		return 0, 0
	}
	want := 2
	if lead == 0xE2 {
		want = 3
	}
	bs := []byte{lead}
	at := n0
	special := false
	for len(bs) < want && at < len(s) {
		if b, m := spacedMark(s[at:]); m > 0 {
			// "Ã" and " \u0308": the "¨" of "Ã¨" after NFKD
			bs = append(bs, b)
			at += m
			continue
		}
		r, n := utf8.DecodeRuneInString(s[at:])
		b, ok := cp1252Byte(r)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0
		}
		special = special || r >= 0x100
		bs = append(bs, b)
		at += n
	}
	r, n := utf8.DecodeRune(bs)
	if r == utf8.RuneError || n != want || !repairable(r) {
		return 0, 0
	}
	if want == 3 {
		return at, r
	}
	next, _ := utf8.DecodeRuneInString(s[at:])
	lowerBeside := unicode.IsLower(prev) || unicode.IsLower(next)
	if special {
		if bs[1] == 0x92 && (next == 's' || next == 't') && !inRun {
			return 0, 0 // "Å’s": a name's possessive, not "Œs"
		}
		if lowerBeside || inRun {
			return at, r
		}
		// "Ãƒ" then "â€°": encoded twice, the pair after it gives the
		// second byte of this one's lead
		if r >= 0xC2 && r <= 0xC5 {
			if _, nr := mojibakeAt(0, true, s[at:]); nr != 0 {
				if b, ok := cp1252Byte(nr); ok && b >= 0x80 && b <= 0xBF {
					return at, r
				}
			}
		}
		return 0, 0
	}
	if wordMarks[bs[1]] && unicode.IsUpper(prev) && !unicode.IsLower(next) {
		return 0, 0 // "IRMÃ»": a capital and a guillemet
	}
	return at, r
}

// wordMarks are the second bytes of pairs that may follow a word as
// marks: a no-break space, «, », °, ·.
var wordMarks = map[byte]bool{0xA0: true, 0xAB: true, 0xBB: true, 0xB0: true, 0xB7: true}

// repairable reports whether r is a character mojibake is repaired to:
// Latin letters, punctuation and currency signs (a run of real accented
// letters and dashes, "é——", is never read as a Chinese character).
func repairable(r rune) bool {
	switch {
	case r >= 0x80 && r < 0x250: // Latin supplements and extensions
	case r >= 0x2000 && r <= 0x206F: // general punctuation: ’ “ — …
	case r >= 0x20A0 && r <= 0x20CF: // currency: €
	case r == 0x2122: // ™
	default:
		return false
	}
	return true
}

// cp1252Byte is the byte that stands for r in Windows-1252, reading the
// five bytes it leaves undefined (and every C1 control) as Latin-1 does.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	for i, c := range cp1252High {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// cp1252High are the characters Windows-1252 gives bytes 0x80 to 0x9F; a
// zero stands for a byte it leaves undefined.
var cp1252High = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// isCombiningMark reports whether r is one of the combining diacritical
// marks (U+0300 to U+036F).
func isCombiningMark(r rune) bool { return r >= 0x300 && r <= 0x36F }

// spacedMark reads a space and a combining mark at the start of s as the
// Latin-1 character NFKD takes apart into them ("¨" is " \u0308"): its
// byte and the length of the pair; 0 when s opens with no such pair.
func spacedMark(s string) (byte, int) {
	if len(s) < 3 || s[0] != ' ' {
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	switch r {
	case 0x308:
		return 0xA8, 1 + n // ¨
	case 0x304:
		return 0xAF, 1 + n // ¯
	case 0x301:
		return 0xB4, 1 + n // ´
	case 0x327:
		return 0xB8, 1 + n // ¸
	}
	return 0, 0
}
