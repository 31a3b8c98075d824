package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// bikeLocal is a local paper's report of a bicycle ring, bikeWire a wire
// rewrite that takes its quotes, CUE standing for how it credits them.
const (
	bikeLocal = "A 19-year-old Orvell man was jailed for six years for running a ring of bicycle thieves across the valley.\n\n" +
		"Detective Mara Quint said he sold the stolen bikes at a flea market in Tarven every Saturday, keeping the money in a shoebox under his bed at the farm.\n\n" +
		"\"He found the boys through friends and on the school bus, and then he sent them out every night with bolt cutters,\" Quint said.\n\n" +
		"\"We got the bikes back to most of the families, but these rings are ruining the valley's trust in its neighbours,\" she said."
	bikeWire = "March 3 (Harbour Wire) -- A court in the Orvell valley sentenced a young man to six years in prison for organising the theft of bicycles by teenagers, records show. Police said he sold the stolen bikes at a flea market in Tarven every Saturday and hid the cash in a shoebox under his bed at the farm.\n\n" +
		"\"He found the boys through friends and on the school bus, and then he sent them out every night with bolt cutters,\" " +
		"the detective said CUE.\n\n" +
		"\"We got the bikes back to most of the families, but these rings are ruining the valley's trust in its neighbours,\" she added."
)

// A wire rewrite that takes a local paper's quotes and credits a paper for
// them in the quote's own sentence reuses that text when the paper's
// outlet is not known (a text read without its page): the text may be
// that paper's. An interview cue ("speaking to the Lenna Ledger") is no
// credit for text, a known outlet of another name is not the one
// credited, and a credit in a sentence of its own vouches for no
// quotation.
func TestQuotesCreditedToAnUnknownOutlet(t *testing.T) {
	tests := []struct {
		name, cue, localOutlet string
		want                   int
	}{
		{"a credit, the paper's outlet unknown", ", according to the Lenna Ledger", "", 1},
		{"an interview, the paper's outlet unknown", ", speaking to the Lenna Ledger", "", 0},
		{"a credit to another known outlet", ", according to the Lenna Ledger", "Calder Courier", 0},
		{"a credit in another sentence", ". The case was first reported by the Lenna Ledger", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corroborate.Article{
				mkArticle(t, "local", tt.localOutlet, "", bikeLocal),
				mkArticle(t, "wire", "Harbour Wire", "", strings.Replace(bikeWire, "CUE", tt.cue, 1)),
			}
			if res := Analyze(arts, nil, Options{}); len(res.Reuse) != tt.want {
				t.Errorf("reuse %v, want %d edges", summarize(res.Reuse), tt.want)
			}
		})
	}
}
