package claims

import (
	"strings"
	"testing"
)

// TestAttributionAfterQuotedSentenceEnd checks that a closing straight
// quotation mark ending the sentence before is not read as opening this
// one.
func TestAttributionAfterQuotedSentenceEnd(t *testing.T) {
	s := `Crews said "we sail at dawn." Harbour master Ana Vell said the ferry was ready.`
	start := strings.Index(s, "Harbour")
	toks := tokenize(s, start, len(s))
	in := make([]bool, len(toks))
	if !markAttribution(s, toks, in) {
		t.Fatalf("markAttribution(%q) marked nothing", s[start:])
	}
	var got []string
	for k, tk := range toks {
		if in[k] {
			got = append(got, tk.low)
		}
	}
	if strings.Join(got, " ") != "harbour master ana vell said" {
		t.Errorf("markAttribution marked %q, want [harbour master ana vell said]", got)
	}
	// a quotation opening the sentence after a quoted sentence end
	s = `Crews said "we sail at dawn." "The ferry is ready," Vell said.`
	start = strings.Index(s, `"The`)
	toks = tokenize(s, start, len(s))
	in = make([]bool, len(toks))
	markAttribution(s, toks, in)
	for k, tk := range toks {
		if in[k] && tk.low != "vell" && tk.low != "said" {
			t.Errorf("markAttribution marked quoted %q", tk.low)
		}
	}
}
