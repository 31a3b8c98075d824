package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// story builds articles from fictional texts, ids a1, a2, ... and links them.
func story(t *testing.T, texts ...string) ([]corroborate.Speaker, []corroborate.Quote, []corroborate.Conflict) {
	t.Helper()
	arts := make([]corroborate.Article, len(texts))
	ms := make([][]Mention, len(texts))
	for i, s := range texts {
		arts[i] = corroborate.Article{ID: "a" + string(rune('1'+i)), Text: s}
		ms[i] = Extract(arts[i], Options{})
	}
	return Link(arts, ms, Options{})
}

// TestLinkOneQuote checks that versions of one quotation in two articles
// become one quote with both mentions, the longer text, and no conflict.
func TestLinkOneQuote(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		wantText string
	}{
		{
			name: "spelling differs",
			texts: []string{
				"“By taking simple, common-sense steps, we are keeping every family in this county safer,” Sheriff Lou Bannon said.",
				"\"By taking simple, commonsense steps, we are keeping every family in this county safer\", Bannon said.",
			},
			wantText: "By taking simple, common-sense steps, we are keeping every family in this county safer",
		},
		{
			name: "one version is part of the other",
			texts: []string{
				"“We counted every ballot twice. The result will not change,” said County Clerk Hana Lutz.",
				"“The result will not change,” said Hana Lutz.",
			},
			wantText: "We counted every ballot twice. The result will not change",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, cs := story(t, tt.texts...)
			if len(qs) != 1 {
				t.Fatalf("Link made %d quotes, want 1: %+v", len(qs), qs)
			}
			if got := len(qs[0].Mentions); got != 2 {
				t.Errorf("%q has %d mentions, want 2", qs[0].Text, got)
			}
			if qs[0].Text != tt.wantText {
				t.Errorf("quote text = %q, want %q", qs[0].Text, tt.wantText)
			}
			if len(cs) != 0 {
				t.Errorf("Link reported conflicts: %+v", cs)
			}
		})
	}
}

func TestLinkMergesSpeakersByAlias(t *testing.T) {
	sp, qs, _ := story(t,
		"“The depot will close in June, as planned,” Transit Director Yusuf Arslan said.",
		"“The depot will close in June, as planned,” Arslan said at the hearing.",
	)
	want := []corroborate.Speaker{{ID: "s1", Name: "Yusuf Arslan", Kind: "person", Roles: []string{"Transit Director"}, Aliases: []string{"Arslan"}}}
	if diff := cmp.Diff(want, sp); diff != "" {
		t.Errorf("speakers mismatch (-want +got):\n%s", diff)
	}
	for _, m := range qs[0].Mentions {
		if m.Speaker == nil || *m.Speaker != "s1" {
			t.Errorf("mention in %s has speaker %v, want s1", m.Article, m.Speaker)
		}
	}
}

