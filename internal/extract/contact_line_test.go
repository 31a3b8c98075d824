package extract

import (
	"slices"
	"strings"
	"testing"
)

// A closing line that tells how to reach the writer gives the byline and,
// by its address's domain, the outlet; it is taken out of the text. A
// mail service's domain names no outlet, and a line that gives no address
// or names no person is left alone.
func TestContactLineSignsOff(t *testing.T) {
	body := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said."
	tests := []struct {
		name, last, byline, outlet string
	}{
		{"a staff writer at the paper's address", "Staff Writer Ivo Marsh can be reached at 555-0142 or imarsh@lennaledger.com.", "Ivo Marsh", "lennaledger.com"},
		{"reach the writer", "Reach Ada Quill at aquill@harbourtimes.co.uk or on Twitter @adaquill.", "Ada Quill", "harbourtimes.co.uk"},
		{"write to the writer", "Write to Ada Quill at ada.quill@harbourtimes.co.uk", "Ada Quill", "harbourtimes.co.uk"},
		{"a mail service", "Ivo Marsh can be reached at imarsh1970@gmail.com.", "Ivo Marsh", ""},
		{"no address", "The harbour master can be reached at his office on Pier Road.", "", ""},
		{"no person", "Lenna Ferry Services can be reached at info@lennaferry.com.", "", ""},
		{"a desk", "Reach Metro Desk at metrodesk@lennaledger.com.", "", ""},
		{"the address holds one name of two", "Reach Harbour Doe at adoe@lennaledger.com.", "", ""},
		{"an accented surname", "Reach Ana Núñez at ana.nunez@harbourtimes.co.uk.", "Ana Núñez", "harbourtimes.co.uk"},
		{"an apostrophe in the surname", "Reach Mara O'Dell at mara.odell@harbourtimes.co.uk.", "Mara O'Dell", "harbourtimes.co.uk"},
		{"a generational suffix", "Reach Ivo Marsh Jr. at ivo.marsh@harbourtimes.co.uk.", "Ivo Marsh Jr.", "harbourtimes.co.uk"},
		{"a hyphenated surname", "Reach Ivo Holm-Ros at ivo.holmros@harbourtimes.co.uk.", "Ivo Holm-Ros", "harbourtimes.co.uk"},
		{"the first name alone", "Reach Ada Quill at ada@harbourtimes.co.uk.", "Ada Quill", "harbourtimes.co.uk"},
		{"a body the reader is asked to write to", "Write to Lenna Harbour Board at board@lennaharbour.org with your views.", "", ""},
		{"a body to contact", "Contact Lenna Harbour Board at board@lennaharbour.org.", "", ""},
		{"a prompt for the reader's views", "Write to Ada Quill at aquill@harbourtimes.co.uk with your questions.", "", ""},
		{"a two-letter first name alone", "Reach Bo Quill at bo@harbourtimes.co.uk.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText(body+"\n\n"+tt.last, false, Options{})
			var byline []string
			if tt.byline != "" {
				byline = []string{tt.byline}
			}
			if !slices.Equal(a.Byline, byline) {
				t.Errorf("Byline = %q, want %q", a.Byline, byline)
			}
			outlet := ""
			if a.Outlet != nil {
				outlet = *a.Outlet
			}
			if outlet != tt.outlet {
				t.Errorf("Outlet = %q, want %q", outlet, tt.outlet)
			}
			if removed := !strings.Contains(a.Text, tt.last); removed != (tt.byline != "") {
				t.Errorf("line taken out of the text = %v, want %v (Text %q)", removed, tt.byline != "", a.Text)
			}
		})
	}
}

// The page's own lines name its outlet before a writer's address does: a
// writer who keeps the address of the paper she used to write for, on a
// page whose copyright line names another, writes for the page's.
func TestContactLineOutletAfterPageOwn(t *testing.T) {
	in := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said.\n\n" +
		"Ivo Marsh can be reached at imarsh@lennaledger.com.\n\n© 2026 The Harbour Courier. All rights reserved."
	a := fromText(in, false, Options{})
	if a.Outlet == nil || *a.Outlet != "The Harbour Courier" {
		t.Errorf("Outlet = %q, want %q (Removed %q)", deref(a.Outlet), "The Harbour Courier", a.Removed)
	}
	if !slices.Equal(a.Byline, []string{"Ivo Marsh"}) {
		t.Errorf("Byline = %q, want [Ivo Marsh]", a.Byline)
	}
}

// A closing line that gives several writers' addresses, as a paper signs a
// report by three ("Write to A at a@…, B at b@… and C at c@…"), names them
// all, in its order; the outlet is the addresses' domain. A name whose
// address does not hold it ends the list there.
func TestContactLineSeveralWriters(t *testing.T) {
	body := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said.\n\n"
	tests := []struct {
		name, last string
		byline     []string
	}{
		{"three writers", "Write to Ada J. Quill at ada.quill@harbourtimes.co.uk, Ivo Marsh at ivo.marsh@harbourtimes.co.uk and Lena Holm at lena.holm@harbourtimes.co.uk",
			[]string{"Ada J. Quill", "Ivo Marsh", "Lena Holm"}},
		{"two writers", "Write to Ada Quill at aquill@harbourtimes.co.uk and Ivo Marsh at imarsh@harbourtimes.co.uk.",
			[]string{"Ada Quill", "Ivo Marsh"}},
		{"the second address is a desk's", "Write to Ada Quill at aquill@harbourtimes.co.uk and Harbour Desk at news@harbourtimes.co.uk.",
			[]string{"Ada Quill"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText(body+tt.last, false, Options{})
			if !slices.Equal(a.Byline, tt.byline) {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.byline)
			}
			if got := deref(a.Outlet); got != "harbourtimes.co.uk" {
				t.Errorf("Outlet = %q, want %q", got, "harbourtimes.co.uk")
			}
			if strings.Contains(a.Text, "@") {
				t.Errorf("the line stays in the text: %q", a.Text)
			}
		})
	}
}

// An outlet a text's own closing lines name in a form the directory knows
// (a copyright holder's company name, "Thomson Reuters") is reported by
// the directory's name, as a dateline's or an address's is.
func TestClosingOutletCanonical(t *testing.T) {
	in := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said.\n\n© 2026 Thomson Reuters. All rights reserved."
	a := fromText(in, false, Options{})
	if got := deref(a.Outlet); got != "Reuters" {
		t.Errorf("Outlet = %q, want %q (Removed %q)", got, "Reuters", a.Removed)
	}
}
