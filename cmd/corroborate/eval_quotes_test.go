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

func TestEvalQuotesAll(t *testing.T) {
	dir := "../../internal/eval/quotes/testdata/harbour"
	out, stderr, err := runCLI(t, "", "eval", "quotes", dir)
	if err != nil {
		t.Fatalf("eval quotes: %v (stderr %s)", err, stderr)
	}
	if want := "quotes: f1=0.800 precision=0.667 recall=1.000 exact_f1=0.400 speaker_accuracy=1.000 quotes=2"; lastLine(out) != want {
		t.Errorf("whole quotations: last line = %q, want %q", lastLine(out), want)
	}
	out, stderr, err = runCLI(t, "", "eval", "quotes", "--all", dir)
	if err != nil {
		t.Fatalf("eval quotes --all: %v (stderr %s)", err, stderr)
	}
	if want := "quotes: f1=0.857 precision=0.750 recall=1.000 exact_f1=0.286 speaker_accuracy=1.000 quotes=3"; lastLine(out) != want {
		t.Errorf("every quotation: last line = %q, want %q", lastLine(out), want)
	}
}
