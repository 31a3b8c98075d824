package summary

import "testing"

// TestPointsBack: a sentence that opens with the cases the one before it
// told, credits an unnamed report it "also" quotes, or has a group or a
// person "also" saying something leans on a sentence the summary may not
// have.
func TestPointsBack(t *testing.T) {
	checkBefore(t, "leans", leans,
		[]string{
			"In both cases, the ferries ran aground after striking debris off Tolle.",
			"Several of the Kessco customers still used their old passwords, the report also said.",
			"Insurers have also said that Tarn's new enrollees are sicker than expected.",
			"The ministers also warned that the Dolby dam could fail.",
			"After a long lunch, Vell also reportedly told Holm he was his favourite.",
		},
		[]string{
			"Both ferries ran aground off Tolle after striking debris.",
			"Insurers said that Tarn's new enrollees are sicker than expected.",
			"The Kessco report said several customers still used their old passwords.",
			"Ivo Vell told Holm he would also back the Dolby dam.",
		})
}

// TestLooksLikePronoun: a sentence opening with a pronoun after "looks
// like" and its like leans on the one that named the person.
func TestLooksLikePronoun(t *testing.T) {
	checkBefore(t, "leans", leans,
		[]string{
			"Looks like he used up all of his luck!",
			"It seems as if she will sail again after all.",
			"Sounds like they have a plan for the harbour.",
		},
		[]string{
			"Looks like rain over Port Arden tonight.",
			"Ivo Vell looks like he has seen a ghost.",
			"The dog looks like he has seen a ghost.",
		})
}

// TestAFewDaysLater: "A few days later" counts its time from the sentence
// before, as "Five days later" does; "A few days ago" counts from now.
func TestAFewDaysLater(t *testing.T) {
	if !leans("A few days later, the ferry was towed back to Tolle.") {
		t.Errorf(`"A few days later, ..." does not lean`)
	}
	if !leans("A couple of weeks later the quay reopened.") {
		t.Errorf(`"A couple of weeks later ..." does not lean`)
	}
	if leans("A few days ago, the ferry was towed back to Tolle.") {
		t.Errorf(`"A few days ago, ..." leans`)
	}
}
