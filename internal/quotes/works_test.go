package quotes

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestExtractWorksAndReportedWords covers the names of works and words a
// quotation reports of someone else: each text is fictional, written for
// the test.
func TestExtractWorksAndReportedWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a work's title in parentheses after the noun is no quotation",
			text: "In the foreword, Edda Marr wrote: \"I would tell you that I drew the map, by the light of the harbour.\"\n\nProfessor Ivo Lund pointed out in a 2004 Gazette essay (\"By the Light of the Harbour\") that this may have been meant.",
			want: []got{{Text: "I would tell you that I drew the map, by the light of the harbour.", Speaker: "Edda Marr", Kind: "person", Parts: 1}},
		},
		{
			name: "a work's title straight after the noun is no quotation",
			text: "Ivo Lund wrote the essay \"Salt Roads of the North\" in 2004.\n\n\"We lost the roads,\" Lund said.",
			want: []got{{Text: "We lost the roads,", Speaker: "Ivo Lund", Kind: "person", Parts: 1}},
		},
		{
			name: "a speech quoted after a comma is a quotation",
			text: "In his speech, \"We will rebuild the pier,\" Mayor Ivo Lund said.",
			want: []got{{Text: "We will rebuild the pier,", Speaker: "Ivo Lund", Kind: "person", Parts: 1}},
		},
		{
			name: "words reported as what someone told are the teller's, not the reporter's",
			text: "A missing boy was found safe in a shed behind the harbour.\n\nThe first thing Tomas Reed told rescuers, police said Monday, was \"thank you.\"",
			want: []got{{Text: "thank you.", Speaker: "Tomas Reed", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the last words someone said",
			text: "Her last words Ada Holm said to the crew, her brother recalled, were \"keep the lamp lit.\"",
			want: []got{{Text: "keep the lamp lit.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "titles in a reference list are no quotations",
			text: "\"We kept the lamp lit every night,\" Ada Holm said.\n\nNotes. Ivo Lund, \"Salt Roads of the North,\" Harbour Review 12 (Spring 1998): 4–9. See also \"The Last Lamp on the Quay,\" Coast Quarterly 3 (1901), 77. Mara Voss, \"Rope and Tar at the Old Quay,\" in Ivo Lund, ed., Harbour Essays (Kessmouth: Quay Press, 2001), 12. \"The Last Lamp on the Quay,\" 78–80. Ada Holm, \"Lamps of the Northern Shore\" (PhD diss., Kessmouth University, 2010). Ivo Lund, \"Salt in the Harbour\" and \"Names of Boats: The Northern Shore,\" in Mara Voss, ed., Coast Words (2013).",
			want: []got{{Text: "We kept the lamp lit every night,", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a heading set in quotation marks is no quotation",
			text: "\"We kept the lamp lit every night,\" Ada Holm said.\n\n\"By the Light and Grace of the Sea\"\nIvo Lund journal, May 3, 1841, Harbour Library, Kessmouth.",
			want: []got{{Text: "We kept the lamp lit every night,", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a work named as the source is no quotation",
			text: "According to \"Annals of the Harbour,\" Ada Holm told her brother that \"it was not the time to tell of these things.\"",
			want: []got{{Text: "it was not the time to tell of these things.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "what someone should have written is no quotation",
			text: "In the log, the clerk wrote \"tide\" where he should have written \"time.\"",
			want: []got{{Text: "tide", Speaker: "clerk", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestExtractRolesNotClausesOrLists checks that a clause, a coordination or
// a list around a name gives the speaker no role. The texts are fictional.
func TestExtractRolesNotClausesOrLists(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		roles               []string
	}{
		{"a coordination before the name", "Both she and Ada Holm, assistant harbour master, said the old cranes “help us remember the port as it was.”", "Ada Holm", []string{"assistant harbour master"}},
		{"a reporting clause before the name", "Lund said the skipper's nephew Tomas Reed told of her being “worn out” by the long crossing.", "Tomas Reed", []string{"skipper's nephew"}},
		{"a list after the name", "Much is known from letters by Ada Holm, her crew, and others who sailed.\n\n“We left at dawn,” Holm said.", "Ada Holm", nil},
		{"a place in parentheses inside a body's name", "The search went on through the night.\n\n“We were not going to leave until we found her.” Cpl. Ada Holm, Kessmouth County (Ont.) Police Service", "Ada Holm", []string{"Cpl.", "Kessmouth County (Ont.) Police Service"}},
		{"a list of things after the name", "There is value in learning about Captain Ada Holm, the voyage and those who sailed with her.\n\nHolm repeatedly said it was “a hard crossing” for all.", "Ada Holm", []string{"Captain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Extract(corroborate.Article{Text: tt.text}, Options{})
			if len(ms) != 1 || ms[0].Speaker == nil {
				t.Fatalf("Extract = %+v, want one quote with a speaker", ms)
			}
			if sp := ms[0].Speaker; sp.Name != tt.speaker || !slices.Equal(sp.Roles, tt.roles) {
				t.Errorf("speaker = %q %q, want %q %q", sp.Name, sp.Roles, tt.speaker, tt.roles)
			}
		})
	}
}

// TestExtractNameAcrossOf checks that a name running over "of" after "the"
// is not cut into a one-word person and a role. The text is fictional.
func TestExtractNameAcrossOf(t *testing.T) {
	ms := Extract(corroborate.Article{Text: "Yet as the Atlas of Tides topic page on tides.org states, Ada Holm drew “almost all of the present atlas” in three months."}, Options{})
	if len(ms) != 1 || ms[0].Speaker == nil {
		t.Fatalf("Extract = %+v, want one quote with a speaker", ms)
	}
	if sp := ms[0].Speaker; sp.Name == "Atlas" || len(sp.Roles) > 0 {
		t.Errorf("speaker = %q %q, want the whole page's name and no role", sp.Name, sp.Roles)
	}
}

// TestExtractGroupNameIsNoPerson checks that a band named as brothers is
// no person a pronoun can stand for, and that a clause before a name gives
// no role. The texts are fictional.
func TestExtractGroupNameIsNoPerson(t *testing.T) {
	text := "Ivo Lund was a star with his group The Lund Brothers in 1975.\n\nFor years, Ivo and former wife Mara have argued publicly about Mara Lund's claims.\n\nAs the fame of the band grew, she, too, spoke: \"There was never a letter from him,\" she said."
	ms := Extract(corroborate.Article{Text: text}, Options{})
	if len(ms) != 1 {
		t.Fatalf("Extract = %+v, want one quote", ms)
	}
	sp := ms[0].Speaker
	if sp == nil || sp.Name != "Mara Lund" || len(sp.Roles) > 0 {
		t.Errorf("speaker = %+v, want Mara Lund with no role (not the band, not a clause as role)", sp)
	}
}

// TestAnalyseBandIsNoPerson checks that a group named as brothers or
// sisters is read as a body, which no "he" or "she" stands for.
func TestAnalyseBandIsNoPerson(t *testing.T) {
	for _, s := range []string{"The Lund Brothers", "the Marr Sisters"} {
		toks := tokenize(s, 0, len(s), nil)
		if r := analyse(s, toks); r.kind != "organization" {
			t.Errorf("analyse(%q).kind = %q, want organization", s, r.kind)
		}
	}
}
