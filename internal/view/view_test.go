package view

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

func str(s string) *string { return &s }

// arts are n fictional articles; the first has outlet, the rest none.
func arts(n int, outlet string) []corroborate.Article {
	out := make([]corroborate.Article, n)
	for i := range out {
		out[i] = corroborate.Article{ID: strings.Repeat(string(rune('a'+i)), 12),
			Source: "coverage/00" + string(rune('1'+i)) + "_5f1c9a0b7d2e4f61.txt", Title: "Harbor crane topples in storm"}
	}
	if outlet != "" {
		out[0].Outlet = str(outlet)
	}
	return out
}

// Item 3: the headline counts known outlets, not one per unknown article,
// and says what an origin is.
func TestFiguresCountKnownOutlets(t *testing.T) {
	d := &corroborate.Dossier{Articles: arts(5, "Coastal Wire"), Story: corroborate.Story{Articles: 5, Outlets: 5, Origins: 3},
		Computed: []string{"reuse"}}
	v := New(d)
	if want := "5 articles: 1 from Coastal Wire; 4 whose outlet is not known."; v.Figures != want {
		t.Errorf("figures = %q, want %q", v.Figures, want)
	}
	if !strings.Contains(v.OriginsLine, "3 independent origins: an article that takes more than a third of its text from another counts with its origin.") {
		t.Errorf("origins line = %q, want the count with its definition", v.OriginsLine)
	}
	// Several outlets: each with its own count, never a count that reads
	// as the outlets' ("2 from Coastal Wire, Tarn Radio").
	d.Articles[1].Outlet, d.Articles[2].Outlet = str("Tarn Radio"), str("Coastal Wire")
	if want := "5 articles: 2 from Coastal Wire and 1 from Tarn Radio; 2 whose outlet is not known."; New(d).Figures != want {
		t.Errorf("figures = %q, want %q", New(d).Figures, want)
	}
	d.Articles[3].Outlet, d.Articles[4].Outlet = str("Tarn Radio"), str("Tarn Radio")
	if want := "5 articles: 2 from Coastal Wire and 3 from Tarn Radio."; New(d).Figures != want {
		t.Errorf("figures = %q, want %q", New(d).Figures, want)
	}
	none := New(&corroborate.Dossier{Articles: arts(40, "")})
	if none.Figures != "40 articles; no outlet is known." {
		t.Errorf("40 articles without outlets: %q", none.Figures)
	}
}

// Item 4: one short label per article, never a content hash: the outlet,
// else the file name without its hash, else the title; numbered.
func TestLabels(t *testing.T) {
	a := arts(3, "Coastal Wire")
	a[1].Source = "https://www.harbor-news.example/2026/03/crane-topples?utm=x"
	a[2].Source = "stories/0042_9b8e7d6c5a4f3e2d.txt"
	v := New(&corroborate.Dossier{Articles: a})
	for i, want := range []string{"[1] Coastal Wire", "[2] harbor-news.example/crane-topples", "[3] Harbor crane topples…"} {
		if got := v.Sources[i].Ref(); got != want {
			t.Errorf("label %d = %q, want %q", i+1, got, want)
		}
		if strings.Contains(v.Sources[i].Ref(), a[i].ID) {
			t.Errorf("label %q holds the article id", v.Sources[i].Ref())
		}
	}
	if got := v.Names(a[2].ID + " has the longer version"); got != "[3] Harbor crane topples… has the longer version" {
		t.Errorf("Names = %q", got)
	}
}

// Labels taken from titles that begin alike take as many words as tell
// them apart: never the same label twice.
func TestTitleLabelsDiffer(t *testing.T) {
	a := arts(3, "")
	a[0].Title = "Harbor crane topples onto a ferry"
	a[1].Title = "Harbor crane topples, port says"
	a[2].Title = "Ferry service resumes"
	for i := range a {
		a[i].Source = "0042_9b8e7d6c5a4f3e2d.txt"
	}
	v := New(&corroborate.Dossier{Articles: a})
	for i, want := range []string{"Harbor crane topples onto…", "Harbor crane topples, port…", "Ferry service resumes"} {
		if got := v.Sources[i].Name; got != want {
			t.Errorf("name %d = %q, want %q", i+1, got, want)
		}
	}
}

