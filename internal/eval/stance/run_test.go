package stance

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesPredictions(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pred.jsonl")
	var sb strings.Builder
	s, err := Run(Config{File: "testdata/stances.jsonl", Predictions: out, Out: &sb})
	if err != nil {
		t.Fatal(err)
	}
	if s.Pairs != 3 {
		t.Errorf("pairs = %d, want 3", s.Pairs)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var m map[string]string
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v: %s", n+1, err, sc.Text())
		}
		if m["claim"] == "" || m["stance"] == "" || m["article"] == "" {
			t.Errorf("line %d lost an input field: %s", n+1, sc.Text())
		}
		switch m["predicted"] {
		case "agree", "disagree", "discuss":
		default:
			t.Errorf("line %d: predicted = %q", n+1, m["predicted"])
		}
		n++
	}
	if n != 3 {
		t.Errorf("prediction lines = %d, want 3", n)
	}
}

func TestScore(t *testing.T) {
	pairs := []Pair{{Stance: "agree"}, {Stance: "agree"}, {Stance: "disagree"}, {Stance: "discuss"}}
	s := Score(pairs, []string{"agree", "discuss", "disagree", "discuss"})
	// agree: tp1 fn1 -> f1 2/3; disagree: 1; discuss: tp1 fp1 -> 2/3
	want := "macro_f1=0.778 agree_f1=0.667 disagree_f1=1.000 discuss_f1=0.667 pairs=4"
	if got := s.Line(); got != want {
		t.Errorf("Score().Line() = %q, want %q", got, want)
	}
}

func TestLoadMissingArticle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(`{"id":"a","story":"s","text":"x"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "stances.jsonl"), []byte(`{"claim":"c","article":"b","stance":"agree"}`+"\n"), 0o644)
	if _, err := Load(filepath.Join(dir, "stances.jsonl")); err == nil {
		t.Error("Load with a missing article: no error")
	}
}

// TestFNC1Dev checks the shipped weights on the shared FNC-1 stories:
// macro-F1 at least 0.60 on the development half they were fitted on and
// on the other half (the bar held out is 0.60). The other half's weights
// were not fitted on it, but the features and settings were chosen with
// its figure and the cross-validation over all stories in view, so it is
// no held-out estimate.
func TestFNC1Dev(t *testing.T) {
	path := "../../../../shared/bench/clustering/fnc1-stories/stances.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("SKIP (loud): %s not found; this test needs ../shared", path)
	}
	if testing.Short() {
		t.Skip("SKIP (loud): -short leaves out the FNC-1 stance bar (it reads 3,000 pairs); CI runs it")
	}
	pairs, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var dev, rest []Pair
	for _, p := range pairs {
		if Dev(p.Story) {
			dev = append(dev, p)
		} else {
			rest = append(rest, p)
		}
	}
	if s := Score(dev, Predict(dev)); s.MacroF1 < 0.6 {
		t.Errorf("dev %s; want macro_f1 >= 0.60", s.Line())
	}
	if s := Score(rest, Predict(rest)); s.MacroF1 < 0.6 {
		t.Errorf("other half %s; want macro_f1 >= 0.60", s.Line())
	}
}

// TestRunCrossValidatesAllStories checks that Run prints the
// cross-validation by story over every story, the figure settings are
// chosen by, and that it predicts every pair.
func TestRunCrossValidatesAllStories(t *testing.T) {
	var sb strings.Builder
	out := filepath.Join(t.TempDir(), "pred.jsonl")
	if _, err := Run(Config{File: "testdata/stances.jsonl", Folds: 2, Predictions: out, Out: &sb}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var m map[string]string
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		switch m["cv_predicted"] {
		case "agree", "disagree", "discuss":
		default:
			t.Errorf("line %d: cv_predicted = %q, want a stance: %s", i+1, m["cv_predicted"], line)
		}
	}
	for _, want := range []string{"per class: agree p=", "stance all pairs, per class:"} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("Run output lacks %q:\n%s", want, sb.String())
		}
	}
	want := "stance all stories, cross-validated by story (2 stories, 2 folds"
	if !strings.Contains(sb.String(), want) {
		t.Errorf("Run output lacks %q:\n%s", want, sb.String())
	}
	pairs, err := Load("testdata/stances.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range CrossValidate(pairs, 2, 50, 0.1) {
		if s == "" {
			t.Errorf("CrossValidate left pair %d (%s) unpredicted", i, pairs[i].Article)
		}
	}
}
