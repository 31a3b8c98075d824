package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/summary"
)

// TestTearGasToldOnce: three outlets tell, each in words of its own and
// none of them as its first sentence alone, that riot police drove
// migrants back from a border with tear gas. The summary tells it once,
// and never says "here" for the place only one article's dateline names.
func TestTearGasToldOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Kessland says it will let the travellers walk on to the northern ports.

At the Varn-Tarnia frontier, Tarnian riot police have fired tear gas at migrants who were trying to force their way through a frontier gate.`,
		`DOLBY, Varn — Tarnian riot police answered on Thursday the stones thrown by migrants at the frontier crossing here with water cannons, clubs and tear gas.

Most of the travellers now turn to Kessland.`,
		`Families trekked into Kessland on Thursday.

Close to the Varnish village of Dolby, Tarnian riot police unleashed tear gas and pepper spray to drive migrants back from the frontier.`)
	checkVerbatim(t, d)
	got := texts2(d.Summary)
	if n := countWith(got, "tear gas"); n != 1 {
		t.Errorf("summary tells the tear gas %d times, want once:\n%s", n, texts(d))
	}
	for _, s := range got {
		if strings.Contains(s, " here ") {
			t.Errorf("summary says %q, a place only a dateline names:\n%s", s, texts(d))
		}
	}
}

// TestScenePlayedBeforeTheNews: two outlets open with the calm before a
// wedding went wrong, one with what happened. The summary opens with
// what happened.
func TestScenePlayedBeforeTheNews(t *testing.T) {
	d := story(t, dossier.Options{},
		`All was going well at the wedding of 27-year-old Oren Malik, a farmer from Dolby, and his 24-year-old bride Lise from Ostrel.

But when Malik fainted during the exchange of rings, the bride called off the wedding and left with her family.

Police in Ostrel said both families later settled the matter.`,
		`All was going well at the wedding of 27-year-old Oren Malik, a farmer from Dolby, and his 24-year-old bride Lise from Ostrel.

The bride walked out after Malik fainted during the exchange of rings.

Police in Ostrel said both families later settled the matter.`,
		`All was going well at the wedding of 27-year-old Oren Malik, a farmer from Dolby, and his 24-year-old bride Lise from Ostrel.

Malik's relatives begged the bride to stay.`,
		`A bride in Varn called off her wedding and walked out after the groom fainted during the exchange of rings.

Police in Ostrel said both families later settled the matter.`)
	checkVerbatim(t, d)
	if len(d.Summary) == 0 {
		t.Fatal("no summary")
	}
	if first := d.Summary[0].Text; strings.HasPrefix(first, "All was going well") {
		t.Errorf("summary opens with the scene before the news, %q:\n%s", first, texts(d))
	}
}

// TestBodyFoundNotFirst: four outlets state that a colleague found "his
// body"; whose, only the sentences before it say. The summary opens with
// the sentence that says who died.
func TestBodyFoundNotFirst(t *testing.T) {
	found := "A colleague found his body at 2am on Friday, the day after the raid on the harbour office that left nine people dead."
	d := story(t, dossier.Options{SummarySentences: 3},
		"A Varnish police inspector who led the inquiry into last week's raid on the harbour office took his own life, Varn radio reported.\n\n"+found,
		"Inspector Paul Dorne, 51, shot himself at the station in Ostrel, according to reports.\n\n"+found,
		found+"\n\nDorne had joined the police in 1994.",
		found+"\n\nDorne had joined the police in 1994, working first in Mirn.")
	checkVerbatim(t, d)
	if len(d.Summary) == 0 {
		t.Fatal("no summary")
	}
	if first := d.Summary[0].Text; strings.Contains(first, "his body") {
		t.Errorf("summary opens with %q, whose pronoun points to no one:\n%s", first, texts(d))
	}
}

