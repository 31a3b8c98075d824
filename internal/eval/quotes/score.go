package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	stage "github.com/corroborate/corroborate/internal/quotes"
	"github.com/corroborate/corroborate/internal/text"
)

// Prediction is one predicted quote in the --predictions file: code-point
// offsets into the text file. Partial marks quoted words inside a reported
// sentence (`called the plan "a giveaway."`) rather than a whole quotation.
type Prediction struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Speaker      string `json:"speaker"`
	SpeakerStart *int   `json:"speaker_start"`
	SpeakerEnd   *int   `json:"speaker_end"`
	Partial      bool   `json:"partial,omitempty"`
	// Parts are the quoted segments of a quotation its attribution or a
	// paragraph break splits (`"X," she said. "Y."`), each [start, end),
	// marks included; absent for a quotation of one segment.
	Parts [][2]int `json:"parts,omitempty"`
}

// Unit is what one prediction stands for.
type Unit int

const (
	// Quotations: one prediction per quotation, its parts joined
	// (`"X," she said. "Y."` is one), as PolNeAR annotates them.
	Quotations Unit = iota
	// Parts: one prediction per quoted segment, as corpora that annotate
	// each pair of marks (and each paragraph) as its own quote do.
	Parts
)

// extract is stage.TryExtract, or in a test a finder with a defect.
var extract = stage.TryExtract

// tryPredict runs quote extraction on d's text and returns its attributed
// quotes, whole and partial (marked Partial), and, for -v output, the
// mentions left out and why. A failure of the finder on d is reported,
// not died of: its predictions are then none.
func tryPredict(d Doc, opt stage.Options, k Marks, unit Unit) ([]Prediction, []leftOut, error) {
	a := corroborate.Article{ID: d.Name, Text: d.Text, Sentences: text.Sentences(d.Text)}
	ms, err := extract(a, opt)
	if err != nil {
		return []Prediction{}, nil, err
	}
	runeAt := runeOffsets(d.Text)
	runes := []rune(d.Text)
	out := make([]Prediction, 0, len(ms))
	var left []leftOut
	for _, m := range ms {
		if !m.Attributed() {
			left = append(left, leftOut{runeAt[m.Start], runeAt[m.End], "no speaker"})
			continue
		}
		if !k.holds(runes, runeAt[m.Start], runeAt[m.End]) {
			// The gold reads only the agreed marks, so a quotation in
			// others (a pair of apostrophes, single marks) is outside
			// the task on both sides.
			left = append(left, leftOut{runeAt[m.Start], runeAt[m.End], "not in the agreed quotation marks"})
			continue
		}
		p := Prediction{Start: runeAt[m.Start], End: runeAt[m.End], Partial: !m.Direct()}
		if m.Speaker != nil {
			p.Speaker = m.Speaker.Name
		}
		if m.SpeakerSpan.End > m.SpeakerSpan.Start {
			s, e := runeAt[m.SpeakerSpan.Start], runeAt[m.SpeakerSpan.End]
			p.SpeakerStart, p.SpeakerEnd = &s, &e
		}
		if len(m.Parts) > 1 {
			for _, sp := range m.Parts {
				p.Parts = append(p.Parts, [2]int{runeAt[sp.Start], runeAt[sp.End]})
			}
		}
		if unit != Parts || len(p.Parts) == 0 {
			out = append(out, p)
			continue
		}
		for _, sp := range p.Parts {
			// A paragraph the quotation runs on from has no closing
			// mark of its own: the marks were checked on the whole.
			q := p
			q.Start, q.End, q.Parts = sp[0], sp[1], nil
			out = append(out, q)
		}
	}
	return out, left, nil
}

// leftOut is a mention Predict does not report.
type leftOut struct {
	start, end int
	why        string
}

