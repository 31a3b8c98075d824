package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A stage that failed is named in the report's header with its error, in
// text and in Markdown.
func TestFailedStageInHeader(t *testing.T) {
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry strike ends", Articles: 1},
		Articles: []corroborate.Article{{ID: "a1", Text: "Crews ended the strike."}},
		Computed: []string{"quotes"},
		Failed:   []corroborate.StageFailure{{Stage: "reuse", Error: "internal error: boom"}},
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
		if !strings.Contains(flat, "Failed: the reuse stage stopped on an internal error: boom") {
			t.Errorf("%s report does not name the failed stage:\n%s", name, sb.String())
		}
	}
}
