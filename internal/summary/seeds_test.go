package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/seedtest"
)

// TestSeedsSummary checks the bar on the seed reports: the summary names
// the four cities and the programme, and every sentence cites the articles
// it comes from. (The letters' deadline, "Aug. 18", is one origin's: the
// AP's, retold by a copy that takes half its text from it; it is no longer
// asked for.)
func TestSeedsSummary(t *testing.T) {
	arts := seedtest.Articles(t)
	d := dossier.Build(arts, dossier.Options{})
	if len(d.Summary) < 3 || len(d.Summary) > 8 {
		t.Fatalf("summary has %d sentences, want 3 to 8 (default 5)", len(d.Summary))
	}
	var all strings.Builder
	for _, s := range d.Summary {
		for _, id := range append(s.Cites[:len(s.Cites):len(s.Cites)], supportIDs(s.SupportedBy)...) {
			if contradicting(d, s, id) {
				t.Errorf("summary sentence %q is stated by %s, which contradicts its claim", s.Text, id)
			}
		}
		all.WriteString(strings.Join(strings.Fields(s.Text), " ") + "\n")
		checkCited(t, s, d)
	}
	got := all.String()
	for _, want := range []string{"Baltimore", "Albuquerque", "Stockton", "San Bernardino", "Public Safety Partnership"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	// the claim most articles support comes first (three: the fourth that
	// tells of the letters denies the program's money, so contradicts it)
	if first := d.Summary[0]; !strings.Contains(first.Text, "Justice Department sent letters to four cities") || len(first.Cites)+len(first.SupportedBy) < 3 {
		t.Errorf("first sentence = %q citing %d articles and supported by %d more, want the letters to four cities, stated by three",
			first.Text, len(first.Cites), len(first.SupportedBy))
	}
	if strings.Contains(got, "reports the Associated Press") {
		t.Errorf("summary keeps a copy's credit to the AP:\n%s", got)
	}
	for _, s := range d.Summary {
		checkSpans(t, s, d)
	}
}

// checkCited fails unless s cites articles of d and its text (trimmed of a
// leading dateline or conjunction) is in at least one cited article.
func checkCited(t *testing.T, s corroborate.SummarySentence, d *corroborate.Dossier) {
	t.Helper()
	if len(s.Cites) == 0 {
		t.Errorf("summary sentence %q cites nothing", s.Text)
		return
	}
	body := s.Text[1:] // the first letter may have been capitalised after a trimmed "But "
	inOne := false
	for _, id := range s.Cites {
		for _, a := range d.Articles {
			if a.ID == id && strings.Contains(strings.Join(strings.Fields(a.Text), " "), body) {
				inOne = true
			}
		}
	}
	if !inOne {
		t.Errorf("summary sentence %q is in none of its cited articles %v", s.Text, s.Cites)
	}
}

// TestSeedsSummaryBudget: under a length budget too the summary opens with
// the claim most articles state, not with one article's lead.
func TestSeedsSummaryBudget(t *testing.T) {
	d := dossier.Build(seedtest.Articles(t), dossier.Options{SummaryWords: 100})
	n := 0
	for i, s := range d.Summary {
		if s.BeyondBudget && i != len(d.Summary)-1 {
			t.Errorf("sentence %d of %d is beyond the budget; only the last may be", i+1, len(d.Summary))
		}
		if !s.BeyondBudget {
			n += len(strings.Fields(s.Text))
		}
		checkSpans(t, s, d)
	}
	if len(d.Summary) == 0 || n > 100 {
		t.Fatalf("summary has %d sentences, %d words within the budget; want 1 to 100 words", len(d.Summary), n)
	}
	if !strings.Contains(d.Summary[0].Text, "sent letters to four cities") {
		t.Errorf("first sentence = %q, want the letters to four cities", d.Summary[0].Text)
	}
}

// TestSeedsSentencesVerbatim: on the seed reports every summary sentence is
// in every article it cites, and the first is still supported by three:
// the fourth report that tells of the letters denies the program's money,
// so it contradicts the claim rather than supporting it.
func TestSeedsSentencesVerbatim(t *testing.T) {
	arts := seedtest.Articles(t)
	for _, opt := range []dossier.Options{{}, {SummaryWords: 100}, {SummaryWords: 300}} {
		d := dossier.Build(arts, opt)
		checkVerbatim(t, d)
		if f := d.Summary[0]; len(f.Cites)+len(f.SupportedBy) < 3 || len(f.SupportedBy) == 0 {
			t.Errorf("%+v: first sentence cites %v, supported by %v; want three articles in all, some in other words", opt, f.Cites, f.SupportedBy)
		}
	}
}

func supportIDs(sp []corroborate.ClaimSupport) []string {
	var out []string
	for _, x := range sp {
		out = append(out, x.Article)
	}
	return out
}

// contradicting reports whether article id contradicts the claim whose
// text the summary sentence s is or is worded from (a claim's supporting
// passage that holds s).
func contradicting(d *corroborate.Dossier, s corroborate.SummarySentence, id string) bool {
	for _, c := range d.Claims {
		from := false
		for _, sp := range c.Support {
			for _, at := range s.Spans {
				if sp.Article == at.Article && sp.Start <= at.Start && at.End <= sp.End {
					from = true
				}
			}
		}
		if !from {
			continue
		}
		for _, x := range c.Contradicts {
			if x.Article == id {
				return true
			}
		}
	}
	return false
}
