package summary

import "testing"

// TestSetsScene: a feature's scene is no opener, but a lead that tells
// the news after its scene is, and so is a body camera.
func TestSetsScene(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"All was going well at the Brand wedding in Dolby.", true},
		{"It was supposed to be a quiet night out for the Vell sisters.", true},
		{"A neighbour found her body in the garden on Sunday.", true},
		{"All was well at the Brand wedding in Dolby.", true},
		{"Divers found his badly burned body near the Dolby pier.", true},
		{"His body was found near the Dolby pier on Sunday.", true},
		{"It was well past midnight when fire broke out at the Dolby ferry depot, killing three workers.", false},
		{"Things were going well for Kessco until its chief executive resigned on Monday.", false},
		{"Officer Lia Marn switched off her body camera before she shot an unarmed man, prosecutors said.", false},
		{"Scientists found microplastics in their bodies, a Tarn study said.", false},
		{"Officer Lia Marn found her body camera switched off, prosecutors said.", false},
		{"The swimmer Ana Tol said her body had healed before the Tarn final.", false},
	} {
		if got := setsScene(tt.s); got != tt.want {
			t.Errorf("setsScene(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
