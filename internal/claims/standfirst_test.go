package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

const (
	standfirstLine = "Harbour Minister Ada Holm is raising Tolle ferry fares by a third from June, reports the Kessmouth Ledger"
	standfirstLead = "Harbour Minister Ada Holm is raising fares on the Tolle ferry by a third from June, cutting a subsidy the islands have relied on for decades, reports the Kessmouth Ledger."
	standfirstBody = standfirstLine + "\n\n" + standfirstLead + "\n\n" +
		"In letters sent to the councils of Tolle, Brenna and Oskey, the ministry said the subsidy would end on May 31. " +
		"None of these islands has another link to the mainland, and some councillors said they had not been warned.\n\n" +
		"The rise marks the ministry's third cut to island services in two years. Ferry operators must publish the new fares by April 18."
)

// TestStandfirstLeavesTheLead: an article's standfirst (a line with no
// closing stop restating its lead) and its lead state one claim; the lead
// holds it. Alone, the article's claim is worded by its lead; with another
// article, its support is the lead, not the standfirst.
func TestStandfirstLeavesTheLead(t *testing.T) {
	alone := Find([]corroborate.Article{article("a", "Kessmouth Ledger", standfirstBody)}, nil, Options{})
	found := false
	for _, c := range alone.Claims {
		found = found || c.Text == standfirstLead
	}
	if !found {
		t.Errorf("no claim worded by the lead:\n%v", alone.Claims)
	}
	two := Find([]corroborate.Article{
		article("a", "Kessmouth Ledger", standfirstBody),
		article("b", "Oskey Gazette", "Fares on the Tolle ferry will rise by a third from June as Harbour Minister Ada Holm cuts the island subsidy, the ministry confirmed.\n\n"+
			"The ministry said the subsidy would end on May 31. About 9,000 people use the Tolle ferry every day."),
	}, nil, Options{})
	for _, c := range two.Claims {
		for _, s := range c.Support {
			if s.Article != "a" {
				continue
			}
			if got := standfirstBody[s.Start:s.End]; strings.HasPrefix(got, standfirstLine) && !strings.HasPrefix(got, standfirstLead) {
				t.Errorf("claim %q held by the standfirst %q", c.Text, got)
			}
		}
	}
}
