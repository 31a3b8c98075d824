package reuse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// edgeSummary is what the tests check of a reuse edge.
type edgeSummary struct {
	From, To, Kind string
	Credited       bool
	Cue            string   // of the credit naming the origin
	Miscredited    []string // outlets of the miscredits
}

func summarize(rs []corroborate.Reuse) []edgeSummary {
	out := []edgeSummary{}
	for _, r := range rs {
		s := edgeSummary{From: r.From, To: r.To, Kind: r.Kind, Credited: r.Credited}
		if r.Credit != nil {
			s.Cue = r.Credit.Cue
		}
		for _, m := range r.Miscredits {
			s.Miscredited = append(s.Miscredited, m.Outlet)
		}
		out = append(out, s)
	}
	return out
}

func TestAnalyzePairs(t *testing.T) {
	o := func(tb testing.TB) corroborate.Article {
		return mkArticle(tb, "origin", "Harbor Courier", "2024-05-06T18:00:00Z", origin)
	}
	tests := []struct {
		name string
		copy corroborate.Article
		want []edgeSummary
		// copied is text of the copy the passages must cover.
		copied []string
	}{
		{"verbatim, uncredited", mkArticle(t, "copy", "Island Weekly", "", verbatimCopy),
			[]edgeSummary{{From: "origin", To: "copy", Kind: "verbatim"}},
			[]string{"The town council voted on Monday to close the Eastgate Bridge", "the only road link for the 4,000 people", "Mayor Helen Oduya said the decision was painful but unavoidable"}},
		{"light edit, credited", mkArticle(t, "copy", "Metro Online", "2024-05-07T08:00:00Z", lightEdit),
			[]edgeSummary{{From: "origin", To: "copy", Kind: "near-verbatim", Credited: true, Cue: "the Harbor Courier reported"}},
			[]string{"voted Monday to shut the Eastgate Bridge", "it is the sole road link", "A free ferry will run every 20 minutes"}},
		{"condensed rewrite", mkArticle(t, "copy", "", "2024-05-07T09:00:00Z", condensed),
			[]edgeSummary{{From: "origin", To: "copy", Kind: "condensed"}},
			[]string{"close the Eastgate Bridge for six months", "An emergency contract worth $4.2 million", "Island shop owners warned the closure would cut their trade in half"}},
		{"credited to the wrong outlet", mkArticle(t, "copy", "", "", miscredited),
			[]edgeSummary{{From: "origin", To: "copy", Kind: "verbatim", Miscredited: []string{"Reuters"}}},
			[]string{"Marta Kline, who runs a bakery near the bridge"}},
		{"credited by a closing source line in brackets", mkArticle(t, "copy", "Island Weekly", "", verbatimCopy+"\n\n[Harbor Courier]"),
			[]edgeSummary{{From: "origin", To: "copy", Kind: "verbatim", Credited: true, Cue: "[Harbor Courier]"}},
			[]string{"The town council voted on Monday to close the Eastgate Bridge"}},
		{"a shared quotation only", mkArticle(t, "copy", "", "", quoteOnly), []edgeSummary{}, nil},
		{"same place, other news", mkArticle(t, "copy", "", "", unrelated), []edgeSummary{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{o(t), tt.copy}, nil, Options{})
			if diff := cmp.Diff(tt.want, summarize(res.Reuse)); diff != "" {
				t.Fatalf("reuse mismatch (-want +got):\n%s\nevidence: %v", diff, evidence(res.Reuse))
			}
			for _, want := range tt.copied {
				if !covered(res.Reuse[0], tt.copy.Text, want) {
					t.Errorf("no passage covers %q in the copy; passages: %q", want, passageTexts(res.Reuse[0], tt.copy.Text))
				}
			}
			for _, r := range res.Reuse {
				for _, p := range r.Passages {
					from, to := origin[p.From[0]:p.From[1]], tt.copy.Text[p.To[0]:p.To[1]]
					if r.Kind == "verbatim" && !strings.EqualFold(from, to) {
						t.Errorf("verbatim passage differs:\norigin %q\ncopy   %q", from, to)
					}
				}
			}
		})
	}
}

// TestGuessedDirectionChargesNeither: with no evidence of which copied
// which, the text both hold is neither's own: both lose it from their
// originality, and the two still count as one origin.
func TestGuessedDirectionChargesNeither(t *testing.T) {
	arts := []corroborate.Article{
		mkArticle(t, "copy1", "Island Weekly", "", verbatimCopy),
		mkArticle(t, "origin", "Harbor Courier", "", origin),
	}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || !hasEvidence(res.Reuse[0], "no evidence either way") {
		t.Fatalf("want one pair with no evidence either way; got %v", evidence(res.Reuse))
	}
	if res.Origins != 1 {
		t.Errorf("Origins = %d, want 1", res.Origins)
	}
	for i, a := range arts {
		if res.Originality[i] > 0.6 {
			t.Errorf("%s: Originality = %.2f, want the shared text counted as neither's own", a.ID, res.Originality[i])
		}
	}
}