// Only the labels that clash grow, and two articles with the same words
// for a title (a copy's lead) keep short labels their numbers tell apart,
// rather than whole sentences in every citation.
func TestTitleLabelsGrowAlone(t *testing.T) {
	a := arts(5, "")
	a[0].Title = "Harbor crane topples onto a ferry at the quay in a storm"
	a[1].Title = "Harbor crane topples onto a ferry at the quay, port says"
	a[2].Title = "Ferry service resumes after the storm"
	a[3].Title = "Two dock workers were hurt when the crane fell at Port Calder."
	a[4].Title = a[3].Title
	for i := range a {
		a[i].Source = "0042_9b8e7d6c5a4f3e2d.txt"
	}
	v := New(&corroborate.Dossier{Articles: a})
	for i, want := range []string{"Harbor crane topples onto a ferry at the quay in…", "Harbor crane topples onto a ferry at the quay, port…",
		"Ferry service resumes…", "Two dock workers…", "Two dock workers…"} {
		if got := v.Sources[i].Name; got != want {
			t.Errorf("name %d = %q, want %q", i+1, got, want)
		}
	}
}

// An article with no title and no outlet is known by its opening words,
// not by its id; one with no text either keeps the id.
func TestUntitledLabel(t *testing.T) {
	a := arts(2, "")
	for i := range a {
		a[i].Title, a[i].Source = "", "0042_9b8e7d6c5a4f3e2d.txt"
	}
	a[0].Text = "PORT CALDER — Tugboat crews in Port Calder walked off the job on Friday.\nMore follows."
	a[1].Text = ""
	v := New(&corroborate.Dossier{Articles: a})
	if got := v.Sources[0].Name; got != "Tugboat crews in…" {
		t.Errorf("untitled article's name = %q, want its opening words after the dateline", got)
	}
	if got := v.Sources[1].Name; got != "article "+a[1].ID {
		t.Errorf("article with no title or text: name %q, want its id", got)
	}
}

// Item 5: one article says what one article can support and nothing about agreement.
func TestSingleArticle(t *testing.T) {
	a := arts(1, "Coastal Wire")
	d := &corroborate.Dossier{Articles: a, Story: corroborate.Story{Articles: 1, Outlets: 1, Origins: 1},
		Claims:   []corroborate.Claim{{ID: "c1", Text: "Gurman reported from Washington.", Support: []corroborate.ClaimSupport{{Article: a[0].ID}}}},
		Computed: []string{"quotes", "reuse", "claims", "summary"}}
	v := New(d)
	if !v.Single || len(v.Claims) != 0 || v.OriginsLine != "" {
		t.Errorf("one article: single %v, %d claims, origins line %q; want single, no claims, no origins line", v.Single, len(v.Claims), v.OriginsLine)
	}
	if !strings.HasPrefix(v.Figures, "1 article, from Coastal Wire.") || !strings.Contains(v.Figures, "cannot show agreement") {
		t.Errorf("figures = %q", v.Figures)
	}
}

// Item 6: the view words the reuse stage's decision: the evidence for and
// against the direction, the rest as notes, and how sure it is. A dossier
// that records no direction is read from its evidence's wording.
func TestEvidenceForAndAgainst(t *testing.T) {
	a := arts(2, "Coastal Wire")
	from, to := a[0].ID, a[1].ID
	pro := []string{from + " is a news agency's text (Coastal Wire)", from + " carries its own dateline or sign-off"}
	con := []string{to + " has the longer version of the shared passages (138 words vs 133 in " + from + ")"}
	note := from + "'s outlet is unknown: whether " + to + " credits it cannot be told"
	d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "near-verbatim",
		Evidence: []string{pro[0], pro[1], con[0], note}, Direction: "likely", For: pro, Against: con}}}
	r := New(d).Reuse[0]
	if len(r.For) != 2 || len(r.Against) != 1 || len(r.Notes) != 1 {
		t.Fatalf("for %q, against %q, notes %q; want 2, 1, 1", r.For, r.Against, r.Notes)
	}
	if !strings.HasPrefix(r.Against[0], "[2] ") || r.Certainty != "likely" || !strings.HasPrefix(r.Notes[0], "[1] ") {
		t.Errorf("against %q, notes %q, certainty %q; want [2]'s longer version against, [1]'s outlet a note, likely", r.Against, r.Notes, r.Certainty)
	}
	// The view words the stage's decision, not its own reading of the
	// evidence.
	d.Reuse[0].Direction = "unsure"
	if c := New(d).Reuse[0].Certainty; c != "unsure" {
		t.Errorf("the stage calls it unsure: %q, want unsure", c)
	}
}

