package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHighlightsListedAsRemoved: what leaves a text is listed in Removed,
// as the README promises. A page whose first highlight stands first and
// again as the lead paragraph keeps it once; the label and the repeat
// both left the text, so both are listed.
func TestHighlightsListedAsRemoved(t *testing.T) {
	item := "Corvin police seek help in finding the pilot of a drone seen over the runway"
	body := "A drone came within twenty metres of a landing airliner on Sunday, the Corvin airport authority said.\n\nNo one was hurt.\n"
	a := fromText("Story highlights "+item+"\n\nStory highlights "+item+"\n\n"+body, false, Options{})
	if strings.Count(a.Text, item) != 1 {
		t.Fatalf("the highlight is not in the text once: %q", a.Text)
	}
	if !slices.Contains(a.Removed, item) {
		t.Errorf("Removed = %q, want the repeated highlight %q listed", a.Removed, item)
	}
	if !slices.Contains(a.Removed, "Story highlights") {
		t.Errorf("Removed = %q, want the widget label listed", a.Removed)
	}
	// said once, the highlight is text and only its label is removed
	a = fromText("Story highlights "+item+"\n\n"+body, false, Options{})
	if strings.Count(a.Text, item) != 1 || slices.Contains(a.Removed, item) {
		t.Errorf("a highlight said once: Text = %q, Removed = %q", a.Text, a.Removed)
	}
}
