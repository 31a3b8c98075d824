package main

import (
	"errors"
	"testing"
)

func TestEvalQuotesLastLine(t *testing.T) {
	out, stderr, err := runCLI(t, "", "eval", "quotes", "-v", "../../internal/eval/quotes/testdata/mini")
	if err != nil {
		t.Fatalf("eval quotes: %v (stderr %s)", err, stderr)
	}
	want := "quotes: f1=1.000 precision=1.000 recall=1.000 exact_f1=1.000 speaker_accuracy=1.000 quotes=2"
	if got := lastLine(out); got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
}

func TestEvalQuotesUsage(t *testing.T) {
	_, _, err := runCLI(t, "", "eval", "quotes")
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("eval quotes with no folder: err = %v, want a usage error", err)
	}
}
