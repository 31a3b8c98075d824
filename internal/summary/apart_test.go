package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestApartReadsNamesOnlyWhenNeeded: when two articles share claims, which
// articles stand apart is told by that alone, and no article's text is
// read for the story's key names.
func TestApartReadsNamesOnlyWhenNeeded(t *testing.T) {
	body := strings.Repeat("Mayor Ana Ruiz of Dolby opened the Tarn bridge on Monday after years of delay. ", 50)
	st := &story{arts: map[string]*corroborate.Article{}, keys: keyNames{"ruiz": 1}}
	for _, id := range []string{"a", "b", "c"} {
		a := &corroborate.Article{ID: id, Title: "Dolby bridge opens", Text: body}
		st.arts[id] = a
		st.sample = append(st.sample, a)
	}
	cands := []*candidate{{cites: []string{"a", "b"}, score: 1}, {cites: []string{"c"}, score: 1}}
	allocs := testing.AllocsPerRun(10, func() { st.apart(cands) })
	if allocs > 5 {
		t.Errorf("apart allocates %v times with two articles sharing a claim, want 5 at most", allocs)
	}
}
