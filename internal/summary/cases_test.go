package summary_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/summary"
)

// story builds a dossier of bodies (ids a, b, c, ...) with every stage run.
func story(t *testing.T, opt dossier.Options, bodies ...string) *corroborate.Dossier {
	t.Helper()
	var arts []corroborate.Article
	for i, b := range bodies {
		arts = append(arts, article(string(rune('a'+i)), b))
	}
	d := dossier.Build(arts, opt)
	for _, s := range d.Summary {
		checkSpans(t, s, d)
	}
	return d
}

// checkSpans fails unless s cites articles, carries one passage for each,
// each passage inside its article, and its text is, white space aside,
// the passage of one of them.
func checkSpans(t *testing.T, s corroborate.SummarySentence, d *corroborate.Dossier) {
	t.Helper()
	if len(s.Cites) == 0 || len(s.Spans) != len(s.Cites) {
		t.Errorf("sentence %q: cites %v, spans %v, want one span per cited article", s.Text, s.Cites, s.Spans)
		return
	}
	verbatim := false
	for i, sp := range s.Spans {
		if sp.Article != s.Cites[i] {
			t.Errorf("sentence %q: span %d is in %s, cites %s", s.Text, i, sp.Article, s.Cites[i])
		}
		for _, a := range d.Articles {
			if a.ID != sp.Article {
				continue
			}
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				t.Errorf("sentence %q: span %v outside article %s", s.Text, sp, a.ID)
				continue
			}
			if strings.Join(strings.Fields(a.Text[sp.Start:sp.End]), " ") == s.Text {
				verbatim = true
			}
		}
	}
	if !verbatim {
		t.Errorf("sentence %q is the passage of none of its cited articles %v", s.Text, s.Spans)
	}
}

func texts(d *corroborate.Dossier) string {
	var b strings.Builder
	for _, s := range d.Summary {
		fmt.Fprintln(&b, s.Text)
	}
	return b.String()
}

// TestCentralEventFirst: the event every article leads with is chosen over
// a vivid detail only one article gives.
func TestCentralEventFirst(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 1},
		`Trade envoy Olek Marsh was shot dead in Vantrell on Friday, police said.

An aide was also shot and taken to hospital with wounds to his arm and chest, a witness said.

The envoy had arrived in the city two days earlier for talks on grain tariffs.`,
		`Olek Marsh, the trade envoy, was shot dead in Vantrell on Friday, according to police.

Police have not named a suspect and the motive for the attack on the envoy is unclear.`,
		`The trade envoy Olek Marsh was shot dead on Friday in Vantrell, police said.

Markets in the capital fell sharply after news of the killing spread on Friday afternoon.`)
	if len(d.Summary) != 1 || !strings.Contains(d.Summary[0].Text, "shot dead") {
		t.Fatalf("summary = %q, want the killing every article leads with", texts(d))
	}
	if got := stated(d.Summary[0]); len(got) != 3 {
		t.Errorf("first sentence stated by %v, want the three articles that state it", got)
	}
	checkVerbatim(t, d)
}

// TestOriginWordingOverCredit: a copy that credits its source adds
// "..., reports the Valley Courier"; the origin's own wording is chosen.
func TestOriginWordingOverCredit(t *testing.T) {
	origin := `The Harlow Museum of Clocks will reopen on May 4 after a two-year renovation that cost 6 million crowns.

The museum's director, Petra Lindqvist, said the east wing now holds the collection of tower clocks.

Tickets for the opening weekend will be free for residents of the town.`
	d := story(t, dossier.Options{SummarySentences: 3}, origin,
		`The Harlow Museum of Clocks will reopen on May 4 after a two-year renovation that cost 6 million crowns, reports the Valley Courier.

The museum's director, Petra Lindqvist, said the east wing now holds the collection of tower clocks.

Tickets for the opening weekend will be free for residents of the town.`)
	got := texts(d)
	if strings.Contains(got, "reports the") {
		t.Errorf("summary keeps the copy's credit:\n%s", got)
	}
	if !strings.Contains(got, "reopen on May 4") {
		t.Errorf("summary lacks the reopening:\n%s", got)
	}
}

