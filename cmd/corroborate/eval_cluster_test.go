package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEvalCluster(t *testing.T) {
	preds := filepath.Join(t.TempDir(), "preds.jsonl")
	out, stderr, err := runCLI(t, "", "eval", "cluster", "-v", "--predictions", preds, "../../internal/eval/cluster/testdata/mini.jsonl")
	if err != nil {
		t.Fatalf("eval cluster: %v\n%s", err, stderr)
	}
	last := lastLine(out)
	if !regexp.MustCompile(`^cluster: f1=\d\.\d{3} precision=\d\.\d{3} recall=\d\.\d{3} stories=\d+ baseline_f1=\d\.\d{3}$`).MatchString(last) {
		t.Errorf("last line %q is not in the issue's form", last)
	}
	if want := "cluster: f1=1.000 precision=1.000 recall=1.000 stories=2 "; !strings.HasPrefix(last, want) {
		t.Errorf("last line %q, want it to start %q", last, want)
	}
	if !strings.Contains(out, "m3\tgold=fire") || !strings.Contains(out, "shares: ") {
		t.Errorf("-v output lacks per-article lines with explanations:\n%s", out)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p map[string]string
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatalf("prediction line %q: %v", l, err)
		}
		got = append(got, p)
	}
	if len(got) != 5 || got[0]["id"] != "m1" || got[0]["story"] == "" || got[0]["story"] != got[2]["story"] {
		t.Errorf("predictions = %v, want 5 lines, m1 and m3 in one story", got)
	}
}

func TestEvalClusterFolder(t *testing.T) {
	out, stderr, err := runCLI(t, "", "eval", "cluster", "../../internal/eval/cluster/testdata/topics")
	if err != nil {
		t.Fatalf("eval cluster DIR: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "4 articles, 2 gold stories") {
		t.Errorf("folder benchmark header wrong:\n%s", out)
	}
}

func TestEvalClusterUsage(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "cluster"},
		{"eval", "cluster", "a.jsonl", "b.jsonl"},
		{"eval", "cluster", "--half", "3", "a.jsonl"},
		{"eval", "cluster", "--no-such-flag", "a.jsonl"},
	} {
		_, _, err := runCLI(t, "", args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: error %v, want a usage error", args, err)
		}
	}
}

func TestEvalClusterTimeFlags(t *testing.T) {
	data := "../../internal/eval/cluster/testdata/dated.jsonl"
	out, stderr, err := runCLI(t, "", "eval", "cluster", data)
	if err != nil {
		t.Fatalf("eval cluster: %v\n%s", err, stderr)
	}
	if want := "cluster: f1=1.000 "; !strings.HasPrefix(lastLine(out), want) {
		t.Errorf("with times, last line %q, want it to start %q", lastLine(out), want)
	}
	out, stderr, err = runCLI(t, "", "eval", "cluster", "--no-time", data)
	if err != nil {
		t.Fatalf("eval cluster --no-time: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "no times") || strings.HasPrefix(lastLine(out), "cluster: f1=1.000 ") {
		t.Errorf("--no-time should say so and merge the weekly reports:\n%s", out)
	}
	out, stderr, err = runCLI(t, "", "eval", "cluster", "--spread", "96h", data)
	if err != nil {
		t.Fatalf("eval cluster --spread: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "spread over up to 96h0m0s") {
		t.Errorf("--spread output does not name the spread:\n%s", out)
	}
}
