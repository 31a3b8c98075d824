package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// TestSurnameAfterPhrase: "According to the lawsuit, Tarrow paid ..." makes
// Tarrow the subject as much as "Tarrow paid ..." does, though an article
// mentions "an email from Tarrow" (a person, not a place, since the
// articles give Edvin Tarrow in full more often) and introduces him only
// in a sentence of its own; the sentence never comes before Edvin Tarrow
// is introduced.
func TestSurnameAfterPhrase(t *testing.T) {
	d := story(t, dossier.Options{SummarySentences: 4},
		`According to a lawsuit filed in Brem on Monday, Tarrow paid a 2 million crown bribe to a harbour official to win the dredging contract.

The harbour authority of Brem awarded the dredging contract to the firm Delvik Marine in 2019.

Edvin Tarrow, the former naval officer who ran Delvik Marine, has denied any wrongdoing.

The lawsuit quotes an email from Tarrow to the official about the contract.`,
		`According to a lawsuit filed in Brem on Monday, Tarrow paid a 2 million crown bribe to a harbour official to win the dredging contract.

The harbour authority of Brem awarded the dredging contract to the firm Delvik Marine in 2019.

Few people in Brem had heard of Edvin Tarrow before this week.

Lawyers for Edvin Tarrow said they would answer the lawsuit in court.`)
	checkIntroduced(t, d, "Edvin Tarrow")
}

// TestRoleIntroducedFirst: "The nurse, ..." refers back to a nurse the
// summary must have told of: it comes after the sentence saying "a nurse
// who treated them", though that one stands later in its article.
func TestRoleIntroducedFirst(t *testing.T) {
	lead := `Rebel commander Josef Varn was wounded in an air strike on a meeting of rebel leaders near Ostrava on Friday, officials said.`
	nurse := `The nurse, one of the hospital staff who treated the wounded men, said Varn had lost a great deal of blood.`
	d := story(t, dossier.Options{SummarySentences: 3},
		lead+"\n\n"+nurse+"\n\nThe army would neither confirm nor deny the reports on Saturday.",
		lead+"\n\n"+nurse+"\n\nRebel fighters closed the roads around the town after the strike.",
		lead+"\n\n"+nurse+"\n\nThe strike destroyed two houses and a garage on the edge of the town.\n\n"+
			"The Ostrava Herald said its source was a nurse at the town hospital who treated the wounded rebel leaders.")
	said := false
	for _, s := range d.Summary {
		low := strings.ToLower(s.Text)
		if strings.HasPrefix(s.Text, "The nurse") && !said {
			t.Errorf("%q comes before the summary tells of a nurse:\n%s", s.Text, texts(d))
		}
		if strings.Contains(low, "nurse") {
			said = true
		}
	}
	if !said {
		t.Errorf("no sentence about the nurse chosen, so the order cannot be checked:\n%s", texts(d))
	}
}

// TestShortMastheadNamed: "The Courier never named ..." leaves a reader to
// guess which paper, when the articles speak of the Varna Courier: it
// comes only after a sentence that names the Varna Courier, or not at all.
func TestShortMastheadNamed(t *testing.T) {
	lead := `Harbour official Nils Odde resigned on Thursday after a report that he took payments from a dredging firm.`
	short := `The Courier never named the dredging firm, but said the payments ran for three years.`
	d := story(t, dossier.Options{SummarySentences: 3},
		lead+"\n\n"+short+"\n\nThe harbour board will name a new official in May.",
		lead+"\n\n"+short+"\n\nOdde has denied taking any payments.",
		lead+"\n\nDredging in the harbour has stopped while the police look into the payments.\n\n"+
			"The Varna Courier first reported the payments in March, citing bank records.")
	named := false
	for _, s := range d.Summary {
		if strings.HasPrefix(s.Text, "The Courier") && !named {
			t.Errorf("%q comes before the summary names the paper:\n%s", s.Text, texts(d))
		}
		if strings.Contains(s.Text, "Varna Courier") {
			named = true
		}
	}
}
