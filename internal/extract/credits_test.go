package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// A line naming where the report came from is the article's own credit: it
// stays in the text for the credits stage, while a picture's credit and a
// share button go.
func TestSourceCreditsStay(t *testing.T) {
	credits := []string{
		"VIA: Calder Daily",
		"Via Harbor Games",
		"Sources: Linden Press, Bayview Online",
		"Source calderdaily, Harborgames",
		"h/t Calder Gazette",
		"Additional reporting by the Calder Post",
		"(Reporting by Ana Ros; editing by Li Wei)",
		"This article originally appeared at the Calder Post.",
		"Editor's Note: This story appeared in Saturday's edition of the Harbor Ledger.",
	}
	chrome := []string{
		"Share via Email",
		"[Image via Calder TV]",
		"Source: Ana Ros / Flickr",
		"Via Getty Images",
	}
	prose := "The Linden Bay ferry company may be sold to a rival operator this week, a person familiar with the talks said on Saturday."
	in := "Ferry company may be sold\n\n" + credits[len(credits)-1] + "\n\n" + prose + "\n\n" + chrome[0] + "\n\n" + chrome[1] + "\n\n" +
		"The company declined to comment on the talks, and the rival did not answer calls.\n\n" +
		strings.Join(credits[:len(credits)-1], "\n\n") + "\n\n" + strings.Join(chrome[2:], "\n\n")
	a := fromText(in, false, Options{})
	paras := strings.Split(a.Text, "\n\n")
	for _, c := range credits {
		if !slices.Contains(paras, c) {
			t.Errorf("credit %q left the text; removed: %q", c, a.Removed)
		}
	}
	if diff := cmp.Diff(chrome, a.Removed); diff != "" {
		t.Errorf("Removed mismatch (-want +got):\n%s", diff)
	}
	if !slices.Contains(paras, prose) {
		t.Errorf("prose left the text: %q", a.Text)
	}
}

// A wire story's dateline names its agency: with a city in capitals or in
// title case, after a date, or alone; the agency is the article's outlet
// when nothing else names one.
func TestDatelineOutlet(t *testing.T) {
	body := " The Linden Bay ferry company agreed on Saturday to be sold to a rival operator, the two firms said.\n\n" +
		"The sale still needs the port authority's approval, which is expected next month."
	tests := []struct {
		name, in, outlet, place string
	}{
		{"agency alone", "(Reuters) -" + body, "Reuters", ""},
		{"city in title case", "London (AFP) -" + body, "Agence France-Presse", "London"},
		{"city in capitals", "TORONTO (Reuters) -" + body, "Reuters", "TORONTO"},
		{"em dash", "WASHINGTON (AP) —" + body, "Associated Press", "WASHINGTON"},
		{"city and date", "PORT CALDER, March 3 (Reuters) -" + body, "Reuters", "PORT CALDER"},
		{"date alone", "March 3 (Reuters) -" + body, "Reuters", ""},
		{"an outlet the directory does not know", "CALDER (Calder News) --" + body, "Calder News", "CALDER"},
		{"a place without agency", "PORT CALDER, Ore. —" + body, "", "PORT CALDER, Ore."},
		{"parentheses that are no outlet", "The buyer (left) -" + body, "", ""},
		{"a mark deep in a sentence", "The ferry company, which has run the crossing to the islands since long before the war and through two floods, said (Reuters) - " + body, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "wire.jsonl:1", Format: "text", Headless: true, Body: []byte(tt.in)})
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if a.Dateline != tt.place {
				t.Errorf("Dateline = %q, want %q", a.Dateline, tt.place)
			}
		})
	}
	// An outlet the text names otherwise (a byline's affiliation) wins.
	a := fromText("Ferry sold\n\nBy Ana Ros, Tidewater Press\n\n(Reuters) -"+body, false, Options{})
	if got := orEmpty(a.Outlet); got != "Tidewater Press" {
		t.Errorf("Outlet = %q, want the byline's Tidewater Press", got)
	}
}

// A wire story's sign-off names its reporters and writers: they are the
// byline when none is known; editors and those who added reporting are not.
func TestSignoffByline(t *testing.T) {
	body := "The Linden Bay ferry company agreed on Saturday to be sold to a rival operator, the two firms said.\n\n"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"reporter and editor", body + "(Reporting by Ana Ros; editing by Li Wei)", []string{"Ana Ros"}},
		{"reporters with places", body + "(Reporting by Ana Ros in Calder, Tom Beck in Linden Bay and Mira Holt in Port Calder; Editing by Li Wei and Sam Orr)",
			[]string{"Ana Ros", "Tom Beck", "Mira Holt"}},
		{"writer", body + `"We are pleased," the buyer said. (Writing by Tom Beck; Editing by Li Wei)`, []string{"Tom Beck"}},
		{"roles after a comma", body + "(Reporting by Ana Ros, Editing by Li Wei)", []string{"Ana Ros"}},
		{"reporting and writing", body + "(Reporting by Ana Ros; Writing by Tom Beck; Editing by Li Wei)", []string{"Ana Ros", "Tom Beck"}},
		{"a line of its own", body + "Reporting by Mira Holt; editing by Li Wei", []string{"Mira Holt"}},
		{"only additional reporting", body + "Additional reporting by Tom Beck", nil},
		{"an agency is no person", body + "(Reporting by Reuters; editing by Li Wei)", nil},
		{"prose that says written by", "A letter written by a pupil was pinned up in the library on Monday, the librarian said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText(tt.in, true, Options{})
			if diff := cmp.Diff(tt.want, a.Byline); diff != "" {
				t.Errorf("Byline mismatch (-want +got):\n%s", diff)
			}
		})
	}
	a := fromText("Ferry sold\n\nBy Sam Orr\n\n"+body+"(Reporting by Ana Ros; editing by Li Wei)", false, Options{})
	if diff := cmp.Diff([]string{"Sam Orr"}, a.Byline); diff != "" {
		t.Errorf("a byline line loses to the sign-off (-want +got):\n%s", diff)
	}
}

// A sign-off by a news agency's own writers names the article's outlet; the
// agency alone contributing signs off another outlet's story that used its
// copy: a credit, which stays in the text for the credits stage, and no
// evidence whose article it is.
func TestWireSignoffOutlet(t *testing.T) {
	body := "The Linden Bay ferry company agreed on Saturday to be sold to a rival operator, the two firms said.\n\n" +
		"The sale still needs the port authority's approval, which is expected next month.\n\n"
	tests := []struct{ name, signoff, outlet string }{
		{"agency writers", "Associated Press writers Ana Ros and Tom Beck contributed to this report.", "Associated Press"},
		{"agency writer in a place", "Associated Press writer Mira Holt in Port Calder contributed to this report.", "Associated Press"},
		{"agency staff reporters", "Reuters staff reporters contributed to this story.", "Reuters"},
		{"agency alone", "The Associated Press contributed to this report.", ""},
		{"agency alone, no article", "Reuters contributed to this report.", ""},
		{"agency alone with a newspaper's staff", "The Calder Post's Li Wei and The Associated Press contributed to this report.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText("Ferry company sold\n\n"+body+tt.signoff, false, Options{})
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if !strings.HasSuffix(a.Text, tt.signoff) {
				t.Errorf("the sign-off left the text: %q (removed %q)", a.Text, a.Removed)
			}
		})
	}
}
