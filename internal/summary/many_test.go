package summary_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// The Ardle dam: a fictional story of ten articles, each opening with the
// dam's failure in its own words; seven rewrites copy, word for word, the
// same line about a hydrologist's career and the same background on the
// dam's age. Copies make those lines the claims most articles state, but
// a short summary of ten articles says the event that every one of them
// opens with.
var (
	ardleBio  = `Dr. Petra Lune, a hydrologist at the University of Wend who has studied the reservoir for twenty years, once served on the national board for river safety.`
	ardleAge  = `The Kelsmoor dam was completed in 1961 and holds back the largest reservoir in the Ardle valley.`
	ardleLead = []string{
		`The Kelsmoor dam on the Ardle river burst on Sunday, flooding three villages and forcing thousands of people from their homes.`,
		`Floodwater poured through the Ardle valley on Sunday after the Kelsmoor dam burst, and thousands of villagers fled their homes.`,
		`Thousands of people fled three villages on Sunday when the Kelsmoor dam on the Ardle river burst.`,
		`A wall of water swept down the Ardle river on Sunday as the Kelsmoor dam burst, flooding villages below it.`,
		`The Kelsmoor dam burst on Sunday and the Ardle river flooded three villages, driving thousands from their homes.`,
		`Three villages were flooded on Sunday after the Kelsmoor dam on the Ardle river burst in heavy rain.`,
		`Rescuers searched flooded villages along the Ardle river on Sunday after the Kelsmoor dam burst.`,
		`The Kelsmoor dam gave way on Sunday, and the Ardle river flooded three villages where thousands of people live.`,
		`Heavy rain burst the Kelsmoor dam on Sunday, sending the Ardle river through three villages.`,
		`Thousands of people left their homes in the Ardle valley on Sunday when the Kelsmoor dam burst and flooded three villages.`,
	}
	ardleMore = []string{
		`Police closed the valley road and opened two schools as shelters.`,
		`Army trucks carried families to the town of Wend by nightfall.`,
		`The regional governor promised an inquiry into the dam's upkeep.`,
		`Farmers said the water rose across their fields within an hour.`,
		`Engineers were sent to inspect a second dam further up the river.`,
		`Volunteers handed out blankets and bread at the shelters.`,
		`Power was cut to much of the valley for the night.`,
		`Boats took stranded people off rooftops in the lowest village.`,
		`Officials said no one had been reported missing by evening.`,
		`The railway line through the valley was closed until the water falls.`,
	}
)

func ardleArticles() []string {
	var out []string
	for i, lead := range ardleLead {
		body := lead + "\n\n" + ardleMore[i]
		if i < 7 {
			body += "\n\n" + ardleBio + "\n\n" + ardleAge
		}
		out = append(out, body)
	}
	return out
}

// TestManyArticlesShortSummaryTellsTheEvent: asked for 40 words over ten
// articles, the summary tells the dam bursting, once (no second lead
// telling it again in other words), and spends no words on the
// hydrologist's career, however many rewrites copy it.
func TestManyArticlesShortSummaryTellsTheEvent(t *testing.T) {
	d := story(t, dossier.Options{SummaryWords: 40}, ardleArticles()...)
	checkVerbatim(t, d)
	got := texts(d)
	if len(d.Summary) == 0 || !strings.Contains(d.Summary[0].Text, "burst") && !strings.Contains(d.Summary[0].Text, "gave way") {
		t.Fatalf("summary does not open with the dam bursting:\n%s", got)
	}
	told := 0
	for _, s := range d.Summary {
		if s.BeyondBudget {
			continue
		}
		if strings.Contains(s.Text, "hydrologist") {
			t.Errorf("a short summary of ten articles spends its words on a career the copies repeat: %q\n%s", s.Text, got)
		}
		if slices.Contains(ardleLead, s.Text) {
			told++
		}
	}
	if told > 1 {
		t.Errorf("a short summary tells the dam bursting %d times, in %d articles' leads:\n%s", told, told, got)
	}
}
