package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A survey two outlets ran together ("an ABC News/Washington Post survey",
// "the Washington Post-ABC News survey") credits each of them; a hyphen inside
// one outlet's name ("Times-Picayune") joins nothing.
func TestJointOutletNames(t *testing.T) {
	ix := outletIndex()
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ABC News/Washington Post", "ABC News", true},
		{"ABC News/Washington Post", "The Washington Post", true},
		{"Washington Post-ABC News", "ABC News", true},
		{"ABC News", "Washington Post-ABC News", true},
		{"ABC News/Washington Post", "CNN", false},
		{"Times-Picayune", "Times", false},
		{"Harbour Times/Skarn Post", "Skarn Post", false}, // outlets the directory does not know: one name
	} {
		if got := ix.sameOutlet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameOutlet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A copy crediting the joint poll in the copied paragraph credits the
// origin when the origin is one of the two.
func TestJointCreditCredits(t *testing.T) {
	first := "PORTVILLE — The town council voted on Monday to close the Eastgate Bridge for at least six months after inspectors found deep cracks in two of its concrete piers."
	copyText := "Island residents face a long summer without their bridge.\n\n" +
		strings.Replace(first, "piers.", "piers, according to a new ABC News/Washington Post report.", 1) + "\n\n" +
		"The bridge, built in 1962, carries about 9,000 cars a day between the harbor district and the island neighborhoods of Portville, and it is the only road link for the 4,000 people who live on the island."
	res := Analyze([]corroborate.Article{
		mkArticle(t, "origin", "ABC News", "2024-05-06T18:00:00Z", origin),
		mkArticle(t, "copy", "Island Weekly", "2024-05-07T08:00:00Z", copyText),
	}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("want one reuse edge, got %+v", summarize(res.Reuse))
	}
	if r := res.Reuse[0]; r.From != "origin" || !r.Credited || len(r.Miscredits) > 0 {
		t.Errorf("got %+v, want origin -> copy credited by the joint report, no miscredit", summarize(res.Reuse))
	}
}
