package dossier

import (
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