// An unsure direction states no charge: the uncredited copy and the
// miscredit are worded as shared text, not as copying.
func TestUnsureDirectionChargesNoOne(t *testing.T) {
	a := arts(2, "")
	from, to := a[0].ID, a[1].ID
	d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "condensed", Shared: 0.52, Direction: "unsure",
		Miscredits: []corroborate.Credit{{Outlet: "Harbor Radio", Cue: "according to Harbor Radio"}},
		Evidence: []string{
			from + " has the longer version of the shared passages (45 words vs 26 in " + to + ")",
			to + " holds 40 words between the shared passages that " + from + " leaves out (3 the other way)",
		}}}}
	v := New(d)
	if v.Reuse[0].Certainty != "unsure" {
		t.Fatalf("certainty %q, want unsure", v.Reuse[0].Certainty)
	}
	if s := v.Uncredited[0].Sentence(); strings.Contains(s, "without crediting") || !strings.Contains(s, "unsure") {
		t.Errorf("uncredited sentence %q states a charge the evidence calls unsure", s)
	}
	if s := v.Miscredits[0].Sentence(); !strings.Contains(s, "if [2]") {
		t.Errorf("miscredit sentence %q states a charge the evidence calls unsure", s)
	}
}

// Item 7: a note that only restates the sides is left out, so each
// conflict is said once.
func TestConflictSaidOnce(t *testing.T) {
	a := arts(2, "Coastal Wire")
	d := &corroborate.Dossier{Articles: a, Conflicts: []corroborate.Conflict{
		{Kind: "quote-speaker", About: "We will rebuild.", Confidence: 0.8, Note: "the same words are attributed to Ana Ruiz (" + a[0].ID + ") and to Ben Ode (" + a[1].ID + ")",
			Sides: []corroborate.ConflictSide{{Value: "Ana Ruiz", Articles: []string{a[0].ID}}, {Value: "Ben Ode", Articles: []string{a[1].ID}}}},
		{Kind: "negation", About: "whether the port reopens", Confidence: 0.7, Note: "states the port reopens (Coastal Wire) / denies it (" + a[1].ID + ")",
			Sides: []corroborate.ConflictSide{{Value: "the port reopens", Articles: []string{a[0].ID}}, {Value: "the port will not reopen", Articles: []string{a[1].ID}}}},
		{Kind: "number", About: "how many cranes", Note: "3 vs 4 cranes", Confidence: 0.9,
			Sides: []corroborate.ConflictSide{{Value: "three cranes", Articles: []string{a[0].ID}}, {Value: "four cranes", Articles: []string{a[1].ID}}}},
	}}
	v := New(d)
	if v.Conflicts[0].Kind != corroborate.ConflictNumber {
		t.Errorf("the surest conflict does not come first: %v", v.Conflicts[0].Kind)
	}
	for _, c := range v.Conflicts {
		if c.Label != c.Kind.Label() {
			t.Errorf("label %q, want the vocabulary's %q", c.Label, c.Kind.Label())
		}
		if c.Kind != corroborate.ConflictNumber && c.Note != "" {
			t.Errorf("%s: note %q repeats the sides", c.Kind, c.Note)
		}
	}
	if v.Conflicts[1].About != "We will rebuild" {
		t.Errorf("about = %q, want it without its full stop", v.Conflicts[1].About)
	}
}

// A note that restates the sides keeps what it says beyond them: a count's
// caveat is shown, not left to the JSON alone.
func TestConflictNoteCaveatKept(t *testing.T) {
	a := arts(2, "Coastal Wire")
	d := &corroborate.Dossier{Articles: a, Conflicts: []corroborate.Conflict{
		{Kind: "number", About: "how many people were hurt in Port Calder", Confidence: 0.5,
			Note:  "Articles give different counts of the people hurt in Port Calder: three people (Coastal Wire) vs nine people (" + a[1].ID + "); counts may change as a story goes on.",
			Sides: []corroborate.ConflictSide{{Value: "three people", Articles: []string{a[0].ID}}, {Value: "nine people", Articles: []string{a[1].ID}}}},
	}}
	if got := New(d).Conflicts[0].Note; got != "Counts may change as a story goes on." {
		t.Errorf("note = %q, want the caveat alone", got)
	}
}

