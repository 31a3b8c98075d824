package summary_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/claims"
)

// The Tollis Basin water bill: a fictional cluster of ten wire articles
// as a newswire archive holds them. One agency story in three
// write-thrus (the vote count, then reactions, then a rewritten lead),
// three member papers printing the second write-thru under their own
// dateline styles and bylines, cut at different paragraphs; two
// newspaper pieces in their own words with honorifics and dashes; a
// feature that opens on a farmer; and the next day's signing. The copies
// state the agency's detail paragraphs word for word; the event, the
// Senate passing the bill, every article tells in words of its own.
var (
	billAP1 = `WASHINGTON (AP) _ The Senate on Thursday passed a bill that would divide the water of the Tollis Basin among four Western states, ending a fight that has lasted two decades.

The vote was 61-37.

The measure now goes to President Ada Corwin, who has said she will sign it.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.`

	billAP2 = `WASHINGTON (AP) _ The Senate on Thursday passed a bill that would divide the water of the Tollis Basin among four Western states, ending a two-decade fight over the shrinking river.

The vote was 61-37, with nine Republicans joining Democrats in support.

The measure now goes to President Ada Corwin, who has said she will sign it.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.

Sen. Lena Haskett, who wrote the bill, said it would "give farmers and cities something they have not had in twenty years: a number they can plan on."

Opponents said the shares favor the upstream states. Sen. Orrin Pell said his state would lose a third of the water its farms now draw.

The river has fallen to its lowest level in a century of records after years of drought.`

	billAP3 = `WASHINGTON (AP) _ After twenty years of lawsuits and failed compacts, Congress on Thursday sent the president a plan to share the dwindling Tollis River among four Western states.

The Senate passed the bill 61-37, with nine Republicans joining Democrats in support.

The measure now goes to President Ada Corwin, who has said she will sign it.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.

Sen. Lena Haskett, who wrote the bill, said it would "give farmers and cities something they have not had in twenty years: a number they can plan on."

The river has fallen to its lowest level in a century of records after years of drought.`

	// member papers print the second write-thru
	billPaper1 = `By MARA KELLING
Associated Press Writer

WASHINGTON (AP) -- The Senate on Thursday passed a bill that would divide the water of the Tollis Basin among four Western states, ending a two-decade fight over the shrinking river.

The vote was 61-37, with nine Republicans joining Democrats in support.

The measure now goes to President Ada Corwin, who has said she will sign it.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.

The river has fallen to its lowest level in a century of records after years of drought.`

	billPaper2 = `WASHINGTON -- The Senate on Thursday passed a bill that would divide the water of the Tollis Basin among four Western states, ending a two-decade fight over the shrinking river.

The vote was 61-37, with nine Republicans joining Democrats in support.

The measure now goes to President Ada Corwin, who has said she will sign it.

Sen. Lena Haskett, who wrote the bill, said it would "give farmers and cities something they have not had in twenty years: a number they can plan on."

Opponents said the shares favor the upstream states. Sen. Orrin Pell said his state would lose a third of the water its farms now draw.`

	billPaper3 = `WASHINGTON (AP) _ The Senate on Thursday passed a bill that would divide the water of the Tollis Basin among four Western states, ending a two-decade fight over the shrinking river.

The vote was 61-37, with nine Republicans joining Democrats in support.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.

The river has fallen to its lowest level in a century of records after years of drought.

Associated Press writer Tom Abern in Denver contributed to this report.`

	billNYT1 = `WASHINGTON _ The Senate approved legislation on Thursday to split the Tollis River's water among four states, a compromise that took two decades and a drought of historic depth to reach.

The 61-to-37 vote sent the bill to President Ada Corwin, who is expected to sign it next week.

Mrs. Haskett, a Democrat who has pushed the plan since her first term, called the vote "a number they can plan on" for farmers, a phrase she has used for years.

The compromise leaves many upstream farmers worse off, and Mr. Pell, a Republican, warned that lawsuits would follow.

The river has fallen to its lowest level in a century of records after years of drought.`

	billNYT2 = `DENVER _ For the farmers of the lower Tollis valley, the Senate's vote on Thursday to share the river among four states came too late for this year's crop.

Wes Tarrant, who grows alfalfa on land his grandfather cleared, left a third of his fields dry this spring.

"We've been waiting on Washington for twenty years," he said.

The bill the Senate passed gives each state a fixed share of the river in dry years, and a federal board will settle disputes.

The river has fallen to its lowest level in a century of records after years of drought.`

	billFeature = `The river has fallen to its lowest level in a century of records after years of drought.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.

Along the Tollis, the drought has emptied reservoirs, closed boat ramps and left ghost towns of summer cabins.

Water managers in the four states have warned for years that the old compact promised more water than the river carries.`

	billSigned = `WASHINGTON (AP) _ President Ada Corwin on Friday signed the bill dividing the Tollis River among four Western states, a day after the Senate passed it 61-37.

"Today the Tollis stops being a fight and starts being a plan," Corwin said at the signing.

The measure now goes to President Ada Corwin, who has said she will sign it.

The bill gives each state a fixed share of the river's flow in dry years and sets up a federal board to settle disputes.`
)

