package outlets

import (
	"strings"
	"testing"
)

// A desk's sign-off is the last line in parentheses that opens with who
// reported, wrote or edited the story and names its editor, in any case;
// a line that speaks of editing in passing, or a sign-off with no editor,
// is none.
func TestDeskSignoff(t *testing.T) {
	lead := "The ferry to Lenna will stop running in May, the harbour board said on Tuesday.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"reporter and editor", lead + "(Reporting by Ana Ros; Editing by Li Wei)", "(Reporting by Ana Ros; Editing by Li Wei)"},
		{"editor alone", lead + "(Editing by Li Wei and Tom Berg)", "(Editing by Li Wei and Tom Berg)"},
		{"lower-case editing", lead + "(Reporting by Ana Ros; editing by Li Wei)", "(Reporting by Ana Ros; editing by Li Wei)"},
		{"edited by", lead + "(Compiled by Ana Ros; Edited by Li Wei).", "(Compiled by Ana Ros; Edited by Li Wei)."},
		{"indented, then a closing line", lead + "  (Writing by Ana Ros; Editing by Li Wei)\n\nMore on the ferry: page 4", "(Writing by Ana Ros; Editing by Li Wei)"},
		{"the last of two", lead + "(Editing by Tom Berg)\n\n(Writing by Ana Ros; Editing by Li Wei)", "(Writing by Ana Ros; Editing by Li Wei)"},
		{"a sign-off before a line on editing", lead + "(Writing by Ana Ros; Editing by Li Wei)\n\nThe board said editing by hand was slow.", "(Writing by Ana Ros; Editing by Li Wei)"},
		{"edited by alone", lead + "(Edited by Li Wei)", ""},
		{"editing in passing", lead + "Ros said editing by committee had slowed the plan.", ""},
		{"no editor", lead + "(Reporting by Ana Ros)", ""},
		{"not in parentheses", lead + "Reporting by Ana Ros; Editing by Li Wei", ""},
		{"no desk verb first", lead + "(Photos by Ana Ros; Editing by Li Wei)", ""},
		{"in capitals", lead + "(REPORTING BY ANA ROS; EDITING BY LI WEI)", "(REPORTING BY ANA ROS; EDITING BY LI WEI)"},
		{"crediting, not editing", lead + "(Reporting by Ana Ros; Crediting by Li Wei)", ""},
		{"crediting, then editing", lead + "(Reporting by Ana Ros; Crediting by Tom Berg; editing by Li Wei)", "(Reporting by Ana Ros; Crediting by Tom Berg; editing by Li Wei)"},
		{"far from the end", lead + "(Writing by Ana Ros; Editing by Li Wei)\n\n" + strings.Repeat("The board met again and said the ferry would wait.\n", 40), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, at := DeskSignoff(tt.text)
			if got != tt.want {
				t.Fatalf("DeskSignoff = %q, want %q", got, tt.want)
			}
			if got != "" && tt.text[at:at+len(got)] != got {
				t.Errorf("DeskSignoff offset %d holds %q, not the sign-off", at, tt.text[at:min(len(tt.text), at+len(got))])
			}
		})
	}
}

// An agency is the text's newsgatherer where its staff, tally or poll
// speak or a source spoke to it; named as a source, in a possessive, inside
// a longer name or beside another agency's staff, it is not.
func TestStaffAgency(t *testing.T) {
	tests := []struct {
		name, text, agency, cue string
	}{
		{"witness", "About 300 people gathered, a Reuters witness said.", "Reuters", "Reuters witness"},
		{"sentence-initial count", "Two Reuters witnesses saw the crowd leave.", "Reuters", "Reuters witnesses"},
		{"TV in capitals", "Reuters TV showed the quay.", "Reuters", "Reuters TV"},
		{"poll", "An AFP poll of 900 voters found the plan unpopular.", "Agence France-Presse", "AFP poll"},
		{"told", "\"We will stay,\" one protester told Reuters.", "Reuters", "told Reuters"},
		{"told the", "Holm told the Associated Press on Monday.", "Associated Press", "told the Associated Press"},
		{"told, opening a sentence", "Told the Associated Press of the plan, Holm said nothing more.", "Associated Press", "Told the Associated Press"},
		{"foretold", "The almanac foretold Reuters a hard year.", "", ""},
		{"told The", "Holm told The Associated Press on Monday.", "Associated Press", "told The Associated Press"},
		{"The before staff", "The Associated Press reporter on the quay counted 40 boats.", "Associated Press", "The Associated Press reporter"},
		{"longer agency name", "An Australian Associated Press reporter counted 40 boats.", "Australian Associated Press", "Australian Associated Press reporter"},
		{"same agency twice", "A Reuters witness saw it. Ros told Reuters later.", "Reuters", "Reuters witness"},
		{"credited as a source", "About 300 people gathered, Reuters reported.", "", ""},
		{"possessive", "Holm told Reuters's editors nothing.", "", ""},
		{"possessive with a trailing apostrophe", "Holm told Reuters' editors nothing.", "", ""},
		{"possessive with a curly trailing apostrophe", "Holm told Reuters’ editors nothing.", "", ""},
		{"a longer name, then the shorter alone", "An Australian Associated Press reporter and an Associated Press reporter counted 40 boats.", "", ""},
		{"hyphenated agency name", "An ITAR-TASS reporter counted 40 boats.", "TASS", "ITAR-TASS reporter"},
		{"inside a joined name", "A Reuters/Ipsos poll and a Lenna-AFP survey.", "", ""},
		{"two agencies", "A Reuters witness saw 300 people; an AFP reporter counted fewer.", "", ""},
		{"not an agency", "A Calder Post reporter counted 40 boats.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agency, cue := StaffAgency(tt.text)
			if agency != tt.agency || cue != tt.cue {
				t.Errorf("StaffAgency(%q) = %q, %q; want %q, %q", tt.text, agency, cue, tt.agency, tt.cue)
			}
		})
	}
}

// DeskSignoff gives a sign-off that stands where it says; StaffAgency an
// agency of the directory with a cue from the text that names it.
func FuzzDeskSignoff(f *testing.F) {
	for _, s := range []string{
		"A Reuters witness said so.\n\n(Reporting by Ana Ros; Editing by Li Wei)",
		"Two Reuters witnesses told the Associated Press.\n  (Edited by Li Wei).\n",
		"told The Australian Associated Press reporter \xff(editing by \xe4Li)\n(Editing by)",
		"ITAR-TASS reporter; Reuters/Ipsos poll; told Reuters's editors\ndited by (Editing by X)",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mark, at := DeskSignoff(s); mark != "" && (at < 0 || at+len(mark) > len(s) || s[at:at+len(mark)] != mark) {
			t.Fatalf("DeskSignoff(%q) = %q at %d: not there", s, mark, at)
		}
		agency, cue := StaffAgency(s)
		if agency == "" {
			if cue != "" {
				t.Fatalf("StaffAgency(%q): cue %q without an agency", s, cue)
			}
			return
		}
		if !IsWire(agency) || !strings.Contains(s, cue) {
			t.Fatalf("StaffAgency(%q) = %q, %q: not a news agency, or a cue not in the text", s, agency, cue)
		}
	})
}
