package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"We will not close," Mayor Ada Rowe said. "Never."`,
		"“Open\n\n“Still open,” she said.",
		`He called it "a cheap trick." 'Nested "x" here,' he said.`,
		`"""""""`, "“”‘’«»", `"a" "b" "c" said said said`,
		// a quotation right after a sentence that is all quotation mark:
		// no sentence before it to read (a panic once)
		`She called the plan "a disgrace". "We will fight this," the author wrote.`,
		`Why now?! "We will fight this," the author wrote.`,
		// a document speaking in a text with no final stop: the sentence
		// reader ran past the last word (a panic once)
		`In a statement, the Harbor Board said the ferry would run, "We will sail on time and we will keep the fares low," the statement said`,
		// a body's "they" after a sentence that opens with a bracket or a
		// dash, whose first comma-separated piece is empty (a panic once)
		`(AP) — Ada Holm, Tom Brek and Ivo Lund, the three finalists, met on Monday. "We are ready," they said.`,
		`— The firm, its owner, and the city have denied it. "No," they said.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := corroborate.Article{ID: "f", Text: s, Sentences: text.Sentences(s)}
		ms := Extract(a, Options{})
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End {
				t.Fatalf("mention [%d,%d) out of range of %d bytes", m.Start, m.End, len(s))
			}
			for _, p := range m.Parts {
				if p.Start < m.Start || p.End > m.End || p.Start > p.End {
					t.Fatalf("part [%d,%d) outside mention [%d,%d)", p.Start, p.End, m.Start, m.End)
				}
			}
			if sp := m.SpeakerSpan; sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("speaker span [%d,%d) out of range", sp.Start, sp.End)
			}
		}
		Link([]corroborate.Article{a, a}, [][]Mention{ms, ms}, Options{})
	})
}