// TestOneOfThePeopleBriefed: a sentence crediting "one of the people
// briefed on the talks", whom only the sentence before it in its article
// introduced, is left out when that sentence is not chosen before it.
func TestOneOfThePeopleBriefed(t *testing.T) {
	d := story(t, dossier.Options{},
		`Kessco will buy the ferry operator Tarn Lines for $40 million, the companies said on Monday.

Tarn Lines' owners had looked for a buyer since the spring, people briefed on the talks said.

Kessco first approached Tarn Lines about four months ago, keen to pursue a deal, one of the people briefed on the talks said.`,
		`Kessco is in talks to buy the ferry operator Tarn Lines, people briefed on the matter said.

Tarn Lines runs six ferries between Dolby and the islands.`,
		`The ferry operator Tarn Lines has agreed to be bought by Kessco for $40 million.

Kessco already runs the Ostrel harbour.

Kessco first approached Tarn Lines about four months ago, keen to pursue a deal, one of the people briefed on the talks said.`)
	checkVerbatim(t, d)
	for _, s := range texts2(d.Summary) {
		if strings.Contains(s, "one of the people briefed") {
			t.Errorf("summary credits a speaker it never introduced: %q\n%s", s, texts(d))
		}
	}
}

// TestBackgroundPresentedNotSummed: "Here's the background to the case."
// presents what its article says next; no summary sentence.
func TestBackgroundPresentedNotSummed(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 5},
		`A court in Ostrel has ruled that the hacker Ivo Brand should not be sent to Varn to stand trial.

Here's the background to Brand's case.

Brand, 29, has a heart condition, his lawyers said.`,
		`The hacker Ivo Brand has won his appeal against being sent to Varn to stand trial.

Here's the background to Brand's case.

The judges said Varn's charges were serious.`,
		`Judges in Ostrel blocked the transfer of the hacker Ivo Brand to Varn.

His lawyers said he would have been at risk in a Varn jail.`)
	checkVerbatim(t, d)
	for _, s := range texts2(d.Summary) {
		if strings.HasPrefix(s, "Here's") {
			t.Errorf("summary holds %q:\n%s", s, texts(d))
		}
	}
}

// TestExtraditionToldOnce: two outlets lead with one ruling, one as an
// appeal won against extradition, the other as a ruling that the man
// should not be extradited. The summary tells the ruling once.
func TestExtraditionToldOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Accused hacker Ivo Brand has won his High Court appeal against his extradition to Varn.

The judges urged prosecutors in Ostrel to consider charging him at home.`,
		`The High Court has ruled that accused Ostrel hacker Ivo Brand should not be extradited to Varn to face charges.

Brand's lawyers said he would have been at risk in a Varn jail.`,
		`Ivo Brand, 29, has a heart condition and a depressive illness.

The judges said the charges were serious.`)
	checkVerbatim(t, d)
	if n := countWith(texts2(d.Summary), "extradit"); n != 1 {
		t.Errorf("summary tells the ruling %d times, want once:\n%s", n, texts(d))
	}
}

// TestAirstrikesToldOnce: two outlets lead with new airstrikes on a
// city, one as a confrontation that escalated. The summary tells them once.
func TestAirstrikesToldOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Tarnia launched more airstrikes on Dolby early Tuesday, hitting the tower home of a militia commander.

Militants fired more than 90 rockets at Tarnia, wounding four people.`,
		`A confrontation between Tarnia and the Dolby militia sparked by weeks of unrest escalated Tuesday as Tarnia unleashed new airstrikes on Dolby while militants fired rockets at the south.

Schools across the south stayed shut.`,
		`Tarnia killed at least 14 people in Dolby in raids since Monday evening, Dolby health officials said.

The militia vowed to fight on.`,
		`Tarnia launched more airstrikes on Dolby early Tuesday, hitting the tower home of a militia commander.

