package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	stage "github.com/corroborate/corroborate/internal/quotes"
	"github.com/google/go-cmp/cmp"
)

func TestEnclosed(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"“We will not pay,”", true},
		{`"We will not pay."`, true},
		{"''We will not pay,''", true},
		{"‘Directly to voters’", true},
		{"the fee “fair and modest.”", false},
		{"“fair” and “modest”.", true}, // two quotes in one span still open and close with marks
		{"“", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Enclosed(tt.s); got != tt.want {
			t.Errorf("Enclosed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestRunMini(t *testing.T) {
	dir := filepath.Join("testdata", "mini")
	docs, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Gold) != 2 {
		t.Fatalf("Load = %d docs, gold %v; want 1 doc with 2 enclosed quotes (the first annotator's)", len(docs), docs)
	}
	preds := filepath.Join(t.TempDir(), "preds.json")
	r, err := Run(Config{Dir: dir, Predictions: preds, Options: stage.Options{}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "quotes: f1=1.000 precision=1.000 recall=1.000 exact_f1=1.000 speaker_accuracy=1.000 quotes=2"; r.Summary() != want {
		t.Errorf("Summary() = %q, want %q", r.Summary(), want)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string][]Prediction
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	// Code-point offsets, as in the .ann file.
	ip := func(i int) *int { return &i }
	want := map[string][]Prediction{"cafe-fees": {
		{Start: 36, End: 66, Speaker: "Zoë Marchetti", SpeakerStart: ip(72), SpeakerEnd: ip(85)},
		{Start: 166, End: 197, Speaker: "council memo", SpeakerStart: ip(198), SpeakerEnd: ip(212)},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("predictions mismatch (-want +got):\n%s", diff)
	}
}

func TestScoreMatching(t *testing.T) {
	d := Doc{Text: "0123456789012345678901234567890123456789", Gold: []Gold{
		{Parts: [][2]int{{0, 10}, {15, 20}}, Start: 0, End: 20, Sources: [][2]int{{11, 14}}, SourceText: "Ann Lee"},
		{Parts: [][2]int{{25, 35}}, Start: 25, End: 35, SourceText: "Bo Park", Sources: [][2]int{{36, 38}}},
	}}
	ip := func(i int) *int { return &i }
	preds := []Prediction{
		{Start: 0, End: 20, Speaker: "Lee", SpeakerStart: ip(30), SpeakerEnd: ip(31)}, // exact; speaker by name
		{Start: 12, End: 13},                          // inside the gap between parts: no overlap
		{Start: 26, End: 30, Speaker: "Someone Else"}, // overlap; wrong speaker
	}
	r, det := Score(d, preds)
	if r.Overlap.TP != 2 || r.Overlap.FP != 1 || r.Overlap.FN != 0 {
		t.Errorf("overlap counts = %+v, want TP 2 FP 1 FN 0", r.Overlap)
	}
	if r.Exact.TP != 1 || r.Exact.FP != 2 || r.Exact.FN != 1 {
		t.Errorf("exact counts = %+v, want TP 1 FP 2 FN 1", r.Exact)
	}
	if r.SpeakerRight != 1 || r.SpeakerTotal != 2 {
		t.Errorf("speakers = %d/%d, want 1/2", r.SpeakerRight, r.SpeakerTotal)
	}
	if diff := cmp.Diff([]int{1}, det.Extra); diff != "" {
		t.Errorf("extra predictions mismatch (-want +got):\n%s", diff)
	}
}
