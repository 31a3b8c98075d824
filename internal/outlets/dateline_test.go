package outlets_test

import (
	"testing"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// FindMark finds an outlet's mark in every dateline shape that has one
// followed by a dash, wherever it stands.
func TestFindMarkShapes(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		m, ok := outlets.FindMark(d.Text())
		if ok != (d.Mark != "") || m.Outlet != d.Mark {
			t.Errorf("FindMark(%q) = %q, %v; want %q", d.Text(), m.Outlet, ok, d.Mark)
		}
	})
}
