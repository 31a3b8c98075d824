package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// founderPost is a festival founder's own post, under her byline.
const founderPost = "Last night I sat in the tent at Corvel Meadows and watched the rehearsal of our closing show, and I have never been prouder of this team.\n\n" +
	"The council asked us on Monday to cut the last night of the festival short. I understand the worry about the noise, but every permit we hold was granted in the spring and nothing in the programme has changed since then. We will keep the final concert and we will finish it by eleven, as we always have.\n\n" +
	"I want to thank the volunteers who have built the stages in the rain this week."

// founderReport quotes two sentences of the post inside quotation marks
// and gives them to the founder, whom it names; nothing else of the two
// is shared.
const founderReport = "The Corvel Meadows festival has refused a request from the town council to cancel its closing night after residents complained about noise.\n\n" +
	"Councillors voted on Monday to ask the organisers to end the event a day early.\n\n" +
	"\"I understand the worry about the noise, but every permit we hold was granted in the spring and nothing in the programme has changed since then,\" the festival's founder wrote on its website. \"We will keep the final concert and we will finish it by eleven, as we always have.\"\n\n" +
	"A spokesman for the council said it would review the permits next year.\n\n" +
	founderNamed

// founderNamed is founderReport's sentence that names the founder.
const founderNamed = "Maren Tollund started the festival in 2004."

// founderQuotes are the quotes stage's mentions of founderReport's two
// quotations, given to speaker s1 (speakerText as the text words it).
func founderQuotes(report, speakerText string) []corroborate.Quote {
	var out []corroborate.Quote
	for _, q := range []string{"I understand the worry", "We will keep the final"} {
		start := strings.Index(report, q)
		end := start + strings.Index(report[start:], "\"")
		s1 := "s1"
		out = append(out, corroborate.Quote{Mentions: []corroborate.QuoteMention{
			{Article: "report", Speaker: &s1, SpeakerText: speakerText, Cue: "wrote", Start: start, End: end}}})
	}
	return out
}

// byline is an article of unknown outlet by the authors given.
func byline(tb testing.TB, id, body string, authors ...string) corroborate.Article {
	tb.Helper()
	a := mkArticle(tb, id, "", "", body)
	a.Outlet, a.Byline = nil, authors
	return a
}

// An article that quotes another article's text word for word, inside
// quotation marks, and gives it to that article's author (its byline)
// reuses it with credit: the pair is an edge, credited by the quotation,
// which costs the quoting article nothing of its own text. Without the
// speaker's name (no speakers), without the byline, or when the speaker
// is not the other article's author, two articles that share only a
// quotation stay apart.
func TestQuotingAnotherArticlesAuthor(t *testing.T) {
	post := byline(t, "post", founderPost, "Maren Tollund")
	report := byline(t, "report", founderReport, "Ivo Brask")
	founder := []corroborate.Speaker{{ID: "s1", Name: "Maren Tollund", Kind: "person", Aliases: []string{"Tollund"}}}
	quotes := founderQuotes(founderReport, "the festival's founder")

	res := Analyze([]corroborate.Article{post, report}, quotes, Options{Speakers: founder})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "post" || res.Reuse[0].To != "report" {
		t.Fatalf("reuse %v, want post -> report", summarize(res.Reuse))
	}
	if r := res.Reuse[0]; !r.Credited || r.Credit == nil || r.Credit.Cue != "the festival's founder wrote" {
		t.Errorf("reuse %v, want credited to 'the festival's founder wrote'", summarize(res.Reuse))
	}
	if res.Originality[1] != 1 || res.Origins != 2 {
		t.Errorf("originality %v, origins %d: want the report whole and two origins", res.Originality, res.Origins)
	}

	// The festival's own statement, under its outlet, quoted as the
	// festival's words.
	statement := post
	statement.Byline, statement.Outlet = nil, corroborate.StrPtr("Corvel Meadows Festival")
	festival := []corroborate.Speaker{{ID: "s1", Name: "the Corvel Meadows Festival", Kind: "organization"}}
	if res := Analyze([]corroborate.Article{statement, report}, founderQuotes(founderReport, "the festival"), Options{Speakers: festival}); len(res.Reuse) != 1 || !res.Reuse[0].Credited {
		t.Errorf("the festival's statement quoted as the festival's: reuse %v, want statement -> report, credited", summarize(res.Reuse))
	}

	for name, c := range map[string]struct {
		byline   []string
		speakers []corroborate.Speaker
	}{
		"no speakers":     {[]string{"Maren Tollund"}, nil},
		"no byline":       {nil, founder},
		"another speaker": {[]string{"Maren Tollund"}, []corroborate.Speaker{{ID: "s1", Name: "Hanne Vik", Kind: "person"}}},
		"surname alone":   {[]string{"Tollund"}, founder},
	} {
		post.Byline = c.byline
		if res := Analyze([]corroborate.Article{post, report}, quotes, Options{Speakers: c.speakers}); len(res.Reuse) != 0 {
			t.Errorf("%s: reuse %v, want none", name, summarize(res.Reuse))
		}
	}
}

