package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// TestSpeakersPageNotFact: a page in its writer's own voice (a chief
// executive's blog post) whose words the reports quote as hers is her
// word: none of its sentences is stated as fact, quoted by the reports or
// not, while what the reports tell in their own voice is.
func TestSpeakersPageNotFact(t *testing.T) {
	blog := "When we founded Vellum Motors ten years ago, our goal was simple: to put an electric van on every street in Tarnport.\n\n" +
		"I have read the coverage of the two Halden fires with great interest, and I want to set the record straight.\n\n" +
		"Since the Halden went on sale last spring, more than 3,000 diesel vans have caught fire on the roads of Marland, injuring over 200 drivers, according to fire brigade records.\n\n" +
		"Battery fires in the Halden remain far rarer than fuel fires in the vans it replaces.\n\n" +
		"We have asked the Marland Road Safety Board to examine both fires in full, and we will share every finding with our customers.\n\n" +
		"I am proud of the team that built this van, and our drivers can be too."
	report1 := "The Marland Road Safety Board said on Tuesday it would investigate two fires in Vellum Motors' Halden electric vans after crashes on the Tarnport ring road.\n\n" +
		"Both drivers escaped unhurt before the battery packs caught fire, the board said.\n\n" +
		"Vellum Motors chief executive Mara Quist defended the van in a post on the company's blog on Monday night.\n\n" +
		"\"Battery fires in the Halden remain far rarer than fuel fires in the vans it replaces,\" Quist wrote.\n\n" +
		"Shares in Vellum Motors fell 4% in early trading in Tarnport before recovering."
	report2 := "Safety regulators in Marland have opened an inquiry into two fires in Halden electric vans made by Vellum Motors.\n\n" +
		"The two fires broke out after the vans struck debris on the Tarnport ring road, the Marland Road Safety Board said.\n\n" +
		"\"Battery fires in the Halden remain far rarer than fuel fires in the vans it replaces,\" chief executive Mara Quist wrote on the company blog.\n\n" +
		"The board will decide within a month whether to order a recall of the 9,000 Halden vans sold so far."
	d := story(t, dossier.Options{SummaryWords: 300}, blog, report1, report2)
	if len(d.Summary) == 0 {
		t.Fatal("no summary")
	}
	for _, s := range d.Summary {
		for _, page := range []string{"3,000 diesel vans", "Battery fires in the Halden remain"} {
			if strings.Contains(s.Text, page) && !strings.Contains(s.Text, "Quist") {
				t.Errorf("summary states the chief executive's word as fact: %q\n%s", s.Text, texts(d))
			}
		}
	}
}
