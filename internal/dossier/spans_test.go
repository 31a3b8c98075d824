package dossier

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestSpansCutAtWords checks that the passages claims, conflicts and the
// summary cite are byte ranges (DESIGN.md: offsets are byte offsets into
// the article's text) that begin and end between words, in articles whose
// curly quotation marks, dashes and accented names put many bytes in one
// character: a reader who took them for character offsets would cut
// "The company" to "t on rumours" after a few such characters.
func TestSpansCutAtWords(t *testing.T) {
	texts := []string{
		"BRÆKVIK — Tarnco’s chief, Søren Ødegård, said on Monday the ferry maker would not sell. “The company does not comment on rumours or speculation,” said a spokesman for the Brækvik-based firm. Shares of Tarnco rose 4 percent to 12.50 crowns on Monday.",
		"Tarnco’s chief, Søren Ødegård, said on Monday the ferry maker would not sell. A spokesman said the company does not comment on rumours or speculation. Shares of Tarnco rose 4 percent to 12.50 crowns on Monday.",
		"BRÆKVIK (Orlin Wire) — Shares of Tarnco rose 6 percent to 12.50 crowns on Monday. Søren Ødegård, Tarnco’s chief, said the ferry maker would not sell.",
	}
	var arts []corroborate.Article
	for i, s := range texts {
		arts = append(arts, corroborate.Article{ID: string(rune('a' + i)), Source: "f", Title: "Tarnco shares rise", Text: s,
			Sentences: text.Sentences(s), Outlet: corroborate.StrPtr([]string{"Lenna Post", "Tarn Courier", "Orlin Wire"}[i])})
	}
	d := Build(arts, Options{})
	textOf := map[string]string{}
	for _, a := range d.Articles {
		textOf[a.ID] = a.Text
	}
	n := 0
	check := func(what string, sp corroborate.ClaimSupport) {
		n++
		s := textOf[sp.Article]
		for _, at := range []int{sp.Start, sp.End} {
			if at < 0 || at > len(s) || at < len(s) && !utf8.RuneStart(s[at]) {
				t.Errorf("%s: offset %d of article %s is not between characters", what, at, sp.Article)
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(s[:at])
			after, _ := utf8.DecodeRuneInString(s[at:])
			if at > 0 && at < len(s) && unicode.IsLetter(before) && unicode.IsLetter(after) {
				t.Errorf("%s: span %d-%d of article %s cuts a word: %q", what, sp.Start, sp.End, sp.Article, s[sp.Start:sp.End])
			}
		}
	}
	for _, c := range d.Claims {
		for _, sp := range append(c.Support, c.Contradicts...) {
			check("claim "+c.ID, sp)
		}
	}
	for _, c := range d.Conflicts {
		for _, side := range c.Sides {
			for _, sp := range side.Spans {
				check("conflict "+c.About, sp)
			}
		}
	}
	for _, s := range d.Summary {
		for _, sp := range append(s.Spans, s.SupportedBy...) {
			check("summary", sp)
		}
	}
	if n == 0 {
		t.Fatal("no spans to check: the story found no claims, conflicts or summary")
	}
}
