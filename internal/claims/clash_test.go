package claims

import "testing"

func TestClash(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Warden Ilse Marr resigned on Wednesday in her office at Dunmore prison.", "Warden Ilse Marr, who ran Dunmore prison, resigned on Thursday.", true},
		{"Warden Ilse Marr resigned late on Wednesday, and the board met on Thursday.", "Warden Ilse Marr resigned on Wednesday.", false},
		{"The ferry levy was proposed by Councillor Ods at the March meeting.", "The ferry levy was never proposed at the March meeting, a source said.", true},
		{"The board did not acknowledge the meeting until March.", "The board disclosed the meeting only in March.", false},
		{"The Kestle bridge reopened on March 3 after repairs.", "The Kestle bridge reopened on March 5 after repairs.", true},
		{"The Kestle bridge reopened on March 3 after repairs.", "The Kestle bridge reopened after repairs, the council said.", false},
		{"The Kestle water board has issued a ban on garden hoses.", "The Kestle water board has denied that it issued a ban on garden hoses.", true},
		{"The Kestle board has said it has the right to close the pier.", "The Kestle board has denied it has the right to close the pier.", true},
		{"The Kestle water board has issued a ban on garden hoses.", "The Kestle water board has issued a ban on garden hoses, it said.", false},
	} {
		if got := Clash(c.a, c.b); got != c.want {
			t.Errorf("Clash(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDisowns(t *testing.T) {
	s := "Councillor Ods proposed the ferry levy at a meeting with the harbour board in March."
	for _, c := range []struct {
		o    string
		want bool
	}{
		{"At the meeting the harbour board raised the idea of a ferry levy, not Ods, a source told the Gazette.", true},
		{"The ferry levy was first raised by the harbour board, not the council, in March.", false},
		{"Ods, not one to back down, defended the levy on the radio.", false},
		{"The weather was fine, not Ods.", false},
	} {
		if got := Disowns(s, c.o); got != c.want {
			t.Errorf("Disowns(%q, %q) = %v, want %v", s, c.o, got, c.want)
		}
	}
}

// CountsClash sets one count of one noun against another: an exact count
// outside a bound, or two exact counts of one verb; never two bounds, a
// range, or counts of two acts (a crowd beside the arrests in it).
func TestCountsClash(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"The floods in Varnholt killed 41 people.", "The floods in Varnholt killed at least 42 people.", true},
		{"The floods in Varnholt killed 41 people.", "The floods in Varnholt killed 44 people.", true},
		{"The floods in Varnholt killed 41 people.", "The floods in Varnholt killed at least 40 people.", false},
		{"The floods in Varnholt killed more than 40 people.", "The floods in Varnholt killed at least 45 people.", false},
		{"The floods in Varnholt killed 40 or 50 people.", "The floods in Varnholt killed 44 people.", false},
		{"Police arrested 12 people after the march in Calder on Sunday.", "The march in Calder drew 3,000 people on Sunday, and police arrested a dozen of them.", false},
		{"Police arrested 12 people after the march in Calder on Sunday.", "Some 3,000 people marched in Calder on Sunday; police made 12 arrests.", false},
	} {
		if got := CountsClash(tc.a, tc.b); got != tc.want {
			t.Errorf("CountsClash(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
