package stance

import (
	"fmt"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/eval"
)

// Scores are per-class F1 and their mean over a set of pairs.
type Scores struct {
	Pairs   int
	F1      map[string]float64
	MacroF1 float64
	Correct int
}

// Score compares predictions with the gold stances of pairs.
func Score(pairs []Pair, pred []string) Scores {
	s := Scores{Pairs: len(pairs), F1: map[string]float64{}}
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
