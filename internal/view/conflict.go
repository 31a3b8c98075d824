package view

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// Conflict is one point of disagreement.
type Conflict struct {
	Kind  corroborate.ConflictKind
	Label string // the kind as people say it
	About string // empty when it only repeats a side
	// Speaker, for a conflict about a quotation's wording, is who the
	// articles agree said it ("" when they name nobody or differ); About
	// then says so ("said by …").
	Speaker    string
	Sides      []Side
	Note       string // the stage's note, when it says more than the sides
	Confidence float64
	// Index is the conflict's place in the dossier's Conflicts, by which a
	// summary sentence names it (SummarySentence.Disputed).
	Index int
}

// Short names the conflict in a few words for a line that points at it:
// its kind and what it is about ("[stated and denied] whether it provides money"),
// or its sides when About only repeated one.
func (c Conflict) Short() string {
	about := c.About
	if about == "" {
		var vs []string
		for _, s := range c.Sides {
			vs = append(vs, "“"+s.Value+"”")
		}
		about = strings.Join(vs, " vs ")
	} else if c.Kind == corroborate.ConflictQuoteSpeaker {
		about = "“" + about + "”"
	}
	return "[" + c.Label + "] " + Shorten(about, 80)
}

// Disputed is the conflicts a summary sentence takes a side in, as the
// view holds them, in the story's order.
func (v *Story) Disputed(s corroborate.SummarySentence) []Conflict {
	var out []Conflict
	for _, c := range v.Conflicts {
		if slices.Contains(s.Disputed, c.Index) {
			out = append(out, c)
		}
	}
	return out
}

// Side is one value of a conflict, the sources that state it and the passages it rests on.
type Side struct {
	Value   string
	Sources []Source
	Spans   []Passage
}

// Repeats reports whether the side's value only repeats its passage: it
// rests on one passage whose text is the value, case, white space,
// enclosing quotation marks and closing punctuation aside. A surface then
// shows the words once, with the link to where they stand.
func (s Side) Repeats() bool {
	if len(s.Spans) != 1 {
		return false
	}
	v := quoteKey(strings.Trim(s.Value, quoteMarks))
	return v != "" && v == quoteKey(strings.Trim(s.Spans[0].Text, quoteMarks+".:;,! "))
}

// quoteMarks open or close a quoted passage.
const quoteMarks = "\"'“”‘’«»„ "

// QuoteConflicts are the conflicts about quotations.
func (v *Story) QuoteConflicts() []Conflict {
	var out []Conflict
	for _, c := range v.Conflicts {
		if c.Kind.Quote() {
			out = append(out, c)
		}
	}
	return out
}

// Concerns reports whether the conflict is about quotation q: its speaker
// (About is the quotation) or its wording (a side is the quotation).
func (c Conflict) Concerns(q corroborate.Quote) bool {
	if !c.Kind.Quote() {
		return false
	}
	text := quoteKey(q.Text)
	if text == quoteKey(c.About) {
		return true
	}
	for _, s := range c.Sides {
		if quoteKey(s.Value) == text {
			return true
		}
	}
	return false
}

// quoteKey is a quotation's words as a conflict names them: case, runs of
// white space and closing punctuation aside.
func quoteKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(s, ".:;,! ")), " "))
}

func (v *Story) conflicts(d *corroborate.Dossier) {
	// a dossier stored before conflicts were ordered is ordered here too
	order := dossier.ConflictOrder(d.Conflicts)
	var speakers map[string]corroborate.Speaker // read once, for the first conflict about a quotation's wording
	for _, at := range order {
		c := d.Conflicts[at]
		k := c.Kind
		vc := Conflict{Kind: k, Label: k.Label(), About: strings.TrimRight(c.About, ".:;, "), Confidence: c.Confidence, Index: at}
		if c.Confidence < dossier.DefaultConflictThreshold {
			// only in a dossier built to show the conflicts it would hold back
			vc.Label += ", unsure"
		}
		for _, s := range c.Sides {
			side := Side{Value: s.Value}
			for _, a := range s.Articles {
				side.Sources = append(side.Sources, v.Source(a))
			}
			sort.SliceStable(side.Sources, func(i, j int) bool { return side.Sources[i].N < side.Sources[j].N })
			for _, sp := range s.Spans {
				side.Spans = append(side.Spans, v.Passage(d, sp))
			}
			sort.SliceStable(side.Spans, func(i, j int) bool { return side.Spans[i].Source.N < side.Spans[j].Source.N })
			vc.Sides = append(vc.Sides, side)
			if s.Value == c.About {
				vc.About = ""
			}
		}
		if note := strings.TrimSpace(c.Note); note != "" {
			vc.Note = v.Names(beyondSides(note, c.Sides))
		}
		if k == corroborate.ConflictQuoteWording {
			if speakers == nil {
				speakers = Speakers(d)
			}
			vc.Speaker = wordingSpeaker(d, vc, speakers)
		}
		v.Conflicts = append(v.Conflicts, vc)
	}
}

