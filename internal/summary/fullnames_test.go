package summary

import (
	"slices"
	"testing"
)

// TestFullNames: a run of capitalised words gives its last two as a full
// name; a run ends at punctuation, and a caller may stop reading early.
func TestFullNames(t *testing.T) {
	s := "Mayor Anton Greer met Ilse Brandt, Harbour Master of Tolle, on Monday in the old Customs House."
	got := slices.Collect(fullNames(s))
	want := []string{"Anton Greer", "Ilse Brandt", "Harbour Master", "Customs House"}
	if !slices.Equal(got, want) {
		t.Errorf("fullNames = %q, want %q", got, want)
	}
	var first []string
	for n := range fullNames(s) {
		first = append(first, n)
		break
	}
	if !slices.Equal(first, want[:1]) {
		t.Errorf("reading one name gave %q", first)
	}
}