// wireBytes is the length a wire summary is cut to.
const wireBytes = 665

// TestWireCopiesEventFirst: ten articles, most of them copies or
// write-thrus of one agency story under "WASHINGTON (AP) _" datelines.
// Asked for 100 words and cut to 665 bytes, the summary opens with the
// event (the Senate passing the bill), keeps no dateline or byline, and
// says nothing twice: no two sentences sharing most of their words, no
// two articles' leads telling the vote (a write-thru's rewritten lead
// aligned with the event it retells).
func TestWireCopiesEventFirst(t *testing.T) {
	d := wireSummary(t, "the Senate passing the bill", regexp.MustCompile(`Senate.*(passed|approved)|(passed|approved).*Senate`).MatchString,
		billAP1, billAP2, billAP3, billPaper1, billPaper2, billPaper3, billNYT1, billNYT2, billFeature, billSigned)
	got := texts(d)
	// the sentences a 665-byte cut keeps, each whole or cut
	var kept []string
	n := 0
	for _, s := range d.Summary {
		if n >= wireBytes {
			break
		}
		kept = append(kept, s.Text)
		n += len(s.Text) + 1
	}
	wire := regexp.MustCompile(`WASHINGTON|DENVER|\(AP\)|Associated Press Writer|^By [A-Z]|\s_\s|--`)
	told := 0
	for i, s := range kept {
		for _, body := range []string{billAP1, billAP2, billAP3, billNYT1} {
			if s == leadOf(body) {
				told++
			}
		}
		if wire.MatchString(s) {
			t.Errorf("sentence keeps a dateline, byline or wire prefix: %q", s)
		}
		for _, o := range kept[:i] {
			if shared := sharedShare(s, o); shared >= 0.6 {
				t.Errorf("within %d bytes the summary says one thing twice (%.0f%% of words shared):\n%q\n%q", wireBytes, 100*shared, o, s)
			}
		}
	}
	if told > 1 {
		t.Errorf("within %d bytes the summary tells the Senate passing the bill in %d articles' leads:\n%s", wireBytes, told, got)
	}
}

// leadOf is the first sentence of a wire article, its dateline left out.
func leadOf(body string) string {
	first, _, _ := strings.Cut(body, "\n")
	for _, mark := range []string{" _ ", " -- "} {
		if _, after, ok := strings.Cut(first, mark); ok {
			return after
		}
	}
	return first
}

// sharedShare is the share of the content words of the shorter of a and b
// that the other says too.
func sharedShare(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range claims.ContentWords(s) {
			m[w] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	if len(sb) < len(sa) {
		sa, sb = sb, sa
	}
	if len(sa) == 0 {
		return 0
	}
	in := 0
	for w := range sa {
		if sb[w] {
			in++
		}
	}
	return float64(in) / float64(len(sa))
}
