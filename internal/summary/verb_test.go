package summary

import "testing"

func TestHasVerb(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		// fragments: captions, teaser answers, a sentence cut at a title's "!"
		{"Ada Holm and Ivo Brand at the harbour in 2019.", false},
		{"Buckets of rain over Tarnport on the last day of the fair.", false},
		{"In her 2019 memoir, “Never Again!”", false},
		{"Leaflets for tenants and visiting inspectors.", false},
		{"Polling morning to set up the booths.", false},
		{"How to survive the ferry strike, of course.", false},
		// clauses, however their verb is told
		{"The harbour board said the ferry would sail on Monday.", true},
		{"Officials say the bridge will reopen in May.", true},
		{"The port expects a busy summer after the repairs.", true},
		{"Residents fear the dam cannot hold another storm.", true},
		{"Kessmouth police believe the fire was set on purpose.", true},
		{"Then she shut the gate and walked back to the quay.", true},
		{"That compares with nine sailings in the same week last year.", true},
		{"The council even supports the plan to widen the pier.", true},
		{"Four hundred of the boats in the marina include a cabin.", true},
		{"Escape Drill on a Sinking Ferry from Tarnport Radio.", false},
		{"It’s the third flood in Tarnport this winter.", true},
		{"Nobody expected the mayor to resign before the vote.", true},
		{"A fishing boat capsized off Tarnport with six crew aboard.", true},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if got := hasVerb(tt.s); got != tt.want {
				t.Fatalf("hasVerb(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
