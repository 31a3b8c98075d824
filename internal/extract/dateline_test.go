package extract

import (
	"testing"

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
