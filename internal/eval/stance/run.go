package stance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/eval"
)

// Config is one run of the benchmark.
type Config struct {
	File        string    // stances.jsonl; articles.jsonl must be beside it
	Predictions string    // when set, the input lines with "predicted" added
	Fit         bool      // fit weights on the development half and print them
	Verbose     bool      // print each wrong pair
	Folds       int       // folds of the cross-validation by story; 0 means 5, 1 or less skips it
	Out         io.Writer // report
}

// Run scores claims.Stance on cfg.File: the development half (stories
// chosen by Dev), the other half, and all pairs; with folds, also the
// cross-validation by story on the development half and over every
// story (the figure settings are chosen by: weights fitted inside each
// fold, no story in two folds). The returned Scores are for all pairs of
// the shipped model.
func Run(cfg Config) (Scores, error) {
	pairs, err := Load(cfg.File)
	if err != nil {
		return Scores{}, err
	}
	var dev, rest []Pair
	for _, p := range pairs {
		if Dev(p.Story) {
			dev = append(dev, p)
		} else {
			rest = append(rest, p)
		}
	}
	if cfg.Fit {
		w := Fit(dev, fitIters, fitL2)
		WriteWeights(cfg.Out, w)
		fmt.Fprintf(cfg.Out, "fitted on dev: %s\n", Score(dev, PredictWith(dev, w)).Line())
		fmt.Fprintf(cfg.Out, "fitted, other half: %s\n", Score(rest, PredictWith(rest, w)).Line())
	}
	pred := Predict(pairs)
	for i, p := range pairs {
		if cfg.Verbose && pred[i] != p.Stance {
			fmt.Fprintf(cfg.Out, "%s\tgold=%s\tpredicted=%s\t%s\n", p.Article, p.Stance, pred[i], p.Claim)
		}
	}
	var devPred, restPred []string
	for i, p := range pairs {
		if Dev(p.Story) {
			devPred = append(devPred, pred[i])
		} else {
			restPred = append(restPred, pred[i])
		}
	}
	if len(dev) > 0 {
		d := Score(dev, devPred)
		fmt.Fprintf(cfg.Out, "stance dev half (%d stories by hash): %s\n  per class: %s\n", stories(dev), d.Line(), d.Classes())
	}
	if k := cfg.folds(); k > 1 && stories(dev) >= k {
		cv := CrossValidate(dev, k, fitIters, fitL2)
		d := Score(dev, cv)
		fmt.Fprintf(cfg.Out, "stance dev half, cross-validated by story (%d folds, weights fitted on the other folds' stories): %s\n  per class: %s\n", k, d.Line(), d.Classes())
	}
	if len(rest) > 0 {
		r := Score(rest, restPred)
		fmt.Fprintf(cfg.Out, "stance other half (%d stories): %s\n  per class: %s\n", stories(rest), r.Line(), r.Classes())
	}
	var cvAll []string
	if k := cfg.folds(); k > 1 && stories(pairs) >= k {
		cvAll = CrossValidate(pairs, k, fitIters, fitL2)
		a := Score(pairs, cvAll)
		fmt.Fprintf(cfg.Out, "stance all stories, cross-validated by story (%d stories, %d folds, weights fitted on the other folds' stories): %s\n  per class: %s\n", stories(pairs), k, a.Line(), a.Classes())
	}
	all := Score(pairs, pred)
	fmt.Fprintf(cfg.Out, "stance all pairs, per class: %s\n", all.Classes())
	discuss := make([]string, len(pairs))
	for i := range discuss {
		discuss[i] = claims.Discuss
	}
	fmt.Fprintf(cfg.Out, "baseline, always discuss: %s\n", Score(pairs, discuss).Line())
	if cfg.Predictions != "" {
		if err := writePredictions(cfg.Predictions, pairs, pred, cvAll); err != nil {
			return all, err
		}
	}
	return all, nil
}

// fitIters and fitL2 are the settings of every fit: --fit and each fold
// of the cross-validation.
const (
	fitIters = 3000
	fitL2    = 0.1
)

func (cfg Config) folds() int {
	if cfg.Folds == 0 {
		return 5
	}
	return cfg.Folds
}

func stories(ps []Pair) int {
	m := map[string]bool{}
	for _, p := range ps {
		m[p.Story] = true
	}
	return len(m)
}

// writePredictions writes the input lines, in order, each with a
// "predicted" field added, and "cv_predicted" (the stance from weights
// fitted without the pair's story) when cv holds the cross-validation
// over all stories.
func writePredictions(path string, pairs []Pair, pred, cv []string) error {
	return eval.WriteFile(path, func(w io.Writer) error {
		for i, p := range pairs {
			line := bytes.TrimRight(bytes.TrimSpace(p.Raw), "}")
			v, _ := json.Marshal(pred[i])
			extra := ""
			if cv != nil {
				c, _ := json.Marshal(cv[i])
				extra = `,"cv_predicted":` + string(c)
			}
			if _, err := fmt.Fprintf(w, "%s,\"predicted\":%s%s}\n", bytes.TrimRight(line, " \t"), v, extra); err != nil {
				return err
			}
		}
		return nil
	})
}

// Predict is the product's stance for each pair, taken within its story
// (claims.StanceStory).
func Predict(pairs []Pair) []string { return withinStory(pairs, claims.StanceStory) }
