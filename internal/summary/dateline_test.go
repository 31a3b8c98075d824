package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// A summary's sentence leaves out the dateline before it in the shapes of
// the shared table that have one, and keeps the rest whole; the offset
// points at what is kept.
func TestDatelineShapes(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		s := d.Text()
		want, wantOff := strings.Join(strings.Fields(s), " "), 0
		if d.Read {
			want, wantOff = d.Sentence, len(d.Lead)
		}
		if got, off := trimmed(s); got != want || off != wantOff {
			t.Errorf("trimmed(%q) = %q at %d, want %q at %d (before: %s)", s, got, off, want, wantOff, d.Was)
		}
	})
}
