package summary_test

import (
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
