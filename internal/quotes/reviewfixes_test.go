package quotes

import (
	"github.com/corroborate/corroborate"
	"slices"
	"strings"
	"testing"
)

// TestExtractReviewedSpeakers covers speakers read wrongly in real
// coverage: a place named after a person inside a quotation, a pronoun
// whose gender a kinship role shows. Every text is fictional, written for
// the test.
func TestExtractReviewedSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a village named after a man in the quote does not name the man speaking",
			text: "Lena Varga's son Tamas told the Courier that the flood came at night, but that \"we stayed until the last sandbag.\"\n\n" +
				"District fire chief Colonel Arman Deko Tolvic confirmed that the river had broken its banks in two places.\n\n" +
				"\"The station in Arman Hill village which was staffed by eight volunteers was cut off and the pump was lost,\" he said.",
			opening: "The station in Arman Hill",
			speaker: "Arman Deko Tolvic",
		},
		{
			name: "a daughter-in-law is a woman: he said is not hers",
			text: "Lena Varga's daughter-in-law Saro told the Courier that the flood came at night, but that \"we stayed until the last sandbag.\"\n\n" +
				"The district fire chief, Colonel Tolvic, confirmed that the river had broken its banks.\n\n" +
				"\"Tolvic's men were cut off and the pump was lost,\" he said.",
			opening: "Tolvic's men",
			speaker: "Tolvic",
		},
	})
}

// TestExtractMaySurname covers a surname that is also a month: "May also
// introduced ..." is the woman named May before, not a date.
func TestExtractMaySurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "she said after a sentence opened by the surname May",
			text: "Judge Ada Kerr ruled in March that the banker should be sent for trial abroad. She said there was a \"clear public interest\" in the case.\n\n" +
				"In 2014, Gloria May, then the justice minister, halted the transfer of a man accused of fraud. He had faced 30 years in prison.\n\n" +
				"May also brought in a new safeguard. \"This lets our own courts keep a case at home when justice is better served here,\" she said at the time.",
			opening: "This lets our own courts",
			speaker: "Gloria May",
		},
		{
			name: "the month May opening a sentence is no one",
			text: "Judge Ada Kerr ruled that the banker should be sent for trial abroad.\n\n" +
				"May brought heavy rain to the valley. \"We lost the whole crop,\" she said.",
			opening: "We lost the whole crop",
			speaker: "Ada Kerr",
		},
	})
}

// TestExtractNamedPair covers two people named as the subject of one
// speaking verb: the pair speaks, and a "They said" after it is theirs.
func TestExtractNamedPair(t *testing.T) {
	cases := []struct {
		name, text, opening, speaker string
	}{
		{
			name: "two judges with titles",
			text: "The appeal was heard in Ulby on Monday.\n\n" +
				"Judge Anna Hill and Judge Tom Reed said the ruling \"cannot stand as it was written\".\n\n" +
				"They said: \"The first court did not weigh the evidence of the doctors.\"",
			opening: "cannot stand",
			speaker: "Anna Hill and Tom Reed",
		},
		{
			name: "they said after the pair",
			text: "The appeal was heard in Ulby on Monday.\n\n" +
				"Judge Anna Hill and Judge Tom Reed said the ruling \"cannot stand as it was written\".\n\n" +
				"They said: \"The first court did not weigh the evidence of the doctors.\"",
			opening: "The first court",
			speaker: "Anna Hill and Tom Reed",
		},
		{
			name:    "two names without titles",
			text:    "The band split last year.\n\nAnna Hill and Tom Reed said they were \"still the best of friends\".",
			opening: "still the best",
			speaker: "Anna Hill and Tom Reed",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range Extract(corroborate.Article{ID: "t", Text: tc.text}, Options{}) {
				if !strings.Contains(m.Text, tc.opening) {
					continue
				}
				if m.Speaker == nil || m.Speaker.Name != tc.speaker {
					t.Fatalf("speaker of %q = %+v, want %q", tc.opening, m.Speaker, tc.speaker)
				}
				for _, role := range m.Speaker.Roles {
					if strings.Contains(role, " and ") {
						t.Errorf("role %q joins the pair", role)
					}
				}
				return
			}
			t.Fatalf("no quotation holds %q", tc.opening)
		})
	}
}

