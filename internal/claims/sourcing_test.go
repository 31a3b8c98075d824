package claims

import (
	"strings"
	"testing"
)

// A company's own announcement of its plan and a newspaper's report of
// that plan, citing people familiar with it, are two claims however alike
// the plan is worded; two reports of the plan are one.
func TestOwnPlanAndReportApart(t *testing.T) {
	const (
		own    = "Wexcombe Co said it would split into two listed companies, separating its ferry and barge businesses from its harbour dredging and salvage operations."
		report = "Wexcombe Co plans to break in two, separating its ferry and barge businesses from its harbour dredging and salvage operations, the Lenna Post reported on Sunday."
		rumour = "Wexcombe plans to split in two, separating its ferry and barge businesses from its harbour dredging and salvage operations, according to people familiar with the matter."
	)
	cases := []struct {
		name string
		a, b string
		want bool // one claim
	}{
		{"own plan and a report", own, report, false},
		{"own plan and people familiar", own, rumour, false},
		{"a day before the verb", strings.Replace(own, "Co said", "Co on Monday said", 1), report, false},
		{"two reports", report, rumour, true},
		{"own plan and a reason cited", own, "Wexcombe Co will split into two listed companies, separating its ferry and barge businesses from its harbour dredging and salvage operations, citing weak demand.", true},
		{"own plan and a loss reported", own, "Wexcombe Co reported a loss and will split into two listed companies, separating its ferry and barge businesses from its harbour dredging and salvage operations.", true},
		{"own plan and a familiar story", own, "Wexcombe Co will split into two listed companies, separating its ferry and barge businesses from its harbour dredging and salvage operations, a familiar story in the industry.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, said := findIn(t, [][3]string{
				{"a", "Tarn Wire", tc.a + "\n\nThe board met in Lenna."},
				{"b", "Lenna Post", tc.b + "\n\nThe company declined to comment."},
			})
			got, _ := supportOf(res, said, "separating its ferry", "b")
			if one := got != "" && strings.Contains(tc.b, got); one != tc.want {
				t.Errorf("one claim = %v, want %v; claims %+v", one, tc.want, res.Claims)
			}
		})
	}
}

// A report as a thing ("will publish the report") tells no report of the
// statement: the board's plan and a sentence naming the same plan with
// the report it concerns are one claim. Nor do a reason cited, a loss
// reported, a familiar story or energy sources; "is" and "are" make no
// plan, and a pronoun alone ("He said it would") announces none.
func TestReportNounIsNoSourcing(t *testing.T) {
	toks := func(s string) []token { return tokenize(s, 0, len(s)) }
	for _, tc := range []struct {
		s    string
		want uint8
	}{
		{"The Harbour Board said it would publish the report on the ferry fire next week.", sourcedOwnPlan},
		{"The harbour board will publish the report on the ferry fire next week, its chair said.", sourcedPlain},
		{"The harbour board will publish its findings next week, according to a report in the Lenna Post.", sourcedByReports},
		{"The harbour board will publish its findings next week, the Lenna Post reported.", sourcedByReports},
		{"Oct 6 (Tarn Wire) - Wexcombe Co on Monday said it plans to sell its barges.", sourcedOwnPlan},
		{"He said it would rain on Friday.", sourcedPlain},
		{"Police said they are looking for two men.", sourcedPlain},
		{"The ministry said it is not aware of the report.", sourcedPlain},
		{"Wexcombe will sell its barges, citing weak demand.", sourcedPlain},
		{"Wexcombe will sell its barges, citing people familiar with the plan.", sourcedByReports},
		{"Wexcombe reported a loss and will sell its barges.", sourcedPlain},
		{"Wexcombe will sell its barges, the Lenna Post reported on Sunday.", sourcedByReports},
		{"The Lenna Post reported that Wexcombe will sell its barges.", sourcedByReports},
		{"Wexcombe will sell its barges, a familiar story on the estuary.", sourcedPlain},
		{"Wexcombe will sell its barges, sources close to the board said.", sourcedByReports},
		{"Wexcombe will buy its power from cheaper sources.", sourcedPlain},
	} {
		if got := sourcingOf(tc.s, toks(tc.s), true); got != tc.want {
			t.Errorf("sourcingOf(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
