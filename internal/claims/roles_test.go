package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestStoryRoles checks that a job of the story written without a place
// before its title ("the town's mayor, Ann Holt", "Mayor Ann Holt said
// ..." word for word but the name) filled by two people is a sure name
// conflict, and that related roles and lists are not.
func TestStoryRoles(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		band, note string
	}{
		{"a place's job", "The town's mayor, Ann Holt, said the Kestrel bridge would reopen within four months.",
			"The town's mayor, John Park, said the Kestrel bridge would reopen within four months.", sure, "Ann Holt vs John Park as the town's mayor"},
		{"a place's job in other sentences", "The town's mayor, Ann Holt, said the Kestrel bridge would reopen within four months.",
			"Drivers waited for hours at the ferry, and the town's mayor, John Park, apologised.", sure, "as the town's mayor"},
		{"one sentence but the name", "Mayor Ann Holt said the Kestrel bridge was safe for lorries.",
			"Mayor John Park said the Kestrel bridge was safe for lorries.", sure, "Ann Holt vs John Park as the mayor"},
		{"the mayor between commas", "The mayor, Ann Holt, said the Kestrel bridge was safe for lorries.",
			"The mayor, John Park, said the Kestrel bridge was safe for lorries.", sure, "as the mayor"},
		{"the mayor between commas, other words", "The mayor, Ann Holt, said the Kestrel bridge was safe for lorries and buses.",
			"The Kestrel bridge is safe for lorries and buses, the mayor, John Park, said on Monday.", sure, "as the mayor"},
		{"the mayor in two claims", "The mayor, Ann Holt, opened the Orlin ferry terminal on Monday.",
			"The Kestrel bridge was safe for lorries, the mayor, John Park, told the Orlin council.", none, ""},
		{"one title, other words", "Mayor Ann Holt said the Kestrel bridge was safe for lorries on Monday.",
			"Mayor John Park said the Kestrel bridge was safe for lorries, citing the engineers.", unsure, ""},
		{"a former mayor", "The town's mayor, Ann Holt, said the Kestrel bridge would reopen within four months.",
			"The town's former mayor, John Park, said the Kestrel bridge would reopen within four months.", none, ""},
		{"a deputy mayor", "The town's mayor, Ann Holt, said the Kestrel bridge would reopen within four months.",
			"The town's deputy mayor, John Park, said the Kestrel bridge would reopen within four months.", none, ""},
		{"a company's chief", "The town's mayor, Ann Holt, said the Kestrel bridge would reopen within four months.",
			"The company's mayor, John Park, said the Kestrel bridge would reopen within four months.", none, ""},
		{"a list after the title", "Ferry staff met the mayor, Ann Holt and Vera Lind on the Kestrel bridge.",
			"Ferry staff met the mayor, John Park and Vera Lind on the Kestrel bridge.", none, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []corroborate.Article{article("a", "A", tc.a), article("b", "B", tc.b)}
			var names []corroborate.Conflict
			for _, c := range Find(arts, nil, Options{}).Conflicts {
				if c.Kind == corroborate.ConflictName {
					names = append(names, c)
				}
			}
			switch {
			case tc.band == none:
				for _, c := range names {
					t.Errorf("invented name conflict (confidence %.2f): %s", c.Confidence, c.Note)
				}
				return
			case len(names) != 1:
				t.Fatalf("name conflicts = %+v, want one", names)
			case tc.band == sure && names[0].Confidence < sureAt:
				t.Errorf("confidence = %.2f, want >= %.2f (%s)", names[0].Confidence, sureAt, names[0].Note)
			case tc.band == unsure && names[0].Confidence >= sureAt:
				t.Errorf("confidence = %.2f, want < %.2f (%s)", names[0].Confidence, sureAt, names[0].Note)
			}
			if len(names) == 1 && !strings.Contains(names[0].Note, tc.note) {
				t.Errorf("note = %q, want it to hold %q", names[0].Note, tc.note)
			}
		})
	}
}

// TestSideOfTwoPeople checks that a side resting on articles that name
// two people in one role says so in the conflict's note.
func TestSideOfTwoPeople(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Arden Courier", "Mayor Ann Holt said the Kestrel bridge was safe."),
		article("b", "Lenna Post", "Mayor John Park said the Kestrel bridge was safe."),
		article("c", "Harbour Radio", "Engineers said the Kestrel bridge was not safe."),
	}
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if c.Kind != corroborate.ConflictNegation {
			continue
		}
		if !strings.Contains(c.Note, "names Ann Holt as the mayor and Lenna Post names John Park") {
			t.Errorf("note = %q, want it to say the side names two mayors", c.Note)
		}
		return
	}
	t.Fatal("no negation conflict")
}

// TestDisputedQuoteNotDoubled checks that a quotation the articles give to
// two people, a quote conflict of its own, is no sure name conflict too.
func TestDisputedQuoteNotDoubled(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "A", "\u201cThe Kestrel bridge is safe for lorries,\u201d the mayor, Ann Holt, said."),
		article("b", "B", "\u201cThe Kestrel bridge is safe for lorries,\u201d the mayor, John Park, said."),
	}
	for _, disputed := range []bool{false, true} {
		opt := Options{}
		if disputed {
			opt.DisputedQuotes = []string{"The Kestrel bridge is safe for lorries,"}
		}
		sure := false
		for _, c := range Find(arts, nil, opt).Conflicts {
			sure = sure || c.Kind == corroborate.ConflictName && c.Confidence >= sureAt
		}
		if sure == disputed {
			t.Errorf("disputed quotation %v: sure name conflict %v, want %v", disputed, sure, !disputed)
		}
	}
}
