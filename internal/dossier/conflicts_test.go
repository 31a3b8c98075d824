package dossier

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

func TestHoldBackConflicts(t *testing.T) {
	found := []corroborate.Conflict{
		{About: "ferry fares", Confidence: 0.3},
		{About: "pier length", Confidence: 0.7, Sides: []corroborate.ConflictSide{{Value: "120 m"}, {Value: "140 m"}}},
		{About: "who opened the pier"}, // left unweighed: held back
		{About: "opening day", Confidence: 0.95},
		{About: "harbour depth", Confidence: 0.5},
	}
	tests := []struct {
		name  string
		opt   Options
		about []string
		held  int
	}{
		{"default threshold 0.5", Options{}, []string{"opening day", "pier length", "harbour depth"}, 2},
		{"threshold 0.8", Options{ConflictThreshold: 0.8}, []string{"opening day"}, 4},
		{"negative keeps all", Options{ConflictThreshold: -1}, []string{"opening day", "pier length", "harbour depth", "ferry fares", "who opened the pier"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &corroborate.Dossier{Conflicts: append([]corroborate.Conflict(nil), found...)}
			holdBackConflicts(d, tc.opt)
			var got []string
			for _, c := range d.Conflicts {
				got = append(got, c.About)
			}
			if len(got) != len(tc.about) {
				t.Fatalf("conflicts = %q, want %q", got, tc.about)
			}
			for i := range got {
				if got[i] != tc.about[i] {
					t.Fatalf("conflicts = %q, want %q", got, tc.about)
				}
			}
			for _, c := range d.Conflicts {
				for _, sd := range c.Sides {
					if sd.Spans == nil {
						t.Errorf("%s: side %q has nil spans, want []", c.About, sd.Value)
					}
				}
			}
			if d.Story.ConflictsHeldBack != tc.held {
				t.Errorf("held back = %d, want %d", d.Story.ConflictsHeldBack, tc.held)
			}
		})
	}
}

// TestKeptConfidenceRounded: a kept conflict's confidence reads with two
// decimals, not the float noise of the sums that made it.
func TestKeptConfidenceRounded(t *testing.T) {
	base, cue := 0.8, 0.06 // summed at run time: 0.8600000000000001
	d := &corroborate.Dossier{Conflicts: []corroborate.Conflict{{About: "pier length", Confidence: base + cue}}}
	holdBackConflicts(d, Options{})
	if got := d.Conflicts[0].Confidence; got != 0.86 {
		t.Errorf("confidence = %v, want 0.86", got)
	}
}

// TestMarkDisputed: a summary sentence copied from, or stated in, a
// passage one side of a conflict holds is marked with that conflict's
// index; one whose passages no side overlaps is not.
func TestMarkDisputed(t *testing.T) {
	d := &corroborate.Dossier{
		Conflicts: []corroborate.Conflict{
			{About: "ferry fares", Sides: []corroborate.ConflictSide{
				{Value: "4 crowns", Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 200, End: 260}}},
				{Value: "6 crowns", Spans: []corroborate.ClaimSupport{{Article: "a2", Start: 10, End: 70}}}}},
			{About: "pier length", Sides: []corroborate.ConflictSide{
				{Value: "120 m", Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: 40}}},
				{Value: "140 m", Spans: []corroborate.ClaimSupport{{Article: "a3", Start: 0, End: 40}}}}},
		},
		Summary: []corroborate.SummarySentence{
			// copied from a1 where the pier's length is given
			{Text: "The pier is 120 m long.", Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: 40}}},
			// stated in other words by a2 within the fares' side
			{Text: "A ticket costs 6 crowns.", Spans: []corroborate.ClaimSupport{{Article: "a4", Start: 0, End: 30}},
				SupportedBy: []corroborate.ClaimSupport{{Article: "a2", Start: 20, End: 70}}},
			// a1's text right after the pier's side ends: no overlap
			{Text: "The pier opened in May.", Spans: []corroborate.ClaimSupport{{Article: "a1", Start: 40, End: 80}}},
			// a long passage of a2 that only reaches into the fares' side
			{Text: "The ferry sails twice a day.", Spans: []corroborate.ClaimSupport{{Article: "a5", Start: 0, End: 30}},
				SupportedBy: []corroborate.ClaimSupport{{Article: "a2", Start: 60, End: 300}}},
			// the sentence holds the quotation given to two speakers
			{Text: "\"We sail at dawn,\" the captain said.", Spans: []corroborate.ClaimSupport{{Article: "a6", Start: 0, End: 36}}},
			// it holds a quotation worded two ways: no fact is disputed
			{Text: "\"The hull is sound,\" she said.", Spans: []corroborate.ClaimSupport{{Article: "a6", Start: 40, End: 70}}},
			// its passage overlaps the side of a quotation it does not hold
			{Text: "The crossing takes an hour.", Spans: []corroborate.ClaimSupport{{Article: "a6", Start: 0, End: 36}}},
		},
	}
	d.Conflicts = append(d.Conflicts,
		corroborate.Conflict{Kind: corroborate.ConflictQuoteSpeaker, About: "We sail at dawn.", Sides: []corroborate.ConflictSide{
			{Value: "Ivo Tark", Spans: []corroborate.ClaimSupport{{Article: "a6", Start: 0, End: 36}}},
			{Value: "Ana Ruiz", Spans: []corroborate.ClaimSupport{{Article: "a7", Start: 0, End: 36}}}}},
		corroborate.Conflict{Kind: corroborate.ConflictQuoteWording, About: "The hull is sound.", Sides: []corroborate.ConflictSide{
			{Value: "The hull is sound.", Spans: []corroborate.ClaimSupport{{Article: "a6", Start: 40, End: 70}}},
			{Value: "The hull is safe.", Spans: []corroborate.ClaimSupport{{Article: "a7", Start: 40, End: 70}}}}})
	markDisputed(d)
	want := [][]int{{1}, {0}, nil, nil, {2}, nil, nil}
	for i, s := range d.Summary {
		if !slices.Equal(s.Disputed, want[i]) {
			t.Errorf("sentence %d (%q): disputed %v, want %v", i, s.Text, s.Disputed, want[i])
		}
	}
}
