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
