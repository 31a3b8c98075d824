package report

import (
	"io"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A stage that failed and the inputs that gave no article are named in the
// report's header with their reasons, in text and in Markdown.
func TestFailedStageInHeader(t *testing.T) {
	d := &corroborate.Dossier{
		Story: corroborate.Story{Title: "Ferry strike ends", Articles: 3},
		Articles: []corroborate.Article{{ID: "a1", Title: "Crews end strike", Text: "Crews ended the strike."},
			{Source: "harbour.txt", Title: "Harbour reopens", Text: "The harbour reopened."},
			{Title: "Harbour shut", Text: "The harbour shut again."}},
		Computed: []string{"quotes"},
		Failed: []corroborate.StageFailure{{Stage: "reuse", Error: "internal error: boom"},
			{Stage: "quotes", Error: "internal error: bang", Article: "a1"},
			{Stage: "quotes", Error: "internal error: bang", Article: "harbour.txt"},
			{Stage: "quotes", Error: "internal error: bang", Article: "#3"}},
		Skipped: []corroborate.SkippedInput{{Input: "notes.bin", Reason: "binary data"}, {Reason: "line 4: not JSON"}},
	}
	for name, render := range map[string]func(*strings.Builder) error{
		"text":     func(sb *strings.Builder) error { return Text(sb, d) },
		"markdown": func(sb *strings.Builder) error { return Markdown(sb, d) },
	} {
		var sb strings.Builder
		if err := render(&sb); err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(strings.ReplaceAll(sb.String(), `\`, "")), " ") // Markdown escapes brackets
		for _, want := range []string{"Failed: the reuse stage stopped on an internal error: boom",
			"Failed: the quotes stage failed on article [1] Crews end strike (internal error: bang); the quotes section shows the other articles only.",
			"Failed: the quotes stage failed on article [2] harbour (",
			"Failed: the quotes stage failed on article [3] Harbour shut (",
			"Not analysed: 2 inputs gave no article.", "notes.bin: binary data", "- line 4: not JSON"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s report lacks %q:\n%s", name, want, sb.String())
			}
		}
	}
}

// The article list gives an article's last change, its dateline, how it
// was fetched and, when the story's articles are in several, its language.
func TestLegendModifiedAndDateline(t *testing.T) {
	pub, mod := "2026-04-02", "2026-04-03T18:30:00Z"
	d := &corroborate.Dossier{Articles: []corroborate.Article{{ID: "a1", Title: "Seawall finished", Source: "seawall.html",
		Published: &pub, Modified: &mod, Dateline: "SALT COVE", Language: "en", Text: "SALT COVE — The seawall is finished."},
		{ID: "a2", Title: "Diga finita", Source: "https://salt.example/diga", Language: "it", Text: "La diga è finita.",
			Fetch: &corroborate.Fetch{URL: "https://salt.example/diga", FinalURL: "https://salt.example/it/diga", Status: 200}}}}
	for name, render := range renderers {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		want := "(seawall.html; updated 3 Apr 2026, 18:30 UTC; dateline SALT COVE; language en)"
		for _, want := range []string{want, "(https://salt.example/diga; fetched, HTTP 200, from https://salt.example/it/diga; language it)"} {
			if got := strings.Join(strings.Fields(strings.ReplaceAll(sb.String(), `\`, "")), " "); !strings.Contains(got, want) {
				t.Errorf("%s: the article list lacks %q:\n%s", name, want, sb.String())
			}
		}
	}
}

// renderers are the two reports by name, for tests that check both.
var renderers = map[string]func(io.Writer, *corroborate.Dossier) error{"text": Text, "markdown": Markdown}

// A boilerplate line removed twice from one article (a page's repeated
// photo credit) is listed once with its count; the header counts lines.
func TestRemovedLineRepeated(t *testing.T) {
	d := &corroborate.Dossier{Articles: []corroborate.Article{{ID: "a1", Title: "Crews end strike", Text: "Crews ended the strike.",
		Removed: []string{"(Photo: Ada Holm)", "Share this story", "(Photo: Ada Holm)"}}}}
	for name, render := range renderers {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		out := strings.ReplaceAll(sb.String(), `\`, "")
		if !strings.Contains(out, "Removed as boilerplate (3 lines):") || strings.Count(out, "(Photo: Ada Holm)") != 1 || !strings.Contains(out, "(Photo: Ada Holm) ×2") {
			t.Errorf("%s: want 3 lines removed and the photo credit listed once with ×2:\n%s", name, sb.String())
		}
	}
}
