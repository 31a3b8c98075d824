package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

const seedsDir = "../../../shared/corpus/seeds"

// loadSeeds runs the dossier over the five seed reports, read from ../shared.
func loadSeeds(t *testing.T) map[string]corroborate.Article {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("SKIP (loud): %s not found; this test needs ../shared beside the repository", seedsDir)
	}
	out, stderr, err := runCLI(t, "", "dossier", "--format", "json", seedsDir)
	if err != nil {
		t.Fatalf("dossier seeds: %v\n%s", err, stderr)
	}
	var d corroborate.Dossier
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	byFile := map[string]corroborate.Article{}
	for _, a := range d.Articles {
		i := strings.LastIndex(a.Source, "/")
		byFile[a.Source[i+1:i+4]] = a
	}
	// The checks below range over what was read: a seed lost on the way
	// would pass them unseen.
	if len(byFile) != 5 {
		t.Fatalf("dossier of the seeds holds %d of the 5 reports", len(byFile))
	}
	return byFile
}

func TestSeedsMetadataAndChrome(t *testing.T) {
	arts := loadSeeds(t)
	titles := map[string]string{
		"000": "Jeff Sessions threatens even more cities to open up to ICE agents",
		"001": "Sessions Bars ‘Sanctuary Cities’ from Anticrime Program",
		"003": "Cities baffled as Jeff Sessions targets them on immigration",
		"004": "Attorney General Sessions Threatens to Punish 'Sanctuary Cities'",
	}
	for f, want := range titles {
		if got := arts[f].Title; got != want {
			t.Errorf("%s title = %q, want %q", f, got, want)
		}
	}
	if b := arts["000"].Byline; len(b) != 1 || b[0] != "Charlie May" {
		t.Errorf("000 byline = %q", b)
	}
	if b := arts["004"].Byline; len(b) != 1 || b[0] != "Bruno Cirelli" {
		t.Errorf("004 byline = %q", b)
	}
	if p := arts["000"].Published; p == nil || !strings.HasPrefix(*p, "2017-08-04T10:33") {
		t.Errorf("000 published = %v", p)
	}
	if p := arts["004"].Published; p == nil || *p != "2017-08-04" {
		t.Errorf("004 published = %v", p)
	}
	if o := arts["003"].Outlet; o == nil || *o != "Associated Press" {
		t.Errorf("003 outlet = %v, want Associated Press (its sign-off)", o)
	}
	chrome := []string{"AP Photo/Susan Walsh", "MORE FROM", "Print More", "Leave a Reply", "Akismet", "Free articles left",
		"Subscribe for unlimited", "Share This Story", "About the author", "Altre relazioni", "Discuti questo"}
	content := map[string][]string{
		"000": {"Attorney General Jeff Sessions is cracking down", "McClatchy elaborated on the Justice Departments actions:", "make our country safer.\""},
		"001": {"reports the Associated Press", "“a bullying tactic.”"},
		"002": {"From the AP:", "scheduled to be released.”"},
		"003": {"ALBUQUERQUE, N.M. —", "contributed to this report."},
		"004": {"though not money", "(2) Does your jurisdiction"},
	}
	for f, a := range arts {
		for _, c := range chrome {
			if strings.Contains(a.Text, c) {
				t.Errorf("%s text still holds chrome %q", f, c)
			}
		}
		for _, c := range content[f] {
			if !strings.Contains(a.Text, c) {
				t.Errorf("%s text lost content %q", f, c)
			}
		}
	}
	// Sentences do not break after abbreviations.
	for f, a := range arts {
		for _, s := range a.Sentences {
			sent := a.Text[s.Start:s.End]
			for _, abbr := range []string{" N.M.", " Calif.", " Aug.", " U.S."} {
				if strings.HasSuffix(sent, abbr) {
					t.Errorf("%s sentence ends after %q: %q", f, abbr, sent)
				}
			}
		}
	}
}
