package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEvalStanceLastLine checks the two contracts of eval stance: the last
// line's form and a --predictions file of the input lines, each with a
// "predicted" stance added.
func TestEvalStanceLastLine(t *testing.T) {
	const stances = "../../internal/eval/stance/testdata/stances.jsonl"
	preds := filepath.Join(t.TempDir(), "preds.jsonl")
	out, stderr, err := runCLI(t, "", "eval", "stance", "--predictions", preds, stances)
	if err != nil {
		t.Fatalf("eval stance: %v (stderr %s)", err, stderr)
	}
	re := regexp.MustCompile(`^stance: macro_f1=\d\.\d{3} agree_f1=\d\.\d{3} disagree_f1=\d\.\d{3} discuss_f1=\d\.\d{3} pairs=3$`)
	if last := lastLine(out); !re.MatchString(last) {
		t.Errorf("last line = %q, want the form %s", last, re)
	}
	in, err := os.ReadFile(stances)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.TrimSpace(string(in)), "\n")
	got := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(got) != len(inLines) {
		t.Fatalf("predictions have %d lines, want %d (one per input line)", len(got), len(inLines))
	}
	for i, l := range got {
		var p, q map[string]string
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatalf("prediction line %d %q: %v", i+1, l, err)
		}
		json.Unmarshal([]byte(inLines[i]), &q)
		if p["article"] != q["article"] || p["claim"] != q["claim"] || p["stance"] != q["stance"] {
			t.Errorf("prediction line %d = %q, want input line %q with a predicted stance", i+1, l, inLines[i])
		}
		switch p["predicted"] {
		case "agree", "disagree", "discuss":
		default:
			t.Errorf("prediction line %d: predicted = %q, want agree, disagree or discuss", i+1, p["predicted"])
		}
	}
}
