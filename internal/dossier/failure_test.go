package dossier

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A stage that panics loses its own part only: the dossier is put back as
// it was before it, the stage is named in Failed and left out of Computed,
// and the stages after it still run.
func TestFailedStageLosesOnlyItsPart(t *testing.T) {
	real := stageList
	t.Cleanup(func() { stageList = real })
	stageList = func() []stage {
		st := real()
		for i := range st {
			if st[i].name == "reuse" {
				st[i].run = func(d *corroborate.Dossier, opt Options) bool {
					d.Reuse = append(d.Reuse, corroborate.Reuse{From: "half", To: "written"})
					d.Articles[0].Originality = 0.5
					var m map[string]int
					m["boom"]++ // a defect: a write to a nil map
					return true
				}
			}
		}
		return st
	}
	arts := []corroborate.Article{
		{ID: "a1", Title: "Port Calder ferry strike ends", Text: "Ferry crews in Port Calder ended their strike on Friday after the harbour board agreed to new rotas, the union said."},
		{ID: "a2", Title: "Calder ferries sail again", Text: "Ferry crews in Port Calder ended their strike on Friday after the harbour board agreed to new rotas, the union said. Sailings resume on Saturday."},
	}
	d := Build(arts, Options{})
	if len(d.Failed) != 1 || d.Failed[0].Stage != "reuse" || !strings.Contains(d.Failed[0].Error, "internal error") {
		t.Fatalf("failed stages %+v, want reuse with its internal error", d.Failed)
	}
	for _, c := range d.Computed {
		if c == "reuse" {
			t.Errorf("computed %v names the failed stage", d.Computed)
		}
	}
	if len(d.Reuse) != 0 || d.Articles[0].Originality != 0 {
		t.Errorf("the failed stage's half-written part is kept: reuse %v, originality %v", d.Reuse, d.Articles[0].Originality)
	}
	if want := []string{"quotes", "claims", "summary"}; strings.Join(d.Computed, ",") != strings.Join(want, ",") {
		t.Errorf("computed %v, want the other stages %v", d.Computed, want)
	}
	if len(d.Claims) == 0 {
		t.Errorf("the stages after the failed one did not run: no claim from two articles stating one sentence")
	}
}
