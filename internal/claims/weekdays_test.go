package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// TestWeekdayAndMonthConflicts checks that one event's weekday or month,
// given differently in sentences alike but for it, is a date conflict, and
// that weekdays of sayings, of nights told from two time zones, of other
// events and of other weeks are not.
func TestWeekdayAndMonthConflicts(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		apart      time.Duration // between the articles' publication, 0 when unknown
		band, note string
	}{
		{"one event's weekday", "The Orlin trust closed the Kestrel bridge to traffic on Thursday after the inspection.",
			"The Orlin trust shut the Kestrel bridge to traffic on Wednesday after the inspection.", 0, sure, "Thursday vs Wednesday"},
		{"an edited copy", "Harbour master Ilse Brandt took new steps Thursday to keep trawlers out of the Orlin channel after the spill.",
			"Harbour master Ilse Brandt took new steps Wednesday to keep trawlers out of the Orlin channel after the spill.", 0, sure, "Thursday vs Wednesday"},
		{"published a day apart", "The Orlin trust closed the Kestrel bridge to traffic on Thursday after the inspection.",
			"The Orlin trust shut the Kestrel bridge to traffic on Wednesday after the inspection.", 24 * time.Hour, sure, "Thursday vs Wednesday"},
		{"published two weeks apart", "The Orlin ferry will sail to the islands on Thursday, the operator said.",
			"The Orlin ferry will sail to the islands on Friday, the operator said.", 14 * 24 * time.Hour, none, ""},
		{"the day someone spoke", "The Kestrel bridge will stay closed for months, the Orlin trust said Thursday.",
			"The Kestrel bridge will stay closed for months, the Orlin trust said Wednesday.", 0, none, ""},
		{"a night in two time zones", "The storm hit the Orlin coast late Thursday, flooding the harbour road.",
			"The storm hit the Orlin coast early Friday, flooding the harbour road.", 0, none, ""},
		{"two weekdays", "The Orlin council announced Monday that the ferry vote will be held Friday.",
			"The Orlin council announced Tuesday that the ferry vote will be held Friday.", 0, none, ""},
		{"two events", "Police arrested the Orlin driver on Thursday after the crash on the coast road.",
			"Prosecutors charged the Orlin driver on Friday after the crash on the coast road.", 0, none, ""},
		{"yesterday", "The Orlin trust closed the Kestrel bridge to traffic on Thursday after the inspection.",
			"The Orlin trust closed the Kestrel bridge to traffic yesterday after the inspection.", 0, none, ""},
		{"closed and shut on two days", "The Orlin pier was closed on May 3 after the storm, the harbour board said.",
			"The Orlin pier was shut on May 5 after the storm, the harbour board said.", 0, unsure, "May 3 vs May 5"},
		{"one event's month", "Work on the Kestrel span will begin in May, the Orlin trust said.",
			"Work on the Kestrel span will begin in June, the Orlin trust said.", 0, sure, "May vs June"},
		{"a month and its year", "Work on the Kestrel span will begin in May 2031, the Orlin trust said.",
			"Work on the Kestrel span will begin in May 2032, the Orlin trust said.", 0, sure, "May 2031 vs May 2032"},
		{"a month with and without its year", "Work on the Kestrel span will begin in May 2031, the Orlin trust said.",
			"Work on the Kestrel span will begin in May, the Orlin trust said.", 0, none, ""},
		{"a month against its day", "Work on the Kestrel span will begin in May, the Orlin trust said.",
			"Work on the Kestrel span will begin on May 5, the Orlin trust said.", 0, none, ""},
		{"a month of another event", "Work on the Kestrel span, approved in March, will begin next year.",
			"Work on the Kestrel span will begin in June next year.", 0, none, ""},
		{"a name after the month", "The Kestrel span was opened in June Carter's time as mayor of Orlin.",
			"The Kestrel span was opened in May, the Orlin trust said.", 0, none, ""},
		{"a person called May", "The Kestrel span plan was backed by May in a speech to the Orlin trust.",
			"The Kestrel span plan was backed by June in a speech to the Orlin trust.", 0, none, ""},
		{"may the verb", "Work on the Kestrel span may begin in June, the Orlin trust said.",
			"Work on the Kestrel span will begin in June, the Orlin trust said.", 0, none, ""},
		{"months of two sentences", "The Orlin festival began in May with a parade through the old town.",
			"Repairs to the Kestrel bridge began in June after the storm.", 0, none, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := article("a", "A", tc.a), article("b", "B", tc.b)
			if tc.apart > 0 {
				a.Time = time.Date(2031, 3, 3, 12, 0, 0, 0, time.UTC)
				b.Time = a.Time.Add(tc.apart)
			}
			var dates []corroborate.Conflict
			for _, c := range Find([]corroborate.Article{a, b}, nil, Options{}).Conflicts {
				if c.Kind == corroborate.ConflictDate {
					dates = append(dates, c)
				}
			}
			if tc.band == none {
				for _, c := range dates {
					t.Errorf("invented date conflict (confidence %.2f): %s", c.Confidence, c.Note)
				}
				return
			}
			if len(dates) != 1 {
				t.Fatalf("date conflicts = %+v, want one", dates)
			}
			if tc.band == unsure && dates[0].Confidence >= sureAt {
				t.Errorf("confidence = %.2f, want < %.2f (%s)", dates[0].Confidence, sureAt, dates[0].Note)
			}
			if tc.band == sure && dates[0].Confidence < sureAt {
				t.Errorf("confidence = %.2f, want >= %.2f (%s)", dates[0].Confidence, sureAt, dates[0].Note)
			}
			if !strings.Contains(dates[0].Note, tc.note) {
				t.Errorf("note = %q, want it to hold %q", dates[0].Note, tc.note)
			}
		})
	}
}
