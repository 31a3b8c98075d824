package extract

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// Extraction reads the place and the outlet of a text's dateline in every
// shape of the shared table.
func TestDatelineShapes(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		if p, o, ok := parseDateline(d.Text()); ok != d.Read || p != d.Place || o != d.Outlet {
			t.Errorf("parseDateline(%q) = %q, %q, %v; want %q, %q, %v (before: %s)", d.Text(), p, o, ok, d.Place, d.Outlet, d.Read, d.Was)
		}
	})
}

// A local outlet's dateline that names the agency whose copy it ran gives
// the text its outlet, the station, unless a line of the text names
// another (a byline's affiliation).
func TestStationDatelineOutlet(t *testing.T) {
	lead := "LENNA (KTRN Lenna/AP) — The ferry board closed the night crossing on Tuesday, its chair said.\n\nCrews said they were not told."
	for _, tc := range []struct{ name, body, want string }{
		{"dateline alone", "Ferry crossing closed\n\n" + lead, "KTRN Lenna"},
		{"byline names the outlet", "Ferry crossing closed\n\nBy Ana Ros, Calder Courier\n\n" + lead, "Calder Courier"},
	} {
		a := mustExtract(t, corroborate.Document{Source: "lenna.txt", Format: "text", Body: []byte(tc.body)})
		if a.Outlet == nil || *a.Outlet != tc.want {
			t.Errorf("%s: Outlet = %v, want %q", tc.name, a.Outlet, tc.want)
		}
	}
}
