package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// The story page names a failed stage and the inputs that gave no article.
func TestStoryPageNamesFailuresAndSkips(t *testing.T) {
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry strike ends", Articles: 1},
		Articles: []corroborate.Article{{ID: "a1", Title: "Crews end strike", Text: "Crews ended the strike."}},
		Failed: []corroborate.StageFailure{{Stage: "reuse", Error: "internal error: boom"},
			{Stage: "quotes", Error: "internal error: <b>bang</b>", Article: "a1"}},
		Skipped: []corroborate.SkippedInput{{Input: "notes.bin", Reason: "binary data"}},
	}
	var buf bytes.Buffer
	if err := RenderStandalone(&buf, d); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"Failed: the reuse stage stopped on an internal error: boom", "notes.bin</span>: binary data",
		"Failed: the quotes stage failed on article [1] Crews end strike (internal error: &lt;b&gt;bang&lt;/b&gt;); the quotes section shows the other articles only."} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// The page lists a boilerplate line removed twice once, with its count,
// and counts the lines removed.
func TestStoryPageRemovedLineRepeated(t *testing.T) {
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry strike ends", Articles: 1},
		Articles: []corroborate.Article{{ID: "a1", Title: "Crews end strike", Text: "Crews ended the strike.", Removed: []string{"(Photo: Ada Holm)", "Share this story", "(Photo: Ada Holm)"}}},
	}
	var buf bytes.Buffer
	if err := RenderStandalone(&buf, d); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, "Boilerplate taken out (3)") || strings.Count(page, "(Photo: Ada Holm)") != 1 || !strings.Contains(page, "(Photo: Ada Holm) ×2") {
		t.Errorf("want 3 lines taken out and the photo credit listed once with ×2; the page's boilerplate list: %s", page[max(0, strings.Index(page, "Boilerplate")):min(len(page), strings.Index(page, "Boilerplate")+400)])
	}
}
