package conflicts

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// Prediction is one conflict found in one story: a line of the
// --predictions file. A person labels it by adding "label" (true when the
// sources really disagree about the same thing) and "reason".
type Prediction struct {
	Story      string  `json:"story"`
	Kind       string  `json:"kind"`
	About      string  `json:"about"`
	Note       string  `json:"note"`
	Confidence float64 `json:"confidence"`
	// HeldBack is true when the dossier leaves the conflict out as unsure.
	HeldBack bool   `json:"held_back"`
	Sides    []Side `json:"sides"`
	// Label and Reason are the label this conflict matched, when scored
	// against labels; nil when it matched none.
	Label  *bool  `json:"label,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// Side is one side of a predicted conflict.
type Side struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	// Inputs are the benchmark ids of Articles, in the same order.
	Inputs []string `json:"inputs"`
	Spans  []Span   `json:"spans"`
}

// Span is a passage a side rests on, in the article and in its input.
type Span struct {
	Article    string `json:"article"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Input      string `json:"input"`
	InputStart int    `json:"input_start"`
	InputEnd   int    `json:"input_end"`
	// Located marks a span the harness found itself, because the stage
	// gave none: the quotation, or the side's value, in the article.
	Located bool `json:"located,omitempty"`
	// Unplaced marks a span that could not be found in the input text:
	// it matches no label.
	Unplaced bool `json:"unplaced,omitempty"`
	// Text is the span's own text, Passage the sentences around it.
	Text    string `json:"text"`
	Passage string `json:"passage"`
}

// Predict runs the dossier on one story with every conflict kept and marks
// those that opt would hold back.
func Predict(st Story, opt dossier.Options) []Prediction {
	all := opt
	all.ConflictThreshold = -1
	d := dossier.Build(st.Articles, all)
	idx := map[string]int{}
	for i, a := range d.Articles {
		idx[a.ID] = i
	}
	out := make([]Prediction, 0, len(d.Conflicts))
	for _, c := range d.Conflicts {
		p := Prediction{Story: st.ID, Kind: string(c.Kind), About: c.About, Note: c.Note,
			Confidence: c.Confidence, HeldBack: opt.Unsure(c), Sides: []Side{}}
		for _, cs := range c.Sides {
			sd := Side{Value: cs.Value, Articles: cs.Articles, Inputs: []string{}, Spans: []Span{}}
			for _, id := range cs.Articles {
				if i, ok := idx[id]; ok {
					sd.Inputs = append(sd.Inputs, st.Inputs[i].ID)
				}
			}
			spans, located := cs.Spans, false
			if len(spans) == 0 {
				spans, located = locate(d, c, cs), true
			}
			for _, s := range spans {
				i, ok := idx[s.Article]
				if !ok || s.Start < 0 || s.End > len(d.Articles[i].Text) || s.Start >= s.End {
					continue
				}
				sd.Spans = append(sd.Spans, span(d.Articles[i], st.Inputs[i], s, located))
			}
			p.Sides = append(p.Sides, sd)
		}
		out = append(out, p)
	}
	return out
}

// span describes s, a range of article a extracted from input in.
func span(a corroborate.Article, in Input, s corroborate.ClaimSupport, located bool) Span {
	sp := Span{Article: a.ID, Start: s.Start, End: s.End, Input: in.ID, Located: located,
		Text: a.Text[s.Start:s.End], Passage: passage(a, s.Start, s.End)}
	var err error
	sp.InputStart, sp.InputEnd, err = inputSpan(a.Text, in.Text, s.Start, s.End)
	sp.Unplaced = err != nil
	return sp
}

// passage is the text of the sentences of a that [start, end) touches,
// white space folded, so that a person can judge the span in context.
func passage(a corroborate.Article, start, end int) string {
	from, to := start, end
	for _, s := range a.Sentences {
		if s.End > start && s.Start < end {
			from, to = min(from, s.Start), max(to, s.End)
		}
	}
	return strings.Join(strings.Fields(a.Text[from:to]), " ")
}
