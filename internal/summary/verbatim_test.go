package summary_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// collapsed is s with every run of white space made one space.
func collapsed(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkVerbatim fails unless every summary sentence of d appears verbatim
// (white space collapsed, nothing else) in every article it cites, with
// its span on it, and every article that supports it in other words is
// named once, apart from the cited ones.
func checkVerbatim(t *testing.T, d *corroborate.Dossier) {
	t.Helper()
	text := map[string]string{}
	for _, a := range d.Articles {
		text[a.ID] = a.Text
	}
	for _, s := range d.Summary {
		if len(s.Cites) == 0 || len(s.Spans) != len(s.Cites) {
			t.Errorf("%q: %d cites, %d spans; want at least one cite, each with its span", s.Text, len(s.Cites), len(s.Spans))
			continue
		}
		seen := map[string]bool{}
		for i, id := range s.Cites {
			seen[id] = true
			if !strings.Contains(collapsed(text[id]), collapsed(s.Text)) {
				t.Errorf("%q cites %s, whose text does not hold it", s.Text, id)
			}
			sp := s.Spans[i]
			if sp.Article != id || sp.Start < 0 || sp.End > len(text[id]) || collapsed(text[id][sp.Start:sp.End]) != s.Text {
				t.Errorf("%q: span %+v of %s is not the sentence", s.Text, sp, id)
			}
		}
		for _, sp := range s.SupportedBy {
			if seen[sp.Article] || text[sp.Article] == "" {
				t.Errorf("%q: supported_by names %s twice, or an unknown article", s.Text, sp.Article)
			}
			seen[sp.Article] = true
		}
	}
}

// stated is every article that states s, cited or supporting it in other
// words, sorted.
func stated(s corroborate.SummarySentence) []string {
	out := append([]string{}, s.Cites...)
	for _, sp := range s.SupportedBy {
		out = append(out, sp.Article)
	}
	sort.Strings(out)
	return out
}

// TestCitesOnlyVerbatim: an article that holds the sentence with a double
// space or a no-break space is cited; one that spells its apostrophe
// straight instead of curly, or says it in other words, supports it
// without being cited.
func TestCitesOnlyVerbatim(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 1},
		"The Orvell council’s ferry to Kestle Island will stop running on March 3 after the pier was found unsafe.\n\nTickets bought before then will be refunded at the harbour office.",
		"The Orvell council’s ferry to Kestle Island will stop running  on March\u00a03 after the pier was found unsafe.\n\nDivers inspected the pier last week.",
		"The Orvell council's ferry to Kestle Island will stop running on March 3 after the pier was found unsafe.\n\nIslanders met on Sunday to discuss the news.",
		"Kestle Island’s ferry, run by the Orvell council, is to stop running on March 3 because inspectors found the pier unsafe.\n\nA replacement boat has not been found.")
	checkVerbatim(t, d)
	if len(d.Summary) != 1 {
		t.Fatalf("summary = %q, want one sentence", texts(d))
	}
	s := d.Summary[0]
	if !strings.Contains(s.Text, "council’s ferry") || strings.Join(s.Cites, ",") != "a,b" || strings.Join(stated(s), ",") != "a,b,c,d" {
		t.Errorf("%q cites %v, supported by %v; want the curly wording cited by a and b, supported by c and d", s.Text, s.Cites, s.SupportedBy)
	}
}
