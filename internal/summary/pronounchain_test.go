package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestPronounChain: a sentence opening with "He" does not take a name
// from the sentence before it in its article when that sentence speaks of
// its person by a pronoun too ("... he spotted the Scarlett dress"): the
// name there is no person the pronoun stands for.
func TestPronounChain(t *testing.T) {
	text := "Ivo Brand ran the Kessmouth costume house for thirty years. During a visit to the Orvell Playhouse he spotted the Ada Vell gown on the floor. He bought it for twenty crowns."
	a := corroborate.Article{ID: "a", Text: text}
	span := func(s string) corroborate.Span {
		i := strings.Index(text, s)
		return corroborate.Span{Start: i, End: i + len(s)}
	}
	first, second, third := "Ivo Brand ran the Kessmouth costume house for thirty years.",
		"During a visit to the Orvell Playhouse he spotted the Ada Vell gown on the floor.", "He bought it for twenty crowns."
	a.Sentences = []corroborate.Span{span(first), span(second), span(third)}
	st := &story{arts: map[string]*corroborate.Article{"a": &a}}
	sp := span(third)
	he := &candidate{text: third, at: corroborate.ClaimSupport{Article: "a", Start: sp.Start, End: sp.End}}
	gown := &candidate{text: "Ada Vell wore the gown in the last act of the play.", at: corroborate.ClaimSupport{Article: "b"}}
	if st.sameReferent(gown, he) {
		t.Fatalf("sameReferent(%q, %q) = true, want false: the sentence before says \"he\"", gown.text, he.text)
	}
	// a pronoun after the name is the name's: "He" stands for Ivo Brand
	text = "The Kessmouth council met on Monday. Ivo Brand said he was stepping down as mayor. He had led the town since 2014."
	a = corroborate.Article{ID: "a", Text: text}
	second, third = "Ivo Brand said he was stepping down as mayor.", "He had led the town since 2014."
	a.Sentences = []corroborate.Span{span("The Kessmouth council met on Monday."), span(second), span(third)}
	st = &story{arts: map[string]*corroborate.Article{"a": &a}}
	sp = span(third)
	he = &candidate{text: third, at: corroborate.ClaimSupport{Article: "a", Start: sp.Start, End: sp.End}}
	mayor := &candidate{text: "Ivo Brand, the mayor of Kessmouth, resigned on Monday.", at: corroborate.ClaimSupport{Article: "b"}}
	if !st.sameReferent(mayor, he) {
		t.Fatalf("sameReferent(%q, %q) = false, want true: \"he\" comes after the name", mayor.text, he.text)
	}
}
