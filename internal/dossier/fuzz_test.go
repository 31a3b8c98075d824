package dossier

import (
	"encoding/json"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// FuzzBuild runs every stage, in order, on a small story made from the
// fuzzer's texts (the second also holds part of the first, so that reuse,
// claims and the summary have something to join) and checks the dossier's
// references: every offset inside its article, every article id known,
// every speaker id known, and the whole encodable as JSON.
func FuzzBuild(f *testing.F) {
	f.Add("PORT ELLIS — The harbour ferry stopped on Monday after a fault, officials said. \"We will run again on Friday,\" said Mara Quint, the ferry director. About 4,000 people ride it each day.",
		"The Port Ellis ferry stopped on Monday after a fault, according to the Ellis Courier. \"We will run again on Friday,\" Mayor Ned Oyelaran said. About 3,500 people ride it each day.",
		uint8(3))
	f.Add("", "", uint8(0))
	f.Add("\"\"\"\" said said. “ ” ‘ « »", "\xff\xfe \"x,\" he said. She added: \"y.\"", uint8(1))
	f.Fuzz(func(t *testing.T, a, b string, n uint8) {
		if len(a)+len(b) > 4096 {
			return // small stories keep each run fast
		}
		texts := []string{a, b}
		if len(a) > 0 {
			texts = append(texts, b+" "+a[:int(n)%len(a)])
		}
		var arts []corroborate.Article
		for i, s := range texts {
			arts = append(arts, corroborate.Article{ID: string(rune('a' + i)), Source: "f", Title: "T", Text: s,
				Sentences: text.Sentences(s), Outlet: corroborate.StrPtr([]string{"Ellis Courier", "Port Wire", ""}[i])})
		}
		d := Build(arts, Options{})
		textOf := map[string]string{}
		for _, art := range d.Articles {
			textOf[art.ID] = art.Text
		}
		span := func(what, id string, start, end int) {
			s, ok := textOf[id]
			if !ok {
				t.Fatalf("%s names unknown article %q", what, id)
			}
			if start < 0 || start > end || end > len(s) {
				t.Fatalf("%s [%d,%d) out of range of article %s (%d bytes)", what, start, end, id, len(s))
			}
		}
		speakers := map[string]bool{}
		for _, sp := range d.Speakers {
			speakers[sp.ID] = true
		}
		for _, art := range d.Articles {
			for _, c := range art.Credits {
				span("credit", art.ID, c.Start, c.End)
			}
		}
		for _, q := range d.Quotes {
			for _, m := range q.Mentions {
				span("quote "+q.ID, m.Article, m.Start, m.End)
				if m.Speaker != nil && !speakers[*m.Speaker] {
					t.Fatalf("quote %s names unknown speaker %q", q.ID, *m.Speaker)
				}
			}
		}
		for _, r := range d.Reuse {
			for _, p := range r.Passages {
				span("reuse from", r.From, p.From[0], p.From[1])
				span("reuse to", r.To, p.To[0], p.To[1])
			}
		}
		for _, c := range d.Claims {
			for _, s := range c.Support {
				span("claim "+c.ID, s.Article, s.Start, s.End)
			}
		}
		for _, c := range d.Conflicts {
			for _, sd := range c.Sides {
				for _, id := range sd.Articles {
					span("conflict side", id, 0, 0)
				}
			}
		}
		for _, s := range d.Summary {
			for _, id := range s.Cites {
				span("summary cite", id, 0, 0)
			}
		}
		if _, err := json.Marshal(d); err != nil {
			t.Fatalf("dossier does not encode: %v", err)
		}
	})
}
