package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func TestQuotesSection(t *testing.T) {
	s1, s2 := "s1", "s2"
	outlet := "Valley Herald"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Outlet: &outlet}, {ID: "a2"}},
		Speakers: []corroborate.Speaker{
			{ID: "s1", Name: "Dana Whitfield", Kind: "person", Roles: []string{"Mayor"}},
			{ID: "s2", Name: "statement from the Water Board", Kind: "document"},
		},
		Quotes: []corroborate.Quote{
			{ID: "q1", Text: "The bridge opens in May", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1}}},
			{ID: "q2", Text: "Our water meets every standard", Mentions: []corroborate.QuoteMention{
				{Article: "a1", Speaker: &s1}, {Article: "a2", Speaker: &s2},
			}},
		},
		Conflicts: []corroborate.Conflict{{
			Kind: "quote-speaker", About: "Our water meets every standard",
			Sides: []corroborate.ConflictSide{{Value: "Dana Whitfield", Articles: []string{"a1"}}, {Value: "statement from the Water Board", Articles: []string{"a2"}}},
		}},
		Computed: []string{"quotes"},
	}
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	sec := out[strings.Index(out, "QUOTES"):]
	for _, want := range []string{
		"“Our water meets every standard” is given to Dana Whitfield in [1] Valley Herald; but to a statement from the Water Board in [2] article a2.",
		"Dana Whitfield, Mayor",
	} {
		if !strings.Contains(strings.Join(strings.Fields(sec), " "), want) {
			t.Errorf("quotes section lacks %q:\n%s", want, sec)
		}
	}
	conflictRow := strings.Index(sec, "!  “Our water")
	plainRow := strings.Index(sec, "“The bridge opens in May”")
	if conflictRow < 0 || plainRow < 0 || conflictRow > plainRow {
		t.Errorf("the quote in conflict is not listed first, flagged with !:\n%s", sec)
	}

	// Without a conflict the flag column would stand empty: it is left out.
	d.Conflicts = nil
	sb.Reset()
	if err := Markdown(&sb, d); err != nil {
		t.Fatal(err)
	}
	if md := sb.String(); !strings.Contains(md, "| quote | speaker | where |") || strings.Contains(md, "| ! | quote") {
		t.Errorf("with no quotation in conflict, the table keeps an empty flag column:\n%s", md)
	}

	d.Computed = nil
	sb.Reset()
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	if sec := sb.String()[strings.Index(sb.String(), "QUOTES"):]; !strings.Contains(sec, "not computed yet") {
		t.Errorf("without the quotes stage the section should say not computed:\n%s", sec)
	}
}

