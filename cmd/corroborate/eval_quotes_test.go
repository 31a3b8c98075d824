package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestEvalQuotesLastLine(t *testing.T) {
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"eval", "quotes", "-v", "../../internal/eval/quotes/testdata/mini"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("eval quotes: %v (stderr %s)", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := "quotes: f1=1.000 precision=1.000 recall=1.000 exact_f1=1.000 speaker_accuracy=1.000 quotes=2"
	if got := lines[len(lines)-1]; got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
}

func TestEvalQuotesUsage(t *testing.T) {
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"eval", "quotes"}, nil, &out, &errb)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("eval quotes with no folder: err = %v, want a usage error", err)
	}
}