// secondReport quotes the founder's two sentences too, in words of its
// own around them.
const secondReport = "Organisers in Corvel Meadows will go ahead with Saturday's final concert despite a plea from councillors, who met late on Monday.\n\n" +
	"\"I understand the worry about the noise, but every permit we hold was granted in the spring and nothing in the programme has changed since then,\" she said. \"We will keep the final concert and we will finish it by eleven, as we always have.\"\n\n" +
	"Tickets for the closing night sold out in April."

// Two reports that quote one statement did not copy each other, whoever
// wrote them: the speaker's words stand in quotation marks on both sides,
// so neither is the speaker's own text, even under the speaker's byline.
func TestQuotingTheSameSpeakerIsNoReuse(t *testing.T) {
	report := byline(t, "report", founderReport, "Ivo Brask")
	second := byline(t, "second", secondReport)
	quotes := founderQuotes(founderReport, "the festival's founder")
	for _, q := range founderQuotes(secondReport, "she") {
		q.Mentions[0].Article = "second"
		quotes = append(quotes, q)
	}
	founder := []corroborate.Speaker{{ID: "s1", Name: "Maren Tollund", Kind: "person"}}
	for _, byline := range []string{"Lene Saar", "Maren Tollund"} {
		second.Byline = []string{byline}
		if res := Analyze([]corroborate.Article{report, second}, quotes, Options{Speakers: founder}); len(res.Reuse) != 0 {
			t.Errorf("second report by %s: reuse %v, want none", byline, summarize(res.Reuse))
		}
	}
}

// An article flagged off topic (probably another story) is analysed like
// the others but is no origin of the story.
func TestOffTopicIsNoOrigin(t *testing.T) {
	arts := []corroborate.Article{mkArticle(t, "post", "", "", founderPost), mkArticle(t, "report", "", "", founderReport), mkArticle(t, "second", "", "", secondReport)}
	if res := Analyze(arts, nil, Options{}); res.Origins != 3 {
		t.Fatalf("origins %d, want 3", res.Origins)
	}
	arts[2].OffTopic = true
	if res := Analyze(arts, nil, Options{}); res.Origins != 2 {
		t.Errorf("origins %d with one article off topic, want 2", res.Origins)
	}
}

