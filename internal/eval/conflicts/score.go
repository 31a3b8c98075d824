package conflicts

import (
	"fmt"
	"sort"

	"github.com/corroborate/corroborate/internal/eval"
)

// Tally counts the conflicts of one kind, or of all kinds.
type Tally struct {
	Reported, HeldBack int
	// True, False and Unlabelled split the reported conflicts by label.
	True, False, Unlabelled int
	// HeldTrue counts the held back conflicts labelled true.
	HeldTrue int
}

// Precision is True/(True+False) over the reported conflicts that carry a
// label; 1 when none does.
func (t Tally) Precision() float64 {
	return eval.Counts{TP: float64(t.True), FP: float64(t.False)}.Precision()
}

// Score is a scored run.
type Score struct {
	Stories int
	All     Tally
	ByKind  map[string]*Tally
	// Labels counts the labels of the stories run; TrueLabels those
	// labelled true, TrueFound those of them still reported: a reported
	// conflict matches them, or opposes their passages with its sides
	// merged or split (TrueReshaped counts these).
	Labels, TrueLabels, TrueFound, TrueReshaped int
	// Lost are the labels true that no reported conflict matches.
	Lost []Label
	// Unlabelled are the reported conflicts no label matches: they must be
	// labelled before Precision is trusted.
	Unlabelled []Prediction
}

// RecallTrue is the share of the conflicts labelled true that are still
// reported; 1 when none is labelled true.
func (s Score) RecallTrue() float64 {
	return eval.Counts{TP: float64(s.TrueFound), FN: float64(s.TrueLabels - s.TrueFound)}.Recall()
}

// F1 is the harmonic mean of Precision and RecallTrue.
func (s Score) F1() float64 { return eval.F1(s.All.Precision(), s.RecallTrue()) }

// Kinds are the tallied kinds in name order.
func (s Score) Kinds() []string {
	ks := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Line is the summary line's figures.
func (s Score) Line(labelled bool) string {
	counts := fmt.Sprintf("reported=%d held_back=%d stories=%d", s.All.Reported, s.All.HeldBack, s.Stories)
	if !labelled {
		return counts + " (no labels given: precision not measured)"
	}
	return fmt.Sprintf("precision=%.3f recall_true=%.3f f1=%.3f %s true=%d false=%d unlabelled=%d labelled_true=%d",
		s.All.Precision(), s.RecallTrue(), s.F1(), counts, s.All.True, s.All.False, s.All.Unlabelled, s.TrueLabels)
}

// Evaluate labels each prediction in place with the label it matches best
// (Label and Reason set) and tallies them. Only the labels of the stories
// in preds' run count towards recall: stories lists them.
func Evaluate(preds []Prediction, labels []Label, stories []string) Score {
	s := Score{Stories: len(stories), ByKind: map[string]*Tally{}}
	run := map[string]bool{}
	for _, st := range stories {
		run[st] = true
	}
	var ls []Label
	for _, l := range labels {
		if run[l.Story] {
			ls = append(ls, l)
		}
	}
	s.Labels = len(ls)
	found := make([]bool, len(ls))
	for i := range preds {
		p := &preds[i]
		t := s.ByKind[p.Kind]
		if t == nil {
			t = &Tally{}
			s.ByKind[p.Kind] = t
		}
		best, bestN := -1, 0
		for j, l := range ls {
			if n, ok := match(*p, l); ok && (best < 0 || n > bestN) {
				best, bestN = j, n
			}
		}
		p.Label, p.Reason = nil, ""
		if best >= 0 {
			p.Label, p.Reason = ls[best].Label, ls[best].Reason
		}
		for _, tt := range []*Tally{t, &s.All} {
			tt.count(*p)
		}
		if best >= 0 && !p.HeldBack {
			found[best] = true
		}
		if best < 0 && !p.HeldBack {
			s.Unlabelled = append(s.Unlabelled, *p)
		}
	}
	for j, l := range ls {
		if !*l.Label {
			continue
		}
		s.TrueLabels++
		switch {
		case found[j]:
			s.TrueFound++
		case reshaped(preds, l):
			s.TrueFound++
			s.TrueReshaped++
		default:
			s.Lost = append(s.Lost, l)
		}
	}
	return s
}

// reshaped reports whether a reported conflict opposes what l opposed.
func reshaped(preds []Prediction, l Label) bool {
	for _, p := range preds {
		if !p.HeldBack && opposes(p, l) {
			return true
		}
	}
	return false
}

func (t *Tally) count(p Prediction) {
	if p.HeldBack {
		t.HeldBack++
		if p.Label != nil && *p.Label {
			t.HeldTrue++
		}
		return
	}
	t.Reported++
	switch {
	case p.Label == nil:
		t.Unlabelled++
	case *p.Label:
		t.True++
	default:
		t.False++
	}
}
