package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// Aligning first and finding later, with the articles' credits filled in
// between (as the dossier does while the reuse stage runs), finds what
// Find finds of the credited articles; the alignment is used up.
func TestAlignThenFindIsFind(t *testing.T) {
	arts := harbor()
	al := Align(arts, Options{})
	credited := append([]corroborate.Article(nil), arts...)
	for _, sp := range credited[1].Sentences {
		// every sentence of b credits a's outlet: b is a's report
		credited[1].Credits = append(credited[1].Credits, corroborate.Credit{Outlet: "Coastal Wire", Start: sp.Start, End: sp.Start + 1})
	}
	reuse := []corroborate.Reuse{{From: "c", To: "d", Passages: []corroborate.Passage{{From: [2]int{0, 40}, To: [2]int{0, 40}}}}}
	opt := Options{MinArticles: 1, DisputedQuotes: []string{"under control by Tuesday"}}
	got := al.Find(credited, reuse, opt)
	want := Find(credited, reuse, opt)
	if cmp.Equal(want, Find(arts, reuse, opt)) {
		t.Fatalf("the credits change no claim's origins: the test shows nothing")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Align then Find differs from Find (-want +got):\n%s", diff)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("a second Find of one alignment did not panic")
		}
	}()
	al.Find(credited, reuse, opt)
}

// A panic in work run alongside, or in what runs meanwhile, goes on in
// the caller's goroutine, where the dossier turns it into the stage's
// failure, and only once the work is done.
func TestAlongsidePanics(t *testing.T) {
	ran := false
	alongside(func() { ran = true }, func() {})
	if !ran {
		t.Errorf("alongside returned before the work ran")
	}
	for _, tc := range []struct {
		name        string
		work, meant any // what each panics with, nil for none
		want        any
	}{
		{"the work", "no claims", nil, "no claims"},
		{"meanwhile", nil, "no conflicts", "no conflicts"},
		{"both", "no claims", "no conflicts", "no claims"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			done := false
			defer func() {
				if r := recover(); r != tc.want {
					t.Errorf("recovered %v, want %v", r, tc.want)
				}
				if !done {
					t.Errorf("the panic went on before the work was done")
				}
			}()
			alongside(func() {
				<-release // the work ends after what runs meanwhile
				done = true
				if tc.work != nil {
					panic(tc.work)
				}
			}, func() {
				close(release)
				if tc.meant != nil {
					panic(tc.meant)
				}
			})
		})
	}
}
