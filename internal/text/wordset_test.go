package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordSet(t *testing.T) {
	got := WordSet("not never\n\tno  not ")
	want := map[string]bool{"not": true, "never": true, "no": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WordSet mismatch (-want +got):\n%s", diff)
	}
	if got := WordSet(" "); len(got) != 0 {
		t.Errorf("WordSet(blank) = %v, want empty", got)
	}
}