The militia vowed to fight on.`)
	checkVerbatim(t, d)
	if n := countWith(texts2(d.Summary), "airstrikes"); n != 1 {
		t.Errorf("summary tells the airstrikes %d times, want once:\n%s", n, texts(d))
	}
}

// TestOpenerNamedThenRetold: the summary opens with a claim whose own
// wording names no one, in the wording of another article that names the
// hacker in full; a third article's lead, which tells the same ruling in
// other words beside that wording, is then the ruling told twice, and is
// left out for another sentence.
func TestOpenerNamedThenRetold(t *testing.T) {
	const (
		plain = "An alleged computer hacker from Kessa won his appeal Monday against extradition to Varn, where he is wanted for breaking into government networks."
		named = "Alleged computer hacker Ivo Brand has won his High Court appeal against his extradition to Varn."
		again = "The Ostrel High Court has ruled that accused Kessan hacker Ivo Brand should not be extradited to Varn to face charges."
		urged = "The judges urged prosecutors in Kessa to consider charging Ivo Brand at home."
		heart = "Snow closed two roads near Ostrel on Monday."
	)
	arts := []corroborate.Article{
		article("a", plain+"\n\n"+urged),
		article("b", named+"\n\n"+heart),
		article("c", again+"\n\nThe new ruling overturns a lower court's decision of last year."),
		article("d", plain+"\n\nHis lawyers welcomed the ruling."),
	}
	span := func(a corroborate.Article, s string) corroborate.ClaimSupport {
		i := strings.Index(a.Text, s)
		return corroborate.ClaimSupport{Article: a.ID, Start: i, End: i + len(s)}
	}
	d := &corroborate.Dossier{Articles: arts, Claims: []corroborate.Claim{
		{ID: "c1", Text: plain, Support: []corroborate.ClaimSupport{span(arts[0], plain), span(arts[3], plain), span(arts[1], named)}, Origins: 3},
		{ID: "c2", Text: again, Support: []corroborate.ClaimSupport{span(arts[2], again)}, Origins: 1},
		{ID: "c3", Text: urged, Support: []corroborate.ClaimSupport{span(arts[0], urged)}, Origins: 1},
		{ID: "c4", Text: heart, Support: []corroborate.ClaimSupport{span(arts[1], heart)}, Origins: 1},
	}}
	got := summary.Build(d, nil, summary.Options{Sentences: 3})
	if n := countWith(texts2(got), "extradit"); n != 1 {
		t.Errorf("summary tells the ruling %d times, want once:\n%q", n, texts2(got))
	}
	// the ruling told twice leaves its place to another sentence
	if len(got) != 3 {
		t.Errorf("summary has %d sentences, want 3:\n%q", len(got), texts2(got))
	}
}

// TestDatelineHereLeftOut: a sentence that says "here" for the town only
// its article's dateline names is left out of the summary, which gives no
// dateline.
func TestDatelineHereLeftOut(t *testing.T) {
	d := story(t, dossier.Options{},
		`DOLBY, Varn — Hundreds of families camped on Thursday at the frontier crossing here, hoping Tarnia would open the gate.

Tarnian police kept the gate shut.`,
		`DOLBY, Varn (Kess Press) — Hundreds of families camped on Thursday at the frontier crossing here, hoping Tarnia would open the gate.

Kessland said it would let them pass.`,
		`Kessland opened two camps on Thursday for the families turned back from Tarnia.

Tarnian police kept the gate shut, witnesses said.`)
	checkVerbatim(t, d)
	for _, s := range texts2(d.Summary) {
		if strings.Contains(s, " here") {
			t.Errorf("summary says %q, a place only a dateline names:\n%s", s, texts(d))
		}
	}
}

// TestClaimToldAsClaimed: two outlets state as fact what a third says a
// farmer claims; the claim is told in the words that attribute it.
func TestClaimToldAsClaimed(t *testing.T) {
	d := story(t, dossier.Options{},
		`A farmer in Dolby took revenge on the cattle thieves who shot his dog, killing two of them and wounding three others during a night-long fight.

Police in Dolby said they were looking into the fight.`,
		`A Dolby farmer claims to have killed two cattle thieves and wounded three others during a night-long fight after they shot his dog.

Police in Dolby said they were looking into the fight.`,
		`The farmer killed two of the cattle thieves and wounded three others during a night-long fight, after they shot his dog on his farm near Dolby.

Neighbours said the gang had raided farms across the valley for months.`)
	checkVerbatim(t, d)
	for _, s := range texts2(d.Summary) {
		if strings.Contains(s, "killed two") || strings.Contains(s, "killing two") {
			if !strings.Contains(s, "claims to have") {
				t.Errorf("summary states the farmer's claim as fact: %q\n%s", s, texts(d))
			}
			return
		}
	}
	t.Errorf("summary leaves out the fight:\n%s", texts(d))
}
