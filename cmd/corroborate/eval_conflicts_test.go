package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalConflictsLastLine(t *testing.T) {
	preds := filepath.Join(t.TempDir(), "preds.jsonl")
	out, stderr, err := runCLI(t, "", "eval", "conflicts", "-v", "--threshold", "-1", "--predictions", preds,
		"--labels", "../../internal/eval/conflicts/testdata/mini-labels.jsonl", "../../internal/eval/conflicts/testdata/mini.jsonl")
	if err != nil {
		t.Fatalf("eval conflicts: %v (stderr %s)", err, stderr)
	}
	want := "conflicts: precision=1.000 recall_true=1.000 f1=1.000 reported=2 held_back=0 stories=2 true=2 false=0 unlabelled=0 labelled_true=2"
	if got := lastLine(out); got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 2 || !strings.Contains(string(b), `"passage":`) {
		t.Errorf("predictions file: %d lines, want 2 with passages:\n%s", n, b)
	}
}

func TestEvalConflictsNoLabels(t *testing.T) {
	out, _, err := runCLI(t, "", "eval", "conflicts", "../../internal/eval/conflicts/testdata/bad.jsonl")
	if err != nil {
		t.Fatalf("eval conflicts: %v", err)
	}
	if got := lastLine(out); !strings.HasPrefix(got, "conflicts: reported=0 held_back=0 stories=1 (no labels") {
		t.Errorf("last line = %q, want the counts and no precision", got)
	}
}

func TestEvalConflictsUsage(t *testing.T) {
	_, _, err := runCLI(t, "", "eval", "conflicts")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("eval conflicts with no file: err = %v, want a usage error", err)
	}
	_, _, err = runCLI(t, "", "eval", "conflicts", "no-such-file.jsonl")
	if err == nil || !strings.Contains(err.Error(), "no-such-file.jsonl") {
		t.Errorf("eval conflicts on a missing file: err = %v, want one naming it", err)
	}
}
