package stance

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/eval"
)

// Scores are per-class F1 and their mean over a set of pairs.
type Scores struct {
	Pairs   int
	P, R    map[string]float64 // precision and recall of each class
	F1      map[string]float64
	MacroF1 float64
	Correct int
}

// Score compares predictions with the gold stances of pairs.
func Score(pairs []Pair, pred []string) Scores {
	s := Scores{Pairs: len(pairs), P: map[string]float64{}, R: map[string]float64{}, F1: map[string]float64{}}
	for _, c := range claims.StanceClasses {
		var k eval.Counts
		for i, p := range pairs {
			switch {
			case pred[i] == c && p.Stance == c:
				k.TP++
			case pred[i] == c:
				k.FP++
			case p.Stance == c:
				k.FN++
			}
		}
		s.P[c], s.R[c] = k.Precision(), k.Recall()
		f := k.F1()
		if k.TP+k.FP+k.FN == 0 {
			f = 0
		}
		s.F1[c] = f
		s.MacroF1 += f / float64(len(claims.StanceClasses))
	}
	for i, p := range pairs {
		if pred[i] == p.Stance {
			s.Correct++
		}
	}
	return s
}

// Line is the one-line form: "macro_f1=0.000 agree_f1=... pairs=N".
func (s Scores) Line() string {
	return fmt.Sprintf("macro_f1=%.3f agree_f1=%.3f disagree_f1=%.3f discuss_f1=%.3f pairs=%d",
		s.MacroF1, s.F1[claims.Agree], s.F1[claims.Disagree], s.F1[claims.Discuss], s.Pairs)
}

// Classes is the per-class form: "agree p=0.000 r=0.000 f1=0.000, ...".
func (s Scores) Classes() string {
	var parts []string
	for _, c := range claims.StanceClasses {
		parts = append(parts, fmt.Sprintf("%s p=%.3f r=%.3f f1=%.3f", c, s.P[c], s.R[c], s.F1[c]))
	}
	return strings.Join(parts, ", ")
}
