package conflicts

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/eval"
)

// Config is one run of the benchmark.
type Config struct {
	File string // the benchmark: JSON Lines of {"id","story","text"}
	// Labels are labels files, read in order (a later label of the same
	// conflict wins when saved); none means nothing is scored.
	Labels []string
	// Predictions, when set, receives every conflict, one JSON a line.
	Predictions string
	// SaveLabels, when set, receives the labels read, in the stored form.
	SaveLabels string
	Dossier    dossier.Options
	Verbose    bool
	Out        io.Writer
	// Problems receives the inputs that could not be read, one a line.
	Problems io.Writer
}

// Result is a run: every conflict found, in story order, and its score.
type Result struct {
	Predictions []Prediction
	Score       Score
	Labelled    bool
}

// Run reads the benchmark, builds a dossier per story, scores the
// conflicts against the labels and writes the files asked for.
func Run(cfg Config) (Result, error) {
	stories, problems, err := Load(cfg.File)
	if err != nil {
		return Result{}, err
	}
	for _, p := range problems {
		if cfg.Problems != nil {
			fmt.Fprintf(cfg.Problems, "skipped %v\n", p)
		}
	}
	labels, err := ReadLabels(cfg.Labels...)
	if err != nil {
		return Result{}, err
	}
	res := Result{Labelled: len(cfg.Labels) > 0}
	ids := make([]string, len(stories))
	for i, st := range stories {
		ids[i] = st.ID
		res.Predictions = append(res.Predictions, Predict(st, cfg.Dossier)...)
	}
	res.Score = Evaluate(res.Predictions, labels, ids)
	if cfg.Predictions != "" {
		if err := writeLines(cfg.Predictions, res.Predictions); err != nil {
			return res, err
		}
	}
	if cfg.SaveLabels != "" {
		if err := WriteLabels(cfg.SaveLabels, labels); err != nil {
			return res, err
		}
	}
	if cfg.Out != nil {
		res.write(cfg.Out, cfg.Verbose)
	}
	return res, nil
}

// writeLines writes each of vs as one line of JSON to path, with text as
// it is (no HTML escaping), for people to read and label.
func writeLines[T any](path string, vs []T) error {
	return eval.WriteFile(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, v := range vs {
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
		return nil
	})
}

// write prints the figures by kind and, with verbose, every conflict with
// its label, the reported conflicts still to label and the true ones lost.
func (r Result) write(w io.Writer, verbose bool) {
	s := r.Score
	if verbose {
		for _, p := range r.Predictions {
			fmt.Fprintln(w, describe(p))
		}
	}
	fmt.Fprintf(w, "%-14s %8s %9s %5s %6s %10s %9s\n", "kind", "reported", "held_back", "true", "false", "unlabelled", "precision")
	for _, k := range append(s.Kinds(), "all") {
		t := s.All
		if k != "all" {
			t = *s.ByKind[k]
		}
		prec := "-"
		if r.Labelled && t.True+t.False > 0 {
			prec = fmt.Sprintf("%.3f", t.Precision())
		}
		fmt.Fprintf(w, "%-14s %8d %9d %5d %6d %10d %9s\n", k, t.Reported, t.HeldBack, t.True, t.False, t.Unlabelled, prec)
	}
	if !r.Labelled {
		return
	}
	fmt.Fprintf(w, "labels: %d for these stories, %d true, %d of them still reported (%d with sides merged or split), %d held back as unsure\n",
		s.Labels, s.TrueLabels, s.TrueFound, s.TrueReshaped, s.All.HeldTrue)
	if len(s.Unlabelled) > 0 {
		fmt.Fprintf(w, "%d reported conflicts have no label: label them before trusting the precision\n", len(s.Unlabelled))
		for _, p := range s.Unlabelled {
			fmt.Fprintln(w, "  unlabelled: "+describe(p))
		}
	}
	if verbose {
		for _, l := range s.Lost {
			fmt.Fprintf(w, "  lost true: %s %s %s (%s)\n", l.Story, l.Kind, labelWhere(l), l.Reason)
		}
	}
}

// describe is one conflict on one line: story, kind, label, values and
// where each side stands.
func describe(p Prediction) string {
	label := "unlabelled"
	if p.Label != nil {
		label = fmt.Sprintf("%v (%s)", *p.Label, p.Reason)
	}
	if p.HeldBack {
		label = "held back, " + label
	}
	var sides []string
	for _, sd := range p.Sides {
		where := make([]string, 0, len(sd.Spans))
		for _, s := range sd.Spans {
			where = append(where, fmt.Sprintf("%s@%d-%d", s.Input, s.InputStart, s.InputEnd))
		}
		sides = append(sides, fmt.Sprintf("%q [%s]", clip(sd.Value, 60), strings.Join(where, " ")))
	}
	return fmt.Sprintf("%s %s %.2f %s: %s", p.Story, p.Kind, p.Confidence, label, strings.Join(sides, " vs "))
}

func labelWhere(l Label) string {
	var sides []string
	for _, sd := range l.Sides {
		var where []string
		for _, s := range sd.Spans {
			where = append(where, fmt.Sprintf("%s@%d-%d", s.Input, s.Start, s.End))
		}
		sides = append(sides, "["+strings.Join(where, " ")+"]")
	}
	return strings.Join(sides, " vs ")
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
