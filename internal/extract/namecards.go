package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropNameCards removes the pop-up cards some sites attach to a person's
// name, left in the text when the page is copied: the name as written, then
// the person's full name run into the headlines of other stories, then
// "MORE" ("Sen. Ada Holm Ada Marie HolmPort bill stalls in Senate Ferry
// talks resume MORE (D-Maine) said"). The card is the full name's start
// (the word after the last word of the written name) through "MORE"; the
// written name stays. It returns the line and the cards removed.
func dropNameCards(s string) (string, []string) {
	if !strings.Contains(s, "MORE") {
		return s, nil
	}
	var cards []string
	for from := 0; ; {
		start, end, ok := nameCard(s, from)
		if !ok {
			break
		}
		cards = append(cards, strings.TrimSpace(s[start:end]))
		s = s[:start] + s[end:]
		from = start
	}
	return s, cards
}

// nameCard finds the next card in s[from:]: a word that runs a capitalised
// surname into a capitalised headline ("HolmPort"), the same surname ending
// the written name a few words before it, and "MORE" as a word within 80
// words after it. It returns the card's span, from the space after the
// written name to the end of "MORE".
func nameCard(s string, from int) (start, end int, ok bool) {
	for i := from; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if !unicode.IsLower(r) || !unicode.IsUpper(next) {
			i += size
			continue
		}
		joint := i + size
		i = joint
		ws := strings.LastIndexAny(s[:joint], " (") + 1
		surname := s[ws:joint]
		if c, _ := utf8.DecodeRuneInString(surname); !unicode.IsUpper(c) || utf8.RuneCountInString(surname) < 2 {
			continue
		}
		// the written name ends with the surname, one to four words before
		written := -1
		for k, back := ws, 0; k > from && back < 5; back++ {
			prev := strings.LastIndexByte(s[:k-1], ' ') + 1
			if k-1 > prev && s[prev:k-1] == surname {
				written = k - 1
				break
			}
			k = prev
		}
		if written < 0 || !fullName(s[written:ws]) {
			continue
		}
		more := moreAfter(s, joint)
		if more < 0 {
			continue
		}
		return written, more + len("MORE"), true
	}
	return 0, 0, false
}

// moreAfter is where "MORE" stands as a word within 80 words after s[i:],
// or right at i (a card with no headlines: "HolmMORE"), or -1. A
// possessive may follow it ("MORE’s").
func moreAfter(s string, i int) int {
	words := 0
	for j := i; j < len(s); {
		k := strings.Index(s[j:], "MORE")
		if k < 0 {
			return -1
		}
		k += j
		words += strings.Count(s[j:k], " ")
		if words > 80 {
			return -1
		}
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+4:])
		if (before == ' ' || k == i) && (k+4 == len(s) || !unicode.IsLetter(after)) {
			return k
		}
		j = k + 4
	}
	return -1
}

// fullName reports whether s, between the written name and the glued
// word, is the rest of a person's full name: capitalised words, initials
// or a nickname in brackets ("Ada Marie", "Edward (Ted) Lyle"), not prose
// ("and", "with").
func fullName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "("))
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