func TestSiblingsAreNotReuse(t *testing.T) {
	arts := []corroborate.Article{
		mkArticle(t, "copy1", "Island Weekly", "", verbatimCopy),
		mkArticle(t, "origin", "Harbor Courier", "2024-05-06T18:00:00Z", origin),
		mkArticle(t, "copy2", "Metro Online", "2024-05-07T08:00:00Z", lightEdit),
	}
	res := Analyze(arts, nil, Options{})
	var got []string
	for _, r := range res.Reuse {
		got = append(got, r.From+" → "+r.To)
	}
	want := []string{"origin → copy1", "origin → copy2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("edges mismatch (-want +got):\n%s", diff)
	}
	if res.Origins != 1 {
		t.Errorf("Origins = %d, want 1 (both copies are mostly the origin's text)", res.Origins)
	}
	if res.Originality[1] != 1 {
		t.Errorf("origin's Originality = %.2f, want 1: text found in its copies is its own", res.Originality[1])
	}
	for _, i := range []int{0, 2} {
		if res.Originality[i] > 0.5 {
			t.Errorf("%s: Originality = %.2f, want at most 0.5", arts[i].ID, res.Originality[i])
		}
	}
}

func TestQuotesStageSpansAreWeakEvidence(t *testing.T) {
	// Without quotation marks the shared words would be narrative; the
	// quotes stage's spans mark them as a quotation.
	a := "Residents heard the warning again: we cannot ask families to drive over a structure our own engineers say could fail on a stormy winter night when the harbor wind gusts past sixty miles an hour, the mayor said."
	b := "The mayor repeated that we cannot ask families to drive over a structure our own engineers say could fail on a stormy winter night when the harbor wind gusts past sixty miles an hour, in a video posted online."
	arts := []corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 1 {
		t.Fatalf("without quote spans: %d reuse edges, want 1", len(res.Reuse))
	}
	q := func(s, body, id string) corroborate.QuoteMention {
		i := strings.Index(body, s)
		return corroborate.QuoteMention{Article: id, Start: i, End: i + len(s)}
	}
	shared := "we cannot ask families to drive over a structure our own engineers say could fail on a stormy winter night when the harbor wind gusts past sixty miles an hour"
	quotes := []corroborate.Quote{{ID: "q1", Mentions: []corroborate.QuoteMention{q(shared, a, "a"), q(shared, b, "b")}}}
	if res := Analyze(arts, quotes, Options{}); len(res.Reuse) != 0 {
		t.Errorf("with quote spans: %d reuse edges, want 0 (a shared quotation is not reuse)", len(res.Reuse))
	}
}

func TestEmptyAndSingle(t *testing.T) {
	res := Analyze(nil, nil, Options{})
	if len(res.Reuse) != 0 || res.Origins != 0 {
		t.Errorf("Analyze(nil) = %d edges, %d origins, want none", len(res.Reuse), res.Origins)
	}
	res = Analyze([]corroborate.Article{mkArticle(t, "x", "", "", "")}, nil, Options{})
	if res.Originality[0] != 1 || res.Origins != 1 || res.Credits[0] == nil {
		t.Errorf("empty article: originality %.2f, origins %d, credits %v; want 1, 1, []", res.Originality[0], res.Origins, res.Credits[0])
	}
}

func covered(r corroborate.Reuse, body, want string) bool {
	i := strings.Index(body, want)
	if i < 0 {
		return false
	}
	for _, p := range r.Passages {
		if p.To[0] <= i && i+len(want) <= p.To[1] {
			return true
		}
	}
	return false
}

func passageTexts(r corroborate.Reuse, body string) []string {
	var out []string
	for _, p := range r.Passages {
		out = append(out, body[p.To[0]:p.To[1]])
	}
	return out
}

func evidence(rs []corroborate.Reuse) [][]string {
	var out [][]string
	for _, r := range rs {
		out = append(out, r.Evidence)
	}
	return out
}

func TestManyCopiesOfOneOrigin(t *testing.T) {
	// Sixty outlets run part of the Courier's story, each with a line of
	// its own and a publication time; the Courier's own time is unknown.
	// Every copy must be traced to the Courier, not to another copy.
	paras := strings.Split(origin, "\n\n")
	arts := []corroborate.Article{mkArticle(t, "origin", "Harbor Courier", "", origin)}
	// made-up names, different for every copy
	name := func(i, k int) string {
		return "Bo" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + string(rune('k'+k)) + "ville"
	}
	for i := range 60 {
		own := fmt.Sprintf("Readers in %s can reach %s by ferry from %s.", name(i, 0), name(i, 1), name(i, 2))
		body := strings.Join([]string{paras[i%3], paras[3], own, paras[4]}, "\n\n")
		published := fmt.Sprintf("2024-05-07T%02d:%02d:00Z", 8+i/30, i%30*2)
		arts = append(arts, mkArticle(t, fmt.Sprintf("copy%02d", i), "", published, "The Harbor Courier reported the closure.\n\n"+body))
	}
	res := Analyze(arts, nil, Options{})
	from := map[string][]string{}
	for _, r := range res.Reuse {
		from[r.To] = append(from[r.To], r.From)
	}
	for _, a := range arts[1:] {
		if !slices.Contains(from[a.ID], "origin") {
			t.Errorf("%s: origins %v, want the Courier's story among them", a.ID, from[a.ID])
		}
	}
	if len(from["origin"]) != 0 {
		t.Errorf("the origin is given origins %v", from["origin"])
	}
}
