package outlets

import "testing"

// A colon dateline is read only where a text opens; one with a dash or a
// wire's mark wherever a sentence starts.
func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		s     string
		opens bool
		want  string
	}{
		{"RAMPUR: The ferry board met on Monday.", true, "The ferry board met on Monday."},
		{"HOLM: The board closed the crossing.", false, "HOLM: The board closed the crossing."},
		{"TARNPORT, Maine (AP) — The crossing may reopen.", false, "The crossing may reopen."},
		{"The crossing may reopen.", true, "The crossing may reopen."},
	} {
		if got := c.s[DatelineEnd(c.s, c.opens):]; got != c.want {
			t.Errorf("DatelineEnd(%q, %v) leaves %q, want %q", c.s, c.opens, got, c.want)
		}
	}
}
