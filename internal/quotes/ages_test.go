package quotes

import "testing"

// TestExtractAgeHolder covers a description by age that speaks: the one
// person the text gave that age right after the name, and no one when the
// age is bound to no name, to two, or when the description sets its
// holder apart. Every text is fictional, written for the test.
func TestExtractAgeHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the 45-year-old is the one person given 45 after the name",
			text: "Shop owner robbed\n\nAna Ruiz, 45, was robbed at her shop in Ulby on Monday night. Police arrested a man on Tuesday.\n\n" +
				"\"I will not let them close me down. I will open again on Friday,\" the 45-year-old said.",
			opening: "I will not let them",
			speaker: "Ana Ruiz",
			kind:    "person",
		},
		{
			name: "an age in brackets binds too, and a noun may follow the age",
			text: "Crash on coast road\n\nTwo cars collided on the coast road on Monday. Marta Holm (38) was driving home from work.\n\n" +
				"\"The other car came round the bend on my side of the road,\" the 38-year-old nurse said.",
			opening: "The other car came",
			speaker: "Marta Holm",
		},
		{
			name: "kept: the victim's age bound to no name is not the man jailed",
			text: "Man jailed for attack\n\nA court jailed Tomas Vrell, 52, on Monday for an attack on a shopkeeper in Ulby.\n\n" +
				"\"I am glad he has gone to jail for what he did to me that night,\" the 67-year-old said.",
			opening: "I am glad he has gone",
			speaker: "67-year-old",
		},
		{
			name: "kept: two people of that age, no one",
			text: "Man jailed for attack\n\nA court jailed Tomas Vrell, 67, on Monday for an attack on Ada Holm, 67, at her shop in Ulby.\n\n" +
				"\"I am glad he has gone to jail for what he did to me that night,\" the 67-year-old said.",
			opening: "I am glad he has gone",
			speaker: "67-year-old",
		},
		{
			name: "kept: the new coach of that age is not the coach just sacked",
			text: "Coach sacked\n\nHarbour FC sacked coach Tomas Vrell, 52, on Monday after a run of eight defeats.\n\n" +
				"\"We thank him for his work but the results were not good enough,\" the new 52-year-old coach said.",
			opening: "We thank him",
			speaker: "new 52-year-old coach",
		},
		{
			name: "kept: someone unnamed of that age brought in since is not the one named",
			text: "Shop owner robbed\n\nAna Ruiz, 45, was robbed at her shop in Ulby on Monday night. A 45-year-old man was arrested on Tuesday.\n\n" +
				"\"I never saw her before in my life,\" the 45-year-old said.",
			opening: "I never saw her",
			speaker: "45-year-old",
		},
	})
}
