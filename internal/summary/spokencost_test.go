package summary

import (
	"math"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestSpokenCost: under a word budget a mostly quoted sentence that names
// its speaker costs its wording only its quoted share, not the cost of
// being mostly quoted too; one whose speaker is a pronoun still does, and
// without a budget every mostly quoted sentence does.
func TestSpokenCost(t *testing.T) {
	named := `"The new quay will be ready by June, and every ferry to Tolle will use it," harbour master Ada Holm said.`
	unnamed := `"The new quay will be ready by June, and every ferry to Tolle will use it," she said.`
	budget, none := &story{budgeted: true}, &story{}
	if got, want := budget.spokenCost(named), quoteCost(named)-mostlyQuoted; got != want {
		t.Errorf("with a budget, spokenCost(%q) = %.2f, want %.2f", named, got, want)
	}
	for _, c := range []struct {
		st *story
		s  string
	}{{budget, unnamed}, {none, named}, {none, unnamed}} {
		if got, want := c.st.spokenCost(c.s), quoteCost(c.s); got != want {
			t.Errorf("budgeted %v: spokenCost(%q) = %.2f, want quoteCost %.2f", c.st.budgeted, c.s, got, want)
		}
	}
	if quoteCost(named) < mostlyQuoted {
		t.Fatalf("%q is not read as mostly quoted (quoteCost %.2f)", named, quoteCost(named))
	}
}

// TestFitnessSpokenUnderBudget: under a word budget, a mostly quoted
// wording that names its speaker weighs mostlyQuoted more than without
// one (fitnessOf reads spokenCost only when the story is budgeted); one
// whose speaker is a pronoun weighs the same either way.
func TestFitnessSpokenUnderBudget(t *testing.T) {
	named := `"The new quay will be ready by June, and every ferry to Tolle will use it," harbour master Ada Holm said.`
	unnamed := `"The new quay will be ready by June, and every ferry to Tolle will use it," she said.`
	d := &corroborate.Dossier{Articles: []corroborate.Article{{ID: "a", Text: "The ferry to Tolle will use the new quay. " + named}}}
	st := newStory(d)
	plain := st.fitnessOf(named, st.isName)
	plainUnnamed := st.fitnessOf(unnamed, st.isName)
	if math.IsInf(plain, -1) {
		t.Fatalf("%q is not fit to show at all", named)
	}
	st.budgeted = true
	if got, want := st.fitnessOf(named, st.isName)-plain, float64(mostlyQuoted); math.Abs(got-want) > 1e-9 {
		t.Errorf("a budget raises the fitness of %q by %.2f, want %.2f", named, got, want)
	}
	if got := st.fitnessOf(unnamed, st.isName); got != plainUnnamed {
		t.Errorf("a budget moves the fitness of %q from %.2f to %.2f", unnamed, plainUnnamed, got)
	}
}