// Item 13: each side carries its passages, with their text, and the claims
// matrix says each cell's state in words.
func TestSidesAndCells(t *testing.T) {
	a := arts(2, "Coastal Wire")
	a[0].Text = "The port will reopen on Monday, officials said."
	a[1].Text = "Officials denied that the port will reopen soon."
	d := &corroborate.Dossier{Articles: a,
		Conflicts: []corroborate.Conflict{{Kind: "negation", About: "whether the port reopens", Sides: []corroborate.ConflictSide{
			{Value: "will reopen", Articles: []string{a[0].ID}, Spans: []corroborate.ClaimSupport{{Article: a[0].ID, Start: 0, End: 31}}},
			{Value: "denied", Articles: []string{a[1].ID}, Spans: []corroborate.ClaimSupport{{Article: a[1].ID, Start: 0, End: 49}}}}}},
		Claims: []corroborate.Claim{{ID: "c1", Text: "The port will reopen on Monday.",
			Support:     []corroborate.ClaimSupport{{Article: a[0].ID, Start: 0, End: 31}},
			Contradicts: []corroborate.ClaimSupport{{Article: a[1].ID, Start: 0, End: 49}}}}}
	v := New(d)
	if p := v.Conflicts[0].Sides[1].Spans; len(p) != 1 || p[0].Text != a[1].Text || p[0].Source.N != 2 {
		t.Errorf("side passages = %+v, want [2]'s sentence", p)
	}
	cells := v.Claims[0].Cells
	if cells[0].State != "states" || cells[1].State != "contradicts" {
		t.Errorf("cells = %+v, want states, contradicts", cells)
	}
	if len(v.Contradictions) != 1 || !strings.HasPrefix(v.Contradictions[0].Sentence(), "[2] ") ||
		!strings.HasSuffix(v.Contradictions[0].Sentence(), " contradicts c1 (“The port will reopen on Monday.”)") {
		t.Errorf("contradictions = %+v", v.Contradictions)
	}
}

// Item 9: dates for people, with the zone apart.
func TestReadableDate(t *testing.T) {
	for in, want := range map[string][2]string{
		"2017-08-04T10:33:00-04:00": {"4 Aug 2017, 10:33", "-04:00"},
		"2026-03-13T08:00:00Z":      {"13 Mar 2026, 08:00", "UTC"},
		"2017-08-04":                {"4 Aug 2017", ""},
		"last Tuesday":              {"last Tuesday", ""},
	} {
		if d, z := ReadableDate(in); d != want[0] || z != want[1] {
			t.Errorf("ReadableDate(%q) = %q, %q; want %q, %q", in, d, z, want[0], want[1])
		}
	}
}

// An article of a JSONL dump without outlet is named by its title or its
// opening words, as every record of the dump shares the dump's name; with
// neither, by the file and its line, not by a mangled "dump-jsonl:7".
func TestLabelJSONLLine(t *testing.T) {
	a := arts(4, "")
	a[0].Title, a[0].Source = "", "dumps/harbor_9b8e7d6c5a4f.jsonl:7"
	a[1].Title, a[1].Source = "", "https://harbor.example/news/feed.jsonl"
	a[2].Title, a[2].Source = "", "dumps/harbor_9b8e7d6c5a4f.jsonl:8"
	a[2].Text = "PORT CALDER — Two dock workers were hurt when the crane fell.\n\nMore follows."
	a[3].Source = "dumps/harbor_9b8e7d6c5a4f.jsonl:9"
	v := New(&corroborate.Dossier{Articles: a})
	for i, want := range []string{"[1] harbor, line 7", "[2] harbor.example/feed", "[3] Two dock workers…", "[4] Harbor crane topples…"} {
		if got := v.Sources[i].Ref(); got != want {
			t.Errorf("label %d = %q, want %q", i+1, got, want)
		}
	}
}

