// Package quotes is the harness behind `corroborate eval quotes`: it reads a
// PolNeAR-style folder (text/<name>.txt and attributions/<name>_<annotator>.ann
// in brat standoff), takes as gold the attributions whose Content is a
// quotation, runs quote extraction on each text and scores it.
//
// Two modes. Whole (the default) scores whole quotations: the gold is every
// attribution whose Content is a WholeQuotation, and partial predictions
// (quoted words inside a reported sentence) are left out. All scores every
// quotation: the gold is every attribution whose Content HoldsQuotation, and
// the predictions are whole and partial alike. In both, an attribution is
// gold only with a Source, as unattributed predictions are left out too; on
// PolNeAR dev this gold is the independent count (359 whole quotations).
// The marks that make a gold quotation make a predicted one: a quotation the
// stage finds in other marks (a pair of apostrophes unless ApostrophePairs,
// single marks) is outside the task on both sides and left out of the
// predictions.
//
// Matching rules (../shared/bench/README.md): a predicted quote matches a
// gold one when their spans overlap; each gold and each prediction is matched
// at most once, the largest overlaps first. Exact match needs the same start
// and end. A matched quote's speaker is right when the predicted speaker span
// overlaps the gold Source span, or when the predicted speaker's name and the
// gold Source text share a surname or name word. Speaker accuracy is over
// overlap-matched quotes whose gold attribution has a Source.
//
// Offsets are code points into the text file, as in the .ann files. Where an
// article has several annotators' files, the first in name order (the lowest
// annotator id) is the gold: one consistent annotation per article, chosen
// without looking at its content.
package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/eval"
)

// Gold is one gold direct quotation. Offsets are code points.
type Gold struct {
	// Parts are the Content spans (several for a discontinuous span).
	Parts [][2]int
	// Start and End are the extent of the parts.
	Start, End int
	// Sources are the Source spans; empty when the attribution has none.
	Sources [][2]int
	// SourceText is the Source spans' text joined by a space.
	SourceText string
}

// Doc is one article of the benchmark.
type Doc struct {
	Name string // the text file name without .txt
	Text string
	Gold []Gold
}

// Mode says which quotations are scored.
type Mode int

const (
	// Whole scores whole quotations only.
	Whole Mode = iota
	// All scores every quotation, partial quotes inside paraphrase included.
	All
)

// Marks says which characters the gold rule reads as quotation marks.
type Marks int

const (
	// DoubleMarks is the agreed rule: straight and curly double marks and
	// guillemets. Single marks are left out, as they are also apostrophes.
	DoubleMarks Marks = iota
	// ApostrophePairs also reads a pair of apostrophes ('') as a quotation
	// mark, as some papers print them; the annotators' Content spans of
	// such quotations start and end with the pair.
	ApostrophePairs
)

// gold reports whether the attribution g of text is gold in mode m with
// marks k.
func (m Mode) gold(text []rune, g Gold, k Marks) bool {
	if len(g.Sources) == 0 {
		return false
	}
	if m == All {
		return k.holds(text, g.Start, g.End)
	}
	return k.whole(text, g.Start, g.End)
}

