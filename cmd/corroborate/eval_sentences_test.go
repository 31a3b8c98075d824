package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEvalSentences checks eval sentences end to end on a file of three
// cases, one of them not a case: the bad line is named and skipped, the last
// line sums up the two good cases, and --predictions holds one line for each
// with the index of its line.
func TestEvalSentences(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases.jsonl")
	in := `{"text": "Habló la Sra. Gómez con la prensa. Luego se fue.", "language": "es", "sentences": ["Habló la Sra. Gómez con la prensa.", "Luego se fue."]}
{"text": "broken", "language": "en", "sentences": ["something else"]}
{"text": "The mill closed. Workers left.", "language": "en", "sentences": ["The mill closed. Workers left."]}
`
	if err := os.WriteFile(cases, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	preds := filepath.Join(dir, "preds.jsonl")
	out, stderr, err := runCLI(t, "", "eval", "sentences", "-v", "--predictions", preds, cases)
	if err != nil {
		t.Fatalf("eval sentences: %v (stderr %s)", err, stderr)
	}
	want := "sentences: exact=0.500 (1/2) precision=0.500 recall=1.000 f1=0.667 text_lost=0"
	if last := lastLine(out); last != want {
		t.Errorf("last line = %q, want %q\n%s", last, want, out)
	}
	if !regexp.MustCompile(`skipped .*cases.jsonl: case 1: `).MatchString(out) {
		t.Errorf("output does not name the bad case 1:\n%s", out)
	}
	if !strings.Contains(out, "case 2 (en)") || !strings.Contains(out, `got:  ["The mill closed." "Workers left."]`) {
		t.Errorf("-v output lacks the wrong case 2, got against want:\n%s", out)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 2 {
		t.Fatalf("predictions have %d lines, want 2:\n%s", len(lines), b)
	}
	var p struct {
		Index     int      `json:"index"`
		Sentences []string `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &p); err != nil {
		t.Fatal(err)
	}
	if p.Index != 2 || len(p.Sentences) != 2 || p.Sentences[1] != "Workers left." {
		t.Errorf("prediction line 2 = %s, want index 2 and the two sentences split", lines[1])
	}
}
