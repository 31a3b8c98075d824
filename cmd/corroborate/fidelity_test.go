package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// The fidelity check: extraction of a plain-text document loses no word a
// reader wrote. The words of the input, minus those of Removed and of the
// metadata lines taken from it (the headline, a byline line, a date line),
// are the words of Text, in any order and counted with repetition. A
// dateline stays in Text, so it needs no exception.

// fidelityCorpora are the plain-text files and JSON Lines records the check
// reads: the example, the seeds and the benchmark texts.
var fidelityCorpora = []string{
	"../../examples/wexley-bridge",
	"../../../shared/corpus/seeds",
	"../../../shared/bench/quotes/polnear/dev/text",
	"../../../shared/bench/quotes/polnear/train/text",
	"../../../shared/bench/clustering/wikiref220",
	"../../../shared/bench/clustering/fnc1-stories/articles.jsonl",
	"../../../shared/bench/clustering/allsides-dev/articles.jsonl",
}

// wordsOf returns the lower-cased runs of letters and digits in s.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// reTag matches an HTML tag in a text.
var reTag = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>`)

// bag is a multiset of words.
type bag map[string]int

func (b bag) add(s string, n int) {
	for _, w := range wordsOf(s) {
		b[w] += n
	}
}

// holds reports whether every word of s is in b as often as in s.
func (b bag) holds(s string) bool {
	need := bag{}
	need.add(s, 1)
	for w, n := range need {
		if b[w] < n {
			return false
		}
	}
	return true
}

func (b bag) left() []string {
	var out []string
	for w, n := range b {
		for range n {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// fidelityProblem returns what extraction of doc lost or invented, or ""
// when the words add up. Metadata lines are whole input lines near the
// top that hold a byline name or, for a date line, a digit of the date.
func fidelityProblem(doc corroborate.Document, a corroborate.Article) string {
	p := wordsProblem(string(doc.Body), doc, a)
	if p == "" {
		return ""
	}
	// A text left HTML-escaped is read with its references decoded
	// ("&#39;" is an apostrophe, not the word "39"): its words are the
	// decoded text's.
	if un := html.UnescapeString(string(doc.Body)); un != string(doc.Body) && wordsProblem(un, doc, a) == "" {
		return ""
	}
	// A text with mojibake is read repaired ("PeÃ±a" is "Peña"): its
	// words are the repaired text's.
	if fixed := extract.RepairMojibake(string(doc.Body)); fixed != string(doc.Body) && wordsProblem(fixed, doc, a) == "" {
		return ""
	}
	return p
}

// wordsProblem is fidelityProblem for the input text in.
func wordsProblem(in string, doc corroborate.Document, a corroborate.Article) string {
	rest := bag{}
	rest.add(in, 1)
	rest.add(a.Text, -1)
	for _, r := range a.Removed {
		rest.add(r, -1)
	}
	// A lead sentence standing first names the article and stays its
	// first paragraph (extract's leadAsTitle): one line of the input, not
	// two.
	titled := doc.Title == "" && !doc.Headless && a.Text != a.Title && !strings.HasPrefix(a.Text, a.Title+"\n")
	if titled {
		rest.add(a.Title, -1)
	}
	var invented []string
	for w, n := range rest {
		if n < 0 {
			invented = append(invented, w)
		}
	}
	if len(invented) > 0 {
		slices.Sort(invented)
		return fmt.Sprintf("words in text or removed that the input lacks: %v", invented)
	}
	var names bag = bag{}
	for _, b := range a.Byline {
		names.add(b, 1)
	}
	seen := 0
	for _, l := range strings.Split(in, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if titled && seen == 0 && l == a.Title {
			titled = false // the headline line, already counted
			continue
		}
		if seen++; seen > 14 {
			break
		}
		ws := wordsOf(l)
		if len(ws) == 0 || len(ws) > 16 || !rest.holds(l) {
			continue
		}
		byName, byDate := false, false
		for _, w := range ws {
			byName = byName || names[w] > 0
			byDate = byDate || a.Published != nil && strings.ContainsAny(w, "0123456789")
		}
		if byName || byDate {
			rest.add(l, -1)
		}
	}
	// Markup is no words: the names and attributes inside an HTML tag a
	// plain text kept ("<a href=…>", "<span class=meta>") may go.
	for _, tag := range reTag.FindAllString(in, -1) {
		for _, w := range wordsOf(tag) {
			if rest[w] > 0 {
				rest[w]--
			}
		}
	}
	for w, n := range rest {
		if n == 0 {
			delete(rest, w)
		}
	}
	if len(rest) > 0 {
		return fmt.Sprintf("words lost (in neither text, removed nor a metadata line): %v", rest.left())
	}
	return ""
}

// TestTextFidelity runs the fidelity check over fictional cases and every
// plain-text example, seed and benchmark file it can reach.
func TestTextFidelity(t *testing.T) {
	cases := []struct {
		name    string
		doc     corroborate.Document
		removed int
	}{
		{"wrapped first line", corroborate.Document{Source: "wrap.jsonl:1", Format: "text", Headless: true,
			Body: []byte("The mayor said it was a cold \nnight in the city and the buses stopped running early.")}, 0},
		{"wrapped after a headline", corroborate.Document{Source: "wrap.txt", Format: "text",
			Body: []byte("Buses stop early in Calder\n\nThe mayor said it was a cold \nnight in the city and the buses stopped running early.\n\nShare this story")}, 1},
		{"only a dated sentence", corroborate.Document{Source: "oggi.txt", Format: "text", Headless: true,
			Body: []byte("Oggi è il 27/10/2014.")}, 0},
		{"markup left in a text", corroborate.Document{Source: "tags.txt", Format: "text",
			Body: []byte("Ferry sinks off Norland\n\nThe <b>Orvell</b> ferry sank on Tuesday, <a href=\"https://example.com/orvell\">the coast guard</a> said.")}, 0},
		{"a byline, a date and chrome", corroborate.Document{Source: "ferry.txt", Format: "text",
			Body: []byte("Ferry fares rise\n\nBy Mara Ellison\nMarch 3, 2026\n\nShare\n\nFares on the Linden ferry rose on Monday by a fifth, the port authority said.\n\nGetty.")}, 2},
	}
	for _, c := range cases {
		a, err := extract.Extract(c.doc, extract.Options{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if p := fidelityProblem(c.doc, a); p != "" || len(a.Removed) != c.removed {
			t.Errorf("%s: %s\ntext: %q\nremoved: %q, want %d lines", c.name, p, a.Text, a.Removed, c.removed)
		}
	}

	files, failed := 0, 0
	for _, root := range fidelityCorpora {
		if _, err := os.Stat(root); err != nil {
			if strings.HasPrefix(root, "../../../shared") {
				t.Logf("SKIP (loud): %s is absent; its texts are not checked", root)
				continue
			}
			t.Fatal(err)
		}
		for _, doc := range fidelityDocs(t, root) {
			files++
			a, err := extract.Extract(doc, extract.Options{})
			p := ""
			if err != nil {
				p = err.Error()
			} else {
				p = fidelityProblem(doc, a)
			}
			if p != "" {
				failed++
				t.Errorf("%s: %s", doc.Source, p)
			}
		}
	}
	t.Logf("fidelity: %d of %d plain-text documents lose or invent words", failed, files)
}

// fidelityDocs reads the plain-text documents under root: .txt files and
// JSON Lines records.
func fidelityDocs(t *testing.T, root string) []corroborate.Document {
	t.Helper()
	var paths []string
	if strings.HasSuffix(root, ".jsonl") {
		paths = []string{root}
	} else {
		entries, err := os.ReadDir(root)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".txt") {
				paths = append(paths, filepath.Join(root, e.Name()))
			}
		}
	}
	var docs []corroborate.Document
	for _, p := range paths {
		ds, errs := ingest.ReadFile(p, ingest.Options{})
		for _, err := range errs {
			t.Errorf("%s: %v", p, err)
		}
		for _, d := range ds {
			if d.Format == "text" {
				docs = append(docs, d)
			}
		}
	}
	return docs
}
