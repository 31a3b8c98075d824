package claims

import (
	"testing"

	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// A claim's wording leaves out the dateline before its sentence in the
// shapes of the shared table that have one.
func TestDatelineShapes(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		want := d.Text()
		if d.Read {
			want = d.Sentence
		}
		if got := stripDateline(d.Text()); got != want {
			t.Errorf("stripDateline(%q) = %q, want %q (before: %s)", d.Text(), got, want, d.Was)
		}
	})
}
