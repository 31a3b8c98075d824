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

// A colon dateline is read only in the sentence that opens the article:
// further on, a name and a colon is a transcript speaker's label and stays.
func TestColonDatelineOnlyFirst(t *testing.T) {
	text := "RAMPUR: The ferry board met on Monday.\n\nHOLM: The board closed the night crossing on Tuesday.\n\nTARNPORT, Maine (AP) — The crossing may reopen in June."
	first := strings.Index(text, "RAMPUR")
	if got, _ := trimmedAt(text, first, strings.Index(text, "\n")); got != "The ferry board met on Monday." {
		t.Errorf("first sentence = %q, want it without its dateline", got)
	}
	holm := strings.Index(text, "HOLM")
	if got, _ := trimmedAt(text, holm, holm+len("HOLM: The board closed the night crossing on Tuesday.")); got != "HOLM: The board closed the night crossing on Tuesday." {
		t.Errorf("later sentence = %q, want the speaker's label kept", got)
	}
	wire := strings.Index(text, "TARNPORT")
	if got, _ := trimmedAt(text, wire, len(text)); got != "The crossing may reopen in June." {
		t.Errorf("wire dateline later in the text = %q, want it left out", got)
	}
}
