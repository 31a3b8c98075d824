package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	stage "github.com/corroborate/corroborate/internal/quotes"
	"github.com/google/go-cmp/cmp"
)

// TestWholeQuotation checks the windows of the gold rule. In each case the
// Content is the text between [ and ].
func TestWholeQuotation(t *testing.T) {
	tests := []struct {
		s     string
		whole bool
		holds bool
	}{
		{`[“We will not pay,”] she said.`, true, true},
		{`She said: “[We will not pay]” and left.`, true, true},           // marks just outside
		{`She said: “ [We will not pay],” and left.`, true, true},         // 2 before, 2 after
		{`She said: “  [We will not pay] ” and left.`, false, false},      // 3 before
		{`She said: “[We will not pay] ok,” and left.`, false, false},     // closing mark 5 after: outside the window
		{`She said: “[We will not pay] and then she left.`, false, false}, // never closed
		{`[She called the fee “fair and modest.”]`, false, true},          // partial quote inside paraphrase
		{`[She called the fee fair.] “Yes,” he said.`, false, false},      // a quotation after the Content
		{`[The ‘fair’ fee] rose.`, false, false},                          // single marks are also apostrophes
		{`He wrote: [“Enough.”]`, true, true},
	}
	for _, tt := range tests {
		text := []rune(tt.s)
		s := strings.IndexRune(tt.s, '[')
		s = len([]rune(tt.s[:s]))
		text = append(text[:s], text[s+1:]...)
		e := strings.IndexRune(string(text), ']')
		e = len([]rune(string(text)[:e]))
		text = append(text[:e], text[e+1:]...)
		if got := WholeQuotation(text, s, e); got != tt.whole {
			t.Errorf("WholeQuotation(%s) = %v, want %v", tt.s, got, tt.whole)
		}
		if got := HoldsQuotation(text, s, e); got != tt.holds {
			t.Errorf("HoldsQuotation(%s) = %v, want %v", tt.s, got, tt.holds)
		}
	}
}

// TestApostrophePairs: a pair of apostrophes is a quotation mark only when
// asked for, and a lone apostrophe never is.
func TestApostrophePairs(t *testing.T) {
	text := []rune(`''We will not pay,'' said the warden's clerk.`)
	e := len([]rune(`''We will not pay,''`))
	if WholeQuotation(text, 0, e) {
		t.Errorf("the agreed rule read '' as a quotation mark")
	}
	if !ApostrophePairs.whole(text, 0, e) {
		t.Errorf("ApostrophePairs did not read ''…'' as a whole quotation")
	}
	lone := []rune(`'We will not pay,' said the warden's clerk.`)
	if ApostrophePairs.whole(lone, 0, len([]rune(`'We will not pay,'`))) {
		t.Errorf("ApostrophePairs read single apostrophes as quotation marks")
	}
	partial := []rune(`The clerk called the fee ''fair and modest.''`)
	if !ApostrophePairs.holds(partial, 0, len(partial)) || HoldsQuotation(partial, 0, len(partial)) {
		t.Errorf("holds: want only ApostrophePairs to see the partial quote")
	}
}

