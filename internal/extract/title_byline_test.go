package extract

import (
	"slices"
	"testing"
)

// A headline a page dump wrote with its byline glued on ("… Haircuts By
// Zero Hedge") loses it to the outlet when the directory knows the name,
// or when the page gives the same byline on a line of its own; a headline
// whose last words name the agent of its verb, told again in the text or
// not, keeps them ("Impressed By Harbour Climate Deal" is no byline).
func TestBylineGluedToTitle(t *testing.T) {
	for _, c := range []struct {
		in, title, outlet string
		byline            []string
	}{
		{"Harbor Board Moved Ferry Funds Days Before Fare Rise By Orla Quint\n\nBy Orla Quint\n\nThe Calder harbor board moved the ferry fund to a private bank, records show.\n",
			"Harbor Board Moved Ferry Funds Days Before Fare Rise", "", []string{"Orla Quint"}},
		{"Mayor Not Impressed By Harbour Climate Deal\n\nThe Calder mayor said the new deal on the bay would change little.\n",
			"Mayor Not Impressed By Harbour Climate Deal", "", nil},
		{"Harbor Board Moved Ferry Funds By Orla Quint\n\nBy Ivo Marsh\n\nThe Calder harbor board moved the ferry fund to a private bank, records show.\n",
			"Harbor Board Moved Ferry Funds By Orla Quint", "", []string{"Ivo Marsh"}},
		{"Ferry Fares Double in Calder By Associated Press\n\nThe Calder ferry doubles its fares in June, the port said.\n",
			"Ferry Fares Double in Calder", "Associated Press", nil},
		{"Calder Mayor Unseated By Ivo Marsh\n\nIvo Marsh won the Calder mayoral race on Sunday, beating the mayor by 300 votes.\n",
			"Calder Mayor Unseated By Ivo Marsh", "", nil},
		{"Calder Ferry Beats Crossing Record By Three Hours\n\nThe Calder ferry crossed the bay in a record time on Sunday.\n",
			"Calder Ferry Beats Crossing Record By Three Hours", "", nil},
		{"Stand By Me\n\nThe Calder choir sang on Sunday.\n", "Stand By Me", "", nil},
	} {
		a := fromText(c.in, false, Options{})
		if a.Title != c.title {
			t.Errorf("Title = %q, want %q", a.Title, c.title)
		}
		if !slices.Equal(a.Byline, c.byline) {
			t.Errorf("%q: Byline = %q, want %q", c.title, a.Byline, c.byline)
		}
		if deref(a.Outlet) != c.outlet && !(c.outlet == "" && a.Outlet == nil) {
			t.Errorf("%q: Outlet = %v, want %q", c.title, deref(a.Outlet), c.outlet)
		}
	}
}
