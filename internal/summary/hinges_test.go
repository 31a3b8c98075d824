package summary

import "testing"

// TestIfTheReport: a sentence that puts a condition on a report it does
// not tell leans on the sentence before it; one that names the report,
// or puts a condition on something else, does not.
func TestIfTheReport(t *testing.T) {
	checkBefore(t, "leans", leans,
		[]string{
			"If the report is accurate, the merger could be announced as early as Friday.",
			"If true, the sale would be Tarnwell's largest in a decade.",
			"But if the rumors prove correct, Orlan Dynamics will close its Kessby plant.",
		},
		[]string{
			"If the Kessby plant closes, 400 workers will lose their jobs.",
			"If confirmed, Vell would run a ministry of 9,000 staff.",
			"If the Tarnwell Herald's report is accurate, the merger could be announced on Friday.",
		})
}

// TestAnswered: a party's "declined to comment" gives way once the
// summary has the party's own word, named in full or by initials; it
// stays when the summary has only others' words (a party named after
// the speech verb is spoken of, not heard), or the sentence says
// more than the refusal.
func TestAnswered(t *testing.T) {
	cand := func(s string) *candidate { return &candidate{text: s, nwords: words(s)} }
	own := cand("Orlan-Kessby Dynamics said it would sell its ferry unit to Tarnwell Holdings.")
	other := cand("Analysts at Vell Partners said the sale made sense.")
	for _, tc := range []struct {
		s      string
		chosen []*candidate
		want   bool
	}{
		{"A spokeswoman for OKD declined to comment.", []*candidate{own}, true},
		{"Orlan-Kessby Dynamics did not immediately respond to a request for comment on Monday.", []*candidate{own}, true},
		{"A spokeswoman for OKD declined to comment.", []*candidate{other}, false},
		{"A spokeswoman for Tarnwell declined to comment.", []*candidate{own}, false},
		{"A spokeswoman for Mirlo Shipping declined to comment.", []*candidate{own, other}, false},
		{"OKD declined to comment on the sale, which its workers learned of from a notice pinned to the canteen door on Friday.", []*candidate{own}, false},
	} {
		if got := answered(cand(tc.s), tc.chosen); got != tc.want {
			t.Errorf("answered(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestAnsweredFollowsWording: what answered reads of a candidate is kept
// only while its wording stands: a candidate given a wording that says
// more than the refusal is no longer left out, and one given the refusal
// is.
func TestAnsweredFollowsWording(t *testing.T) {
	own := &candidate{text: "Orlan-Kessby Dynamics said it would sell its ferry unit to Tarnwell Holdings."}
	c := &candidate{text: "A spokeswoman for OKD declined to comment."}
	c.nwords = words(c.text)
	if !answered(c, []*candidate{own}) {
		t.Fatalf("answered(%q) = false, want true", c.text)
	}
	c.text = "OKD will close its Kessby yard in March, a spokeswoman for OKD said."
	c.nwords = words(c.text)
	if answered(c, []*candidate{own}) {
		t.Errorf("answered(%q) = true after the wording changed, want false", c.text)
	}
	c.text = "A spokesman for OKD could not be reached."
	c.nwords = words(c.text)
	if !answered(c, []*candidate{own}) {
		t.Errorf("answered(%q) = false after the wording changed, want true", c.text)
	}
}
