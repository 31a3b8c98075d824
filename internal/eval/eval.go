// Package eval holds what the benchmark harnesses behind `corroborate eval`
// share: precision/recall/F1 arithmetic and the prediction-file writers.
// Each benchmark lives in its own subpackage.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Counts is a tally of true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN float64 }

// Add accumulates o into c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 { return F1(c.Precision(), c.Recall()) }

// F1 is the harmonic mean of p and r, 0 when both are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// WriteJSON writes v as indented JSON to path, for --predictions files.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return fmt.Errorf("predictions %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("predictions %s: %w", path, err)
	}
	return nil
}

// WriteJSONLines writes each of vs as one line of JSON to path, for
// --predictions files read a line at a time.
func WriteJSONLines[T any](path string, vs []T) error {
	return WriteFile(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		for _, v := range vs {
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
		return nil
	})
}

// WriteFile creates path and fills it with write through a buffer, for
// --predictions files in a format of their own. The file is closed, and
// an error names it, whatever write returns.
func WriteFile(path string, write func(w io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("predictions: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("predictions %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("predictions %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("predictions %s: %w", path, err)
	}
	return nil
}
