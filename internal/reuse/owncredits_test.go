package reuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// outletsOf lists the outlets an article's credits name.
func outletsOf(cs []corroborate.Credit) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Outlet)
	}
	return out
}

// An article credits other outlets, never its own: "told Bloomberg" in a
// Harbour Times article cites Bloomberg's reporting, "told The Harbour
// Times" and "The Harbour Times reported" are its own; its promotion
// footer ("Top Reads from The Harbour Times:") names its outlet, not a
// source. The outlet is given, or read from that footer.
func TestOwnOutletIsNoCredit(t *testing.T) {
	body := "A ferry ran aground off Portmere on Tuesday, stranding 84 passengers for six hours.\n\n" +
		"Doctors at the Portmere clinic told Bloomberg that two passengers were treated for the cold.\n\n" +
		"The ferry's owner told The Harbour Times that the vessel had passed its inspection in March.\n\n" +
		"The Harbour Times reported last year that two other ferries had grounded in the same channel.\n\n"
	for _, tt := range []struct {
		name, outlet, footer string
	}{
		{"given outlet", "Harbour Times", ""},
		{"outlet read from the footer", "", "Top Reads from The Harbour Times:\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{mkArticle(t, "a", tt.outlet, "", body+tt.footer)}, nil, Options{})
			if got := outletsOf(res.Credits[0]); !slices.Equal(got, []string{"Bloomberg"}) {
				t.Errorf("credits = %q, want [Bloomberg]", got)
			}
		})
	}
}

// A site the story's articles call a site ("the satire site Hip-Hop
// Hollow", "a website called Hip Hop Hollow") is an outlet when another
// article cites it ("According to Hip-Hop Hollow"); a person cited so is
// not.
func TestDescribedSiteIsCredited(t *testing.T) {
	a := "The satire site Hip-Hop Hollow posted a story this week claiming the singer had quit her band.\n\n" +
		"The singer called the story a lie on Wednesday on the photo site Snapgrid, where a video site Tubely had shared it."
	b := "According to Hip-Hop Hollow, the singer told friends she would quit the band after the tour.\n\n" +
		"According to Mara Quint, her manager, the tour will go on. Snapgrid said it would remove the story; Tubely said the post was gone."
	res := Analyze([]corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}, nil, Options{})
	if got := outletsOf(res.Credits[1]); !slices.Equal(got, []string{"Hip-Hop Hollow"}) {
		t.Errorf("credits of b = %q, want [Hip-Hop Hollow]", got)
	}
	if got := outletsOf(res.Credits[0]); len(got) != 0 {
		t.Errorf("credits of a = %q, want none", got)
	}
}

// An article whose outlet is unknown that cites the outlet's own people
// ("according to Harbour Times forecasters") and its interviews ("told
// Harbour Times", "told Harbour Times's Morning Desk") is that outlet's
// text: none of it is a credit, and the interviews read as one cue. The
// same words in another outlet's article credit the Harbour Times.
func TestOutletStaffIsOwnReporting(t *testing.T) {
	body := "Snow fell across the valley on Wednesday, and more is on the way, according to Harbour Times forecasters.\n\n" +
		"\"We have never seen drifts like these,\" a ferry captain told Harbour Times on Wednesday.\n\n" +
		"The cold will last into next week, a climate scientist told Harbour Times's Morning Desk."
	res := Analyze([]corroborate.Article{mkArticle(t, "a", "", "", body)}, nil, Options{})
	if len(res.Credits[0]) != 0 {
		t.Errorf("credits of an article of unknown outlet = %+v, want none", res.Credits[0])
	}
	res = Analyze([]corroborate.Article{mkArticle(t, "a", "Calder Post", "", body)}, nil, Options{})
	var cues []string
	for _, c := range res.Credits[0] {
		cues = append(cues, c.Cue)
	}
	if want := []string{"according to Harbour Times", "told Harbour Times", "told Harbour Times"}; !slices.Equal(cues, want) {
		t.Errorf("credits of a Calder Post article = %q, want %q", cues, want)
	}
}

// TestOutletStaffCreditsTheText: in an article of a known outlet, "according
// to Harbour Times reporters" credits Harbour Times's text as "according
// to Harbour Times" does, so the copy adding it is the copy.
func TestOutletStaffCreditsTheText(t *testing.T) {
	for _, cue := range []string{"according to Harbour Times reporters", "according to Harbour Times forecasters", "according to Harbour Times"} {
		copyText := strings.Replace(swimStory, "the harbour swim club said on Sunday", "the harbour swim club said on Sunday, "+cue, 1)
		if copyText == swimStory {
			t.Fatal("the swim story no longer has the sentence the cue is added to")
		}
		res := Analyze([]corroborate.Article{
			mkArticle(t, "copy", "Calder Post", "", copyText),
			mkArticle(t, "origin", "", "", swimStory),
		}, nil, Options{})
		if len(res.Reuse) != 1 || res.Reuse[0].From != "origin" || res.Reuse[0].To != "copy" {
			t.Errorf("%q: reuse = %+v, want origin -> copy", cue, res.Reuse)
		}
	}
}
