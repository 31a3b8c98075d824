package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestOpener: a summary opens with the news an article opens with, not
// with a detail from further down that more copies state, nor with a
// sentence leaning on what comes before it, nor with a quotation; a
// sentence among its article's first two that stands alone keeps the
// opening, and an article's opening that tells nothing that happened (a
// feature's "In ferry racing, ...") takes no one's place.
func TestOpener(t *testing.T) {
	detail := &candidate{text: "Harbour officials counted 212 cars on the deck of the Halla that night.", lead: 1 / (1 + 0.5*5), cites: []string{"a", "b", "c"}}
	leaning := &candidate{text: "The man was again turned away by the crew, which set him off.", lead: 1 / (1 + 0.5*3), cites: []string{"a", "b"}}
	news := &candidate{text: "The Halla ferry sank off Tarnport on Friday night, and forty passengers were rescued.", lead: 1, cites: []string{"d"}}
	second := &candidate{text: "Coastguards said all forty passengers of the Halla ferry were rescued from the sea.", lead: 1 / (1 + 0.5), cites: []string{"a", "b"}}
	quoted := &candidate{text: "‘The crew will not sail the Halla again until the hull is mended,’ she said.", lead: 1 / (1 + 0.5), cites: []string{"a", "b"}}
	feature := &candidate{text: "In ferry racing, it is usually about the weather and the tide.", lead: 1, cites: []string{"e"}}
	checkOpener(t, &story{}, []openerCase{
		{"a detail further down gives way to the news", []*candidate{detail, news}, news},
		{"a leaning sentence gives way to the news", []*candidate{leaning, news}, news},
		{"a second sentence that stands alone keeps its place", []*candidate{second, news}, second},
		{"a feature's opening takes no one's place", []*candidate{detail, feature}, detail},
		{"a quotation gives way to the news", []*candidate{quoted, news}, news},
	})
}

// TestOpenerPresumes: a summary does not open with a sentence that takes
// for known what the story introduces with "a" ("The ferry left ..." where
// the articles tell of "a cargo ferry"; "... at the time of the fire.")
// when a sentence among its article's first two tells it plainly; one
// whose noun a relative clause identifies ("The woman who ...") opens as
// it is, and so does one with nothing better beside it than the sentence
// its own article wrote to follow it.
func TestOpenerPresumes(t *testing.T) {
	st := &story{sample: []*corroborate.Article{
		{ID: "a", Text: "A cargo ferry bound for Kessmouth has not been heard from since Friday. A fire broke out in the Orvell harbour library on Monday."},
		{ID: "b", Text: "A woman in Orvell says she has sailed the ferry route every week for forty years."},
	}}
	ferry := &candidate{text: "The ferry left Orvell on July 3 with a crew of twelve and a hold full of grain.", lead: 1, cites: []string{"a", "b"},
		at: corroborate.ClaimSupport{Article: "c", Start: 0}}
	follows := &candidate{text: "Six days after leaving Orvell, its captain radioed that three of the crew had fallen ill.", lead: 1 / (1 + 0.5),
		cites: []string{"c"}, at: corroborate.ClaimSupport{Article: "c", Start: 90}}
	missing := &candidate{text: "Coastguards in Kessmouth said a cargo ferry with twelve crew had gone missing.", lead: 1 / (1 + 0.5),
		cites: []string{"d"}, at: corroborate.ClaimSupport{Article: "d", Start: 80}}
	readers := &candidate{text: "About forty readers were inside the library at the time of the fire.", lead: 1, cites: []string{"e", "f"},
		at: corroborate.ClaimSupport{Article: "e", Start: 0}}
	fire := &candidate{text: "Firefighters were called to a fire at the Orvell harbour library on Monday night.", lead: 1 / (1 + 0.5),
		cites: []string{"g"}, at: corroborate.ClaimSupport{Article: "g", Start: 70}}
	woman := &candidate{text: "The woman who sailed the ferry route for forty years was given a medal on Monday.", lead: 1, cites: []string{"b", "h"},
		at: corroborate.ClaimSupport{Article: "h", Start: 0}}
	checkOpener(t, st, []openerCase{
		{"the ferry not introduced gives way to the one that introduces it", []*candidate{ferry, missing}, missing},
		{"an event pointed at before it is told gives way to the telling", []*candidate{readers, fire}, fire},
		{"a relative clause tells which woman", []*candidate{woman, missing}, woman},
		{"the sentence written to follow it takes no place", []*candidate{ferry, follows}, ferry},
	})
}

// openerCase is one choice of opening: the sentences chosen, and the one
// opener must open with.
type openerCase struct {
	name   string
	chosen []*candidate
	want   *candidate
}

// checkOpener runs st.opener on each case, the first sentence taken for
// the lead.
func checkOpener(t *testing.T, st *story, cases []openerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.chosen[st.opener(tt.chosen, 0)]; got != tt.want {
				t.Fatalf("opener opens with %q, want %q", got.text, tt.want.text)
			}
		})
	}
}
