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

// TestFrontedIt: "it" after an opening phrase that names nothing stands
// for what the sentence before told, unless it stands for nothing (the
// weather, the time, "it was announced").
func TestFrontedIt(t *testing.T) {
	checkBefore(t, "leans", leans,
		[]string{
			"Taken more than 30 years ago, it showed the two sisters on the quay.",
			"For harbour safety, it recommends two lifeboats on every ferry.",
		},
		[]string{
			"By noon, it was raining over Port Arden.",
			"In May, it was announced that the ferry would sail again.",
			"Taken in 1990, the photograph showed the two sisters on the quay.",
		})
}
