package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestEvalReuseLastLine(t *testing.T) {
	const dir = "../../../shared/bench"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SKIP (loud): %s not found; this test needs ../shared", dir)
	}
	pred := filepath.Join(t.TempDir(), "pred.json")
	out, stderr, err := runCLI(t, "", "eval", "reuse", "--cases", "12", "--unrelated", "20", "--split", "dev", "--predictions", pred, dir)
	if err != nil {
		t.Fatalf("eval reuse: %v (stderr %s)", err, stderr)
	}
	last := lastLine(out)
	re := regexp.MustCompile(`^reuse: f1=\d\.\d{3} precision=\d\.\d{3} recall=\d\.\d{3} direction_accuracy=\d\.\d{3} pairs=\d+$`)
	if !re.MatchString(last) {
		t.Errorf("last line = %q, want the form %s", last, re)
	}
	b, err := os.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Cases []struct {
			Gold      []json.RawMessage `json:"gold"`
			Predicted []json.RawMessage `json:"predicted"`
			Pairs     []json.RawMessage `json:"pairs"`
		} `json:"cases"`
		Unrelated []json.RawMessage `json:"unrelated"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("predictions: %v", err)
	}
	if len(got.Cases) != 12 || len(got.Unrelated) != 20 {
		t.Errorf("predictions hold %d cases and %d unrelated pairs, want 12 and 20", len(got.Cases), len(got.Unrelated))
	}
}

func TestEvalReuseUsage(t *testing.T) {
	for _, args := range [][]string{{"--split", "train"}, {"--nope"}, {"a", "b"}} {
		_, _, err := runCLI(t, "", append([]string{"eval", "reuse"}, args...)...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("eval reuse %v: err = %v, want a usage error", args, err)
		}
	}
}
