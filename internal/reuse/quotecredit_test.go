package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A report that quotes a chief executive's blog post, naming him as the
// writer, credits the post's words to their speaker: the edge reads as
// credited and the quoted text costs the report none of its independence.
// The quotations count only when the quotes stage attributed them, and
// not to an outlet.
func TestQuotingTheSpeakersOwnTextIsCredited(t *testing.T) {
	blog := "When we founded Harrow Ferries twelve years ago, our aim was to make the crossing to Skarn island quiet and clean.\n\n" +
		"Over the last month three of our electric boats lost power after striking driftwood in the channel. No one was hurt.\n\n" +
		"We are extending our warranty to cover damage from driftwood, even if the skipper chose the route. Either our belief in the hulls is right and this costs us little, or we are wrong, in which case the right thing is for Harrow to bear the cost rather than the owner.\n\n" +
		"A software update next week will raise the hull at cruising speed. To be clear, this is about reducing the chance of a hull strike, not about safety. The risk to a passenger is already tiny and the number of injuries to date is zero.\n\n" +
		"Another update expected in March will give the skipper direct control of the hull height in shallow water.\n\n" +
		"Since our first boat sailed, the diesel ferries of the strait have had more than forty engine fires, while ours have had none."
	report := "Port inspectors opened a review of Harrow Ferries on Tuesday after three of its electric boats lost power in the Skarn channel.\n\n" +
		"The inspectors said they had asked the company for its maintenance logs and expected an answer within a week.\n\n" +
		"Harrow is extending its warranty to cover damage from driftwood, even if the skipper chose the route.\n\n" +
		"\"Either our belief in the hulls is right and this costs us little, or we are wrong, in which case the right thing is for Harrow to bear the cost rather than the owner,\" Ossian Vell wrote in a post on the company's website.\n\n" +
		"\"To be clear, this is about reducing the chance of a hull strike, not about safety. The risk to a passenger is already tiny and the number of injuries to date is zero,\" Vell wrote.\n\n" +
		"Another update expected in March will give the skipper direct control of the hull height in shallow water.\n\n" +
		"\"Since our first boat sailed, the diesel ferries of the strait have had more than forty engine fires, while ours have had none,\" Vell wrote.\n\n" +
		"The company's shares fell four percent in Lenna on Wednesday, and two councillors asked for the route to close until the review ends."
	var quotes []corroborate.Quote
	for _, q := range []string{"Either our belief", "To be clear", "Since our first"} {
		start := strings.Index(report, q)
		end := start + strings.Index(report[start:], ",\"")
		quotes = append(quotes, corroborate.Quote{Mentions: []corroborate.QuoteMention{
			{Article: "report", SpeakerText: "Vell", Cue: "wrote", Start: start, End: end}}})
	}
	arts := []corroborate.Article{mkArticle(t, "blog", "", "", blog), mkArticle(t, "report", "", "", report)}
	res := Analyze(arts, quotes, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "blog" {
		t.Fatalf("reuse %v (evidence %v), want blog -> report", summarize(res.Reuse), evidence(res.Reuse))
	}
	r := res.Reuse[0]
	if !r.Credited || r.Credit == nil || r.Credit.Cue != "Vell wrote" {
		t.Errorf("reuse %v, want credited to 'Vell wrote'", summarize(res.Reuse))
	}
	if o := res.Originality[1]; o >= 1 || o < 2.0/3 || res.Origins != 2 {
		// The two sentences it retells unquoted ("Harrow is extending
		// its warranty ...", "Another update expected in March ...") are
		// taken; the quoted ones are free.
		t.Errorf("originality %v, origins %d: want the quoted words free, the two retold sentences taken, and two origins", res.Originality, res.Origins)
	}
	// Quotations said to be an outlet's ("…,' the Harbor Courier
	// reported") credit that outlet, not a speaker.
	for i := range quotes {
		quotes[i].Mentions[0].SpeakerText, quotes[i].Mentions[0].Cue = "the Harbor Courier", "reported"
	}
	if res := Analyze(arts, quotes, Options{}); len(res.Reuse) != 1 || res.Reuse[0].Credited {
		t.Errorf("quotations given to an outlet: reuse %v, want one edge, not credited", summarize(res.Reuse))
	}
	// Without the quotes stage the quotations have no speaker.
	res = Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].Credited {
		t.Errorf("without the quotes stage: reuse %v, want one edge, not credited", summarize(res.Reuse))
	}
}