// TestLinkConflicts checks the conflicts Link reports, their notes and
// whether a reader sees them (confidence of at least 0.5).
func TestLinkConflicts(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []corroborate.Conflict
		sure  []bool // per wanted conflict: confidence >= 0.5
	}{
		{
			name: "same words, two speakers",
			texts: []string{
				"“Our water has always met every federal standard,” Mayor Dana Whitfield said.",
				"“Our water has always met every federal standard,” a statement from the Water Board read.",
			},
			want: []corroborate.Conflict{{
				Kind: "quote-speaker", About: "Our water has always met every federal standard",
				Sides: []corroborate.ConflictSide{
					{Value: "Dana Whitfield", Articles: []string{"a1"}, Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: 54}}},
					{Value: "statement from the Water Board", Articles: []string{"a2"}, Spans: []corroborate.ClaimSupport{{Article: "a2", Start: 0, End: 54}}},
				},
				Note: "the same words are attributed to Dana Whitfield (a1) and to statement from the Water Board (a2)",
			}},
			sure: []bool{true},
		},
		{
			name: "an outlet is not a rival speaker",
			texts: []string{
				"“Our water has always met every federal standard,” Mayor Dana Whitfield said.",
				"“Our water has always met every federal standard,” the Valley Herald reported.",
			},
		},
		{
			name: "unnamed speaker is not a rival",
			texts: []string{
				"“Our water has always met every federal standard,” Mayor Dana Whitfield said.",
				"“Our water has always met every federal standard,” an official said.",
			},
		},
		{
			name: "wording drift",
			texts: []string{
				"“We will cut taxes for every working family in the county next year,” Governor Paul Denton said.",
				"“We will raise taxes for every working family in the county next year,” Governor Paul Denton said.",
			},
			want: []corroborate.Conflict{{
				Kind: "quote-wording", About: "We will cut taxes for every working family in the county next year,",
				Sides: []corroborate.ConflictSide{
					{Value: "We will cut taxes for every working family in the county next year,", Articles: []string{"a1"}, Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: 73}}},
					{Value: "We will raise taxes for every working family in the county next year,", Articles: []string{"a2"}, Spans: []corroborate.ClaimSupport{{Article: "a2", Start: 0, End: 75}}},
				},
				Note: `the quotation reads "We will [cut → raise] taxes for every working..."`,
			}},
			sure: []bool{true},
		},
		{
			name: "an elision is not a wording change",
			texts: []string{
				"“We will cut taxes for every working family in the county next year,” Governor Paul Denton said.",
				"“We will cut taxes … in the county next year,” Governor Paul Denton said.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, cs := story(t, tt.texts...)
			if diff := cmp.Diff(tt.want, cs, cmpopts.IgnoreFields(corroborate.Conflict{}, "Confidence")); diff != "" {
				t.Errorf("conflicts mismatch (-want +got):\n%s", diff)
			}
			for i, c := range cs {
				if i < len(tt.sure) && tt.sure[i] != (c.Confidence >= 0.5) {
					t.Errorf("%s conflict confidence = %.2f, want sure = %v", c.Kind, c.Confidence, tt.sure[i])
				}
			}
		})
	}
}

// TestLinkNicknameNotQuote checks that a nickname in quotation marks is not
// matched with a real quotation that contains it, so no speaker conflict.
func TestLinkNicknameNotQuote(t *testing.T) {
	_, qs, cs := story(t,
		"“We have seen claims that this man, the one known as Harbour Jack, was spotted near the docks,” a Coast Guard spokesman, Ines Varga, said.",
		"Port Chief Omar Lindqvist said the man the crews call “Harbour Jack” was seen near the docks again.",
	)
	for _, q := range qs {
		if len(q.Mentions) > 1 {
			t.Errorf("%q joined %d mentions, want a nickname kept apart", q.Text, len(q.Mentions))
		}
	}
	if len(cs) != 0 {
		t.Errorf("conflicts %+v, want none", cs)
	}
}

// TestLinkStatementsThatOpenAlike checks that two statements sharing only
// their opening words stay two quotations, each listed only for the
// articles that print its words.
func TestLinkStatementsThatOpenAlike(t *testing.T) {
	_, qs, _ := story(t,
		"\"We have seen the reports,\" a harbour board spokeswoman said. \"We cannot verify them at this stage.\"",
		"\"We have seen the reports,\" a harbour board spokeswoman told the Gazette. \"We cannot verify them at this stage.\"",
		"\"We have seen the reports but we cannot verify them at this stage,\" the harbour board said on Monday.",
		"\"We have seen the reports that the dredger ran aground near the north pier, and we are asking the crew what happened,\" a harbour board spokesman told the Courier.",
	)
	articles := map[string]string{}
	for _, q := range qs {
		for _, m := range q.Mentions {
			articles[q.Text] += m.Article + " "
		}
	}
	want := map[string]string{
		"We have seen the reports but we cannot verify them at this stage":                                                    "a1 a1 a2 a2 a3 ",
		"We have seen the reports that the dredger ran aground near the north pier, and we are asking the crew what happened": "a4 ",
	}
	if diff := cmp.Diff(want, articles); diff != "" {
		t.Errorf("articles of each quote (-want +got):\n%s", diff)
	}
}

