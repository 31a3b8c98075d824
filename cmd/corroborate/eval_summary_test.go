package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEvalSummary runs eval summary over two fictional clusters and one
// folder without a reference: the bad folder is named, each system gets a
// line, the last line is corroborate's over the two clusters, and
// --predictions holds one line per cluster with every system's sentences.
func TestEvalSummary(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("c1/01.txt", "The Ostby mill will close in June, its owners said on Monday.\n\nThe Ostby mill will close in June, its owners said on Monday. About 140 workers will lose their jobs when the mill closes.\n")
	write("c1/02.txt", "Owners of the Ostby mill said it will close in June.\n\nOwners of the Ostby mill said it will close in June. The town council said it would help the workers find new jobs.\n")
	write("c1/reference.txt", "The Ostby mill will close in June and 140 workers will lose their jobs.\n")
	write("c2/01.txt", "A storm cut power to 20,000 homes in Varrow on Sunday night, the utility said.\n\nA storm cut power to 20,000 homes in Varrow on Sunday night, the utility said. Crews expect to restore power to most homes by Tuesday evening.\n")
	write("c2/reference.txt", "A storm left 20,000 homes in Varrow without power; crews hope to restore it by Tuesday.\n")
	write("c3/01.txt", "An article with nothing to compare it with, on its own line.\n")
	write("budget.json", `{"words": 40}`)
	preds := filepath.Join(t.TempDir(), "preds.jsonl")
	out, stderr, err := runCLI(t, "", "eval", "summary", "-v", "--predictions", preds, dir)
	if err != nil {
		t.Fatalf("eval summary: %v (stderr %s)", err, stderr)
	}
	if !regexp.MustCompile(`skipped .*c3: articles but no reference`).MatchString(out) {
		t.Errorf("output does not name the folder without a reference:\n%s", out)
	}
	for _, sys := range []string{"lead:", "lead-each:", "centroid:", "budget: 40 words"} {
		if !strings.Contains(out, sys) {
			t.Errorf("output lacks %q:\n%s", sys, out)
		}
	}
	if !strings.Contains(out, "c1 corroborate") {
		t.Errorf("-v output lacks the per-cluster lines:\n%s", out)
	}
	re := regexp.MustCompile(`^summary: rouge1_f=\d+\.\d\d rouge1_r=\d+\.\d\d rouge2_f=\d+\.\d\d rouge2_r=\d+\.\d\d rougeL_f=\d+\.\d\d rougeL_r=\d+\.\d\d clusters=2$`)
	if last := lastLine(out); !re.MatchString(last) {
		t.Errorf("last line = %q, want the form %s", last, re)
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
		Cluster string              `json:"cluster"`
		Systems map[string][]string `json:"systems"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &p); err != nil {
		t.Fatal(err)
	}
	if p.Cluster != "c2" || len(p.Systems["corroborate"]) == 0 || !strings.Contains(p.Systems["lead"][0], "storm cut power") {
		t.Errorf("prediction line 2 = %s, want cluster c2 with each system's sentences", lines[1])
	}
}
