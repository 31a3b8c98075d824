package sentences

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/text"
)

// Splitter splits text in language lang into sentences as byte spans.
type Splitter func(text, lang string) []corroborate.Span

// Config is one run of the benchmark.
type Config struct {
	File        string    // the cases, JSON Lines
	Predictions string    // when set, JSONL: each case's index and predicted sentences
	Verbose     bool      // print each case split wrongly, got against want
	Out         io.Writer // report
	Split       Splitter  // nil means text.SentencesIn
}

// Scores are the figures of a set of cases.
type Scores struct {
	Cases, Exact int
	Lost         int // cases where text outside the predicted sentences is not white space
	Bounds       eval.Counts
}

// ExactRate is the share of cases split exactly right.
func (s Scores) ExactRate() float64 {
	if s.Cases == 0 {
		return 0
	}
	return float64(s.Exact) / float64(s.Cases)
}

func (s *Scores) add(o Scores) {
	s.Cases += o.Cases
	s.Exact += o.Exact
	s.Lost += o.Lost
	s.Bounds.Add(o.Bounds)
}

// Line is the figures on one line.
func (s Scores) Line() string {
	return fmt.Sprintf("exact=%.3f (%d/%d) precision=%.3f recall=%.3f f1=%.3f text_lost=%d",
		s.ExactRate(), s.Exact, s.Cases, s.Bounds.Precision(), s.Bounds.Recall(), s.Bounds.F1(), s.Lost)
}

// Result is the figures of a run: per language, and pooled.
type Result struct {
	ByLanguage map[string]Scores
	All        Scores
}

type prediction struct {
	Index     int      `json:"index"`
	Language  string   `json:"language"`
	Sentences []string `json:"sentences"`
	Exact     bool     `json:"exact"`
}

// Run splits every case of cfg.File and reports one line per language, one
// for all languages but English pooled, and returns the figures. Bad lines
// are reported and skipped.
func Run(cfg Config) (Result, error) {
	cases, bad, err := Load(cfg.File)
	if err != nil {
		return Result{}, err
	}
	for _, b := range bad {
		fmt.Fprintf(cfg.Out, "skipped %s\n", b)
	}
	if len(cases) == 0 {
		return Result{}, fmt.Errorf("sentences: %s: no cases", cfg.File)
	}
	split := cfg.Split
	if split == nil {
		split = text.SentencesIn
	}
	res := Result{ByLanguage: map[string]Scores{}}
	preds := make([]prediction, 0, len(cases))
	for _, c := range cases {
		got := texts(c.Text, split(c.Text, c.Language))
		sc := score(c, got)
		if cfg.Verbose && sc.Exact == 0 {
			fmt.Fprintf(cfg.Out, "case %d (%s): %q\n  got:  %q\n  want: %q\n", c.Index, c.Language, c.Text, got, c.Sentences)
		}
		l := res.ByLanguage[c.Language]
		l.add(sc)
		res.ByLanguage[c.Language] = l
		res.All.add(sc)
		preds = append(preds, prediction{Index: c.Index, Language: c.Language, Sentences: got, Exact: sc.Exact == 1})
	}
	langs := make([]string, 0, len(res.ByLanguage))
	for l := range res.ByLanguage {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var others Scores
	for _, l := range langs {
		fmt.Fprintf(cfg.Out, "%-4s %s\n", l, res.ByLanguage[l].Line())
		if l != "en" {
			others.add(res.ByLanguage[l])
		}
	}
	if others.Cases > 0 && others.Cases < res.All.Cases {
		fmt.Fprintf(cfg.Out, "all but en: %s\n", others.Line())
	}
	if cfg.Predictions != "" {
		if err := eval.WriteJSONLines(cfg.Predictions, preds); err != nil {
			return res, err
		}
	}
	return res, nil
}

func texts(s string, spans []corroborate.Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// score compares the sentences got for c with the ones wanted. Boundaries
// are counted in the characters of the text other than white space, so a
// sentence that differs from its reference only in spacing is right.
func score(c Case, got []string) Scores {
	sc := Scores{Cases: 1}
	if len(got) == len(c.Sentences) {
		sc.Exact = 1
		for i := range got {
			if normal(got[i]) != normal(c.Sentences[i]) {
				sc.Exact = 0
				break
			}
		}
	}
	if squeeze(c.Text) != squeeze(strings.Join(got, "")) {
		sc.Lost = 1
		sc.Exact = 0
	}
	want, have := bounds(c.Sentences), bounds(got)
	for b := range have {
		if want[b] {
			sc.Bounds.TP++
		} else {
			sc.Bounds.FP++
		}
	}
	for b := range want {
		if !have[b] {
			sc.Bounds.FN++
		}
	}
	return sc
}

// bounds are the positions between sentences, each counted in runes other
// than white space from the start of the text.
func bounds(sents []string) map[int]bool {
	m := map[int]bool{}
	n := 0
	for i, s := range sents {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		if i < len(sents)-1 {
			m[n] = true
		}
	}
	return m
}
