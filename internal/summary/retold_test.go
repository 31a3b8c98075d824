package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// The harbour master fired: an agency's lead tells the firing without the
// man's name and the deputy's resignation with it; two papers lead with
// the man's name, and each retells the deputy's resignation further down.
const (
	firedAgency = `President Ada Holm on Friday fired the harbour master of Kessmouth after the official refused to resign, and Holm accepted the deputy harbour master's resignation, her office said.

Holm asked harbour master Ivo Brand to resign, and his post was ended after he refused, an official in her office said.

Deputy harbour master Tomas Rell agreed to resign, said the official, who spoke on condition of anonymity to discuss personnel matters.

Both men had been appointed under the former president, Lars Orme.

Holm named Karin Dahl, the port's chief engineer, to serve as acting harbour master until a permanent choice is made.`

	firedPost = `President Holm on Friday fired Kessmouth Harbour Master Ivo Brand, a holdover from the Orme years who had angered the dock unions with cuts to their pensions.

Brand was fired after refusing a request to resign, officials in Holm's office said. His deputy, Tomas Rell, who was also appointed under Orme, resigned Friday upon request.

Holm named Karin Dahl, the port's chief engineer, to serve as acting harbour master until a permanent choice is made.`

	firedGazette = `President Holm fired Kessmouth Harbour Master Ivo Brand on Friday amid a long dispute over his running of the port's pension fund.

Brand was one of the last officials left from former President Lars Orme's years. Holm's office said he was fired after refusing a request for his resignation. Deputy Kessmouth Harbour Master Tomas Rell was also asked to resign and he complied.

The dock unions had called for Brand to go since the pension cuts of last spring.`
)

// TestFiringToldOnceWithTheName: the summary tells the firing naming the
// man fired (the name every paper's lead gives), and the deputy's
// resignation once, however many articles retell it in other words; no
// sentence credits "the official" it never introduced.
func TestFiringToldOnceWithTheName(t *testing.T) {
	d := story(t, dossier.Options{}, firedAgency, firedPost, firedGazette)
	checkVerbatim(t, d)
	got := texts(d)
	if len(d.Summary) < 2 {
		t.Fatalf("summary = %q, want the firing and more", got)
	}
	if !strings.Contains(d.Summary[0].Text, "Ivo Brand") || !strings.Contains(d.Summary[0].Text, "fired") {
		t.Errorf("summary opens %q, want the firing of Ivo Brand, named", d.Summary[0].Text)
	}
	resigned := 0
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "Rell") || strings.Contains(s.Text, "deputy harbour master's resignation") {
			resigned++
		}
		if strings.Contains(s.Text, "said the official") {
			t.Errorf("summary credits an official it never introduced: %q", s.Text)
		}
	}
	if resigned > 1 {
		t.Errorf("summary tells the deputy's resignation %d times:\n%s", resigned, got)
	}
}

// TestDealDoneOpensBeforeTalks: three articles report talks for a deal,
// one that the deal is done. The summary opens with the deal done and
// does not tell the talks as the news.
func TestDealDoneOpensBeforeTalks(t *testing.T) {
	d := story(t, dossier.Options{},
		`Kessco Holdings is in serious discussions to buy Tarn Lines, the Norland ferry company behind the popular night crossing, the Kessmouth Gazette said, citing a person with knowledge of the matter.

The deal would value Tarn Lines at more than $40 million and could be signed as soon as this week, the paper said.

Kessco first approached Tarn Lines three months ago, the person said.`,
		`Kessco is in advanced talks to buy Tarn Lines, the ferry company behind the night crossing, for more than $40 million, people briefed on the discussions said on Tuesday.

Tarn Lines carried 300,000 passengers last year, most of them on the night crossing to Kessmouth.

Its founder, Ilse Marr, started the line with one boat in 1998.`,
		`Kessco Holdings is in serious discussions to buy Tarn Lines, the Norland company behind the night ferry crossing, according to the Kessmouth Gazette.

Kessco already runs the harbour tugs at Kessmouth and two cargo routes.`,
		`Kessco will buy Norland ferry company Tarn Lines, the operator of the night crossing, for $45 million.

Kessco said it expects the deal to close by the end of the year, and that Ilse Marr will leave the company.`)
	checkVerbatim(t, d)
	got := texts(d)
	if len(d.Summary) == 0 || !strings.HasPrefix(d.Summary[0].Text, "Kessco will buy") {
		t.Errorf("summary opens %q, want the deal done:\n%s", d.Summary[0].Text, got)
	}
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "serious discussions") || strings.Contains(s.Text, "advanced talks") {
			t.Errorf("summary tells the talks as news: %q", s.Text)
		}
	}
}
