package quotes

import "testing"

// Quotations that found no speaker though their sentence tells who spoke,
// each a fictional case that failed before its fix.
func TestNoSpeaker36(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a described person opening the clause before a participle speaks",
			body:  "The video was posted on Monday.\n\nIn the video, an unidentified militant denounces the Reeve government, saying, \"I'm back, and the ferries will stop.\"",
			words: "I'm back", want: "unidentified militant",
		},
		{
			name:  "a person word qualifying a document is no speaker",
			body:  "The board has not replied.\n\nThe hacker message is effectively a victory lap, telling the board, \"Now we want the film never released.\"",
			words: "Now we want the film", want: "",
		},
		{
			name:  "a participle after a quote goes on with its speaker over a reported clause with no name",
			body:  "Tom Varga described the science as a \"contrived phony mess,\" writing that those who embraced it \"know that we have been cooling for years.\"",
			words: "know that we have", want: "Tom Varga",
		},
		{
			name:  "adding that after said goes on with the speaker over a reported clause with no name",
			body:  "Tom Varga said the science was a \"contrived phony mess,\" adding that those who embraced it \"know that we have been cooling for years.\"",
			words: "know that we have", want: "Tom Varga",
		},
		{
			name:  "a name reported speaking inside the clause after the participle speaks",
			body:  "Tom Varga said the science was a \"contrived phony mess,\" adding that Ann Holt once told him it was \"a cooling trend.\"",
			words: "a cooling trend", want: "Ann Holt",
		},
		{
			name:  "a role and a name quoted as saying after the quote speak",
			body:  "The Calder education department said it knew of the claims.\n\n\"The department had asked the society to step in,\" spokesperson Lina Morrow was quoted as saying.",
			words: "The department had asked", want: "Lina Morrow",
		},
	})
}