// TestLoadGoldRule reads a fictional article with two annotators' files: the
// first one's is the gold; whole quotations need the marks' windows;
// every-quotation mode adds partial quotes; neither takes an attribution
// without a Source.
func TestLoadGoldRule(t *testing.T) {
	dir := filepath.Join("testdata", "harbour")
	starts := func(m Mode) []int {
		docs, err := Load(dir, m, DoubleMarks)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 1 {
			t.Fatalf("Load = %d docs, want 1", len(docs))
		}
		var out []int
		for _, g := range docs[0].Gold {
			out = append(out, g.Start)
		}
		return out
	}
	// 30: marks inside the Content; 154: marks just outside it. Not 263 (no
	// Source in the first annotator's file), not 207 (a partial quote).
	if diff := cmp.Diff([]int{30, 154}, starts(Whole)); diff != "" {
		t.Errorf("whole gold mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{30, 154, 207}, starts(All)); diff != "" {
		t.Errorf("every-quotation gold mismatch (-want +got):\n%s", diff)
	}
}

// TestRunPartial: the partial quote inside paraphrase is in the predictions
// file marked partial, left out when scoring whole quotations and scored in
// every-quotation mode.
func TestRunPartial(t *testing.T) {
	dir := filepath.Join("testdata", "harbour")
	preds := filepath.Join(t.TempDir(), "preds.json")
	var out strings.Builder
	r, err := Run(Config{Dir: dir, Predictions: preds, Verbose: true, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	// Whole: the two whole quotations match; the letter's quote has no
	// Source in the gold, so it is an extra; the partial quote is no extra.
	if r.Quotes != 2 || r.Overlap.TP != 2 || r.Overlap.FP != 1 || r.Overlap.FN != 0 {
		t.Errorf("whole: quotes %d, overlap %+v; want 2 quotes, TP 2 FP 1 FN 0\n%s", r.Quotes, r.Overlap, out.String())
	}
	if strings.Contains(out.String(), "[221]") {
		t.Errorf("whole: the partial quote is reported:\n%s", out.String())
	}
	got := readPredictions(t, preds)
	var partial []Prediction
	for _, p := range got["harbour-tolls"] {
		if p.Partial {
			partial = append(partial, p)
		}
	}
	if len(partial) != 1 || partial[0].Start != 221 || partial[0].End != 261 || partial[0].Speaker != "Olu Brandt" {
		t.Errorf("partial predictions = %+v, want one at [221, 261) by Olu Brandt", partial)
	}
	// Every quotation: the partial quote matches too; the letter's quote is
	// still an extra.
	r, err = Run(Config{Dir: dir, Mode: All})
	if err != nil {
		t.Fatal(err)
	}
	if want := "quotes: f1=0.857 precision=0.750 recall=1.000 exact_f1=0.286 speaker_accuracy=1.000 quotes=3"; r.Summary() != want {
		t.Errorf("every-quotation Summary() = %q, want %q", r.Summary(), want)
	}
}

func TestRunMini(t *testing.T) {
	dir := filepath.Join("testdata", "mini")
	docs, err := Load(dir, Whole, DoubleMarks)
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
	got := readPredictions(t, preds)
	// Code-point offsets, as in the .ann file.
	ip := func(i int) *int { return &i }
	want := map[string][]Prediction{"cafe-fees": {
		{Start: 36, End: 66, Speaker: "Zoë Marchetti", SpeakerStart: ip(72), SpeakerEnd: ip(85)},
		// The council's words inside paraphrase, as the annotator has them (T4).
		{Start: 146, End: 164, Speaker: "council", SpeakerStart: ip(119), SpeakerEnd: ip(130), Partial: true},
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

// readPredictions reads a --predictions file.
func readPredictions(t *testing.T, path string) map[string][]Prediction {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string][]Prediction
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPredictAgreedMarks: a quotation in a pair of apostrophes or in single
// marks is outside the task when the gold reads double marks only, so it is
// left out of the predictions (the dossier still shows it); with
// ApostrophePairs the apostrophe pair is read on both sides.
func TestPredictAgreedMarks(t *testing.T) {
	d := Doc{Name: "ferry", Text: "The ferry to Oskel will stop in May. ''We cannot pay the crew,'' said Mara Tulle, the operator. " +
		"\u201cIt is a sad day,\u201d said Ivo Brand, the mayor. \u2018Nobody asked us,\u2019 said Pell Orr, a captain.\n"}
	speakers := func(k Marks) []string {
		preds, _, err := tryPredict(d, stage.Options{}, k, Quotations)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range preds {
			out = append(out, p.Speaker)
		}
		return out
	}
	if got, want := speakers(DoubleMarks), []string{"Ivo Brand"}; !cmp.Equal(got, want) {
		t.Errorf("DoubleMarks predictions by %v, want %v", got, want)
	}
	if got, want := speakers(ApostrophePairs), []string{"Mara Tulle", "Ivo Brand"}; !cmp.Equal(got, want) {
		t.Errorf("ApostrophePairs predictions by %v, want %v", got, want)
	}
}

// TestPredictUnits: a quotation its attribution splits, or that runs on
// into the next paragraph, is one prediction with its parts listed
// (Quotations), or one prediction per part with one speaker (Parts), the
// paragraph it runs on from included though no mark closes it.
func TestPredictUnits(t *testing.T) {
	d := Doc{Name: "quay", Text: "The quay will close in May. \u201cWe lost two days,\u201d said Mara Tulle, the harbour master. \u201cThe ice came in faster than anyone planned.\u201d\n\n" +
		"\u201cIt is a sad day,\u201d said Ivo Brand. \u201cThe ferry ran for a century.\n\n\u201cWe will miss it.\u201d\n"}
	type got struct {
		text, speaker string
		parts         int
	}
	run := func(u Unit) []got {
		preds, _, err := tryPredict(d, stage.Options{}, DoubleMarks, u)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(d.Text)
		var out []got
		for _, p := range preds {
			out = append(out, got{string(runes[p.Start:p.End]), p.Speaker, len(p.Parts)})
		}
		return out
	}
	first := "\u201cWe lost two days,\u201d said Mara Tulle, the harbour master. \u201cThe ice came in faster than anyone planned.\u201d"
	second := "\u201cIt is a sad day,\u201d said Ivo Brand. \u201cThe ferry ran for a century.\n\n\u201cWe will miss it.\u201d"
	if g, want := run(Quotations), []got{{first, "Mara Tulle", 2}, {second, "Ivo Brand", 3}}; !cmp.Equal(g, want, cmp.AllowUnexported(got{})) {
		t.Errorf("Quotations:\n got %+v\nwant %+v", g, want)
	}
	want := []got{{"\u201cWe lost two days,\u201d", "Mara Tulle", 0}, {"\u201cThe ice came in faster than anyone planned.\u201d", "Mara Tulle", 0},
		{"\u201cIt is a sad day,\u201d", "Ivo Brand", 0}, {"\u201cThe ferry ran for a century.", "Ivo Brand", 0}, {"\u201cWe will miss it.\u201d", "Ivo Brand", 0}}
	if g := run(Parts); !cmp.Equal(g, want, cmp.AllowUnexported(got{})) {
		t.Errorf("Parts:\n got %+v\nwant %+v", g, want)
	}
}

// TestRunFinderFailure: an article the finder fails on is named on Errs
// and scored with no predictions (its gold quotes missed); the run goes on.
func TestRunFinderFailure(t *testing.T) {
	real := extract
	t.Cleanup(func() { extract = real })
	extract = func(a corroborate.Article, opt stage.Options) ([]stage.Mention, error) {
		return stage.TryExtractWith(a, opt, func(corroborate.Article, stage.Options) []stage.Mention {
			var ms []stage.Mention
			return ms[:1] // a defect: out of range
		})
	}
	var errs strings.Builder
	r, err := Run(Config{Dir: filepath.Join("testdata", "mini"), Errs: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errs.String(), "cafe-fees") || !strings.Contains(errs.String(), "internal error") {
		t.Errorf("errs = %q, want the failed article named with its internal error", errs.String())
	}
	if r.Quotes != 2 || r.Overlap.TP != 0 || r.Overlap.FN != 2 || r.Failed != 1 {
		t.Errorf("quotes %d, overlap %+v, failed %d; want its 2 gold quotes missed and 1 failure", r.Quotes, r.Overlap, r.Failed)
	}
}
