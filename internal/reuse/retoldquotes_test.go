package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A quotation two articles share, which one of them credits to an outlet
// in its own sentence ("…, the detective said, according to the Lenna
// Ledger"), is no sign that it copied the other when a third article,
// which shares nothing else with either, carries the quotation too: the
// words went round the story from their speaker. When the third article
// is a copy of one of the two (it shares their narrative), the quotation
// is still the credited outlet's alone, and the credit stands as reuse.
func TestQuotesRetoldAcrossTheStoryAreNoReuse(t *testing.T) {
	local := bikeLocal
	wire := strings.Replace(bikeWire, "CUE", ", according to the Lenna Ledger", 1)
	radio := "Orvell police held a news conference on Friday about the bicycle ring, which the sheriff called the largest in the county's history.\n\n" +
		"\"He found the boys through friends and on the school bus, and then he sent them out every night with bolt cutters,\" the detective told reporters.\n\n" +
		"Parents in Tarven have started a group to mark their children's bikes with engraved numbers."
	reprint := strings.Replace(local, "across the valley.", "across the valley, court papers show.", 1)
	// A blog that took the quotation from the Ledger too, and says so in a
	// sentence of its own: it carries the Ledger's words, no sign that they
	// went round the story.
	blog := "The Lenna Ledger first reported the sentencing of the Orvell bicycle ring leader on Friday.\n\n" +
		"\"He found the boys through friends and on the school bus, and then he sent them out every night with bolt cutters,\" the detective told the paper.\n\n" +
		"Parents in Tarven have started a group to mark their children's bikes with engraved numbers."
	fillers := []string{
		"The Orvell school board will discuss bicycle racks with locks at its meeting next Tuesday, its chair said.",
		"Insurers in the valley said claims for stolen bicycles had doubled in the past year, and premiums would rise in the spring.",
		"A Tarven flea market trader said he had never been asked where the bicycles on his stall came from.",
	}
	for _, tt := range []struct {
		name, third string
		want        int // edges of wire
	}{
		{"a third report of the news conference", radio, 0},
		{"a reprint of the local report", reprint, 1},
		{"a blog crediting the same outlet", blog, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corroborate.Article{
				mkArticle(t, "local", "", "", local),
				mkArticle(t, "wire", "Harbour Wire", "", wire),
				mkArticle(t, "third", "", "", tt.third),
			}
			for i, f := range fillers {
				arts = append(arts, mkArticle(t, "filler"+string(rune('a'+i)), "", "", f))
			}
			res := Analyze(arts, nil, Options{})
			got := 0
			for _, r := range res.Reuse {
				if r.To == "wire" || r.From == "wire" {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("edges of wire = %d (reuse %v), want %d", got, summarize(res.Reuse), tt.want)
			}
		})
	}
}
