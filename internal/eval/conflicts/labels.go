package conflicts

import (
	"encoding/json"
	"fmt"

	"github.com/corroborate/corroborate/internal/eval"
)

// Label is one labelled conflict: a line of a labels file. A labels file
// is either the regression set kept in the repository (only these fields:
// ids, offsets into the inputs, the label and its reason, no article text)
// or a --predictions file with "label" and "reason" added by hand; lines
// without a label are skipped.
type Label struct {
	Story string      `json:"story"`
	Kind  string      `json:"kind"`
	Sides []LabelSide `json:"sides"`
	// Label is true when the sources really disagree about the same thing.
	Label  *bool  `json:"label"`
	Reason string `json:"reason"`
}

// LabelSide is one side of a labelled conflict: where its passages stand
// in the inputs.
type LabelSide struct {
	Spans []LabelSpan `json:"spans"`
}

// LabelSpan is a byte range of an input's text.
type LabelSpan struct {
	Input string `json:"input"`
	Start int    `json:"input_start"`
	End   int    `json:"input_end"`
	// Unplaced spans, written by the harness when it could not find the
	// span in the input, are dropped on reading.
	Unplaced bool `json:"unplaced,omitempty"`
}

// ReadLabels reads labels files in order. A line that is not a labelled
// conflict with a reason is an error naming the file and line: a label
// without its reason cannot be checked by the next person.
func ReadLabels(paths ...string) ([]Label, error) {
	var out []Label
	for _, path := range paths {
		err := eval.EachLine(path, func(line []byte) error {
			var l Label
			if err := json.Unmarshal(line, &l); err != nil {
				return err
			}
			if l.Label == nil {
				return nil
			}
			if l.Story == "" || l.Kind == "" || len(l.Sides) < 2 {
				return fmt.Errorf(`a label needs "story", "kind" and two sides or more`)
			}
			if l.Reason == "" {
				return fmt.Errorf("label without a reason")
			}
			for i := range l.Sides {
				kept := l.Sides[i].Spans[:0]
				for _, s := range l.Sides[i].Spans {
					if !s.Unplaced && s.Input != "" && s.Start < s.End {
						kept = append(kept, LabelSpan{Input: s.Input, Start: s.Start, End: s.End})
					}
				}
				l.Sides[i].Spans = kept
			}
			out = append(out, l)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("labels: %w", err)
		}
	}
	return out, nil
}

// WriteLabels writes labels in the stored form, one a line. Of labels
// for the same conflict (one matches the other), the later one is kept,
// so that a file of new labels given after the regression set overrides it.
func WriteLabels(path string, labels []Label) error {
	var kept []Label
	for i, l := range labels {
		later := false
		for _, m := range labels[i+1:] {
			if _, ok := match(l.asPrediction(), m); ok {
				later = true
				break
			}
		}
		if !later {
			kept = append(kept, l)
		}
	}
	return writeLines(path, kept)
}

// asPrediction is the label as a prediction carrying only its spans, for
// matching labels with each other.
func (l Label) asPrediction() Prediction {
	p := Prediction{Story: l.Story, Kind: l.Kind}
	for _, ls := range l.Sides {
		var sd Side
		for _, s := range ls.Spans {
			sd.Spans = append(sd.Spans, Span{Input: s.Input, InputStart: s.Start, InputEnd: s.End})
		}
		p.Sides = append(p.Sides, sd)
	}
	return p
}

// LabelOf is the stored label for prediction p.
func LabelOf(p Prediction, label bool, reason string) Label {
	l := Label{Story: p.Story, Kind: p.Kind, Label: &label, Reason: reason}
	for _, sd := range p.Sides {
		var ls LabelSide
		for _, s := range sd.Spans {
			if !s.Unplaced {
				ls.Spans = append(ls.Spans, LabelSpan{Input: s.Input, Start: s.InputStart, End: s.InputEnd})
			}
		}
		l.Sides = append(l.Sides, ls)
	}
	return l
}

// match reports whether prediction p is the conflict labelled l, and how
// many bytes their matched sides share (to pick the best of several): the
// same story and kind, as many sides, and each side of p overlapping a
// different side of l in some input. A conflict that gains or loses a
// side, or whose articles move between sides, is another conflict: its
// label may no longer hold.
func match(p Prediction, l Label) (int, bool) {
	if len(p.Sides) != len(l.Sides) {
		return 0, false
	}
	pairs, n := pairing(p, l)
	return n, pairs == len(p.Sides)
}

// opposes reports whether p still sets against each other passages that l
// set against each other: the same story and kind, and two sides of p or
// more overlapping different sides of l. A conflict labelled true whose
// sides were merged or split is still reported when a conflict opposes
// it, though that conflict needs a label of its own.
func opposes(p Prediction, l Label) bool {
	pairs, _ := pairing(p, l)
	return pairs >= 2
}

// pairing pairs the sides of p with different sides of l that they
// overlap, as many pairs as can be made, and of those pairings the one
// sharing most bytes: it returns the pairs and the bytes. Conflicts of
// another story or kind make no pairs.
func pairing(p Prediction, l Label) (pairs, bytes int) {
	if p.Story != l.Story || p.Kind != l.Kind {
		return 0, 0
	}
	used := make([]bool, len(l.Sides))
	var try func(i, pairs, bytes int)
	best, bestBytes := 0, 0
	try = func(i, np, nb int) {
		if i == len(p.Sides) {
			if np > best || np == best && nb > bestBytes {
				best, bestBytes = np, nb
			}
			return
		}
		try(i+1, np, nb) // side i left unpaired
		for j, ls := range l.Sides {
			if used[j] {
				continue
			}
			if n := overlap(p.Sides[i], ls); n > 0 {
				used[j] = true
				try(i+1, np+1, nb+n)
				used[j] = false
			}
		}
	}
	try(0, 0, 0)
	return best, bestBytes
}

// overlap is how many bytes of the same inputs a side and a labelled side
// share.
func overlap(sd Side, ls LabelSide) int {
	n := 0
	for _, s := range sd.Spans {
		if s.Unplaced {
			continue
		}
		for _, t := range ls.Spans {
			if s.Input == t.Input {
				n += max(0, min(s.InputEnd, t.End)-max(s.InputStart, t.Start))
			}
		}
	}
	return n
}