// TestTerminalTablesCutNothing: a quotation, a speaker's roles and a
// byline longer than their columns wrap in the terminal report; every word
// is there and no cell is cut short with "…".
func TestTerminalTablesCutNothing(t *testing.T) {
	s1 := "s1"
	quote := "We will keep the night ferry running through the winter, whatever the fuel costs, because the island's nurses, bakers and students have no other way across the sound"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Title: "Night ferry stays", Byline: []string{"Oriel Maskelyne-Fairweather", "Tobiah Quennell-Armitage"},
			Text: "The night ferry stays."}},
		Speakers: []corroborate.Speaker{{ID: "s1", Name: "Ysolde Marrack", Kind: "person",
			Roles: []string{"chair of the Sound Island ferry cooperative", "retired harbour pilot"}}},
		Quotes:   []corroborate.Quote{{ID: "q1", Text: quote, Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1}}}},
		Computed: []string{"quotes"},
	}
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, line := range strings.Split(out, "\n") {
		if len([]rune(line)) > 100 {
			t.Errorf("line of %d runes, over 100: %q", len([]rune(line)), line)
		}
	}
	words := strings.Join(strings.Fields(out), " ")
	for _, want := range append(strings.Fields(quote), "Oriel", "Maskelyne-Fairweather,", "Tobiah", "Quennell-Armitage",
		"Ysolde", "Marrack,", "cooperative,", "retired", "pilot") {
		if !strings.Contains(words, want) {
			t.Errorf("the terminal report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "…") {
		t.Errorf("the terminal report cuts a cell:\n%s", out)
	}
}

func TestCellLines(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"short", 10, []string{"short"}},
		{"two words here", 9, []string{"two words", "here"}},
		{"abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"", 4, []string{""}},
	}
	for _, tt := range tests {
		if got := cellLines(tt.in, tt.width); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("cellLines(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

// TestQuotesPartialAndSpeakers checks that the text and Markdown reports
// say which quotations are partial (whole in one article, partial in
// another) and show each speaker's kind, roles and aliases.
func TestQuotesPartialAndSpeakers(t *testing.T) {
	s1, s2 := "s1", "s2"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1"}, {ID: "a2"}},
		Speakers: []corroborate.Speaker{
			{ID: "s1", Name: "Mira Osei", Kind: "person", Roles: []string{"councillor"}, Aliases: []string{"Osei"}},
			{ID: "s2", Name: "Harbour Trust", Kind: "organization", Roles: []string{}, Aliases: []string{"the Trust"}},
		},
		Quotes: []corroborate.Quote{
			{ID: "q1", Text: "a cheap trick", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1, Partial: true}}},
			{ID: "q2", Text: "The levy is lawful and fair", Mentions: []corroborate.QuoteMention{
				{Article: "a1", Speaker: &s2}, {Article: "a2", Speaker: &s2, Partial: true},
			}},
			{ID: "q3", Text: "We open at dawn", Mentions: []corroborate.QuoteMention{{Article: "a2", Speaker: &s1}}},
		},
		Computed: []string{"quotes"},
	}
	for name, render := range map[string]func(*strings.Builder) error{
		"text":     func(sb *strings.Builder) error { return Text(sb, d) },
		"markdown": func(sb *strings.Builder) error { return Markdown(sb, d) },
	} {
		t.Run(name, func(t *testing.T) {
			var sb strings.Builder
			if err := render(&sb); err != nil {
				t.Fatal(err)
			}
			// Markdown escapes brackets: read the text a reader sees
			out := strings.ReplaceAll(strings.Join(strings.Fields(sb.String()), " "), `\`, "")
			for _, want := range []string{
				"“a cheap trick” (partial quote)",
				"“The levy is lawful and fair” (partial quote", // the text table may wrap the cell here
				"in [2])",
				"Mira Osei (person): councillor; also named Osei",
				"Harbour Trust (organization); also named the Trust",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("report lacks %q:\n%s", want, sb.String())
				}
			}
			if strings.Contains(out, "“We open at dawn” (partial") {
				t.Errorf("a whole quotation is marked partial:\n%s", sb.String())
			}
		})
	}
}

// TestTextProseAfterTable: prose after a table (the speakers list after
// the quotations, the boilerplate list after the sources) stands apart
// from the table's last row.
func TestTextProseAfterTable(t *testing.T) {
	s1 := "s1"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1"}},
		Speakers: []corroborate.Speaker{{ID: "s1", Name: "Mira Osei", Kind: "person"}},
		Quotes:   []corroborate.Quote{{ID: "q1", Text: "We open at dawn", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1}}}},
		Computed: []string{"quotes"},
	}
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(sb.String(), "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "Speakers, with") })
	if i < 1 || lines[i-1] != "" {
		t.Errorf("no blank line between the quotations table and the speakers list:\n%s", sb.String())
	}
}

// TestQuotesPartialOwnWords: an article that quotes only a few words of a
// longer quotation is shown with those words, never with the whole text it
// did not print; the next speaker's row then shows the whole text, not 〃.
func TestQuotesPartialOwnWords(t *testing.T) {
	s1, s2 := "s1", "s2"
	short := `The ferry line promised "every help with the inquiry" to the police.`
	start := strings.Index(short, `"every`)
	end := strings.Index(short, ` to the`)
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1", Text: short}, {ID: "a2"}},
		Speakers: []corroborate.Speaker{
			{ID: "s1", Name: "Northway Ferries", Kind: "organization"},
			{ID: "s2", Name: "Ida Brandt", Kind: "person"},
		},
		Quotes: []corroborate.Quote{{ID: "q1", Text: "Safety comes first and we will give every help with the inquiry",
			Mentions: []corroborate.QuoteMention{
				{Article: "a1", Speaker: &s1, Partial: true, Start: start, End: end},
				{Article: "a2", Speaker: &s2},
			}}},
		Computed: []string{"quotes"},
	}
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	if !strings.Contains(out, "“every help with the inquiry” (partial quote)") {
		t.Errorf("the partial mention is not shown in its own words:\n%s", sb.String())
	}
	if !strings.Contains(out, "“Safety comes first") || strings.Contains(out, "〃") {
		t.Errorf("the whole text is not shown on the second speaker's row:\n%s", sb.String())
	}
}

// Each speaker's row says how its articles give the words ("according
// to", "wrote"), as the web page gives each mention's cue; one cue written
// twice is said once, and the plain "said" not at all.
func TestQuoteCues(t *testing.T) {
	s1 := "s1"
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}},
		Speakers: []corroborate.Speaker{{ID: "s1", Name: "Orla Penhale", Kind: "person"}},
		Quotes: []corroborate.Quote{{ID: "q1", Text: "The lock gates will hold", Mentions: []corroborate.QuoteMention{
			{Article: "a1", Speaker: &s1, Cue: "said"}, {Article: "a2", Speaker: &s1, Cue: "according to"},
			{Article: "a3", Speaker: &s1, Cue: "Wrote"}, {Article: "a3", Speaker: &s1, Cue: "wrote"}}}},
		Computed: []string{"quotes"},
	}
	out := flatText(t, d)
	if !strings.Contains(out, "“The lock gates will hold” Orla Penhale (according to, wrote) [1], [2], [3]") {
		t.Errorf("the quote's row lacks its cues:\n%s", out)
	}
}