// runeOffsets maps each byte offset of s (and len(s)) to a code-point offset.
func runeOffsets(s string) []int {
	out := make([]int, len(s)+1)
	n := -1
	for i := 0; i < len(s); i++ {
		if isRuneStart(s[i]) {
			n++
		}
		out[i] = n
	}
	out[len(s)] = n + 1
	return out
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Result is the tally over a set of documents.
type Result struct {
	Overlap, Exact eval.Counts
	// SpeakerRight of SpeakerTotal overlap-matched quotes with a gold Source
	// have the right speaker.
	SpeakerRight, SpeakerTotal int
	// Quotes is the number of gold quotes.
	Quotes int
	// Failed is the number of articles the finder failed on, scored with
	// no predictions.
	Failed int
}

// Add accumulates o into r.
func (r *Result) Add(o Result) {
	r.Overlap.Add(o.Overlap)
	r.Exact.Add(o.Exact)
	r.SpeakerRight += o.SpeakerRight
	r.SpeakerTotal += o.SpeakerTotal
	r.Quotes += o.Quotes
}

// SpeakerAccuracy is SpeakerRight/SpeakerTotal, 1 when there is nothing to judge.
func (r Result) SpeakerAccuracy() float64 {
	if r.SpeakerTotal == 0 {
		return 1
	}
	return float64(r.SpeakerRight) / float64(r.SpeakerTotal)
}

// Pair is a gold quote matched to a prediction.
type Pair struct {
	Gold, Pred   int
	SpeakerRight bool
}

// Detail is what Score found in one document, for -v output.
type Detail struct {
	Pairs  []Pair
	Missed []int // gold quotes no prediction overlaps
	Extra  []int // predictions that overlap no gold quote
}

// Score matches predictions to d's gold quotes.
func Score(d Doc, preds []Prediction) (Result, Detail) {
	r := Result{Quotes: len(d.Gold)}
	type cand struct{ g, p, ov int }
	var cs []cand
	for gi, g := range d.Gold {
		for pi, p := range preds {
			if ov := overlap(g.Parts, p.Start, p.End); ov > 0 {
				cs = append(cs, cand{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].ov > cs[j].ov })
	gUsed := make([]bool, len(d.Gold))
	pUsed := make([]bool, len(preds))
	var det Detail
	runes := []rune(d.Text)
	for _, c := range cs {
		if gUsed[c.g] || pUsed[c.p] {
			continue
		}
		gUsed[c.g], pUsed[c.p] = true, true
		pair := Pair{Gold: c.g, Pred: c.p}
		if g := d.Gold[c.g]; len(g.Sources) > 0 {
			r.SpeakerTotal++
			if speakerRight(g, preds[c.p], runes) {
				r.SpeakerRight++
				pair.SpeakerRight = true
			}
		}
		det.Pairs = append(det.Pairs, pair)
	}
	r.Overlap.TP = float64(len(det.Pairs))
	for gi, used := range gUsed {
		if !used {
			det.Missed = append(det.Missed, gi)
		}
	}
	for pi, used := range pUsed {
		if !used {
			det.Extra = append(det.Extra, pi)
		}
	}
	r.Overlap.FN = float64(len(det.Missed))
	r.Overlap.FP = float64(len(det.Extra))
	// Exact matches, one to one.
	exact := map[[2]int]int{}
	for _, g := range d.Gold {
		exact[[2]int{g.Start, g.End}]++
	}
	for _, p := range preds {
		k := [2]int{p.Start, p.End}
		if exact[k] > 0 {
			exact[k]--
			r.Exact.TP++
		} else {
			r.Exact.FP++
		}
	}
	r.Exact.FN = float64(len(d.Gold)) - r.Exact.TP
	return r, det
}

// overlap is how many code points of [s, e) fall in the parts.
func overlap(parts [][2]int, s, e int) int {
	n := 0
	for _, p := range parts {
		if a, b := max(p[0], s), min(p[1], e); b > a {
			n += b - a
		}
	}
	return n
}

// speakerRight applies the speaker rule: span overlap, or a shared name word.
func speakerRight(g Gold, p Prediction, text []rune) bool {
	if p.SpeakerStart != nil && p.SpeakerEnd != nil {
		for _, s := range g.Sources {
			if min(s[1], *p.SpeakerEnd) > max(s[0], *p.SpeakerStart) {
				return true
			}
		}
	}
	return sameEntity(p.Speaker, g.SourceText)
}

// sameEntity reports whether a predicted speaker name and a gold source
// phrase name the same entity: the predicted name's last word (a surname or
// an organisation's head) is a capitalised word of the gold phrase.
func sameEntity(pred, gold string) bool {
	pw := nameWords(pred)
	if len(pw) == 0 {
		return false
	}
	last := pw[len(pw)-1]
	for _, w := range nameWords(gold) {
		if w == last {
			return true
		}
	}
	return false
}

// nameWords are the capitalised words of s, lower-cased, possessives removed.
func nameWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' }) {
		r := []rune(f)
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			continue
		}
		w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"))
		switch w {
		case "the", "a", "an", "he", "she", "it", "they", "we", "i", "mr.", "mrs.", "ms.", "mr", "mrs", "ms":
			continue
		}
		out = append(out, w)
	}
	return out
}
