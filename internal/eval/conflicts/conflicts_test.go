package conflicts

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/eval"
)

func TestInputSpan(t *testing.T) {
	input := "Heading line\nThe pier opened in 1911.\nIt was rebuilt\nafter the storm of 1953."
	tests := []struct {
		name, article, span string
		want                string // the input text found, "" for not found
	}{
		{"same text", input, "opened in 1911", "opened in 1911"},
		{"paragraph breaks changed", "Heading line\n\nThe pier opened in 1911.\n\nIt was rebuilt after the storm of 1953.", "rebuilt after the storm", "rebuilt\nafter the storm"},
		{"line dropped before", "The pier opened in 1911. It was rebuilt after the storm of 1953.", "the storm of 1953", "the storm of 1953"},
		{"not in the input", "The pier opened in 1912.", "1912", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.article, tc.span)
			s, e, err := inputSpan(tc.article, input, start, start+len(tc.span))
			if tc.want == "" {
				if err == nil {
					t.Fatalf("inputSpan(%q) = [%d,%d), want not found", tc.span, s, e)
				}
				return
			}
			if err != nil || input[s:e] != tc.want {
				t.Fatalf("inputSpan(%q) = [%d,%d) %v, want %q", tc.span, s, e, err, tc.want)
			}
		})
	}
}

func TestInputSpanNearest(t *testing.T) {
	// "the tide" twice: the span in the article's second sentence is the
	// input's second one, though a line before it was dropped.
	input := "MENU\nthe tide came in. Then the tide went out."
	article := "the tide came in. Then the tide went out."
	start := strings.LastIndex(article, "the tide")
	s, _, err := inputSpan(article, input, start, start+len("the tide"))
	if want := strings.LastIndex(input, "the tide"); err != nil || s != want {
		t.Fatalf("inputSpan = %d %v, want %d", s, err, want)
	}
}

// side builds a predicted side from "input:start-end" spans.
func side(spans ...string) Side {
	var sd Side
	for _, s := range spans {
		var a, b int
		in, rest, _ := strings.Cut(s, ":")
		if _, err := fmt.Sscanf(rest, "%d-%d", &a, &b); err != nil {
			panic(err)
		}
		sd.Spans = append(sd.Spans, Span{Input: in, InputStart: a, InputEnd: b})
	}
	return sd
}

func label(story, kind string, truth bool, sides ...Side) Label {
	p := Prediction{Story: story, Kind: kind, Sides: sides}
	return LabelOf(p, truth, "fictional reason")
}