// TestIntroducedBeforeSurname: "Okafor says" never comes before the
// sentence that introduces Mina Okafor.
func TestIntroducedBeforeSurname(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 4},
		`Okafor says the new quay will let container ships twice the present size dock at Kellin.

The port of Kellin will spend 40 million euros on a new container quay, harbour master Mina Okafor said on Tuesday.

Work on the quay is due to start in the spring and last three years.`,
		`The port of Kellin will spend 40 million euros on a new container quay, harbour master Mina Okafor said on Tuesday.

Okafor says the new quay will let container ships twice the present size dock at Kellin.

Fishermen fear the works will close part of the old harbour to their boats.`)
	checkIntroduced(t, d, "Mina Okafor")
}

// checkIntroduced fails when a summary sentence names the surname of full
// before one gives full.
func checkIntroduced(t *testing.T, d *corroborate.Dossier, full string) {
	t.Helper()
	sn := full[strings.LastIndexByte(full, ' ')+1:]
	introduced := false
	for _, s := range d.Summary {
		if strings.Contains(s.Text, full) {
			introduced = true
		} else if strings.Contains(s.Text, sn) && !introduced {
			t.Errorf("%q comes before %s is introduced:\n%s", s.Text, full, texts(d))
		}
	}
}

// TestPossessiveSurnameIntroduced: "Okafor's plan" is a reference to Mina
// Okafor as much as "Okafor says" is, and never comes before she is
// introduced.
func TestPossessiveSurnameIntroduced(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 3},
		`Harbour engineers said the new quay grew out of Okafor's plan to dredge the channel at Kellin.

The port of Kellin will spend 40 million euros on a new container quay, harbour master Mina Okafor said on Tuesday.`,
		`Harbour engineers said the new quay grew out of Okafor's plan to dredge the channel at Kellin.

Fishermen fear the works will close part of the old harbour to their boats for three years.`,
		`Harbour engineers said the new quay grew out of Okafor's plan to dredge the channel at Kellin.

The port of Kellin will spend 40 million euros on a container quay, said harbour master Mina Okafor.`)
	checkIntroduced(t, d, "Mina Okafor")
}

// TestWirePrefixAndClutterLeftOut: a dateline with the agency's tag is
// left out of the sentence; page furniture and a sentence in another
// language than the story's are never chosen.
func TestWirePrefixAndClutterLeftOut(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 6},
		`BRELLIN, Osterland (AP) _ The Osterland parliament voted on Thursday to raise the school leaving age to 18 from the autumn of next year.

Embed this video: autoplay on, copy this code to your site.

Email This Story to a friend or colleague who may like it.

Continue reading the main story Schools in the north will need forty more teachers by the autumn.

Top 5 Lake Views"Best swim in the valley, bring a towel and some lunch.

Minister Paavo Rask, left, shakes hands with teachers outside the parliament building.

Il parlamento ha votato la legge con una larga maggioranza dopo una lunga discussione.

The education minister said the change would keep about 9,000 more pupils in classes each year.`,
		`The Osterland parliament voted on Thursday to raise the school leaving age to 18, a change that starts next autumn.

Teachers' unions said the schools would need more staff to take the extra pupils.

Opposition members said the vote was rushed through before the summer recess.`)
	got := texts(d)
	for _, bad := range []string{"BRELLIN", "(AP)", "Embed", "Email This", "Continue reading", "parlamento", "Lake Views", "left,"} {
		if strings.Contains(got, bad) {
			t.Errorf("summary holds %q:\n%s", bad, got)
		}
	}
	if !strings.HasPrefix(got, "The Osterland parliament voted") {
		t.Errorf("summary starts %q, want the vote", got)
	}
}

// TestDatedDatelineAndBareAgency: a dateline that carries a date and an
// agency's tag in brackets with no dash after it are left out too; a
// hyphenated "far-right," is no photo caption's "right,".
func TestDatedDatelineAndBareAgency(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 2},
		`MARLOW, Oct 3 (Reuters) - A far-right, anti-tax party won the most seats in the Marlow city council election on Sunday, ending forty years of rule by the Harbour League.

Turnout was the highest since the council was founded, officials said.`,
		`(CNN) A far-right, anti-tax party won the most seats in Marlow's city council election on Sunday, ending the Harbour League's forty years in power.

Turnout was the highest since the council was founded, election officials said on Monday.`)
	got := texts(d)
	for _, bad := range []string{"MARLOW", "Oct 3", "(Reuters)", "(CNN)"} {
		if strings.Contains(got, bad) {
			t.Errorf("summary holds %q:\n%s", bad, got)
		}
	}
	if !strings.HasPrefix(got, "A far-right, anti-tax party won") {
		t.Errorf("summary starts %q, want the election result", got)
	}
}

