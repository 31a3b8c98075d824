package claims

import "testing"

func TestStance(t *testing.T) {
	claim := "Giant squid spotted off Norvik harbour"
	tests := []struct {
		name, body, want string
	}{
		{"debunked", "The giant squid seen off Norvik harbour was a hoax, marine biologists said. The photos were fake, made with a plastic model, and the fisherman admitted the prank.", Disagree},
		{"reported, unverified", "A giant squid was reportedly spotted off Norvik harbour, according to a fisherman. Experts could not verify the claims and it is unclear whether the photos are real.", Discuss},
		{"stated flatly", "A giant squid was spotted off Norvik harbour on Sunday. Fishermen filmed the squid, which was spotted near the harbour wall, and coastguards confirmed the sighting.", Agree},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Stance(claim, tc.body); got != tc.want {
				t.Errorf("Stance(%q, ...) = %s, want %s (scores %v)", claim, got, tc.want, StanceScores(claim, tc.body))
			}
		})
	}
	if n := len(StanceVector(claim, "x")); n != len(StanceFeatures) {
		t.Errorf("feature vector has %d entries, StanceFeatures names %d", n, len(StanceFeatures))
	}
}
