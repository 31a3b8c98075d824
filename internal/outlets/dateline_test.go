package outlets_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/outlets/outletstest"
)

// ReadDateline reads the dateline in every shape of the table that has one,
// up to the sentence after it, and nothing in the others.
func TestReadDateline(t *testing.T) {
	outletstest.Each(t, func(t *testing.T, d outletstest.Dateline) {
		got, ok := outlets.ReadDateline(d.Text())
		if ok != d.Read || got.Place != d.Place || got.Mark.Outlet != d.Outlet {
			t.Fatalf("ReadDateline(%q) = %+v, %v; want place %q, outlet %q, %v (before: %s)", d.Text(), got, ok, d.Place, d.Outlet, d.Read, d.Was)
		}
		if ok && got.End != len(d.Lead) {
			t.Errorf("ReadDateline(%q).End = %d, want %d, where the sentence starts", d.Text(), got.End, len(d.Lead))
		}
		if m := got.Mark; m.Outlet != "" && (m.Start < 0 || m.End > got.End || m.Start >= m.End || !strings.ContainsRune("(/", rune(d.Text()[m.Start]))) {
			t.Errorf("ReadDateline(%q).Mark at [%d,%d), want the parentheses or slashes and the dash before %d", d.Text(), m.Start, m.End, got.End)
		}
	})
}

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

// ReadDateline never reads past its text, and what it leaves opens a
// sentence.
func FuzzReadDateline(f *testing.F) {
	for _, d := range outletstest.Datelines {
		f.Add(d.Text())
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := outlets.ReadDateline(s)
		if !ok {
			return
		}
		if d.End <= 0 || d.End >= len(s) {
			t.Fatalf("ReadDateline(%q).End = %d, outside (0, %d)", s, d.End, len(s))
		}
		if m := d.Mark; m.Outlet != "" && (m.Start < 0 || m.Start >= m.End || m.End > d.End) {
			t.Fatalf("ReadDateline(%q).Mark at [%d,%d), End %d", s, m.Start, m.End, d.End)
		}
	})
}

// A colon dateline opens a whole article too: later paragraphs of prose,
// none opening with a label, leave it read; a label that recurs on a later
// line or a question line makes the text a transcript.
func TestColonDatelineOverAnArticle(t *testing.T) {
	for _, tc := range []struct {
		text  string
		place string
	}{
		{"PORT CALDER: The ferry board closed the night crossing on Tuesday.\n\nThe board met at noon on Monday.\n\nCrews said they were not told.", "PORT CALDER"},
		{"HOLM: The ferry board closed the night crossing on Tuesday.\n\nThe board met at noon.\n\nHOLM: Nobody asked the crews.", ""},
		{"HOLM: The ferry board closed the night crossing on Tuesday.\n\nA: It did, and the crews were not told.", ""},
	} {
		d, ok := outlets.ReadDateline(tc.text)
		if ok != (tc.place != "") || d.Place != tc.place {
			t.Errorf("ReadDateline(%q) = %q, %v; want %q", tc.text, d.Place, ok, tc.place)
		}
	}
}

// A local outlet's mark that names the agency whose copy it ran gives the
// outlet as the mark and the agency apart, with the span of its name; a
// mark of one outlet names no agency.
func TestDatelineAgency(t *testing.T) {
	for _, tc := range []struct {
		text, outlet, agency, cue string
	}{
		{"LENNA (KTRN Lenna/AP) — The ferry board closed the crossing.", "KTRN Lenna", "Associated Press", "AP"},
		{"PORT CALDER, Ore. (Calder Courier / Reuters) - The ferry board closed the crossing.", "Calder Courier", "Reuters", "Reuters"},
		{"LENNA (KTRN13/AP) — The ferry board closed the crossing.", "KTRN13", "Associated Press", "AP"},
		{"LENNA (AP) — The ferry board closed the crossing.", "Associated Press", "", ""},
		{"LENNA (KTRN Lenna/Calder Photo) — The ferry board closed the crossing.", "", "", ""},
		{"LENNA (KTR/AP) — The ferry board closed the crossing.", "KTR", "Associated Press", "AP"},
		{"LENNA (CBS Lenna/AP) — The ferry board closed the crossing.", "CBS Lenna", "Associated Press", "AP"},
		{"LENNA (FOX 13/AP) — The ferry board closed the crossing.", "FOX 13", "Associated Press", "AP"},
		{"LENNA (AINA HOLM/AP) — The ferry board closed the crossing.", "", "", ""},
		{"LENNA (NYT Photo/AP) — The ferry board closed the crossing.", "", "", ""},
		{"LENNA (CBS Photo/AP) — The ferry board closed the crossing.", "", "", ""},
		{"LENNA (KATE ROS/AP) — The ferry board closed the crossing.", "", "", ""},
	} {
		d, ok := outlets.ReadDateline(tc.text)
		if !ok || d.Mark.Outlet != tc.outlet || d.Agency.Outlet != tc.agency {
			t.Errorf("ReadDateline(%q) = outlet %q, agency %q, %v; want %q, %q", tc.text, d.Mark.Outlet, d.Agency.Outlet, ok, tc.outlet, tc.agency)
			continue
		}
		if tc.cue != "" && tc.text[d.Agency.Start:d.Agency.End] != tc.cue {
			t.Errorf("ReadDateline(%q).Agency at [%d,%d) = %q, want %q", tc.text, d.Agency.Start, d.Agency.End, tc.text[d.Agency.Start:d.Agency.End], tc.cue)
		}
	}
}
