package extract

import (
	"strings"
	"testing"
)

// A chart flattened into the text, its title, labels and values each on a
// line and its source under them, is removed and listed; the article's
// own paragraphs, a figure in a sentence and a source line closing the
// article (its credit) stay.
func TestInfographicRemoved(t *testing.T) {
	kept := []string{
		"The Calder ferry will cost $6 from Monday, the harbor board said after a vote that split the town.",
		"The new fare takes effect on the first sailing, and monthly passes will rise by the same share.",
		"Source: Tarn Valley Courier",
	}
	chart := []string{"Ferry fares since 2015", "2015", "$4", "2020", "$5", "2026", "$6", "Source: Calder Harbor Board"}
	in := "Ferry fares rise in Calder\n\n" + kept[0] + "\n\n" + strings.Join(chart, "\n\n") + "\n\n" + kept[1] + "\n\n" + kept[2] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, chart, kept)
}

// A source line under a list's last item or a chart's file name credits
// the graphic, not the story: it goes, with the file name; the list stays.
func TestGraphicSourceUnderList(t *testing.T) {
	items := []string{
		"The Calder ferry ran aground twice last winter, the harbor board said in its yearly report.",
		"Groundings on the Calder crossing",
		"12 March 2025 - The Calder Star touched the sandbar off Lenna quay at low tide",
		"3 January 2026 - The Calder Star ran aground in fog near the breakwater",
	}
	for _, c := range []struct {
		name  string
		lines []string
		gone  []string
	}{
		{"list", append(items[:4:4], "Source: Calder Harbor Board"), []string{"Source: Calder Harbor Board"}},
		{"file name", []string{items[0], "fares2", "Source: Calder Harbor Board (see text)"}, []string{"fares2", "Source: Calder Harbor Board (see text)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := "Ferry aground again\n\n" + strings.Join(c.lines, "\n\n") + "\n\nThe board will dredge the channel in May, its chair said.\n"
			a := fromText(in, false, Options{})
			var kept []string
			for _, l := range c.lines {
				if !strings.Contains(strings.Join(c.gone, "\n"), l) {
					kept = append(kept, l)
				}
			}
			assertRemoved(t, a.Text, a.Removed, c.gone, kept)
		})
	}
}
