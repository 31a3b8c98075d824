package quotes

import (
	"fmt"
	"io"
	"strings"

	"github.com/corroborate/corroborate/internal/eval"
	stage "github.com/corroborate/corroborate/internal/quotes"
)

// Config is one run of the benchmark.
type Config struct {
	Dir         string // a folder with text/ and attributions/
	Predictions string // when set, write predictions here as JSON
	Verbose     bool   // print per-article misses, extras and wrong speakers
	Mode        Mode   // Whole or All
	Marks       Marks  // which marks make a gold quotation (DoubleMarks by default)
	Unit        Unit   // what one prediction stands for (Quotations by default)
	Out         io.Writer
	// Errs hears of each article the finder failed on (scored with no
	// predictions, the rest of the run going on); nil: Out.
	Errs    io.Writer
	Options stage.Options
}

// Run scores quote extraction on every article of cfg.Dir.
func Run(cfg Config) (Result, error) {
	docs, err := Load(cfg.Dir, cfg.Mode, cfg.Marks)
	if err != nil {
		return Result{}, err
	}
	var total Result
	all := map[string][]Prediction{}
	for _, d := range docs {
		preds, left, err := tryPredict(d, cfg.Options, cfg.Marks, cfg.Unit)
		if err != nil {
			total.Failed++
			errs := cfg.Errs
			if errs == nil {
				errs = cfg.Out
			}
			if errs != nil {
				fmt.Fprintf(errs, "eval quotes: the quotes stage failed on article %s: %v; scored with no predictions\n", d.Name, err)
			}
		}
		all[d.Name] = preds
		scored := preds
		if cfg.Mode == Whole {
			scored, left = wholeOnly(preds, left)
		}
		r, det := Score(d, scored)
		total.Add(r)
		if cfg.Verbose && cfg.Out != nil {
			writeDetail(cfg.Out, d, scored, left, r, det)
		}
	}
	if cfg.Predictions != "" {
		if err := eval.WriteJSON(cfg.Predictions, all); err != nil {
			return total, err
		}
	}
	return total, nil
}

// wholeOnly is preds without the partial quotes, which it adds to left.
func wholeOnly(preds []Prediction, left []leftOut) ([]Prediction, []leftOut) {
	out := make([]Prediction, 0, len(preds))
	for _, p := range preds {
		if p.Partial {
			left = append(left, leftOut{p.Start, p.End, "partial"})
			continue
		}
		out = append(out, p)
	}
	return out, left
}

// Summary is the last line of the report, in the form the issue fixes.
func (r Result) Summary() string {
	return fmt.Sprintf("quotes: f1=%.3f precision=%.3f recall=%.3f exact_f1=%.3f speaker_accuracy=%.3f quotes=%d",
		r.Overlap.F1(), r.Overlap.Precision(), r.Overlap.Recall(), r.Exact.F1(), r.SpeakerAccuracy(), r.Quotes)
}

func writeDetail(w io.Writer, d Doc, preds []Prediction, left []leftOut, r Result, det Detail) {
	if len(det.Missed) == 0 && len(det.Extra) == 0 && r.SpeakerRight == r.SpeakerTotal {
		fmt.Fprintf(w, "%s: ok (%d quotes)\n", d.Name, r.Quotes)
		return
	}
	runes := []rune(d.Text)
	fmt.Fprintf(w, "%s: tp=%.0f fp=%.0f fn=%.0f speakers %d/%d\n", d.Name, r.Overlap.TP, r.Overlap.FP, r.Overlap.FN, r.SpeakerRight, r.SpeakerTotal)
	for _, gi := range det.Missed {
		g := d.Gold[gi]
		why := "not found"
		for _, l := range left {
			if overlap(g.Parts, l.start, l.end) > 0 {
				why = "found, left out: " + l.why
			}
		}
		fmt.Fprintf(w, "  missed [%d] %s  (source %q; %s)\n", g.Start, snippet(runes, g.Start, g.End), g.SourceText, why)
	}
	for _, pi := range det.Extra {
		p := preds[pi]
		fmt.Fprintf(w, "  extra  [%d] %s  (speaker %q)\n", p.Start, snippet(runes, p.Start, p.End), p.Speaker)
	}
	for _, pr := range det.Pairs {
		g, p := d.Gold[pr.Gold], preds[pr.Pred]
		if len(g.Sources) > 0 && !pr.SpeakerRight {
			got := p.Speaker
			if p.SpeakerStart != nil {
				got = fmt.Sprintf("%s <%s>", got, string(runes[*p.SpeakerStart:*p.SpeakerEnd]))
			}
			fmt.Fprintf(w, "  speaker [%d] %s  got %q want %q\n", g.Start, snippet(runes, g.Start, g.End), got, g.SourceText)
		}
	}
}

func snippet(r []rune, s, e int) string {
	t := string(r[s:e])
	if len([]rune(t)) > 90 {
		rr := []rune(t)
		t = string(rr[:60]) + " … " + string(rr[len(rr)-25:])
	}
	return fmt.Sprintf("%q", strings.ReplaceAll(t, "\n", " "))
}