// TestAsManyAsAsked: asked for four, the summary has four sentences when
// the articles hold four usable ones, even when some claims have no usable
// wording.
func TestAsManyAsAsked(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 4},
		`Share this:

The Tamsen ferry will stop running on weekdays from March, the island council said.

The council said the ferry lost 800,000 crowns last year as passenger numbers fell.

Islanders will be able to book a water taxi at the ferry fare on weekday mornings.

Read more`,
		`Share this:

The Tamsen ferry will stop running on weekdays from March, according to the island council.

A petition against the cut has gathered 2,300 signatures in two weeks.

Read more`)
	if len(d.Summary) != 4 {
		t.Errorf("summary has %d sentences, want 4:\n%s", len(d.Summary), texts(d))
	}
}

// TestWordBudget: a length budget is met by leaving out the weakest
// sentences, not the last ones in reading order; a budget no sentence fits
// still gets the strongest.
func TestWordBudget(t *testing.T) {
	d, weak := dam()
	strong := summary.Build(d, weak, summary.Options{Sentences: 3})
	budget := 0
	for _, s := range strong {
		budget += len(strings.Fields(s.Text))
	}
	got := summary.Build(d, weak, summary.Options{Words: budget})
	n := 0
	within := got[:0:0]
	for _, s := range got {
		if !s.BeyondBudget {
			n += len(strings.Fields(s.Text))
			within = append(within, s)
		}
	}
	if n > budget {
		t.Errorf("Build(Words: %d) = %d words", budget, n)
	}
	if texts(&corroborate.Dossier{Summary: within}) != texts(&corroborate.Dossier{Summary: strong}) {
		t.Errorf("Build(Words: %d) =\n%swant the three strongest, in reading order:\n%s", budget,
			texts(&corroborate.Dossier{Summary: within}), texts(&corroborate.Dossier{Summary: strong}))
	}
	if one := summary.Build(d, weak, summary.Options{Words: 3}); len(one) != 1 {
		t.Errorf("Build(Words: 3) = %d sentences, want the strongest one", len(one))
	}
}

// TestWordBudgetFilled: room left under a budget, however little, none
// even, is filled by one more sentence, the strongest left, put last and
// marked as running past the budget; the sentences before it fit.
func TestWordBudgetFilled(t *testing.T) {
	d, weak := dam()
	strong := summary.Build(d, weak, summary.Options{Sentences: 3})
	for _, room := range []int{0, 1, 5} {
		budget := len(strings.Fields(strong[0].Text)) + room
		got := summary.Build(d, weak, summary.Options{Words: budget})
		if len(got) < 2 {
			t.Fatalf("Build(Words: %d) = %q, want the room filled", budget, texts(&corroborate.Dossier{Summary: got}))
		}
		last := got[len(got)-1]
		within := 0
		for _, s := range got[:len(got)-1] {
			if s.BeyondBudget {
				t.Errorf("%q is marked beyond the budget but is not last", s.Text)
			}
			within += len(strings.Fields(s.Text))
		}
		if !last.BeyondBudget || within > budget || within+len(strings.Fields(last.Text)) <= budget {
			t.Errorf("Build(Words: %d): %d words fit, then %q (beyond: %v); want it to run past the budget and say so",
				budget, within, last.Text, last.BeyondBudget)
		}
		if one := summary.Build(d, weak, summary.Options{Words: budget, Sentences: 1}); len(one) != 1 {
			t.Errorf("Build(Words: %d, Sentences: 1) = %d sentences; a sentence count still bounds the fill", budget, len(one))
		}
	}
}

