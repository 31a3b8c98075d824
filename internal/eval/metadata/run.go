package metadata

import (
	"context"
	"fmt"
	"io"

	"github.com/corroborate/corroborate/internal/eval"
)

// Predictor reads one page.
type Predictor func(p Page) Prediction

// PageResult is how one page fared.
type PageResult struct {
	ID    string
	Want  Expected
	Pred  Prediction
	Score Score
}

// Result is one system's run over the scored pages.
type Result struct {
	Name      string
	Pages     []PageResult // the scored pages, synthetic fixtures left out
	Synthetic int          // fixtures left out
}

// Run reads every page that is not a synthetic fixture with predict, on
// GOMAXPROCS goroutines, and scores it. A panic in predict is recorded as
// that page's error.
func Run(ctx context.Context, name string, pages []Page, predict Predictor) (Result, error) {
	res := Result{Name: name}
	var scored []Page
	for _, p := range pages {
		if p.Synthetic {
			res.Synthetic++
			continue
		}
		scored = append(scored, p)
	}
	res.Pages = make([]PageResult, len(scored))
	err := eval.Each(ctx, len(scored), func(i int) { res.Pages[i] = runOne(scored[i], predict) })
	return res, err
}

func runOne(p Page, predict Predictor) (pr PageResult) {
	pr.ID, pr.Want = p.ID, p.Want
	defer func() {
		if r := recover(); r != nil {
			pr.Pred = Prediction{Err: fmt.Sprintf("panic: %v", r)}
		}
		pr.Score = ScorePage(p, pr.Pred)
	}()
	pr.Pred = predict(p)
	return pr
}

// Tally is one field's figure: right out of the pages scored on it.
type Tally struct{ Right, Total int }

// Rate is Right/Total, 0 when no page was scored.
func (t Tally) Rate() float64 {
	if t.Total == 0 {
		return 0
	}
	return float64(t.Right) / float64(t.Total)
}

// Tallies counts each field's right answers over the run.
func (r Result) Tallies() map[string]Tally {
	out := map[string]Tally{}
	for _, p := range r.Pages {
		for f, ok := range p.Score.Right {
			t := out[f]
			t.Total++
			if ok {
				t.Right++
			}
			out[f] = t
		}
	}
	return out
}

// TextF1 is the mean main-text word F1 over the run's pages.
func (r Result) TextF1() float64 {
	if len(r.Pages) == 0 {
		return 0
	}
	sum := 0.0
	for _, p := range r.Pages {
		sum += p.Score.TextF1
	}
	return sum / float64(len(r.Pages))
}

// Write prints the runs side by side, one row per field ("right/total
// rate" for each run), then with verbose each page's misses, and last one
// summary line for the first run.
func Write(w io.Writer, runs []Result, verbose bool) error {
	if len(runs) == 0 {
		return nil
	}
	first := runs[0]
	fmt.Fprintf(w, "pages scored: %d (%d synthetic \"lorem ipsum\" fixtures left out)\n", len(first.Pages), first.Synthetic)
	fmt.Fprintf(w, "%-18s", "field")
	for _, r := range runs {
		fmt.Fprintf(w, "  %-24s", r.Name)
	}
	fmt.Fprintln(w)
	tallies := make([]map[string]Tally, len(runs))
	for i, r := range runs {
		tallies[i] = r.Tallies()
	}
	for _, f := range Fields {
		fmt.Fprintf(w, "%-18s", f)
		for i := range runs {
			t := tallies[i][f]
			fmt.Fprintf(w, "  %-24s", fmt.Sprintf("%d/%d %.3f", t.Right, t.Total, t.Rate()))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-18s", "text word f1")
	for _, r := range runs {
		fmt.Fprintf(w, "  %-24s", fmt.Sprintf("%.3f", r.TextF1()))
	}
	fmt.Fprintln(w)
	if verbose {
		writeMisses(w, runs)
	}
	t := tallies[0]
	_, err := fmt.Fprintf(w, "metadata: %s title_exact=%.3f title_lenient=%.3f byline_exact=%.3f site_exact=%.3f site_lenient=%.3f day=%.3f language=%.3f text_f1=%.3f pages=%d left_out=%d\n",
		first.Name, t[TitleExact].Rate(), t[TitleLenient].Rate(), t[BylineExact].Rate(), t[SiteExact].Rate(), t[SiteLenient].Rate(),
		t[PublishedDay].Rate(), t[LanguageMatch].Rate(), first.TextF1(), len(first.Pages), first.Synthetic)
	return err
}

// writeMisses prints, per page, the fields a run got wrong with what it read.
func writeMisses(w io.Writer, runs []Result) {
	for i, p := range runs[0].Pages {
		for ri, r := range runs {
			pr := r.Pages[i]
			var wrong []string
			for _, f := range Fields {
				if ok, scored := pr.Score.Right[f]; scored && !ok {
					wrong = append(wrong, f)
				}
			}
			if len(wrong) == 0 && pr.Pred.Err == "" {
				continue
			}
			tag := ""
			if ri > 0 {
				tag = " [" + r.Name + "]"
			} else {
				fmt.Fprintf(w, "%s: want title=%q byline=%q site=%q published=%q lang=%q\n", p.ID,
					deref(p.Want.Title), deref(p.Want.Byline), deref(p.Want.SiteName), deref(p.Want.PublishedTime), deref(p.Want.Lang))
			}
			fmt.Fprintf(w, "  %s%s: wrong %v: title=%q byline=%q outlet=%q published=%q language=%q text_f1=%.2f %s\n",
				p.ID, tag, wrong, pr.Pred.Title, pr.Pred.Byline, pr.Pred.Outlet, pr.Pred.Published, pr.Pred.Language, pr.Score.TextF1, pr.Pred.Err)
		}
	}
}

// Predictions maps page ids to what the run read, for --predictions.
func (r Result) Predictions() map[string]Prediction {
	out := make(map[string]Prediction, len(r.Pages))
	for _, p := range r.Pages {
		out[p.ID] = p.Pred
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return "(null)"
	}
	return *s
}