// A dossier built to show its unsure conflicts says which they are.
func TestUnsureConflictLabel(t *testing.T) {
	a := arts(2, "")
	d := &corroborate.Dossier{Articles: a, Conflicts: []corroborate.Conflict{
		{Kind: corroborate.ConflictQuoteSpeaker, About: "The gates stay shut.", Confidence: 0.3,
			Sides: []corroborate.ConflictSide{{Value: "Ana Ruiz", Articles: []string{a[0].ID}}, {Value: "Ben Ode", Articles: []string{a[1].ID}}}},
		{Kind: corroborate.ConflictNumber, About: "boats in the harbor", Confidence: 0.9,
			Sides: []corroborate.ConflictSide{{Value: "12", Articles: []string{a[0].ID}}, {Value: "20", Articles: []string{a[1].ID}}}},
	}}
	v := New(d)
	got := map[corroborate.ConflictKind]string{}
	for _, c := range v.Conflicts {
		got[c.Kind] = c.Label
	}
	if !strings.HasSuffix(got[corroborate.ConflictQuoteSpeaker], ", unsure") || strings.Contains(got[corroborate.ConflictNumber], "unsure") {
		t.Errorf("labels = %q", got)
	}
}

// A copy of an article whose outlet is not known is charged only when it
// credits no outlet at all; its credits are named otherwise.
func TestCopyOfUnknownOrigin(t *testing.T) {
	origin, copy := Source{N: 1, Name: "harbor"}, Source{N: 2, Name: "quay"}
	c := Copy{Copy: copy, Origin: origin, Shared: 30}
	if got := c.Sentence(); !strings.Contains(got, "credits no outlet") {
		t.Errorf("no credits: %q", got)
	}
	c.Copy.Credits = []string{"Coastal Wire"}
	if got := c.Sentence(); strings.Contains(got, "without crediting") || !strings.Contains(got, "credits Coastal Wire") || !strings.Contains(got, "could not be checked") {
		t.Errorf("a credit to an outlet that may be the origin's: %q", got)
	}
	// The reuse stage found that the credit covers only a quotation both
	// attribute ("told Coastal Wire"): the copy credits nobody for the text.
	c.NoTextCredit = true
	if got := c.Sentence(); strings.Contains(got, "could not be checked") || !strings.Contains(got, "credits no outlet for it") {
		t.Errorf("credits only for a quotation: %q", got)
	}
}

// An origin whose metadata names no outlet but whose own text does (the
// reuse stage read it) is named in the copy's charge: the copy could have
// credited that outlet and did not.
func TestCopyOfOriginNamedByItsText(t *testing.T) {
	a := arts(2, "")
	from, to := a[0].ID, a[1].ID
	d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "condensed", Shared: 0.6,
		OriginOutlet: "Quarrypoint",
		Evidence: []string{from + " holds 120 words between the shared passages that " + to + " leaves out (30 the other way)",
			"outlet read from the text: " + from + " is Quarrypoint's own ('told Quarrypoint'), and " + to + " does not credit it"}}}}
	v := New(d)
	if len(v.Uncredited) != 1 {
		t.Fatalf("uncredited copies %d, want 1", len(v.Uncredited))
	}
	s := v.Uncredited[0].Sentence()
	if !strings.Contains(s, "Quarrypoint's own") || !strings.Contains(s, "without crediting it") || strings.Contains(s, "not known") {
		t.Errorf("copy sentence %q, want the origin named as Quarrypoint's own and the copy charged", s)
	}
}

// Two articles of one outlet sharing text are its own text: the view says
// so and charges no copy, whichever way the direction leans.
func TestOneOutletsOwnText(t *testing.T) {
	a := arts(2, "Harbor Wire")
	from, to := a[0].ID, a[1].ID
	for _, unsure := range []bool{false, true} {
		ev := []string{from + " published first (2026-05-02 08:00 UTC, " + to + " at 2026-05-02 19:00 UTC)",
			from + " has the longer version of the shared passages (80 words vs 70 in " + to + ")"}
		if unsure {
			ev = []string{to + " has the longer version of the shared passages (80 words vs 70 in " + from + ")"}
		}
		d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "near-verbatim", Shared: 0.2,
			SameOutlet: "Harbor Wire", Evidence: ev}}}
		v := New(d)
		if len(v.Uncredited) != 1 || v.Reuse[0].SameOutlet != "Harbor Wire" {
			t.Fatalf("unsure %v: uncredited %d, same outlet %q; want 1 and Harbor Wire", unsure, len(v.Uncredited), v.Reuse[0].SameOutlet)
		}
		s := v.Uncredited[0].Sentence()
		if !strings.Contains(s, "both are from Harbor Wire") || strings.Contains(s, "without crediting") {
			t.Errorf("unsure %v: copy sentence %q, want one outlet's own text and no charge", unsure, s)
		}
	}
}

