package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLeadStandingFirst checks that a plain text opening with its lead
// sentence, no headline above it, keeps the lead in its text (it also names
// the article), and that a lead repeated as the text's start is not kept
// twice.
func TestLeadStandingFirst(t *testing.T) {
	lead := "Wildlife officers counted fourteen otters on Lake Mirren this spring, the first seen there since the hard winter of 1998 froze the whole shore."
	rest := "Ranger Tove Lind said the animals came back on their own after the dam was removed."
	for _, c := range []struct {
		name, body, title, textStart string
	}{
		{"lead first", lead + "\n\n" + rest, lead, lead},
		{"lead said again", lead + "\n\n" + lead + " " + rest, lead, lead + " " + rest},
		{"headline", "Otters return to Lake Mirren\n\n" + lead, "Otters return to Lake Mirren", lead},
	} {
		a, err := Extract(corroborate.Document{Source: "otters.txt", Format: "text", Body: []byte(c.body)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.title || !strings.HasPrefix(a.Text, c.textStart) || strings.Count(a.Text, lead) != 1 {
			t.Errorf("%s: title %q, text %q", c.name, a.Title, a.Text)
		}
	}
}

// An outlet given in a record's metadata loses the medium label a list of
// outlets closes it with ("Calder Post (Online News)"), and keeps a
// section's ("Calder Post (Opinion)") as given: the record names its
// opinion pages. (Reuse takes both for one outlet: TestCanonicalOutlet.)
func TestGivenOutletMediumLabel(t *testing.T) {
	for given, want := range map[string]string{
		"Calder Post (Online News)": "Calder Post",
		"Harbour Times (News)":      "Harbour Times",
		"Skarn Radio (Online)":      "Skarn Radio",
		"Calder Post (Opinion)":     "Calder Post (Opinion)",
		" Harbour Times ":           "Harbour Times",
	} {
		t.Run(given, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "r.jsonl", Format: "text", Headless: true, Outlet: given,
				Body: []byte("The Lenna ferry returned to service on Sunday after nine months in dry dock.")}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := orEmpty(a.Outlet); a.Outlet == nil || got != want {
				t.Errorf("outlet %q: got %q (nil %v), want %q", given, got, a.Outlet == nil, want)
			}
		})
	}
}