func TestMatch(t *testing.T) {
	l := label("harbour", "number", true, side("a:10-30", "b:5-20"), side("c:40-60"))
	tests := []struct {
		name string
		p    Prediction
		want bool
	}{
		{"same spans", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("a:10-30", "b:5-20"), side("c:40-60")}}, true},
		{"sides swapped, spans widened to sentences", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("c:30-90"), side("a:0-50")}}, true},
		{"a side gained an article", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("a:12-28", "d:0-9"), side("c:45-50")}}, true},
		{"other kind", Prediction{Story: "harbour", Kind: "date", Sides: []Side{side("a:10-30"), side("c:40-60")}}, false},
		{"other story", Prediction{Story: "mill", Kind: "number", Sides: []Side{side("a:10-30"), side("c:40-60")}}, false},
		{"spans apart", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("a:30-40"), side("c:40-60")}}, false},
		{"both sides on one labelled side", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("a:10-30"), side("b:5-20")}}, false},
		{"a third side", Prediction{Story: "harbour", Kind: "number", Sides: []Side{side("a:10-30"), side("c:40-60"), side("d:0-9")}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := match(tc.p, l); got != tc.want {
				t.Errorf("match = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	two := func(a, b string) []Side { return []Side{side(a), side(b)} }
	preds := []Prediction{
		{Story: "s1", Kind: "number", Sides: two("a:0-10", "b:0-10")},                     // labelled true
		{Story: "s1", Kind: "quote-speaker", Sides: two("a:50-90", "b:50-90")},            // labelled false
		{Story: "s1", Kind: "quote-speaker", Sides: two("a:200-240", "c:10-50")},          // no label
		{Story: "s2", Kind: "date", Sides: two("d:0-10", "e:0-10"), HeldBack: true},       // labelled true, held back
		{Story: "s2", Kind: "negation", Sides: two("d:90-99", "e:90-99"), HeldBack: true}, // no label, held back
	}
	labels := []Label{
		label("s1", "number", true, side("a:0-10"), side("b:0-10")),
		label("s1", "quote-speaker", false, side("a:50-90"), side("b:50-90")),
		label("s2", "date", true, side("d:0-10"), side("e:0-10")),
		label("s3", "name", true, side("f:0-10"), side("g:0-10")), // a story not run
	}
	s := Evaluate(preds, labels, []string{"s1", "s2"})
	if s.All.Reported != 3 || s.All.HeldBack != 2 || s.All.True != 1 || s.All.False != 1 || s.All.Unlabelled != 1 || s.All.HeldTrue != 1 {
		t.Errorf("all = %+v, want 3 reported, 2 held back, 1 true, 1 false, 1 unlabelled, 1 held true", s.All)
	}
	if got := s.All.Precision(); got != 0.5 {
		t.Errorf("precision = %v, want 0.5", got)
	}
	if got := s.ByKind["quote-speaker"].Precision(); got != 0 {
		t.Errorf("quote-speaker precision = %v, want 0", got)
	}
	if s.Labels != 3 || s.TrueLabels != 2 || s.TrueFound != 1 || s.RecallTrue() != 0.5 {
		t.Errorf("labels %d, true %d, found %d, recall %v; want 3, 2, 1, 0.5", s.Labels, s.TrueLabels, s.TrueFound, s.RecallTrue())
	}
	if len(s.Lost) != 1 || s.Lost[0].Kind != "date" {
		t.Errorf("lost = %+v, want the held back date conflict", s.Lost)
	}
	if len(s.Unlabelled) != 1 || s.Unlabelled[0].Sides[0].Spans[0].InputStart != 200 {
		t.Errorf("unlabelled = %+v, want the third prediction", s.Unlabelled)
	}
	if preds[1].Label == nil || *preds[1].Label || preds[1].Reason == "" {
		t.Errorf("prediction 2 label = %v %q, want false with its reason", preds[1].Label, preds[1].Reason)
	}
}

func TestReadLabelsNeedsReason(t *testing.T) {
	path := filepath.Join(t.TempDir(), "labels.jsonl")
	line := `{"story":"s1","kind":"number","sides":[{"spans":[{"input":"a","input_start":0,"input_end":5}]},{"spans":[{"input":"b","input_start":0,"input_end":5}]}],"label":true}`
	unlabelled := `{"story":"s1","kind":"name","sides":[]}`
	if err := os.WriteFile(path, []byte(unlabelled+"\n"+line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadLabels(path)
	if err == nil || !strings.Contains(err.Error(), path+":2") {
		t.Fatalf("ReadLabels = %v, want an error naming %s:2", err, path)
	}
}

func TestLoadSkipsBadLines(t *testing.T) {
	stories, problems, err := Load("testdata/bad.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || len(stories[0].Articles) != 1 || stories[0].Inputs[0].ID != "ok-1" {
		t.Fatalf("stories = %+v, want story ok with article ok-1 once", stories)
	}
	for i, want := range []string{"line 2", "line 3", "empty", "ok-1: id given twice"} {
		if i >= len(problems) || !strings.Contains(problems[i].Error(), want) {
			t.Errorf("problem %d = %v, want one naming %q", i, problems, want)
		}
	}
}

// TestRunMini runs the harness end to end on two fictional stories and
// checks what a labeller reads: every span is the same text in the article
// and in its input, inside its passage, and the stored labels match.
func TestRunMini(t *testing.T) {
	preds := filepath.Join(t.TempDir(), "preds.jsonl")
	saved := filepath.Join(t.TempDir(), "labels.jsonl")
	r, err := Run(Config{File: "testdata/mini.jsonl", Labels: []string{"testdata/mini-labels.jsonl"},
		Predictions: preds, SaveLabels: saved, Dossier: dossier.Options{ConflictThreshold: -1}})
	if err != nil {
		t.Fatal(err)
	}
	stories, _, err := Load("testdata/mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{}
	for _, st := range stories {
		for _, in := range st.Inputs {
			inputs[in.ID] = in.Text
		}
	}
	var n int
	err = eval.EachLine(preds, func(line []byte) error {
		var p Prediction
		if err := json.Unmarshal(line, &p); err != nil {
			return err
		}
		n++
		if p.Label == nil || !*p.Label {
			t.Errorf("%s %s conflict: label %v, want true from mini-labels", p.Story, p.Kind, p.Label)
		}
		for _, sd := range p.Sides {
			if len(sd.Spans) < len(sd.Articles) || len(sd.Inputs) != len(sd.Articles) {
				t.Errorf("%s side %q: %d spans, %d inputs for %d articles", p.Kind, sd.Value, len(sd.Spans), len(sd.Inputs), len(sd.Articles))
			}
			for _, s := range sd.Spans {
				in, _ := squeeze(inputs[s.Input][s.InputStart:s.InputEnd], dropSpace)
				at, _ := squeeze(s.Text, dropSpace)
				if s.Unplaced || in != at {
					t.Errorf("%s span %q is %q in input %s", p.Kind, s.Text, inputs[s.Input][s.InputStart:s.InputEnd], s.Input)
				}
				if !strings.Contains(s.Passage, strings.Join(strings.Fields(s.Text), " ")) {
					t.Errorf("%s passage %q lacks its span %q", p.Kind, s.Passage, s.Text)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(r.Predictions) || n < 2 {
		t.Fatalf("predictions file has %d lines, result %d, want 2 or more", n, len(r.Predictions))
	}
	if r.Score.All.True != 2 || r.Score.RecallTrue() != 1 {
		t.Errorf("score = %+v, recall of true %v; want the 2 labelled conflicts found", r.Score.All, r.Score.RecallTrue())
	}
	b, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "harbour master Mara") || strings.Count(string(b), "\n") != 2 {
		t.Errorf("saved labels hold article text or not 2 lines:\n%s", b)
	}
}

// TestEvaluateReshaped: a conflict labelled true whose last two sides were
// merged is still reported, and the merged conflict asks for a label.
func TestEvaluateReshaped(t *testing.T) {
	l := label("s1", "quote-wording", true, side("a:0-40"), side("b:0-40"), side("c:0-40"))
	merged := Prediction{Story: "s1", Kind: "quote-wording", Sides: []Side{side("a:0-40"), side("b:0-40", "c:0-40")}}
	one := Prediction{Story: "s1", Kind: "quote-wording", Sides: []Side{side("a:0-40", "b:0-40"), side("d:0-40")}}
	for _, tc := range []struct {
		name     string
		p        Prediction
		reshaped int
	}{{"sides merged", merged, 1}, {"one labelled side left", one, 0}} {
		t.Run(tc.name, func(t *testing.T) {
			s := Evaluate([]Prediction{tc.p}, []Label{l}, []string{"s1"})
			if s.TrueFound != tc.reshaped || s.TrueReshaped != tc.reshaped || len(s.Unlabelled) != 1 {
				t.Errorf("found %d, reshaped %d, unlabelled %d; want %d, %d, 1", s.TrueFound, s.TrueReshaped, len(s.Unlabelled), tc.reshaped, tc.reshaped)
			}
		})
	}
}
