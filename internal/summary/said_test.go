package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// TestQuotationsFillTheBudget: a fictional story of two articles made
// mostly of what people said. The summary asked for 120 words has too few
// plain sentences to reach it; it goes on with quotations that name their
// speaker, never one whose speaker the sentence does not name ("..., she
// said.").
func TestQuotationsFillTheBudget(t *testing.T) {
	a := `Three sponsors pulled their advertising from the Kessmouth morning show on Monday after its host mocked a nurse who testified before the harbour council.

"No one who has worked a night shift could abide the insults heaped on this young woman," Tarn Bakeries owner Ilse Marr said in a statement.

"We will not return to the programme while it treats callers this way," Marr added.

"It is a matter of basic decency," she said.

"The show has lost touch with the town it serves," said Oskar Venn, who chairs the Kessmouth traders' guild.`
	b := `The host of the Kessmouth morning show apologised on air for what he called a poor choice of words.

"I was wrong to single out a private citizen, and I am sorry," host Piet Dorn told listeners on Tuesday.

"Advertisers are free to make their own choices," a spokesman for the station said.

"We stand by our host and by the freedom of the airwaves," the station's manager, Rita Holm, told the Kessmouth Gazette.`
	d := story(t, dossier.Options{SummaryWords: 120}, a, b)
	checkVerbatim(t, d)
	got := texts(d)
	words, quoted := 0, 0
	for _, s := range d.Summary {
		if s.BeyondBudget {
			continue
		}
		words += len(strings.Fields(s.Text))
		if strings.HasPrefix(s.Text, `"`) {
			quoted++
			if strings.Contains(s.Text, ", she said.") {
				t.Errorf("a quotation whose speaker the sentence does not name: %q\n%s", s.Text, got)
			}
		}
	}
	if quoted == 0 || words < 60 {
		t.Errorf("the summary asked for 120 words gives %d, %d of its sentences quotations naming their speaker; want the quotations to fill it:\n%s", words, quoted, got)
	}
}
