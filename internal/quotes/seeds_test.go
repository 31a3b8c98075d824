package quotes

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/seedtest"
	"github.com/google/go-cmp/cmp"
)

// TestSeedSpeakers checks the speaker of every quotation in the seeds.
func TestSeedSpeakers(t *testing.T) {
	arts := seedtest.Articles(t)
	// Article, start of the quoted words, speaker ("" for none).
	want := [][3]string{
		{"000", "they would not be eligible", "McClatchy"}, // the words of its report
		{"000", "By taking simple, common-sense", "Jeff Sessions"},
		{"000", "the best way to fight crime", "McClatchy"},
		{"000", "Baltimore is a welcoming city", "Kevin Davis"},
		{"000", "patrol the streets", "McClatchy"},
		{"000", "The city of San Bernardino", "Jarrod Burguan"},
		{"000", "That does not mean", "Jarrod Burguan"},
		{"000", "millions of dollars", "New York Times"}, // its reporting, no one else named
		{"000", "This is what the American people", "Jeff Sessions"},
		{"001", "a bullying tactic", "Peter Simonson"},
		{"002", "By forcing police", "Jeff Sessions"},
		{"002", "If your agency", "Richard Berry"},
		{"002", "When an arrest is made", "statement from Maryland corrections"},
		{"003", "By taking simple, commonsense", "Jeff Sessions"},
		{"003", "If your agency", "Richard Berry"},
		{"003", "a bullying tactic", "Peter Simonson"},
		{"003", "The city of San Bernardino", "Jarrod Burguan"},
		{"003", "That does not mean", "Eric Jones"},
		{"003", "We are receiving tremendous", "Anthony McCarthy"},
		{"003", "It is a vision of terror", "Gabriela Hernandez"},
		{"004", "Turning back the recent", "Jeff Sessions"},
		{"004", "When an arrest is made", "statement from Maryland corrections"},
		{"004", "It is a vision of terror", "Gabriela Hernandez"},
	}
	var got [][3]string
	for _, a := range arts {
		for _, m := range Extract(a, Options{}) {
			who := ""
			if m.Speaker != nil {
				who = m.Speaker.Name
			}
			got = append(got, [3]string{a.ID, prefixOf(m.Text, want, a.ID), who})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed quotes and speakers mismatch (-want +got):\n%s", diff)
	}
}

// prefixOf returns the wanted prefix that text starts with, or text itself.
func prefixOf(text string, want [][3]string, id string) string {
	for _, w := range want {
		if w[0] == id && strings.HasPrefix(text, w[1]) {
			return w[1]
		}
	}
	return text
}

// TestSeedConflicts checks that the two real attribution conflicts of the
// seeds are found, and nothing else.
func TestSeedConflicts(t *testing.T) {
	arts := seedtest.Articles(t)
	ms := make([][]Mention, len(arts))
	for i, a := range arts {
		ms[i] = Extract(a, Options{})
	}
	speakers, qs, cs := Link(arts, ms, Options{})
	type side struct{ Value, Articles string }
	var got [][]side
	for _, c := range cs {
		if c.Kind != "quote-speaker" {
			t.Errorf("unexpected %s conflict about %q: %+v", c.Kind, c.About, c.Sides)
			continue
		}
		if c.Confidence < 0.5 {
			t.Errorf("seed conflict about %q has confidence %.2f, want at least 0.5 (shown to readers)", c.About, c.Confidence)
		}
		var ss []side
		for _, s := range c.Sides {
			ss = append(ss, side{s.Value, strings.Join(s.Articles, ",")})
			if len(s.Spans) != len(s.Articles) {
				t.Errorf("side %q of %q: %d spans for %d articles", s.Value, c.About, len(s.Spans), len(s.Articles))
			}
			for _, sp := range s.Spans {
				if text := articleText(arts, sp.Article); sp.Start < 0 || sp.End > len(text) || !strings.Contains(text[sp.Start:sp.End], firstWords(c.About, 3)) {
					t.Errorf("side %q: span %+v does not hold %q", s.Value, sp, c.About)
				}
			}
		}
		got = append(got, ss)
	}
	want := [][]side{
		{{"Jarrod Burguan", "000,003"}, {"statement from Maryland corrections", "004"}},
		{{"Jarrod Burguan", "000"}, {"Eric Jones", "003"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed conflicts mismatch (-want +got):\n%s", diff)
	}
	if len(cs) == 2 && !strings.HasPrefix(cs[0].About, "Our policies have been very, very consistent") {
		t.Errorf("first conflict is about %q, want the \"Our policies\" line", cs[0].About)
	}
	// An outlet speaks only for the words of its own reporting, where no
	// one else is named (the table above pins those quotes), and never
	// takes a side in a conflict.
	for _, a := range arts {
		for _, m := range Extract(a, Options{}) {
			if m.Speaker == nil || !m.Speaker.Outlet {
				continue
			}
			if sole := outletSources[a.ID+" "+firstWords(m.Text, 3)]; sole != m.Speaker.Name {
				t.Errorf("%s: outlet %q is the speaker of %q, which names another source", a.ID, m.Speaker.Name, firstWords(m.Text, 6))
			}
		}
	}
	for _, c := range cs {
		for _, s := range c.Sides {
			if isOutlet(s.Value) {
				t.Errorf("outlet %q takes a side in the conflict about %q", s.Value, c.About)
			}
		}
	}
	for _, s := range speakers {
		if isOutlet(s.Name) && !outletSpeakers[s.Name] {
			t.Errorf("outlet %q became a speaker", s.Name)
		}
	}
	// The Sessions statement is one quotation in 000 and 003 despite
	// "common-sense" / "commonsense".
	found := false
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "By taking simple") {
			found = len(q.Mentions) == 2
		}
	}
	if !found {
		t.Error("the \"By taking simple, common-sense\" quotation is not matched across 000 and 003")
	}
}

// outletSources are the seed quotations whose only source is an outlet's
// reporting, by article and first words.
var outletSources = map[string]string{
	"000 they would not":      "McClatchy",
	"000 the best way":        "McClatchy",
	"000 patrol the streets":  "McClatchy",
	"000 millions of dollars": "New York Times",
}

// outletSpeakers are the outlets allowed among the story's speakers.
var outletSpeakers = map[string]bool{"McClatchy": true, "New York Times": true}

func articleText(arts []corroborate.Article, id string) string {
	for _, a := range arts {
		if a.ID == id {
			return a.Text
		}
	}
	return ""
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// BenchmarkExtract extracts the quotes of 1,000 articles (the seed reports
// over and over) per iteration.
func BenchmarkExtract(b *testing.B) {
	arts := seedtest.Articles(b)
	bytes := 0
	for i := 0; i < 1000; i++ {
		bytes += len(arts[i%len(arts)].Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for i := 0; i < 1000; i++ {
			n += len(Extract(arts[i%len(arts)], Options{}))
		}
		if n == 0 {
			b.Fatal("no quotes found")
		}
	}
	b.ReportMetric(1000*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLink links a story of 500 articles (the seed reports, each
// reprinted 100 times) per iteration.
func BenchmarkLink(b *testing.B) {
	seeds := seedtest.Articles(b)
	var arts []corroborate.Article
	var ms [][]Mention
	for i := 0; i < 500; i++ {
		a := seeds[i%len(seeds)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		arts = append(arts, a)
		ms = append(ms, Extract(a, Options{}))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, qs, _ := Link(arts, ms, Options{}); len(qs) == 0 {
			b.Fatal("no quotes linked")
		}
	}
}
