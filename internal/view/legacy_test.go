package view

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A dossier that records no direction (stored before the reuse stage
// decided it) is read from its evidence's wording: the points for and
// against, the notes, and how sure. These are the cases the view decided
// before the stage did, kept for such dossiers.
func TestLegacyDirection(t *testing.T) {
	a := arts(2, "Coastal Wire")
	from, to := a[0].ID, a[1].ID
	tests := []struct {
		name            string
		evidence        []string
		want            string
		pro, con, notes int
		againstHas      string
	}{
		{"hints both ways and a note", []string{
			from + " is a news agency's text (Coastal Wire)",
			from + " carries its own dateline or sign-off",
			to + " has the longer version of the shared passages (138 words vs 133 in " + from + ")",
			from + "'s outlet is unknown: whether " + to + " credits it cannot be told",
		}, "likely", 2, 1, 1, "[2] "},
		{"two hints for cannot make it sure", []string{
			from + " is a news agency's text (Coastal Wire)",
			from + " carries its own dateline or sign-off",
		}, "likely", 2, 0, 0, ""},
		{"a publication time and two hints for", []string{
			from + " is a news agency's text (Coastal Wire)",
			from + " carries its own dateline or sign-off",
			from + " published first (2024-03-01, " + to + " on 2024-03-02)",
		}, "sure", 3, 0, 0, ""},
		{"a credit for, a hint against", []string{
			to + " credits Coastal Wire for the shared text: 'Coastal Wire reports'",
			to + " holds 40 words between the shared passages that " + from + " leaves out (3 the other way)",
		}, "likely", 1, 1, 0, "holds 40 words"},
		{"the origin crediting another outlet argues it is the copy", []string{
			from + " credits Harbour Journal for the shared text: 'the Journal reported' (" + to + "'s outlet is not known)",
			from + " is a news agency's text (Coastal Wire)",
			from + " carries its own dateline or sign-off: 'LENNA (Coastal Wire) -'",
		}, "likely", 2, 1, 0, "credits Harbour Journal"},
		{"a credit outranks a publication time", []string{
			to + " credits Coastal Wire: 'Coastal Wire reported'",
			to + " published first (2024-03-01 04:37 UTC, " + from + " at 2024-03-01 04:51 UTC)",
		}, "likely", 1, 1, 0, "published first"},
		{"only a point against", []string{to + " published first"}, "unsure", 0, 1, 0, ""},
		{"the longer text taken by default is no evidence", []string{
			"no evidence either way: " + from + ", the longer text, is taken for the origin",
			from + "'s outlet is unknown: whether " + to + " credits it cannot be told",
		}, "unsure", 0, 0, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "near-verbatim", Evidence: tc.evidence}}}
			r := New(d).Reuse[0]
			if r.Certainty != tc.want || len(r.For) != tc.pro || len(r.Against) != tc.con || len(r.Notes) != tc.notes {
				t.Fatalf("certainty %q, for %q, against %q, notes %q; want %s, %d for, %d against, %d notes",
					r.Certainty, r.For, r.Against, r.Notes, tc.want, tc.pro, tc.con, tc.notes)
			}
			if tc.againstHas != "" && !strings.Contains(strings.Join(r.Against, "|"), tc.againstHas) {
				t.Errorf("against %q, want a point holding %q", r.Against, tc.againstHas)
			}
		})
	}
}

// A dossier that records the stage's decision is worded as recorded, even
// where the old reading of the words would decide otherwise: "[2] weaves
// words shared with another article" argues [2] is the copy, though it
// names [2] first.
func TestDirectionReadNotParsed(t *testing.T) {
	a := arts(2, "")
	from, to := a[0].ID, a[1].ID
	pro := to + " weaves 31 words shared with another article between the passages"
	d := &corroborate.Dossier{Articles: a, Reuse: []corroborate.Reuse{{From: from, To: to, Kind: "condensed",
		Evidence: []string{pro}, Direction: "likely", For: []string{pro}}}}
	r := New(d).Reuse[0]
	if r.Certainty != "likely" || len(r.For) != 1 || len(r.Against) != 0 {
		t.Errorf("certainty %q, for %q, against %q; want the stage's: likely, the point for", r.Certainty, r.For, r.Against)
	}
}