// TestSourceWhere checks that a source says where it came from, each part
// once, and keeps a web address only when it is http or https.
func TestSourceWhere(t *testing.T) {
	as := arts(3, "")
	as[0].Source, as[0].InputID, as[0].URL = "dump.jsonl:3", "otter-12", "https://news.example/otters"
	as[1].Source, as[1].URL = "https://news.example/locks", "https://news.example/locks"
	as[2].Source, as[2].URL = "dump.jsonl:4", "javascript:alert(1)"
	v := New(&corroborate.Dossier{Articles: as})
	for i, want := range []string{"dump.jsonl:3; id otter-12; https://news.example/otters", "https://news.example/locks", "dump.jsonl:4"} {
		if got := v.Sources[i].Where(); got != want {
			t.Errorf("source %d: Where() = %q, want %q", i+1, got, want)
		}
	}
	if v.Sources[2].URL != "" {
		t.Errorf("a javascript: address was kept as the page's URL: %q", v.Sources[2].URL)
	}
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		s    corroborate.Speaker
		want string
	}{
		{corroborate.Speaker{ID: "s1", Name: "Ysolde Marrack"}, "Ysolde Marrack"},
		{corroborate.Speaker{ID: "s1", Name: "Ysolde Marrack", Roles: []string{"ferry chair", "retired pilot"}}, "Ysolde Marrack, ferry chair, retired pilot"},
		{corroborate.Speaker{ID: "s4"}, "speaker s4"},
	}
	for _, tt := range tests {
		if got := SpeakerLabel(tt.s); got != tt.want {
			t.Errorf("SpeakerLabel(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestCreditLines(t *testing.T) {
	got := CreditLines([]corroborate.Credit{
		{Outlet: "Sound Wire", Cue: "according to Sound Wire"}, {Outlet: "Sound Wire", Cue: "According to Sound Wire"},
		{Outlet: "Sound Wire", Cue: "the agency reported"},
	})
	var s []string
	for _, c := range got {
		s = append(s, c.String())
	}
	want := "'according to Sound Wire' ×2; 'the agency reported' (Sound Wire)"
	if strings.Join(s, "; ") != want {
		t.Errorf("CreditLines = %q, want %q", strings.Join(s, "; "), want)
	}
}

func TestFetched(t *testing.T) {
	at := time.Date(2026, 12, 3, 22, 41, 0, 0, time.UTC)
	tests := []struct {
		f    *corroborate.Fetch
		want string
	}{
		{nil, ""},
		{&corroborate.Fetch{URL: "https://a.example/x", FinalURL: "https://a.example/x", Status: 200, FetchedAt: at}, "fetched 3 Dec 2026, 22:41 UTC, HTTP 200"},
		{&corroborate.Fetch{URL: "http://a.example/x", FinalURL: "https://b.example/y", Status: 200, FetchedAt: at,
			Redirects: []corroborate.Redirect{{URL: "http://a.example/x", Status: 301}}},
			"fetched 3 Dec 2026, 22:41 UTC, HTTP 200, from https://b.example/y after 1 redirect"},
	}
	for _, tt := range tests {
		s := New(&corroborate.Dossier{Articles: []corroborate.Article{{ID: "a1", Text: "x", Fetch: tt.f}}}).Sources[0]
		if s.Fetched != tt.want {
			t.Errorf("Fetched of %+v = %q, want %q", tt.f, s.Fetched, tt.want)
		}
	}
}

func TestMentionSpeaker(t *testing.T) {
	s1, s9 := "s1", "s9"
	s2, s3, s4, s5 := "s2", "s3", "s4", "s5"
	speakers := Speakers(&corroborate.Dossier{Speakers: []corroborate.Speaker{
		{ID: "s1", Name: "Ysolde Marrack", Roles: []string{"captain"}},
		{ID: "s2", Name: "Ivo Tamsin", Roles: []string{"harbour pilot", "chair of the pilots' guild"}},
		{ID: "s3", Name: "Lena Fairholm", Roles: []string{"researcher in the department of marine biology at the Calder Institute", "lecturer"}},
		{ID: "s4", Name: "Olek Brandvold", Roles: []string{"spokesman for the harbour board of the port of Calder"}},
		{ID: "s5", Name: "Mira Holt", Roles: []string{"executive director of the Norland Coastal Ferry Users Union in Port Calder"}},
	}})
	tests := []struct {
		m    corroborate.QuoteMention
		want string
	}{
		{corroborate.QuoteMention{Speaker: &s1, SpeakerText: "she"}, "Ysolde Marrack, captain"},
		{corroborate.QuoteMention{Speaker: &s2, SpeakerText: "Tamsin"}, "Ivo Tamsin, harbour pilot"},
		{corroborate.QuoteMention{Speaker: &s3, SpeakerText: "Fairholm"}, "Lena Fairholm, researcher in the department of marine biology…"},
		{corroborate.QuoteMention{Speaker: &s4, SpeakerText: "Brandvold"}, "Olek Brandvold, spokesman for the harbour board…"},
		{corroborate.QuoteMention{Speaker: &s5, SpeakerText: "Holt"}, "Mira Holt, executive director of the Norland Coastal Ferry Users Union…"},
		{corroborate.QuoteMention{SpeakerText: "a deckhand"}, "a deckhand (unresolved)"},
		{corroborate.QuoteMention{Speaker: &s9, SpeakerText: "the pilot"}, "the pilot (unresolved)"},
		{corroborate.QuoteMention{}, ""},
	}
	for _, tt := range tests {
		if got := MentionSpeaker(tt.m, speakers); got != tt.want {
			t.Errorf("MentionSpeaker(%+v) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// An article whose language could not be read ("und") does not make a
// story mixed, and no report names it.
func TestLanguagesIgnoreUndetermined(t *testing.T) {
	d := &corroborate.Dossier{Articles: arts(3, "")}
	for i, l := range []string{"en", "und", "en"} {
		d.Articles[i].Language = l
	}
	if New(d).Languages() {
		t.Errorf("English and one undetermined article: Languages() = true, want false")
	}
	d.Articles[1].Language = "fr"
	if !New(d).Languages() {
		t.Errorf("English and French articles: Languages() = false, want true")
	}
	if KnownLanguage("und") != "" || KnownLanguage("fr") != "fr" {
		t.Errorf("KnownLanguage: und → %q, fr → %q", KnownLanguage("und"), KnownLanguage("fr"))
	}
}

// MentionWords gives the words a partial mention prints when they are
// fewer than the quotation's, and nothing when it prints them all or its
// span is out of the text.
func TestMentionWords(t *testing.T) {
	text := `The ferry line promised "every help with the inquiry," the agency said.`
	start, end := strings.Index(text, `"every`), strings.Index(text, ` the agency`)
	q := corroborate.Quote{Text: "Safety comes first and we will give every help with the inquiry"}
	if got := MentionWords(q, corroborate.QuoteMention{Start: start, End: end}, text); got != "every help with the inquiry" {
		t.Errorf("MentionWords = %q, want the fragment", got)
	}
	whole := corroborate.Quote{Text: "every help with the inquiry"}
	if got := MentionWords(whole, corroborate.QuoteMention{Start: start, End: end}, text); got != "" {
		t.Errorf("MentionWords of a mention printing the whole text = %q, want \"\"", got)
	}
	if got := MentionWords(q, corroborate.QuoteMention{Start: start, End: len(text) + 5}, text); got != "" {
		t.Errorf("MentionWords with a span past the text = %q, want \"\"", got)
	}
}

// A claim whose text holds a quotation the articles disagree on says so:
// the matrix shows agreement on the words, the conflict who said them. A
// speaker's name that a claim happens to hold is no dispute.
func TestClaimDisputedQuotation(t *testing.T) {
	a := arts(2, "")
	d := &corroborate.Dossier{Articles: a,
		Claims: []corroborate.Claim{
			{ID: "c1", Text: "“We don’t close the harbor for a squall,” she said.", Origins: 2,
				Support: []corroborate.ClaimSupport{{Article: a[0].ID}, {Article: a[1].ID}}},
			{ID: "c2", Text: "Harbor master Ana Ruiz of the Calder Port Authority said the quay reopens Monday.", Origins: 2,
				Support: []corroborate.ClaimSupport{{Article: a[0].ID}, {Article: a[1].ID}}},
		},
		Conflicts: []corroborate.Conflict{{Kind: corroborate.ConflictQuoteSpeaker, About: "We don't close the harbor for a squall.", Confidence: 0.8,
			Sides: []corroborate.ConflictSide{{Value: "Ana Ruiz of the Calder Port Authority", Articles: []string{a[0].ID}}, {Value: "Ben Ode", Articles: []string{a[1].ID}}}}},
	}
	v := New(d)
	if got := v.Claims[0].DisputedNote(); got != "disputed: who said it, see the conflicts" {
		t.Errorf("c1 note = %q, want it disputed", got)
	}
	if got := v.Claims[1].Disputed; got != "" {
		t.Errorf("c2 disputed = %q, want none: it holds a speaker's name, not the quotation", got)
	}
}

// A conflict about a quotation's wording names who said it when the
// articles agree on the speaker, and nobody when they do not.
func TestWordingConflictSpeaker(t *testing.T) {
	a := arts(3, "")
	ruiz, ode := "s1", "s2"
	short, long := "we reopen the quay on Monday", "we reopen the whole quay on Monday"
	build := func(second *string) *corroborate.Dossier {
		return &corroborate.Dossier{Articles: a,
			Speakers: []corroborate.Speaker{{ID: ruiz, Name: "Ana Ruiz"}, {ID: ode, Name: "Ben Ode"}},
			Quotes: []corroborate.Quote{
				{ID: "q1", Text: short, Mentions: []corroborate.QuoteMention{{Article: a[0].ID, Speaker: &ruiz}}},
				{ID: "q2", Text: long, Mentions: []corroborate.QuoteMention{{Article: a[1].ID, Speaker: second}, {Article: a[2].ID, Speaker: &ode}}},
			},
			Conflicts: []corroborate.Conflict{{Kind: corroborate.ConflictQuoteWording, About: short, Confidence: 0.7,
				Sides: []corroborate.ConflictSide{{Value: short, Articles: []string{a[0].ID}}, {Value: long, Articles: []string{a[1].ID}}}}},
		}
	}
	if c := New(build(&ruiz)).Conflicts[0]; c.Speaker != "Ana Ruiz" {
		t.Errorf("speaker %q: want Ana Ruiz, whom both sides name (the third article is no side)", c.Speaker)
	}
	if c := New(build(&ode)).Conflicts[0]; c.Speaker != "" {
		t.Errorf("speaker %q: want none when the sides name different speakers", c.Speaker)
	}
}

// TestConflictsKeepTheirIndex: a stored dossier whose conflicts are not in
// order is listed surest first, each conflict keeping its index in the
// dossier, by which a disputed summary sentence names it.
func TestConflictsKeepTheirIndex(t *testing.T) {
	d := &corroborate.Dossier{
		Conflicts: []corroborate.Conflict{{About: "ferry fares", Confidence: 0.6}, {About: "pier length", Confidence: 0.9}},
		Summary:   []corroborate.SummarySentence{{Text: "The pier is 120 m long.", Disputed: []int{1}}},
	}
	v := New(d)
	if len(v.Conflicts) != 2 || v.Conflicts[0].About != "pier length" || v.Conflicts[0].Index != 1 || v.Conflicts[1].Index != 0 {
		t.Fatalf("conflicts %+v, want pier length (index 1) first", v.Conflicts)
	}
	if ds := v.Disputed(d.Summary[0]); len(ds) != 1 || ds[0].About != "pier length" {
		t.Errorf("the sentence disputed by conflict 1 names %+v, want pier length", ds)
	}
}

// The origins line says that articles flagged off topic are not among
// the origins it counts, as reuse leaves them out.
func TestOriginsLineNamesOffTopic(t *testing.T) {
	d := &corroborate.Dossier{Articles: arts(6, "Coastal Wire"), Story: corroborate.Story{Articles: 6, Outlets: 6, Origins: 3},
		Computed: []string{"reuse"}}
	d.Articles[4].OffTopic, d.Articles[5].OffTopic = true, true
	want := "3 independent origins: an article that takes more than a third of its text from another counts with its origin; 2 articles off topic are not counted."
	if v := New(d); v.OriginsLine != want {
		t.Errorf("origins line = %q, want %q", v.OriginsLine, want)
	}
	d.Articles[4].OffTopic = false
	if v := New(d); !strings.HasSuffix(v.OriginsLine, "; 1 article off topic is not counted.") {
		t.Errorf("origins line = %q, want one off-topic article named", v.OriginsLine)
	}
}