// TestNoPronounFirst: a summary does not open with a sentence whose
// subject is a pronoun for someone it never named.
func TestNoPronounFirst(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 1},
		`He told the court in Marrow on Monday that the Fennick shipyard had hidden its debts from the city for years.

The Fennick shipyard hid its debts of 30 million crowns from the city of Marrow, an auditor told the court on Monday.`,
		`He told the court in Marrow on Monday that the Fennick shipyard had hidden its debts from the city for years.

Auditor Lena Hoff told the court the shipyard's debts had reached 30 million crowns by last spring.`)
	if len(d.Summary) != 1 || strings.HasPrefix(d.Summary[0].Text, "He ") {
		t.Errorf("summary = %q, want one sentence that does not open with a pronoun", texts(d))
	}
}

// TestNoUnattributedFirstPerson: a letter quoted over several paragraphs,
// its sentences repeated by every article, gives the summary no sentence
// whose "I", "my" or "you" no speaker is said to speak; the news of the
// letter is told instead.
func TestNoUnattributedFirstPerson(t *testing.T) {
	letter := `"Dear Mrs Vell,

"I still think of you as the best coach our swimming club ever had.

"Almost all of my team cried when you told us you were leaving Harrow Bay.

"You taught me to swim the whole length of the harbour without stopping."`
	d := story(t, dossier.Options{SummarySentences: 4},
		`A ten-year-old swimmer has written a farewell letter to her coach, Tilde Vell, who is leaving the Harrow Bay swimming club after twenty years.

The letter was pinned to the club's notice board on Saturday and has been shared thousands of times.

`+letter,
		`A ten-year-old swimmer's farewell letter to her coach, Tilde Vell, has been shared thousands of times since it was pinned up at the Harrow Bay club.

Vell, who is retiring after twenty years at the club, said the letter made her cry.

`+letter+`

Since I pinned it up, the whole club has stopped by my office to read it twice.`,
		`The farewell letter a ten-year-old swimmer wrote to her coach Tilde Vell, who is retiring from the Harrow Bay club, has been shared thousands of times.

The full letter reads:

`+letter)
	if len(d.Summary) == 0 {
		t.Fatalf("no summary")
	}
	for _, s := range d.Summary {
		for _, w := range strings.Fields(s.Text) {
			switch strings.Trim(w, `"“”'‘’,.;:!?`) {
			case "I", "my", "me", "we", "us", "our", "you", "You", "My", "We", "Our":
				t.Errorf("summary sentence %q speaks in a voice no one is said to speak:\n%s", s.Text, texts(d))
			}
		}
	}
	if !strings.Contains(d.Summary[0].Text, "farewell letter") {
		t.Errorf("summary opens %q, want the letter's news", d.Summary[0].Text)
	}
}

// TestWireCopyQuotesAndWraps: wire copy types its quotation marks
// (“...”) and may break a sentence over two lines read as paragraphs;
// neither a quotation's piece (its first sentence, left open, or the
// next) nor a sentence's tail is chosen.
func TestWireCopyQuotesAndWraps(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 4},
		"KELLIN, Osterland (AP) _ Floods in the Kellin valley have killed at least 40 people and cut off a dozen villages, officials said Friday.\n\n"+
			"``We have nothing left. The water took the houses, the cattle and the school.\n\n"+
			"``Nobody has come to help us,'' said a farmer in the valley town of\n\n"+
			"Orsa, who lost his house and his herd of forty cattle on Thursday night.\n\n"+
			"Army helicopters dropped food and water to the villages on Friday.",
		"Floods in the Kellin valley have killed at least 40 people and cut off a dozen villages, officials said.\n\n"+
			"``We have nothing left. The water took the houses, the cattle and the school.\n\n"+
			"``Nobody came,'' a farmer told reporters in the town of\n\n"+
			"Orsa, who lost his house and his herd of forty cattle on Thursday night.\n\n"+
			"The army said helicopters dropped food and water to the villages on Friday.")
	got := texts(d)
	for _, bad := range []string{"We have nothing", "The water took", "Orsa, who lost"} {
		if strings.Contains(got, bad) {
			t.Errorf("summary holds %q:\n%s", bad, got)
		}
	}
	if !strings.HasPrefix(got, "Floods in the Kellin valley have killed") {
		t.Errorf("summary starts %q, want the floods", got)
	}
}

