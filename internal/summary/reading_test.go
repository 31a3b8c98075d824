package summary_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// TestNoDanglingOpener: a sentence that opens by pointing back ("That
// follows ...", "It is ...") is left out unless the sentence it points
// back to comes just before it; a pronoun for a person the summary names
// just before stays.
func TestNoDanglingOpener(t *testing.T) {
	d := story(t, dossier.Options{},
		`The Kessmouth ferry line will stop its night crossings to Orla island from May, the harbour board said on Tuesday.

That follows a report by the Kessmouth Gazette that the ferry line lost money on its night crossings for three years.

Board chair Ilse Marr said the night crossings carried fewer than 40 passengers a night.

She said the board would review the timetable again next winter.`,
		`The harbour board said on Tuesday that the Kessmouth ferry line would stop its night crossings to Orla island from May.

That follows a report by the Kessmouth Gazette that the ferry line lost money on its night crossings for three years.

Island councillors said they would ask the board to keep one crossing on Fridays.`,
		`Night crossings to Orla island on the Kessmouth ferry line will end in May, the harbour board said.

It is the first cut to the ferry timetable since the crossings began in 1998.

Board chair Ilse Marr said the night crossings carried fewer than 40 passengers a night.`)
	if len(d.Summary) == 0 || !strings.Contains(strings.ToLower(d.Summary[0].Text), "night crossings") {
		t.Fatalf("summary does not open with the end of the night crossings:\n%s", texts(d))
	}
	for i, s := range d.Summary {
		f := strings.Fields(s.Text)[0]
		switch f {
		case "That", "It", "This":
			if i == 0 || !inOne(d, d.Summary[i-1].Text+" "+s.Text) {
				t.Errorf("sentence %d %q points back to nothing:\n%s", i, s.Text, texts(d))
			}
		case "She":
			if i == 0 || !strings.Contains(d.Summary[i-1].Text, "Ilse Marr") {
				t.Errorf("sentence %d %q follows no sentence naming Ilse Marr:\n%s", i, s.Text, texts(d))
			}
		}
	}
}

// inOne reports whether an article of d holds s, white space collapsed.
func inOne(d *corroborate.Dossier, s string) bool {
	for _, a := range d.Articles {
		if strings.Contains(collapsed(a.Text), s) {
			return true
		}
	}
	return false
}

// TestLeadsTellTheEventOnce: articles that open with the same event in
// their own words give the summary that event once.
func TestLeadsTellTheEventOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Health regulators in Vessland on Monday approved Corvane, Halden Pharma's drug for Tarrow's palsy, the first new treatment for the wasting disease in two decades.

The drug is given as a monthly injection.

Trials had shown mixed results, and two of the panel's experts voted against it.`,
		`The first drug to slow the wasting of Tarrow's palsy was approved by Vessland regulators, a watershed after years of research and billions of crowns of investment.

Halden Pharma said a year of treatment would cost 30,000 crowns.

Patients' groups in Vessland welcomed the decision.`,
		`Corvane, made by Halden Pharma, won approval in Vessland on Monday as the first treatment for Tarrow's palsy.

Doctors will be able to prescribe it from June.

Some experts questioned whether the benefit was large enough to matter to patients.`)
	n := 0
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "approv") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d summary sentences tell the approval, want one:\n%s", n, texts(d))
	}
}

// TestNoSupportAcrossAClash: an article that gives another day for the
// event is no support for the summary's sentence, and the summary does not
// state both days.
func TestNoSupportAcrossAClash(t *testing.T) {
	d := story(t, dossier.Options{},
		`Harbour master Ilse Marr resigned on Wednesday after the Kestle ferry collision, the port authority said.

The ferry struck a moored grain barge in fog, injuring four crew members.

An inquiry into the collision will report in the spring.`,
		`Harbour master Ilse Marr resigned on Thursday after the Kestle ferry collision, the port authority said.

Four crew members were injured when the ferry struck a moored grain barge in fog.

The port authority said an inquiry would report in the spring.`,
		`Harbour master Ilse Marr resigned on Wednesday following the Kestle ferry collision, according to the port authority.

The ferry hit a grain barge that was moored in thick fog, and four crew members were hurt.`)
	days := map[string]bool{}
	for _, s := range d.Summary {
		for _, day := range []string{"Wednesday", "Thursday"} {
			if !strings.Contains(s.Text, day) {
				continue
			}
			days[day] = true
			other := map[string]string{"Wednesday": "b", "Thursday": "a"}[day]
			if slices.Contains(s.Cites, other) {
				t.Errorf("%q cites %s, which gives another day", s.Text, other)
			}
			for _, sp := range s.SupportedBy {
				if sp.Article == other {
					t.Errorf("%q is supported by %s, which gives another day", s.Text, other)
				}
			}
		}
	}
	if len(days) != 1 {
		t.Errorf("summary states %d of the days, want one:\n%s", len(days), texts(d))
	}
}

// TestEventBeforeBiography: the summary opens with the event the articles
// lead with, not with a detail of biography that one more article gives
// further down.
func TestEventBeforeBiography(t *testing.T) {
	bio := `Commissioner Tarn had been a police officer since 1994 and became head of the Veldt inquiry in 2019.`
	d := story(t, dossier.Options{},
		`Police commissioner Oskar Tarn resigned on Friday after the Veldt inquiry report was leaked to the press.

The report accused senior officers of hiding evidence.

`+bio,
		`Oskar Tarn, the police commissioner, stepped down on Friday after the leak of the Veldt inquiry report.

He had led the force through two elections.

`+bio,
		`Police commissioner Oskar Tarn quit on Friday after the Veldt inquiry report leaked to the press, his office said.

The mayor thanked him for his service.

`+bio,
		`The Veldt inquiry report has divided the city council.

Councillors will debate the report next week.

`+bio)
	if len(d.Summary) == 0 {
		t.Fatalf("no summary")
	}
	if !strings.Contains(d.Summary[0].Text, "Friday") {
		t.Errorf("summary opens with %q, want the resignation:\n%s", d.Summary[0].Text, texts(d))
	}
}

// TestNoSupportFromADisowningArticle: an article that says someone other
// than the person a summary sentence names did it is not listed as that
// sentence's support, even where another of its sentences aligns with it.
func TestNoSupportFromADisowningArticle(t *testing.T) {
	d := story(t, dossier.Options{},
		`Councillor Piet Ods proposed a levy on night ferries at a meeting with the Kessmouth harbour board in March, minutes of the meeting show.

The levy would have raised 2 million crowns a year.`,
		`Councillor Piet Ods proposed a levy on night ferries at a meeting with the Kessmouth harbour board in March, minutes of the meeting show.

Island councillors opposed the levy.`,
		`A meeting between Councillor Piet Ods and the Kessmouth harbour board in March focused on night ferries, a source told the Gazette.

At the meeting the harbour board raised the idea of a levy on night ferries, not Ods, the source said.`)
	for _, s := range d.Summary {
		if !strings.Contains(s.Text, "proposed a levy") {
			continue
		}
		for _, sp := range s.SupportedBy {
			if sp.Article == "c" {
				t.Errorf("%q is supported by c, which says the harbour board raised it, not Ods", s.Text)
			}
		}
		return
	}
	t.Errorf("summary lacks the proposal:\n%s", texts(d))
}
