// Package dates scores publication dates read from HTML pages, on a folder
// laid out like htmldate's evaluation set: truth.json ({"pages": {KEY:
// {"url", "date": "YYYY-MM-DD" or null}}}) and pages/KEY.html.gz.
//
// The measure is htmldate's own: a page is a true positive when the
// predicted calendar day is the true one, a false positive when another
// date is predicted (whether or not the page has one), a true negative when
// neither has a date and a false negative when a true date is missed.
// Accuracy is (TP+TN)/pages; precision, recall and F1 as usual. Pages are
// read without their URL: the date must come from the page alone.
package dates

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/corroborate/corroborate/internal/eval"
)

// Page is one page and its true publication day ("" when it has none).
type Page struct {
	Key, URL, Truth string
	HTML            []byte
}

// Load reads truth.json and every page it names, sorted by key. A page
// missing or unreadable is an error naming it.
func Load(dir string) ([]Page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, fmt.Errorf("dates benchmark: %w", err)
	}
	var truth struct {
		Pages map[string]struct {
			URL  string  `json:"url"`
			Date *string `json:"date"`
		} `json:"pages"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("dates benchmark: truth.json: %w", err)
	}
	pages := make([]Page, 0, len(truth.Pages))
	for key, t := range truth.Pages {
		html, err := eval.ReadGzip(filepath.Join(dir, "pages", key+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("dates benchmark: page %s: %w", key, err)
		}
		p := Page{Key: key, URL: t.URL, HTML: html}
		if t.Date != nil {
			p.Truth = *t.Date
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Key < pages[j].Key })
	return pages, nil
}

// Predictor returns the publication day of a page as YYYY-MM-DD, or "".
type Predictor func(html []byte) string

// Outcome is one page's verdict: "tp", "fp", "tn" or "fn".
type Outcome struct {
	Key, URL, Truth, Pred, Verdict string
}

// Result is one system's run.
type Result struct {
	Name  string
	Pages []Outcome
}

// Run predicts every page on GOMAXPROCS goroutines. A panic is a missed date.
func Run(ctx context.Context, name string, pages []Page, predict Predictor) (Result, error) {
	res := Result{Name: name, Pages: make([]Outcome, len(pages))}
	err := eval.Each(ctx, len(pages), func(i int) {
		p := pages[i]
		res.Pages[i] = Outcome{Key: p.Key, URL: p.URL, Truth: p.Truth, Pred: safePredict(predict, p.HTML)}
		res.Pages[i].Verdict = Verdict(p.Truth, res.Pages[i].Pred)
	})
	return res, err
}

func safePredict(predict Predictor, html []byte) (day string) {
	defer func() {
		if recover() != nil {
			day = ""
		}
	}()
	return predict(html)
}

// Verdict scores one prediction against the truth.
func Verdict(truth, pred string) string {
	switch {
	case pred == "" && truth == "":
		return "tn"
	case pred == "":
		return "fn"
	case pred == truth:
		return "tp"
	}
	return "fp"
}

// Figures are a run's measures.
type Figures struct {
	Counts         eval.Counts
	TN             int
	Accuracy, F1   float64
	Precision, Rec float64
}

// Figures counts the verdicts.
func (r Result) Figures() Figures {
	var f Figures
	for _, p := range r.Pages {
		switch p.Verdict {
		case "tp":
			f.Counts.TP++
		case "fp":
			f.Counts.FP++
		case "fn":
			f.Counts.FN++
		case "tn":
			f.TN++
		}
	}
	if n := len(r.Pages); n > 0 {
		f.Accuracy = (f.Counts.TP + float64(f.TN)) / float64(n)
	}
	f.Precision, f.Rec, f.F1 = f.Counts.Precision(), f.Counts.Recall(), f.Counts.F1()
	return f
}

// Write prints the runs side by side, with verbose each page the first run
// got wrong (and what the others said), and last one summary line for the
// first run.
func Write(w io.Writer, runs []Result, verbose bool) error {
	if len(runs) == 0 {
		return nil
	}
	if verbose {
		for i, p := range runs[0].Pages {
			if p.Verdict == "tp" || p.Verdict == "tn" {
				continue
			}
			fmt.Fprintf(w, "  %s %s: truth=%q got=%q", p.Verdict, p.Key, p.Truth, p.Pred)
			for _, r := range runs[1:] {
				fmt.Fprintf(w, " [%s: %q]", r.Name, r.Pages[i].Pred)
			}
			fmt.Fprintf(w, " %s\n", p.URL)
		}
	}
	fmt.Fprintf(w, "%-32s %8s %9s %6s %6s %5s %5s %5s %5s\n", "system", "accuracy", "precision", "recall", "f1", "tp", "fp", "tn", "fn")
	for _, r := range runs {
		f := r.Figures()
		fmt.Fprintf(w, "%-32s %8.3f %9.3f %6.3f %6.3f %5.0f %5.0f %5d %5.0f\n", r.Name, f.Accuracy, f.Precision, f.Rec, f.F1, f.Counts.TP, f.Counts.FP, f.TN, f.Counts.FN)
	}
	f := runs[0].Figures()
	_, err := fmt.Fprintf(w, "dates: %s accuracy=%.3f precision=%.3f recall=%.3f f1=%.3f pages=%d\n", runs[0].Name, f.Accuracy, f.Precision, f.Rec, f.F1, len(runs[0].Pages))
	return err
}
