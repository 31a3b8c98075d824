package extract

import (
	"testing"

	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// Extraction reads the place and the outlet of a text's dateline in every
// shape of the shared table.
func TestDatelineShapes(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		place, outlet, ok := parseDateline(d.Text())
		if ok != d.Extract || place != d.Place || outlet != d.Outlet {
			t.Errorf("parseDateline(%q) = %q, %q, %v; want %q, %q, %v", d.Text(), place, outlet, ok, d.Place, d.Outlet, d.Extract)
		}
	})
}