// TestLinkMergesNameVariants checks that one speaker written several ways
// in a story is one speaker, and that different people stay apart.
func TestLinkMergesNameVariants(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // speaker names, in order
	}{
		{
			name: "a body with and without its country, and its statement",
			texts: []string{
				"\"We are following events closely,\" the Danish Maritime Office said.",
				"\"We will say more tomorrow,\" the Maritime Office said.",
				"\"Nobody was hurt,\" the Maritime Office statement read.",
			},
			want: []string{"Danish Maritime Office"},
		},
		{
			name: "a surname transliterated two ways",
			texts: []string{
				"\"The road is open again,\" said district governor Mohammad Karim Hashimi.",
				"\"The road is open again and guarded,\" said governor Mohammad Karim Hashemi.",
			},
			want: []string{"Mohammad Karim Hashimi"},
		},
		{
			name: "a body named by the start of its name, misspelt, and as \"the society\"",
			texts: []string{
				"\"We see many strange cases,\" the Humane Society of Wexcombe said on its website.",
				"\"The gull will fly again,\" the Humane Society of Wexcombe Bay told the Gazette.",
				"The Humaine Society of Wexcombe Bay released a statement.\n\n\"He had lost a wing,\" the society explained.",
				"\"Care will cost about $900,\" the Humane Society said.",
			},
			want: []string{"Humane Society of Wexcombe Bay"},
		},
		{
			name: "a name transliterated two ways in every word, with a title in common",
			texts: []string{
				"\"The quay will stay open,\" said Harbour Minister Arseny Volodchenko.",
				"\"The quay will stay open all winter,\" said Norland's Harbour Minister Arseniy Volodchenco.",
			},
			want: []string{"Arseny Volodchenko"},
		},
		{
			name: "names spelt apart in every word with no title in common stay apart",
			texts: []string{
				"\"The quay will stay open,\" said Harbour Minister Arseny Volodchenko.",
				"\"The quay is too old,\" said fisherman Arseniy Volodchenco.",
			},
			want: []string{"Arseny Volodchenko", "Arseniy Volodchenco"},
		},
		{
			name: "the societies of two towns stay apart",
			texts: []string{
				"\"We see many strange cases,\" the Humane Society of Wexcombe said.",
				"\"We see few strange cases,\" the Humane Society of Norland said.",
			},
			want: []string{"Humane Society of Wexcombe", "Humane Society of Norland"},
		},
		{
			name: "a given name and its short form",
			texts: []string{
				"\"The harbour will reopen in May,\" said Harbour Minister James Tollund.",
				"\"The harbour will be ready by May,\" said Jim Tollund, the harbour minister.",
			},
			want: []string{"James Tollund"},
		},
		{
			name: "two given names that are no short forms of each other stay apart",
			texts: []string{
				"\"The harbour will reopen in May,\" said James Tollund.",
				"\"The harbour will never reopen,\" said Jane Tollund.",
			},
			want: []string{"James Tollund", "Jane Tollund"},
		},
		{
			name: "two people with close names stay apart",
			texts: []string{
				"\"We will appeal,\" said Dana Morel.",
				"\"We will not appeal,\" said Dina Morel.",
			},
			want: []string{"Dana Morel", "Dina Morel"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, _, _ := story(t, tt.texts...)
			var got []string
			for _, s := range sp {
				got = append(got, s.Name)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLinkTermNamedElsewhere checks that a few lower-case words in marks
// that another article of the story writes as part of a name are the
// story's term, not words the sentence's subject said; without such a name
// they stay a partial quotation.
func TestLinkTermNamedElsewhere(t *testing.T) {
	const first = "The Harbour Board has opened a contest for builders, and promises to award $9,000 to the best \"gull proof\" bins."
	tests := []struct {
		name  string
		texts []string
		want  int // quotes left
	}{
		{
			name:  "named in another article",
			texts: []string{first, "Builders can enter the Gull Proof Challenge until May."},
			want:  0,
		},
		{
			name:  "named nowhere",
			texts: []string{first, "Builders can enter the contest until May."},
			want:  1,
		},
		{
			name:  "a headline in title case names nothing",
			texts: []string{first, "Gull Proof Bins Cost More Than Plain Ones\n\nBuilders can enter the contest until May."},
			want:  1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := story(t, tt.texts...)
			if len(qs) != tt.want {
				t.Errorf("Link made %d quotes, want %d: %+v", len(qs), tt.want, qs)
			}
		})
	}
}
