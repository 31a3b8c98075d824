package quotes

import "testing"

// TestEpithetOfSubject covers a description of an office opening the
// sentence after one that opens with a person named in full ("The
// Democratic frontrunner wrote"): the person, unless the text gives them
// another role or party, the sentence names someone else, or the person
// is one something happened to. Each text is fictional, written for the
// test.
func TestEpithetOfSubject(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "the frontrunner is the one the sentence before opens with",
			text: "Vane backs statehood.\n\nHelena Vane wants to see the district become a state.\n\nThe Democratic frontrunner wrote for the Harbour Informer that \"the district is often neglected\" in the budget.",
			want: []got{{Text: "the district is often neglected", Speaker: "Helena Vane", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "another party's leader is someone else",
			text: "Mara Quist, the Labour leader, unveiled her tax plan on Monday. The Conservative frontrunner said it was \"a fantasy.\"",
			want: []got{{Text: "a fantasy.", Speaker: "Conservative frontrunner", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a sentence naming two people has no one subject for it",
			text: "Ivo Lund attacked Dana Marr on Monday. The nominee said it was \"a fantasy.\"",
			want: []got{{Text: "a fantasy.", Speaker: "nominee", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "one charged is not the candidate speaking",
			text: "Ivo Lund was charged with fraud on Monday. The candidate said it was \"a fantasy.\"",
			want: []got{{Text: "a fantasy.", Speaker: "candidate", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a resident is not the mayor",
			text: "Kara Lindell has had no clean water for three weeks. The mayor said crews were \"working around the clock.\"",
			want: []got{{Text: "working around the clock.", Speaker: "mayor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "one backing the rival ticket is not the nominee",
			text: "Nora Blaise endorsed the rival ticket on Monday. The nominee said it was \"a great honour.\"",
			want: []got{{Text: "a great honour.", Speaker: "nominee", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the frontrunner speaking of the one before",
			text: "Hal Brodin wants to win the Republican primary. The Republican frontrunner said Brodin had \"no path to victory.\"",
			want: []got{{Text: "no path to victory.", Speaker: "Republican frontrunner", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a coach is not the player before",
			text: "Marco Silvan scored twice for Ostland. The Ostland coach said it was \"a fantasy.\"",
			want: []got{{Text: "a fantasy.", Speaker: "Ostland coach", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestSentenceShapes47 covers shapes read on real coverage: the cue that
// closes a sentence before a participle's clause ("..., Holm said, using
// ..."); a quote paragraph whose words stop inside the sentence and run on
// a few plain words; an unnamed source described with "familiar with",
// "with knowledge of" or "close to"; a dateline with the agency in
// brackets, no subject; and a question ("Why not just say:"), no one
// speaking; a bare release or statement, the named body that announced
// or put one out just before. Each text is fictional, written for the
// test.
func TestSentenceShapes47(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a participle's clause after the closing cue",
			text: "The floods that cut off Carran were \"a disaster made worse by neglect\" with help from the upstream dams, Mayor Ada Holm said, using the old name for the valley.",
			want: []got{{Text: "a disaster made worse by neglect", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a quote paragraph running on a few plain words",
			text: "Prime Minister Ivo Marsk spoke on Friday.\n\n\"We will rebuild every quay,\" he said.\n\n\"And I promise that my cabinet will give all of its energy\" to rebuilding them.",
			want: []got{
				{Text: "We will rebuild every quay,", Speaker: "Ivo Marsk", Kind: "person", Parts: 1},
				{Text: "And I promise that my cabinet will give all of its energy", Speaker: "Ivo Marsk", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a run-on tail that names someone is not carried",
			text: "Prime Minister Ivo Marsk spoke on Friday.\n\n\"We will rebuild every quay,\" he said.\n\n\"And I promise that my cabinet will give all of its energy\" to Ada Holm and her crews.",
			want: []got{
				{Text: "We will rebuild every quay,", Speaker: "Ivo Marsk", Kind: "person", Parts: 1},
				{Text: "And I promise that my cabinet will give all of its energy", Speaker: "", Partial: true, Parts: 1},
			},
		},
		{
			name: "quoted words that are the writer's subject run on no one",
			text: "Mayor Rhea Lindqvist spoke on Friday.\n\n\"We will not give up the quay,\" she said.\n\n\"Never again\" was painted on banners across the square.",
			want: []got{{Text: "We will not give up the quay,", Speaker: "Rhea Lindqvist", Kind: "person", Parts: 1}},
		},
		{
			name: "a named speaker's aside with direct reference is no part of the name",
			text: "\"The ruling is wrong,\" said Ivo Lamm with direct reference to the appeal court.",
			want: []got{{Text: "The ruling is wrong,", Speaker: "Ivo Lamm", Kind: "person", Parts: 1}},
		},
		{
			name: "sources described by what they know",
			text: "The harbour talks stalled on Monday.\n\n\"They will not sign,\" said a source familiar with the talks.\n\n\"Never,\" said one official with knowledge of the plan.\n\n\"Soon,\" said a person close to the minister.",
			want: []got{
				{Text: "They will not sign,", Speaker: "source familiar with the talks", Kind: "person", Parts: 1},
				{Text: "Never,", Speaker: "official with knowledge of the plan", Kind: "person", Parts: 1},
				{Text: "Soon,", Speaker: "person close to the minister", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a dateline with its agency in brackets",
			text: "Ferry plan rejected.\n\nKessport (Harbourwire) – Mayor Ada Holm has taken a swipe at the ferry board, saying that \"reckless spending\" does more harm than good.",
			want: []got{{Text: "reckless spending", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a party in brackets after a name is no dateline",
			text: "Vote today.\n\nAda Holm (Labour) – the frontrunner in the race – promised new ferries, saying that \"the city deserves better.\"",
			want: []got{{Text: "the city deserves better.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a question is no one speaking",
			text: "Many readers disliked the harbour board's phrase. Why not just say: \"The ferries will stop in May\"?",
			want: []got{{Text: "The ferries will stop in May", Speaker: "", Parts: 1}}, // shown, with no speaker (not "Why")
		},
		{
			name: "the release of the party that announced",
			text: "Palmer skips convention.\n\nFormer Gov. Ada Palmer had been due to attend, but on Thursday the Republican Party of Ostland announced she was not coming.\n\n\"The campaign has told the party that Ada Palmer will not attend,\" the release said.",
			want: []got{{Text: "The campaign has told the party that Ada Palmer will not attend,", Speaker: "Republican Party of Ostland", Kind: "organization", Parts: 1}},
		},
		{
			name: "a statement the police put out from someone else stays the statement",
			text: "Police in Kessport released a statement from the family on Monday.\n\n\"He was a kind man,\" the statement said.",
			want: []got{{Text: "He was a kind man,", Speaker: "statement", Kind: "document", Parts: 1}},
		},
	})
}

// TestPronounAntecedents47 covers a "she" or "it" whose person or body
// the sentence before gives: "Mrs Arden" after "Tomas Arden's wife" is
// the wife, not the husband; a name in apposition to the role that opens
// the sentence ("Ostland's acting Transport Minister, Hamid Hussa,") is
// its subject; a body that opens the sentence right before after a time
// ("In April, the Ostland Aviation Authority ordered ...") is the "it"
// rather than an outlet reported further back. Each text is fictional,
// written for the test.
func TestPronounAntecedents47(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "Mrs after a husband's name and his wife",
			text: "Cover story.\n\nPresident Tomas Arden's wife Anna is on the cover of the March edition.\n\nMrs Arden, who chose her own outfits, says she knows her wardrobe is watched.\n\n\"I am not going to pretend that I do not care about it,\" she told the magazine.",
			want: []got{{Text: "I am not going to pretend that I do not care about it,", Speaker: "Mrs Arden", Kind: "person", Parts: 1}},
		},
		{
			name: "Mrs after a husband named without a wife stays his surname's holder",
			text: "Cover story.\n\nNadia Arden is on the cover of the March edition.\n\n\"I am not going to pretend that I do not care about it,\" Mrs Arden told the magazine.",
			want: []got{{Text: "I am not going to pretend that I do not care about it,", Speaker: "Nadia Arden", Kind: "person", Parts: 1}},
		},
		{
			name: "a name in apposition to the opening role",
			text: "Jet lost.\n\n\"We will find it,\" said Andrew Brok, an analyst.\n\nThe search covers a wide strait.\n\nShips from four navies have joined it.\n\nOstland's acting Transport Minister, Hamid Hussa, who is also the defence minister, has rejected the suggestion that rules were breached.\n\n\"This is an unprecedented case,\" he said.",
			want: []got{
				{Text: "We will find it,", Speaker: "Andrew Brok", Kind: "person", Parts: 1},
				{Text: "This is an unprecedented case,", Speaker: "Hamid Hussa", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a name of no known gender does not take her words from the woman quoted just before",
			text: "Ferry row.\n\n\"The ferry is safe,\" said Ada Holm, a harbour pilot.\n\nThe port's chief engineer, Hamid Hussa, who has run the yard since 2004, has rejected calls for an inquiry.\n\n\"We did every check,\" she said.",
			want: []got{
				{Text: "The ferry is safe,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
				{Text: "We did every check,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a place in apposition is no one",
			text: "Storm warning.\n\n\"Stay indoors,\" said Otto Brask, the weather office director.\n\nThe worst-hit town, Port Selva, lost power for twelve hours.\n\n\"We have never seen winds like this,\" he said.",
			want: []got{
				{Text: "Stay indoors,", Speaker: "Otto Brask", Kind: "person", Parts: 1},
				{Text: "We have never seen winds like this,", Speaker: "Otto Brask", Kind: "person", Parts: 1},
			},
		},
		{
			name: "it is the body the sentence before opens with after a time",
			text: "Jet lost.\n\nThe Harbour Journal reported that officials \"had no idea\" where the jet was.\n\nIn April, the Ostland Aviation Authority ordered airlines to avoid the strait. It said the region posed the \"potential for conflicting instructions\" from both sides.",
			want: []got{
				{Text: "had no idea", Speaker: "Harbour Journal", Kind: "organization", Partial: true, Parts: 1},
				{Text: "potential for conflicting instructions", Speaker: "Ostland Aviation Authority", Kind: "organization", Partial: true, Parts: 1},
			},
		},
	})
}

// TestSpeakerLabels47 covers speakers' names as a reader sees them: a
// firm's name with "&" is the whole firm; a convention named with
// "National" is the body, not a person called "Convention"; "outside
// Number 10" after a name is where they spoke; a number written with a
// thousands comma ("28,000") opens no clause, so the one who posted after
// "after" is the subject. Each text is fictional, written for the test.
func TestSpeakerLabels47(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a firm's name with an ampersand",
			text: "\"We have made initial payments,\" said insurer Harbour Global Corporate & Specialty.",
			want: []got{{Text: "We have made initial payments,", Speaker: "Harbour Global Corporate & Specialty", Kind: "organization", Parts: 1}},
		},
		{
			name: "a national convention is a body",
			text: "\"It was a good week,\" the Ostland National Convention said in a statement.",
			want: []got{{Text: "It was a good week,", Speaker: "Ostland National Convention", Kind: "organization", Parts: 1}},
		},
		{
			name: "where a named person spoke is no part of the name",
			text: "Harbour Minister Ivo Brok spoke on Monday.\n\n\"No,\" Mr Brok outside Number 10 said.",
			want: []got{{Text: "No,", Speaker: "Ivo Brok", Kind: "person", Parts: 1}},
		},
		{
			name: "a thousands comma is no clause break",
			text: "Sign prank.\n\nMore than 28,000 people shared the photo after Ivo Lamm, a Kessport native who has owned a sign business for twenty years, posted it with the description: \"You can not make this up!!!!!\"",
			want: []got{{Text: "You can not make this up!!!!!", Speaker: "Ivo Lamm", Kind: "person", Parts: 1}},
		},
	})
}
