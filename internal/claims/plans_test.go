package claims

import "testing"

// TestPlanAndDeedStateNoClaim checks that a sentence telling what someone
// means to do and one telling that it was done are two claims, while two
// telling the plan, or the deed, stay one.
func TestPlanAndDeedStateNoClaim(t *testing.T) {
	checkAligned(t, []alignCase{
		{"is to be proclaimed / was proclaimed",
			"Ana Vell is to be formally proclaimed harbour mayor before the town council on Thursday.",
			"Flanked by her family, Ana Vell was formally proclaimed harbour mayor before the town council Thursday.",
			false},
		{"vowed to respond / responded",
			"Officials in Wexley have vowed to respond with the same amount of tolls on Orvell ferries.",
			"Wexley responded by imposing the same tolls on the same amount of Orvell ferries.",
			false},
		{"two plans",
			"Ana Vell is to be formally proclaimed harbour mayor before the town council on Thursday.",
			"Ana Vell will be formally proclaimed harbour mayor before the town council on Thursday.",
			true},
		{"two deeds",
			"Ana Vell was formally proclaimed harbour mayor before the town council on Thursday.",
			"On Thursday Ana Vell was proclaimed harbour mayor, formally, before the town council.",
			true},
	})
}

func TestVerbTense(t *testing.T) {
	tests := []struct {
		in, verb string
		want     byte
	}{
		{"Wexley vowed to respond with tolls.", "respond", 'f'},
		{"Ana Vell is to be formally proclaimed mayor.", "proclaimed", 'f'},
		{"Ana Vell will sign the bill.", "sign", 'f'},
		{"Ana Vell signed the bill.", "signed", 'p'},
		{"The bill was signed on Monday.", "signed", 'p'},
		{"The bill has already been signed.", "signed", 'p'},
		{"The bill can be signed within a year.", "signed", 0},
		{"Invoices are sent to the office.", "sent", 0},
		{"They demanded that a vote be held in May.", "held", 0},
		{"The mayor has to sign the bill.", "sign", 0},
	}
	for _, tc := range tests {
		toks := tokenize(tc.in, 0, len(tc.in))
		if got := verbTense(toks, tokIndex(toks, tc.verb)); got != tc.want {
			t.Errorf("verbTense(%q, %q) = %q, want %q", tc.in, tc.verb, got, tc.want)
		}
	}
}

// tokIndex is the index of the first token written w (lower case), -1
// when none is.
func tokIndex(toks []token, w string) int {
	for k, t := range toks {
		if t.low == w {
			return k
		}
	}
	return -1
}

// TestPlanAndDeedEveryVerb checks planAndDeed verb by verb: a plan against
// a deed is two things, but not when the other sentence also tells the
// plan, nor when the verb shared is one of saying.
func TestPlanAndDeedEveryVerb(t *testing.T) {
	unitOf := func(s string) *unit { return &unit{toks: tokenize(s, 0, len(s))} }
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"plan / deed", "Wexley vowed to respond with tolls.", "Wexley responded with tolls.", true},
		{"deed / plan", "Wexley responded with tolls.", "Wexley vowed to respond with tolls.", true},
		{"plan / deed and plan", "Wexley vowed to respond with tolls.", "Wexley responded with tolls and will respond again.", false},
		{"no verb shared", "Wexley vowed to respond with tolls.", "Wexley imposed tolls.", false},
		{"a verb of saying", "Wexley said it will respond.", "Wexley said it responded.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := planAndDeed(unitOf(tc.a), unitOf(tc.b)); got != tc.want {
				t.Errorf("planAndDeed(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