// wordingSpeaker names who said the quotation whose wordings c sets
// against each other, when every article of its sides that gives it a
// speaker gives the same one: "" when none does, or they differ.
func wordingSpeaker(d *corroborate.Dossier, c Conflict, speakers map[string]corroborate.Speaker) string {
	in := map[string]bool{}
	for _, s := range c.Sides {
		for _, src := range s.Sources {
			in[src.ID] = true
		}
	}
	who := ""
	for _, q := range d.Quotes {
		if !c.Concerns(q) {
			continue
		}
		for _, m := range q.Mentions {
			if !in[m.Article] || m.Speaker == nil {
				continue
			}
			name := speakers[*m.Speaker].Name
			switch {
			case name == "":
			case who == "":
				who = name
			case who != name:
				return ""
			}
		}
	}
	return who
}

// beyondSides is what a note says beyond the sides: all of it, or when it
// restates them (repeatsSides) the clauses that name no side's value
// ("…: three (Reuters) vs nine (AP); counts may change as a story goes
// on." keeps its caveat), capitalised; "" when nothing is left.
func beyondSides(note string, sides []corroborate.ConflictSide) string {
	if !repeatsSides(note, sides) {
		return note
	}
	var kept []string
	for _, part := range strings.Split(note, "; ") {
		low := strings.ToLower(part)
		names := false
		for _, s := range sides {
			names = names || strings.Contains(low, strings.ToLower(s.Value))
		}
		if !names && strings.TrimSpace(part) != "" {
			kept = append(kept, strings.TrimSpace(part))
		}
	}
	if len(kept) == 0 || len(kept) == len(strings.Split(note, "; ")) {
		return ""
	}
	out := strings.Join(kept, "; ")
	r, n := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(r)) + out[n:]
}

// repeatsSides reports whether a note only restates the sides: it names
// every side's value, or it is a "states ... / denies ..." pair, which the
// sides already say.
func repeatsSides(note string, sides []corroborate.ConflictSide) bool {
	low := strings.ToLower(note)
	if strings.HasPrefix(low, "states ") && strings.Contains(low, "/ denies") {
		return true
	}
	for _, s := range sides {
		if !strings.Contains(low, strings.ToLower(s.Value)) {
			return false
		}
	}
	return len(sides) > 0
}

// disputedQuotes are the quotations the conflicts about one (who said
// it, its wording) are about, as quoteWords reads them, with each
// conflict's label; quotations of fewer than four words are left out, as
// a claim holding them need not hold the quotation.
func disputedQuotes(conflicts []corroborate.Conflict) (quoted, labels []string) {
	for _, c := range conflicts {
		if !c.Kind.Quote() {
			continue
		}
		qs := []string{c.About}
		if c.Kind == corroborate.ConflictQuoteWording { // the sides are the quotation's wordings, not speakers
			for _, s := range c.Sides {
				qs = append(qs, s.Value)
			}
		}
		for _, q := range qs {
			if w := quoteWords(q); len(strings.Fields(w)) >= 4 {
				quoted, labels = append(quoted, w), append(labels, c.Kind.Label())
			}
		}
	}
	return quoted, labels
}

// quoteWords is text as a quotation is compared: folded to lower case,
// quotation marks and closing punctuation dropped, apostrophes made one.
func quoteWords(s string) string {
	s = strings.NewReplacer("“", " ", "”", " ", "\"", " ", "‘", " ", "’", "'", "`", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(s), ".:;,!? ")), " ")
}

// Sureness says how sure the stage is of the conflict, as every surface
// shows it: "confidence 0.86" (conflicts are ordered by it).
func (c Conflict) Sureness() string { return fmt.Sprintf("confidence %.2f", c.Confidence) }

// Evidence is the passages of the conflict's sides that say more than the
// conflict's own words: a passage that is only the quotation or the value
// it is about (a quotation given to two speakers) is left out. Each is
// listed once, side by side, in source order within a side.
func (c Conflict) Evidence() []Passage {
	bare := map[string]bool{quoteKey(trimQuotes(c.About)): true}
	for _, s := range c.Sides {
		bare[quoteKey(trimQuotes(s.Value))] = true
	}
	var out []Passage
	type place struct {
		id         string
		start, end int
	}
	seen := map[place]bool{}
	for _, s := range c.Sides {
		for _, p := range s.Spans {
			at := place{p.Source.ID, p.Start, p.End}
			if p.Text == "" || bare[quoteKey(trimQuotes(p.Text))] || seen[at] {
				continue
			}
			seen[at] = true
			out = append(out, p)
		}
	}
	return out
}

// trimQuotes takes the quotation marks and closing punctuation off a
// quotation's ends: `"It is repairable,"` is `It is repairable`.
func trimQuotes(s string) string {
	return strings.Trim(apostrophes.Replace(strings.TrimSpace(s)), "\"'.,;:!? ")
}

// NoConflicts is the sentence every surface shows when the articles of a
// story of more than one article contradict each other nowhere; claims and
// quotes say which of the two stages have run.
func NoConflicts(claims, quotes bool) string {
	what := "facts and quotations"
	switch {
	case !claims:
		what = "quotations (facts not computed yet)"
	case !quotes:
		what = "facts (quotations not computed yet)"
	}
	return "The articles do not contradict each other on " + what + "."
}

// HeldBack is the sentence every surface shows of the n conflicts the
// dossier held back as unsure: "more" when others are shown, nothing when
// n is 0.
func HeldBack(n int, more bool) string {
	what := "possible conflict"
	if more {
		what = "more " + what
	}
	switch {
	case n == 1:
		return "1 " + what + " was held back as unsure."
	case n > 1:
		return fmt.Sprintf("%d %ss were held back as unsure.", n, what)
	}
	return ""
}