// A byline as a feed writes it, with "By", a title or a second author
// around the name, or a middle initial, still names the author the
// report quotes.
func TestQuotedAuthorBylineAsWritten(t *testing.T) {
	founder := []corroborate.Speaker{{ID: "s1", Name: "Maren Tollund", Kind: "person"}}
	quotes := founderQuotes(founderReport, "the festival's founder")
	report := byline(t, "report", founderReport, "Ivo Brask")
	for _, b := range []string{"By Maren Tollund", "BY MAREN TOLLUND", "Maren Tollund, Founder", "Maren Tollund and Per Hovde", "Per Hovde & Maren Tollund", "Maren K. Tollund", "By: Per Hovde, Maren Tollund", "Maren Tollund | Guest writer", "By Maren Tollund for the Corvel Post", "Per Hovde with Maren Tollund"} {
		t.Run(b, func(t *testing.T) {
			post := byline(t, "post", founderPost, b)
			res := Analyze([]corroborate.Article{post, report}, quotes, Options{Speakers: founder})
			if len(res.Reuse) != 1 || !res.Reuse[0].Credited {
				t.Errorf("reuse %v, want post -> report, credited", summarize(res.Reuse))
			}
		})
	}
	for _, b := range []string{"By Tollund", "Tollund, Founder", "Maren Tollund-Hovde"} {
		post := byline(t, "post", founderPost, b)
		if res := Analyze([]corroborate.Article{post, report}, quotes, Options{Speakers: founder}); len(res.Reuse) != 0 {
			t.Errorf("byline %q: reuse %v, want none", b, summarize(res.Reuse))
		}
	}
}

// A statement quoted as its outlet's words ("'…,' the Corvel Meadows
// Festival said") is quoted like one quoted as its author's: the report
// credits the outlet, and the quotation costs it nothing of its own text
// or its origin. An outlet of one word is matched too ("Quorvel said").
func TestQuotedOutletCostsNothing(t *testing.T) {
	for _, outlet := range []string{"Corvel Meadows Festival", "Quorvel"} {
		statement := byline(t, "statement", founderPost)
		statement.Outlet = corroborate.StrPtr(outlet)
		text := strings.Replace(founderReport, "the festival's founder wrote on its website", outlet+" said in a statement", 1)
		report := byline(t, "report", text, "Ivo Brask")
		speakers := []corroborate.Speaker{{ID: "s1", Name: outlet, Kind: "organization"}}
		res := Analyze([]corroborate.Article{statement, report}, founderQuotes(text, outlet), Options{Speakers: speakers})
		if len(res.Reuse) != 1 || !res.Reuse[0].Credited {
			t.Errorf("%s: reuse %v, want statement -> report, credited", outlet, summarize(res.Reuse))
		} else if res.Originality[1] < 0.9 || res.Origins != 2 {
			t.Errorf("%s: originality %v, origins %d: want the report's quoted words free (the outlet's name around them aside) and two origins", outlet, res.Originality, res.Origins)
		}
	}
}

// A person of a one-word name is not an outlet of that name: the harbour
// master Quorvel quoted in a report is not the notice of the paper Quorvel.
func TestQuotedPersonOfOneWordIsNoOutlet(t *testing.T) {
	statement := byline(t, "statement", founderPost)
	statement.Outlet = corroborate.StrPtr("Quorvel")
	text := strings.Replace(founderReport, "the festival's founder wrote on its website", "Quorvel said", 1)
	report := byline(t, "report", text, "Ivo Brask")
	speakers := []corroborate.Speaker{{ID: "s1", Name: "Quorvel", Kind: "person"}}
	res := Analyze([]corroborate.Article{statement, report}, founderQuotes(text, "Quorvel"), Options{Speakers: speakers})
	for _, r := range res.Reuse {
		if r.Credited && r.Credit != nil && strings.Contains(r.Credit.Cue, "Quorvel") {
			t.Errorf("reuse %v: a person named Quorvel credits the outlet Quorvel", summarize(res.Reuse))
		}
	}
}