// TestQuotationNotFact: a producer's words, printed plainly on her own
// blog and quoted by the news articles, are what she said: the summary
// does not state them in its own voice; it tells the news.
func TestQuotationNotFact(t *testing.T) {
	words := `The storm scenes in Storm Rider are no worse than what the crews of the Kestle strait see every single winter.`
	d := story(t, dossier.Options{SummarySentences: 3},
		`I was sad to read that Olaf Renn no longer supports our film.

`+words+`

The film opens in Kessmouth cinemas on the first of May.`,
		`Skipper Olaf Renn has withdrawn his support for the ferry film Storm Rider because of its violent storm scenes.

Producer Mia Dorn answered him on her blog. "`+words+`" she wrote.

Renn plays the ferry's captain in the film.`,
		`Olaf Renn has withdrawn his support for Storm Rider, the ferry film in which he plays the captain, because of its violent storm scenes.

"`+words+`" producer Mia Dorn wrote on her blog on Tuesday.`)
	for _, s := range d.Summary {
		if s.Text == words {
			t.Errorf("summary states Dorn's words as fact:\n%s", texts(d))
		}
	}
	if len(d.Summary) == 0 || !strings.Contains(d.Summary[0].Text, "withdrawn his support") {
		t.Errorf("summary opens %q, want the withdrawal:\n%s", texts(d), texts(d))
	}
}

// TestVoteAfterWhatWasVotedOn: "Only ... voted no" and "the third
// ministry" come after the sentences that say what was voted on and which
// ministries, or not at all.
func TestVoteAfterWhatWasVotedOn(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 4},
		`Only Councillor Ada Holm of Tarn voted no.

The Kessmouth council on Tuesday passed a bill to keep the night ferry running through the winter, by a vote of 11 to 1.

Holm had promised to close three ministries of the island government, then forgot one of them in a debate.`,
		`The Kessmouth council passed a bill on Tuesday that keeps the night ferry running all winter.

Only Councillor Ada Holm of Tarn voted no.

Holm later said the third ministry would have been the Ferry Office.`,
		`Councillor Ada Holm of Tarn was the only one to vote against it.

Only Councillor Ada Holm of Tarn voted no.

The council passed the night ferry bill on Tuesday after two weeks of talks.`)
	vote, bill := -1, -1
	for i, s := range d.Summary {
		if strings.Contains(s.Text, "voted no") {
			vote = i
		}
		if bill < 0 && strings.Contains(s.Text, "bill") {
			bill = i
		}
		if strings.Contains(s.Text, "the third ministry") && !strings.Contains(texts(&corroborate.Dossier{Summary: d.Summary[:i]}), "three ministries") {
			t.Errorf("%q comes before the ministries are named:\n%s", s.Text, texts(d))
		}
	}
	if bill < 0 || vote >= 0 && vote < bill {
		t.Errorf("the vote comes before what it was on:\n%s", texts(d))
	}
}

// TestFamilyNameIntroduced: "that Ryu appeared" never comes before the
// sentence that gives Ryu Han-sol's whole name, written family name
// first.
func TestFamilyNameIntroduced(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 3},
		`The last time that Ryu appeared in public was on March 3, when he opened a fish market in Tarnport.

Ryu Han-sol, the leader of the Kessel Islands, has not been seen in public for five weeks, state radio said on Monday.

Officials said on Monday that Ryu was resting after a long tour of the islands.`,
		`The last time that Ryu appeared in public was on March 3, when he opened a fish market in Tarnport.

Ryu Han-sol has missed two state ceremonies this month, state radio said.

Diplomats in Tarnport say that Ryu may be ill.`,
		`Kessel Islands leader Ryu Han-sol has not been seen in public for five weeks.

The last time that Ryu appeared in public was on March 3, when he opened a fish market in Tarnport.

Ryu is 41 and has led the islands since his father died in 2019.`)
	introduced := false
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "Ryu Han-sol") {
			introduced = true
		} else if strings.Contains(s.Text, "Ryu") && !introduced {
			t.Errorf("%q comes before Ryu Han-sol is introduced:\n%s", s.Text, texts(d))
		}
	}
	if !introduced {
		t.Errorf("no sentence introduces Ryu Han-sol:\n%s", texts(d))
	}
}