// Load reads every text of dir/text that has an annotation file in
// dir/attributions, in name order, with the gold of mode m and marks k.
func Load(dir string, m Mode, k Marks) ([]Doc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("eval quotes: %w", err)
	}
	sort.Strings(anns)
	first := map[string]string{} // name -> first annotator's file
	var names []string
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name := base[:i]
		if _, ok := first[name]; !ok {
			first[name] = p
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval quotes: no .ann files in %s", filepath.Join(dir, "attributions"))
	}
	sort.Strings(names)
	docs := make([]Doc, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("eval quotes: %w", err)
		}
		d := Doc{Name: name, Text: string(b)}
		runes := []rune(d.Text)
		atts, err := loadAttributions(first[name], runes)
		if err != nil {
			return nil, err
		}
		for _, g := range atts {
			if m.gold(runes, g, k) {
				d.Gold = append(d.Gold, g)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// textBound is one brat text-bound annotation (T line).
type textBound struct {
	kind  string
	spans [][2]int
}

// loadAttributions reads every attribution of one .ann file that has a
// Content span. Lines that do not parse are skipped.
func loadAttributions(path string, text []rune) ([]Gold, error) {
	tb := map[string]textBound{}
	var events []map[string]string
	err := eval.EachLine(path, func(line []byte) error {
		fields := strings.Split(string(line), "\t")
		if len(fields) < 2 || fields[0] == "" {
			return nil
		}
		switch fields[0][0] {
		case 'T':
			if t, ok := parseTextBound(fields[1], len(text)); ok {
				tb[fields[0]] = t
			}
		case 'E':
			ev := map[string]string{}
			for _, kv := range strings.Fields(fields[1]) {
				if k, v, ok := strings.Cut(kv, ":"); ok {
					ev[k] = v
				}
			}
			events = append(events, ev)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval quotes: %w", err)
	}
	var out []Gold
	for _, ev := range events {
		c, ok := tb[ev["Content"]]
		if !ok || len(c.spans) == 0 {
			continue
		}
		g := Gold{Parts: c.spans, Start: c.spans[0][0], End: c.spans[0][1]}
		for _, s := range c.spans {
			g.Start, g.End = min(g.Start, s[0]), max(g.End, s[1])
		}
		if s, ok := tb[ev["Source"]]; ok {
			g.Sources = s.spans
			var parts []string
			for _, sp := range s.spans {
				parts = append(parts, string(text[sp[0]:sp[1]]))
			}
			g.SourceText = strings.Join(parts, " ")
		}
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}

// parseTextBound reads "Kind 12 30;35 40".
func parseTextBound(s string, n int) (textBound, bool) {
	kind, rest, ok := strings.Cut(s, " ")
	if !ok {
		return textBound{}, false
	}
	t := textBound{kind: kind}
	for _, part := range strings.Split(rest, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return textBound{}, false
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a || b > n {
			return textBound{}, false
		}
		t.spans = append(t.spans, [2]int{a, b})
	}
	return t, len(t.spans) > 0
}

// WholeQuotation reports whether the Content [s, e) of text is a whole
// quotation by the agreed rule (DoubleMarks): an opening mark stands at its
// start or within 2 characters before it, and a closing mark at its end or
// within 3 characters after it. A straight double mark opens and closes.
func WholeQuotation(text []rune, s, e int) bool { return DoubleMarks.whole(text, s, e) }

// HoldsQuotation reports whether the Content [s, e) of text holds a
// quotation by the agreed rule: a pair of quotation marks inside it or
// around it (the windows of WholeQuotation), as in `called the plan "a
// giveaway."`.
func HoldsQuotation(text []rune, s, e int) bool { return DoubleMarks.holds(text, s, e) }

func (k Marks) whole(text []rune, s, e int) bool {
	open := -1
	for i := max(0, s-2); i <= s && i < e; i++ {
		if k.opens(text, i) {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := max(open+1, e-1); j <= e+2 && j < len(text); j++ {
		if k.closes(text, j) {
			return true
		}
	}
	return false
}

func (k Marks) holds(text []rune, s, e int) bool {
	for i := max(0, s-2); i < e; i++ {
		if !k.opens(text, i) {
			continue
		}
		for j := max(i+1, s); j <= e+2 && j < len(text); j++ {
			if k.closes(text, j) {
				return true
			}
		}
		return false
	}
	return false
}

// opens reports whether an opening mark starts at text[i]; an apostrophe
// pair opens at its first apostrophe.
func (k Marks) opens(text []rune, i int) bool {
	switch text[i] {
	case '"', '“', '„', '«':
		return true
	case '\'':
		return k == ApostrophePairs && i+1 < len(text) && text[i+1] == '\''
	}
	return false
}

// closes reports whether a closing mark ends at text[j]; an apostrophe pair
// closes at its second apostrophe.
func (k Marks) closes(text []rune, j int) bool {
	switch text[j] {
	case '"', '”', '»':
		return true
	case '\'':
		return k == ApostrophePairs && j > 0 && text[j-1] == '\''
	}
	return false
}
