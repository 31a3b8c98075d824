package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A stage that failed and the inputs that gave no article are named in the
// report's header with their reasons, in text and in Markdown.
func TestFailedStageInHeader(t *testing.T) {
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry strike ends", Articles: 1},
		Articles: []corroborate.Article{{ID: "a1", Text: "Crews ended the strike."}},
		Computed: []string{"quotes"},
		Failed:   []corroborate.StageFailure{{Stage: "reuse", Error: "internal error: boom"}},
		Skipped:  []corroborate.SkippedInput{{Input: "notes.bin", Reason: "binary data"}, {Reason: "line 4: not JSON"}},
	}
	for name, render := range map[string]func(*strings.Builder) error{
		"text":     func(sb *strings.Builder) error { return Text(sb, d) },
		"markdown": func(sb *strings.Builder) error { return Markdown(sb, d) },
	} {
		var sb strings.Builder
		if err := render(&sb); err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(sb.String()), " ")
		for _, want := range []string{"Failed: the reuse stage stopped on an internal error: boom",
			"Not analysed: 2 inputs gave no article.", "notes.bin: binary data", "- line 4: not JSON"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s report lacks %q:\n%s", name, want, sb.String())
			}
		}
	}
}
