package extract

import (
	"slices"
	"strings"
	"testing"
)

// A wire story's lead that carries the note to editors and the byline
// before its dateline loses both: both are listed, the byline read, and
// the text opens with the dateline. A lead that opens with a bracket
// of its own, or names a writer in a sentence, stays whole.
func TestWireHeadCut(t *testing.T) {
	lead := "Feb 15 (Reuters) - The Calder ferry will cost more from Monday, the harbor board said on Sunday."
	in := "(Updates with board vote) By Ana Ros " + lead + "\n\nThe board voted 4-3.\n"
	a := fromText(in, true, Options{})
	if !strings.HasPrefix(a.Text, lead) {
		t.Errorf("Text = %q, want it to open with %q", a.Text, lead)
	}
	if !slices.Contains(a.Removed, "(Updates with board vote)") || !slices.Contains(a.Removed, "By Ana Ros") {
		t.Errorf("Removed = %q, want the wire's note and byline", a.Removed)
	}
	if !slices.Equal(a.Byline, []string{"Ana Ros"}) {
		t.Errorf("Byline = %q, want [Ana Ros]", a.Byline)
	}
	for _, kept := range []string{
		"(Updated figures are below) The Calder ferry will cost more from Monday, the harbor board said.",
		"By Monday the Calder ferry will cost more, the harbor board said on Sunday.",
	} {
		a := fromText(kept+"\n\nThe board voted 4-3.\n", true, Options{})
		if !strings.HasPrefix(a.Text, kept) {
			t.Errorf("Text = %q, want %q kept whole", a.Text, kept)
		}
	}
}

// splitWireHead leaves the caller's lines as they were: the cut lead is a
// new line in a new slice.
func TestWireHeadKeepsInput(t *testing.T) {
	lines := []line{
		{text: "(Adds quote in paragraph 4) By Ivo Kerr Feb 15 (Reuters) - The Calder ferry will cost more from Monday."},
		{text: "The board voted 4-3."},
	}
	before := slices.Clone(lines)
	got, byline := splitWireHead(lines)
	if !slices.Equal(lines, before) {
		t.Errorf("splitWireHead changed its input to %q, want %q", lines, before)
	}
	want := []line{
		{text: "(Adds quote in paragraph 4)", kind: "wire desk note"},
		{text: "By Ivo Kerr", kind: "wire byline"},
		{text: "Feb 15 (Reuters) - The Calder ferry will cost more from Monday."},
		{text: "The board voted 4-3."},
	}
	if !slices.Equal(got, want) || byline != "By Ivo Kerr" {
		t.Errorf("splitWireHead = %q, %q; want %q, %q", got, byline, want, "By Ivo Kerr")
	}
}
