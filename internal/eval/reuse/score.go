package reuse

import (
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
)

// Tally sums the scores of a set of pairs.
type Tally struct {
	// Passage overlap in word bytes on the copy's side (see the package doc).
	eval.Counts
	Pairs        int // gold pairs: one article derived from the other
	Negatives    int // pairs with nothing derived either way
	Spurious     int // of those, pairs with reuse predicted
	Found        int // gold pairs with reuse predicted between them, either way
	DirectionOK  int // of Found, those with the origin right
	CreditChecks int // gold pairs found in the right direction whose origin's outlet is given
	CreditOK     int // of those, credited predicted as it is
}

// Add accumulates o into t.
func (t *Tally) Add(o Tally) {
	t.Counts.Add(o.Counts)
	t.Pairs += o.Pairs
	t.Negatives += o.Negatives
	t.Spurious += o.Spurious
	t.Found += o.Found
	t.DirectionOK += o.DirectionOK
	t.CreditChecks += o.CreditChecks
	t.CreditOK += o.CreditOK
}

// DirectionAccuracy is the share of found gold pairs whose origin was
// predicted right; 0 when none was found.
func (t Tally) DirectionAccuracy() float64 { return ratio(t.DirectionOK, t.Found) }

// CreditAccuracy is the share of correctly oriented gold pairs whose
// credited flag was predicted right.
func (t Tally) CreditAccuracy() float64 { return ratio(t.CreditOK, t.CreditChecks) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// PairScore is the score of one pair of articles of a case.
type PairScore struct {
	A, B string
	// Direction is "ok", "wrong", "missed" (gold reuse, none predicted),
	// "spurious" (reuse predicted where there is none) or "none".
	Direction string `json:"direction"`
	TP        int    `json:"tp"`
	FP        int    `json:"fp"`
	FN        int    `json:"fn"`
}

// scoreCase scores the predicted reuse of one case, pair by pair.
func scoreCase(c Case, pred []corroborate.Reuse) ([]PairScore, Tally) {
	text := map[string]string{}
	outletGiven := map[string]bool{}
	for _, a := range c.Articles {
		text[a.ID] = a.Text
		outletGiven[a.ID] = a.Outlet != nil
	}
	var out []PairScore
	var t Tally
	for i := range c.Articles {
		for j := i + 1; j < len(c.Articles); j++ {
			x, y := c.Articles[i].ID, c.Articles[j].ID
			var gold *GoldPair
			for k := range c.Gold {
				if g := &c.Gold[k]; (g.From == x && g.To == y) || (g.From == y && g.To == x) {
					gold = g
				}
			}
			var edges []corroborate.Reuse
			for _, r := range pred {
				if (r.From == x && r.To == y) || (r.From == y && r.To == x) {
					edges = append(edges, r)
				}
			}
			ps := PairScore{A: x, B: y, Direction: "none"}
			if gold == nil {
				t.Negatives++
				for _, e := range edges {
					ps.FP += wordBytes(text[e.To], toRanges(e, e.To))
				}
				if len(edges) > 0 {
					ps.Direction = "spurious"
					t.Spurious++
				}
			} else {
				t.Pairs++
				var predR [][2]int
				for _, e := range edges {
					predR = append(predR, toRanges(e, gold.To)...)
				}
				body := text[gold.To]
				ps.TP = overlapBytes(body, gold.Ranges, predR, true)
				ps.FP = wordBytes(body, predR) - ps.TP
				ps.FN = wordBytes(body, gold.Ranges) - ps.TP
				ps.Direction = "missed"
				if len(edges) > 0 {
					t.Found++
					ps.Direction = "wrong"
					if edges[0].From == gold.From {
						ps.Direction = "ok"
						t.DirectionOK++
						if outletGiven[gold.From] {
							t.CreditChecks++
							if edges[0].Credited == gold.Credited {
								t.CreditOK++
							}
						}
					}
				}
			}
			t.TP += float64(ps.TP)
			t.FP += float64(ps.FP)
			t.FN += float64(ps.FN)
			out = append(out, ps)
		}
	}
	return out, t
}

// toRanges are the byte ranges of e's passages on article id's side.
func toRanges(e corroborate.Reuse, id string) [][2]int {
	out := make([][2]int, 0, len(e.Passages))
	for _, p := range e.Passages {
		if e.To == id {
			out = append(out, p.To)
		} else {
			out = append(out, p.From)
		}
	}
	return out
}

// wordBytes counts the bytes of letters and digits of s inside the union
// of ranges a.
func wordBytes(s string, a [][2]int) int { return overlapBytes(s, a, nil, false) }

// overlapBytes counts the bytes of letters and digits of s inside the
// union of ranges a and, when both is set, inside the union of b too.
func overlapBytes(s string, a, b [][2]int, both bool) int {
	in := func(rs [][2]int, i int) bool {
		for _, r := range rs {
			if i >= r[0] && i < r[1] {
				return true
			}
		}
		return false
	}
	n := 0
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if in(a, i) && (!both || in(b, i)) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}