// A report that retells most of a notice in its own copy, unquoted, and
// quotes the rest as the issuer's words copies the retold part: only the
// words inside its quotations are free, and the report is no origin of
// its own. Quoting all of it would cost nothing (TestQuotedOutletCostsNothing).
func TestQuotedOutletRetoldUnquotedIsTaken(t *testing.T) {
	notice := "Tarn Ferries is cancelling every sailing of the Morrow Star until the end of the month because a crack was found in its rudder post during a routine inspection. " +
		"Passengers booked on the Morrow Star will be moved to the Skerry Lass, which will run the same timetable from the north quay. " +
		"Cars longer than six metres cannot board the Skerry Lass and their owners will receive a full refund. " +
		"The crack was found by our own engineers and no passenger was ever at risk. " +
		"We apologise to everyone whose plans this upsets and thank our crews for working through the weekend. " +
		"A new rudder post has been ordered from the yard at Carrow and fitting it will take about two weeks once it arrives. " +
		"Updates on the work will be posted at every ticket office on the islands and read out on board the Skerry Lass."
	report := "Tarn Ferries is cancelling every sailing of the Morrow Star until the end of the month because a crack was found in its rudder post during a routine inspection. " +
		"Passengers booked on the Morrow Star will be moved to the Skerry Lass, which will run the same timetable from the north quay. " +
		`"Cars longer than six metres cannot board the Skerry Lass and their owners will receive a full refund. The crack was found by our own engineers and no passenger was ever at risk. We apologise to everyone whose plans this upsets and thank our crews for working through the weekend. A new rudder post has been ordered from the yard at Carrow and fitting it will take about two weeks once it arrives. Updates on the work will be posted at every ticket office on the islands and read out on board the Skerry Lass," Tarn Ferries said.`
	statement := byline(t, "notice", notice)
	statement.Outlet = corroborate.StrPtr("Tarn Ferries")
	rep := byline(t, "report", report, "Ivo Brask")
	start := strings.Index(report, "Cars longer")
	end := strings.Index(report, `Lass,"`) + len("Lass,")
	s1 := "s1"
	quotes := []corroborate.Quote{{Mentions: []corroborate.QuoteMention{{Article: "report", Speaker: &s1, SpeakerText: "Tarn Ferries", Cue: "said", Start: start, End: end}}}}
	speakers := []corroborate.Speaker{{ID: "s1", Name: "Tarn Ferries", Kind: "organization"}}
	res := Analyze([]corroborate.Article{statement, rep}, quotes, Options{Speakers: speakers})
	if len(res.Reuse) != 1 || !res.Reuse[0].Credited {
		t.Fatalf("reuse %v, want notice -> report, credited", summarize(res.Reuse))
	}
	if res.Originality[1] > 0.8 || res.Origins != 1 {
		t.Errorf("originality %v, origins %d: want the two retold sentences taken and one origin", res.Originality, res.Origins)
	}
}

// The speaker's name links a quotation to another article's byline only
// as the quoting article writes it: a report that names a "Tollund" alone,
// merged by the quotes stage into the Maren Tollund another article names,
// may quote another Tollund.
func TestQuotedAuthorNamedInTheReport(t *testing.T) {
	post := byline(t, "post", founderPost, "Maren Tollund")
	founder := []corroborate.Speaker{{ID: "s1", Name: "Maren Tollund", Kind: "person", Aliases: []string{"Tollund"}}}
	for _, c := range []struct {
		name, text, speaker string
		want                int
	}{
		{"full name written", founderReport, "Tollund", 1},
		{"surname alone", strings.Replace(founderReport, founderNamed, "Tollund started the festival in 2004.", 1), "Tollund", 0},
		{"no name", strings.Replace(founderReport, founderNamed, "", 1), "the festival's founder", 0},
	} {
		report := byline(t, "report", c.text, "Ivo Brask")
		if res := Analyze([]corroborate.Article{post, report}, founderQuotes(c.text, c.speaker), Options{Speakers: founder}); len(res.Reuse) != c.want {
			t.Errorf("%s: reuse %v, want %d edges", c.name, summarize(res.Reuse), c.want)
		}
	}
}
