package sqlstore

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func TestAddSkipped(t *testing.T) {
	in := []corroborate.SkippedInput{{Input: "a.txt", Reason: "not UTF-8 text"}, {Input: "b.html", Reason: "no article text found"}, {Input: "c.txt", Reason: "empty"}}
	var got []int
	added, err := AddSkipped(4, in, func(pos int, sk corroborate.SkippedInput) (int64, error) {
		got = append(got, pos)
		if sk.Input == "b.html" {
			return 0, nil // kept already
		}
		return 1, nil
	})
	if err != nil || added != 2 {
		t.Errorf("AddSkipped = %d, %v, want 2, nil", added, err)
	}
	if d := cmp.Diff([]int{5, 6, 7}, got); d != "" {
		t.Errorf("positions (-want +got):\n%s", d)
	}
	boom := errors.New("boom")
	calls := 0
	if _, err := AddSkipped(0, in, func(int, corroborate.SkippedInput) (int64, error) { calls++; return 0, boom }); !errors.Is(err, boom) || calls != 1 {
		t.Errorf("AddSkipped after a failing insert: %v after %d calls, want boom after 1", err, calls)
	}
}

// fakeRows serves rows of (input, reason).
type fakeRows struct {
	rows [][2]string
	at   int
	err  error
}

func (r *fakeRows) Next() bool { r.at++; return r.at <= len(r.rows) }
func (r *fakeRows) Err() error { return r.err }
func (r *fakeRows) Scan(dest ...any) error {
	*dest[0].(*string), *dest[1].(*string) = r.rows[r.at-1][0], r.rows[r.at-1][1]
	return nil
}

func TestScanSkipped(t *testing.T) {
	got, err := ScanSkipped(&fakeRows{})
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("ScanSkipped(no rows) = %#v, %v, want an empty non-nil slice", got, err)
	}
	got, err = ScanSkipped(&fakeRows{rows: [][2]string{{"a.txt", "empty"}, {"b.txt", "not UTF-8 text"}}})
	want := []corroborate.SkippedInput{{Input: "a.txt", Reason: "empty"}, {Input: "b.txt", Reason: "not UTF-8 text"}}
	if d := cmp.Diff(want, got); err != nil || d != "" {
		t.Errorf("ScanSkipped: %v (-want +got):\n%s", err, d)
	}
	boom := errors.New("boom")
	if _, err := ScanSkipped(&fakeRows{err: boom}); !errors.Is(err, boom) {
		t.Errorf("ScanSkipped with a failed query = %v, want boom", err)
	}
}
