package quotes

import "testing"

// A past participle that opens a sentence's first phrase ("Based on two
// weeks of tests, ...", "Asked about the fares, ...") is no speaker's name.
func TestParticipleOpenerIsNoName(t *testing.T) {
	for _, text := range []string{
		`Based on two weeks of tests, Carran Rail this week declared the bridge unsafe and said "no train will cross it before spring."`,
		`Asked about the fares on Monday, the harbour board said "nothing will change this year."`,
	} {
		for _, g := range extractAll(t, text) {
			if g.Speaker == "Based" || g.Speaker == "Asked" {
				t.Errorf("%q: quotation %q given to %q", text, g.Text, g.Speaker)
			}
		}
	}
}