// TestExtractDescribedSpeakers covers a speaker described by a shorter
// form of the role the text gave them, and a trade word opening a name.
func TestExtractDescribedSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the former governor is the one named former Norland governor",
			text: "President-elect Ana Brisk picked former Norland governor Carl Vetter to run the Water Board on Friday.\n\n" +
				"Vetter served ten years as governor. At a 2016 county fair, the former governor said he opposed new limits on wells. \"I do if a county wants them,\" he said.",
			opening: "I do if a county",
			speaker: "Carl Vetter",
		},
		{
			name:    "a trade word capitalised before a name is no part of it",
			text:    "The storm closed every road into Hadley.\n\nMilkman Peter Osgood was not put off by the drifts. \"I'll go slowly,\" Osgood said.",
			opening: "I'll go slowly",
			speaker: "Peter Osgood",
		},
	})
}

// TestWidestRolesSameRoleWrittenTwice covers the roles one speaker is
// given across articles: one role written in two cases or with two kinds
// of apostrophe, and a role another one holds with more words.
func TestWidestRolesSameRoleWrittenTwice(t *testing.T) {
	cases := []struct {
		in   []string
		want []string
	}{
		{[]string{"Norland's Prime Minister", "Norland’s prime minister"}, []string{"Norland's Prime Minister"}},
		{[]string{"head of casework at Fairlaw", "head of casework for rights group Fairlaw"}, []string{"head of casework for rights group Fairlaw"}},
		{[]string{"Police Chief", "Harbor City Police Chief"}, []string{"Harbor City Police Chief"}},
		{[]string{"mayor", "head of the port board"}, []string{"mayor", "head of the port board"}},
		{[]string{"chief of staff", "chief economist"}, []string{"chief of staff", "chief economist"}},
	}
	for _, tc := range cases {
		if got := widestRoles(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("widestRoles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestExtractCutOffAtEnd covers a text cut off inside a quotation: the
// words after the last opening mark, ending in an ellipsis, are no
// quotation whole; an unclosed quotation without one still counts.
func TestExtractCutOffAtEnd(t *testing.T) {
	cut := "Talks stall\n\nThe prime minister, Ivo Marsh, spoke to reporters on Monday. He said the group had been warned.\n\n\"The group will receive..."
	for _, m := range Extract(corroborate.Article{ID: "t", Text: cut}, Options{}) {
		if strings.Contains(m.Text, "will receive") {
			t.Errorf("quotation cut off at the end of the text kept: %q", m.Text)
		}
	}
	open := "Talks stall\n\nHe said: \"We will wait and see what they do."
	found := false
	for _, m := range Extract(corroborate.Article{ID: "t", Text: open}, Options{}) {
		found = found || strings.Contains(m.Text, "wait and see")
	}
	if !found {
		t.Errorf("unclosed quotation without an ellipsis lost")
	}
}

// TestExtractOutletReportedIt covers a quotation credited to an outlet
// that "reported" it right after someone in the paragraph is told
// speaking: they said it, the outlet reported it.
func TestExtractOutletReportedIt(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "the lawyer argued, the Herald reported the quote",
			text:    "Ruling on extradition\n\nIvo Marsh QC, for the defence, argued that the trip would harm the man's health. \"There is a real danger he would not survive the journey,\" the Ulby Herald reported at the time.",
			opening: "There is a real danger",
			speaker: "Ivo Marsh QC",
		},
		{
			name:    "an outlet's quote in a paragraph of its own stays the outlet's",
			text:    "Ruling on extradition\n\nIvo Marsh QC, for the defence, argued that the trip would harm the man's health.\n\n\"The court will rule in May,\" the Ulby Herald reported.",
			opening: "The court will rule",
			speaker: "Ulby Herald",
		},
	})
}
