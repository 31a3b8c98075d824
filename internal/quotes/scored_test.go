package quotes

import "testing"

// The scored fallback: a quotation no rule attributes takes the one name
// its sentence (or, for a quote opening its own, the sentence before)
// clearly gives as the one speaking. Each positive case had no speaker
// before; the ones marked as kept must stay without one (or keep theirs).
func TestScoredSpeaker(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a subject after an opening phrase, then a participle",
			body:  "The hearing ran late.\n\nHere in Ulby, Holm stepped up her attacks on the ferry board, saying, \"We have got to reach the day when no family waits a week for a boat.\"",
			words: "We have got to reach", want: "Holm",
		},
		{
			name:  "a subject past an opening phrase naming someone else",
			body:  "In a long interview with the reporter Ivo Tark last year, Lena Varga said she welcomed the inquiry and added, \"I'll answer every question, no problem.\"",
			words: "I'll answer every question", want: "Lena Varga",
		},
		{
			name:  "a subject set off by an adjective before a colon",
			body:  "Senator Ada Holm was asked about the levy again.\n\nHolm, exasperated, famously responded: \"What difference, at this point, what difference does it make?\"",
			words: "What difference", want: "Ada Holm",
		},
		{
			name:  "a name with an age and a clause before the verb after the quote",
			body:  "\"Both the mayor and the harbour master scare me,\" Ola Brant, 30, of Ulby, who was among those polled, said.",
			words: "Both the mayor", want: "Ola Brant",
		},
		{
			name:  "a quote opening its paragraph after a sentence reporting speech",
			body:  "Ivo Tark praised the mayor on Monday.\n\nTark wrote in a column for the Calder Gazette that the council would reconsider.\n\n\"A win in Ulby would underscore the board's weakness and force the council to think again.\"",
			words: "A win in Ulby", want: "Ivo Tark",
		},
		{
			name:  "a name with an age, a place and a clause before the verb after a quote with a bracket",
			body:  "\"Both Ivo Lund and (Calder Sen.) Ada Holm scare me,\" Ola Brant, 30, of Ulby, N.C., who was among those polled, said. \"They would only split the island further.\"",
			words: "Both Ivo Lund", want: "Ola Brant",
		},
		{
			name:  "a body issuing a statement in the sentence before",
			body:  "At Lund's direction, the Harbour Ferry Board issued a statement apologizing to Holm for the emails, which included staff members suggesting someone should question Holm's loyalty.\n\n\u201cOn behalf of everyone at the board, we want to offer a deep and sincere apology to Councillor Holm.\u201d",
			words: "On behalf of everyone", want: "Harbour Ferry Board",
		},
		{
			name:  "a quote paragraph after a sentence whose subject speaks",
			body:  "Holm was joined on Monday by Ola Brant, star of a baking show.\n\nBrant praised Holm's leadership after the storm and said she gets things done.\n\n\u201cWe need someone who's going to cut through the noise and bring people together.\u201d\n\nThe vote is on Tuesday.",
			words: "We need someone", want: "Ola Brant",
		},
		{
			name:  "a quote paragraph after a sentence whose subject, set off by commas, asks",
			body:  "The rebels released a video on Tuesday.\n\nTark's mother, Ada Tark, made a video plea last week asking the rebel leader Ivo Lund to spare her son's life.\n\n\u201cAs a mother, I ask your justice to be merciful and not punish my son for matters he has no control over.\u201d\n\nTark, 31, disappeared in August.",
			words: "As a mother", want: "Ada Tark",
		},
		{
			name:  "kept: a surname qualifying a noun after the",
			body:  "Even before Lund's withdrawal, Holm was favored to win.\n\n\u201d in the case of Ulby, the Holm train has already left the station,\u201d wrote Tide magazine. \u201cHolm's domination in the county conventions followed his campaign's aggressive organizing in the spring, and set the stage for another likely rout this weekend.\u201d",
			words: "domination in the county", want: "",
		},
		{
			name:  "kept: an example in brackets",
			body:  "Tark and 24-year-old Ola Brant, a fellow volunteer, explained how canvassers would rank the voters they met from 1 (\"Oh, I'm definitely voting for Lund\") to 6 (\"They're probably voting for the other side\").",
			words: "They're probably voting", want: "",
		},
		{
			name:  "kept: a list of subjects gives no one",
			body:  "Instead, Tark, the Gazette's Ola Brant and Ada Holm argued that the plan was naive.\n\n\"Ivo Lund: Seriously, the levy will pay for every ferry in the fleet, he says.\"",
			words: "Seriously, the levy", want: "",
		},
		{
			name:  "kept: a name qualifying a noun is no speaker",
			body:  "One ad, \"Balanced Rebellion Now For All,\" stars an Ivo Tark impersonator who promises that the ferries will run.",
			words: "Balanced Rebellion", want: "",
		},
		{
			name:  "kept: a headline that said is the headline's",
			body:  "Holm posted nothing. The page ran under a headline that said, \"Ulby Declares War on the Ferry Board Today.\"",
			words: "Ulby Declares War", want: "",
		},
		{
			name:  "kept: a name in a reported clause is not the speaker",
			body:  "Alongside the union's calls, even a top party strategist said Holm will have to choose a side, saying, \"At some point, she's going to have to come out on where she stands.\"",
			words: "At some point", want: "",
		},
		{
			name:  "an adjective and a name before a verb after the quote, the sentence before ending in a quote",
			body:  "Tark claimed the port had lost its way: \"Ulby is no longer Ulby,\" he said.\n\n\"Ulby will always be Ulby and it never gives up, because it still holds its ideals,\" an angry Holm retorted.",
			words: "Ulby will always be Ulby", want: "Holm",
		},
	})
}
