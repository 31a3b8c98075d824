package quotes

import (
	"strings"
	"testing"
)

// TestExtractReview31Shapes covers junk and wrong speakers a review of real
// stories found. Every text is fictional, written for the test.
func TestExtractReview31Shapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "a name inside quotation marks (a petition's title) is never a person's full name",
			text:    "Radio host Oskar Lindqvist spoke on Monday about his debate with Tom Reed.\n\n\"He was the best advert for the harbour levy you could wish for,\" Lindqvist told the Courier.\n\n(Also on the Courier: Tom Reed, creator of 'Expel Oskar Lindqvist' petition, shouts on air)\n\n\"Sometimes it is better to let somebody talk until they trip over their own words,\" Lindqvist told the Courier.",
			opening: "Sometimes it is better",
			speaker: "Oskar Lindqvist",
		},
		{
			name:    "a show's title opening a sentence is no quotation of the date after it",
			text:    "Stars out\n\n\"The Evening Hour Starring Lena Brisk\" premiered Feb. 17 with guest Tom Reed.\n\nMara Holt touched down at Harlow airport on Feb. 18.",
			opening: "The Evening Hour",
			speaker: "",
		},
		{
			name:    "a relative pronoun is never a speaker",
			text:    "Harbour cure\n\nThere is money to be made from it. (One harbour charity, for example, charges $900 for a two-day course called \u201cEvery Sailor\u2019s Storm\u201d that claims to treat men who \u201cfind themselves pulled into the drink every night\u201d or who \u201cseek out the rum at every port.\u201d)\n\nThe port office declined to comment.",
			opening: "find themselves pulled",
			speaker: "",
		},
		{
			name:    "a clause of being before a cue ('the winners are those who can say') names no one",
			text:    "Harbour levy\n\nWhen the council fails to address the things that matter to most people, the winners are those who can say: \u201cSee? We told you. The council is broken!\u201d\n\nThe port office declined to comment.",
			opening: "We told you",
			speaker: "",
		},
		{
			name:    "the agency after a body named in the paragraph before is that body",
			text:    "Ferry fires\n\nThe National Harbour Safety Administration said today it has opened an inquiry into the safety of the Wavecat ferry after two fires this year.\n\nThe agency said its inquiry was prompted by recent \u201chull strikes\u201d in Port Alder and Kelmford.",
			opening: "hull strikes",
			speaker: "National Harbour Safety Administration",
		},
		{
			name:    "she of the first speech, no one named before, is the one the lead describes",
			text:    "A 17-year-old Kelmford girl who poured paint on her boyfriend's boat to punish him for posting a video he made of her, has blamed anger for her actions.\n\n\"I never meant to sink his boat. I was just angry,\" she told a Harbour Wire reporter.\n\nThe girl, whose name is known to the Wire, attacked Tom Reed, 25, with paint at the quay.",
			opening: "I never meant to sink",
			speaker: "17-year-old Kelmford girl",
		},
	})
}

// TestExtractReview31NoSpeaker covers words a sentence opens with that are
// no one: no quotation of the text may be given to them.
func TestExtractReview31NoSpeaker(t *testing.T) {
	// found is a quotation that must still be found (so that the test
	// cannot pass by finding nothing), "" when the text holds none
	for _, tc := range []struct{ name, text, never, found string }{
		{
			name:  "a noun before an infinitive ('Efforts to liken') is no name",
			text:  "Harbour warning\n\nEfforts to liken synthetic kelp to the real plant by calling the products synthetic \u201cweed\u201d or \u201cseagrass\u201d are misleading names that hide the risk to swimmers in the bay.\n\nThe port office declined to comment.",
			never: "Efforts",
		},
		{
			name:  "a participle opening a paragraph after a dash is no name",
			text:  "Levy sums\n\n\u2014 Speaking of the anti-levy mood in the port towns, K&L provide this sum: \u201cThe levy would cost every boat about forty crowns a year, far less than the harbour fees.\u201d\n\nThe port office declined to comment.",
			never: "Speaking",
			found: "The levy would cost every boat",
		},
		{
			name:  "a name the hacker goes by is no quotation, and the one told is never its speaker",
			text:  "Harbour hack\n\nThe hacker, who goes by the name \u201cPeace,\u201d told the Harbour Wire that he stole the files in May.\n\nThe port office declined to comment.",
			never: "Harbour Wire",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := extractAll(t, tc.text)
			found := tc.found == ""
			for _, g := range got {
				if strings.Contains(g.Speaker, tc.never) {
					t.Errorf("speaker of %q = %q", g.Text, g.Speaker)
				}
				if tc.found == "" && strings.Contains(g.Text, "Peace") {
					t.Errorf("a name the hacker goes by was read as a quotation: %q", g.Text)
				}
				found = found || strings.Contains(g.Text, tc.found)
			}
			if !found {
				t.Errorf("no quotation holds %q: %+v", tc.found, got)
			}
		})
	}
}
