package reuse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
)

// personKey folds a person's name for comparing a byline with a speaker:
// lower case, periods dropped, words joined by one space, and a middle
// initial left out ("Ana J. Ros" is "ana ros"). A name of one word gives
// "": a surname alone does not tell two people apart.
func personKey(name string) string {
	f := foldName(name)
	if len(f) < 2 {
		return ""
	}
	k := f[:1]
	for _, w := range f[1 : len(f)-1] {
		if len([]rune(w)) > 1 {
			k = append(k, w)
		}
	}
	return strings.Join(append(k, f[len(f)-1]), " ")
}

// foldName is name's words in lower case, periods taken for spaces.
func foldName(name string) []string {
	return strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", " ")))
}

// bylineSeparator reports whether the word w of a byline stands between
// names, or between a name and what follows it: "Ana Ros and Ivo Lund",
// "Ana Ros | Staff", "Ana Ros for the Vell Herald".
func bylineSeparator(w string) bool {
	switch strings.ToLower(w) {
	case "&", "and", "with", "for", "|", "/", "-", "–", "—", "·":
		return true
	}
	return false
}

// foldText is s in lower case with every run of characters but letters and
// digits made one space, and a space at either end, for writtenIn.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	space := true
	b.WriteByte(' ')
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// writtenIn reports whether name stands in folded (foldText) as whole
// words.
func writtenIn(folded, name string) bool {
	n := strings.TrimSpace(foldText(name))
	return n != "" && strings.Contains(folded, " "+n+" ")
}

// bylineKeys folds one byline as written into its authors' names
// (personKey): a byline field often holds more than the name, "By Ana
// Ros", "Ana Ros, Columnist", "Ana Ros and Ivo Lund". A leading "By" goes,
// the names are split at commas, semicolons and the words of
// bylineSeparator, and a part of one word (a title, "Columnist") names no
// one. Only the comparison reads these keys: the byline shown stays as
// written.
func bylineKeys(byline string) []string {
	f := strings.Fields(byline)
	if len(f) > 0 && strings.EqualFold(strings.TrimSuffix(f[0], ":"), "by") {
		f = f[1:]
	}
	var out []string
	part := f[:0:0]
	flush := func() {
		if k := personKey(strings.Join(part, " ")); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
		part = part[:0]
	}
	for _, w := range f {
		if bylineSeparator(w) {
			flush()
			continue
		}
		end := strings.TrimRight(w, ",;")
		if end != "" {
			part = append(part, end)
		}
		if end != w {
			flush()
		}
	}
	flush()
	return out
}

// authorOf reports whether q's speaker wrote origin: one of its names is
// one of origin's bylines (personKey), or origin's outlet (outlets.Key: a
// company's statement quoted as the company's, "Quorvex" as well as
// "Halden Home").
func authorOf(q spokenQuote, origin *article) bool {
	for _, n := range q.names {
		if slices.Contains(origin.authors, n) {
			return true
		}
	}
	return origin.outlet != "" && slices.Contains(q.orgs, outlets.Key(origin.outlet))
}

// quotesOwnAuthor reports whether a and b share enough wording when the
// quotations one side (the copy) gives to the other's author count as its
// evidence: "'…,' the Kick-Ass creator wrote on his site" over the post
// its byline says he wrote. The quotes stage must have named the speaker,
// and the speaker must be the other article's byline (or its outlet):
// then the other article is the quoted text itself, not a second report
// of it, and the copy credits it. The other side must carry the words
// outside quotation marks (at most a quarter of them quoted, as in
// quotedOrigin): two reports quoting one speaker, neither written by
// the speaker, stay apart whoever the speaker is, and so do two that
// both quote a third article's author. Only the passages standing in such
// a quotation count, and they must hold the real shared wording any pair
// needs (sharedWording, at least Options.MinEvidence words).
func quotesOwnAuthor(a, b *article, ps []passage, opt Options) (bool, bool) {
	for _, side := range []struct {
		copy, origin *article
		copyIsA      bool
	}{{a, b, true}, {b, a, false}} {
		if len(side.copy.spoken) == 0 || len(side.origin.authors) == 0 && side.origin.outlet == "" {
			continue
		}
		if !side.origin.time.IsZero() && !side.copy.time.IsZero() && side.origin.time.After(side.copy.time) {
			// a text published after the report quoting it is not the
			// text it quotes, whatever its byline (a namesake)
			continue
		}
		var q []passage
		var content, originWords, originQuoted int32
		for _, p := range ps {
			if p.quoted == 0 || !inAuthorQuote(side.copy, side.origin, p.side(side.copyIsA)) {
				continue
			}
			r := p.side(!side.copyIsA)
			for i := r.lo; i < r.hi; i++ {
				if t := side.origin.toks[i]; t.flags&(fStop|fNoise) == 0 {
					originWords++
					if t.flags&fQuoted != 0 {
						originQuoted++
					}
				}
			}
			p.content += p.quoted
			p.quoted = 0
			p.longest, p.runs = p.longestQuoted, p.runsQuoted
			content += p.content
			q = append(q, p)
		}
		if q != nil && 4*originQuoted <= originWords && content >= int32(opt.MinEvidence) && sharedWording(q, opt, false) {
			return true, side.copyIsA
		}
	}
	return false, false
}

// inAuthorQuote reports whether most quoted words of the copy's tokens sp
// stand in one of its quotations whose speaker wrote origin (authorOf).
func inAuthorQuote(copy, origin *article, sp span) bool {
	var quoted, in int
	for i := sp.lo; i < sp.hi; i++ {
		t := copy.toks[i]
		if t.flags&fQuoted == 0 || t.flags&(fStop|fNoise) != 0 {
			continue
		}
		quoted++
		for _, q := range copy.spoken {
			if int(t.start) >= q.span.Start && int(t.end) <= q.span.End {
				if authorOf(q, origin) {
					in++
				}
				break
			}
		}
	}
	return quoted > 0 && 2*in > quoted
}
