package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// TestExtractRoles checks that the roles the text gives a speaker are kept.
func TestExtractRoles(t *testing.T) {
	tests := []roleCase{
		{"an appositive after the name", "“The mayor has no comment,” said Anton Mercer, a spokesman for the mayor.", "Anton Mercer", []string{"spokesman for the mayor"}},
		{"a title before the name", "“The road reopens Monday,” Transit Director Yusuf Arslan said.", "Yusuf Arslan", []string{"Transit Director"}},
		{"a bare surname takes the role given with the full name", "Nor do the buses run late, said Anton Mercer, a spokesman for the mayor.\n\n“We are proud of the drivers,” Mercer said.", "Anton Mercer", []string{"spokesman for the mayor"}},
		{"a courtesy title is no role", "Ambassador Oleg Varga met the delegation.\n\n“We heard them out,” Mr Varga said.", "Oleg Varga", []string{"Ambassador"}},
		{"a body's name with and in the role, a title before the name", "In a statement after the vote, Dr. Ines Calloway, director of the Office for Water Safety and Standards, said the board had “acted on the best evidence we have.”", "Ines Calloway", []string{"director of the Office for Water Safety and Standards"}},
		{"a lower-case role before the name after an opening phrase", "Speaking generally, harbour security adviser J.D. Marsh said “we keep quiet channels with many ports.”", "J.D. Marsh", []string{"harbour security adviser"}},
		{"a cue written twice", "“Our work has made the yard stronger,” said Brightline chief executive Mara Jovic said in a release.", "Mara Jovic", []string{"Brightline chief executive"}},
		{"according to a name, then a clause of its own", "Ade Okonjo, 24, was hurt in the attack. According to Okonjo, the pair had met in December.\n\n“I never meant to hurt anyone.”", "Ade Okonjo", nil},
		{"a spokesman for a body described with its town", "“We do not comment on rumours,” said a spokesman for the Hamilton, Ontario-based company.", "spokesman for the Hamilton, Ontario-based company", nil},
		{"a rank written short after a role", "\"We are proud of the crews,\" Harbour District Police Chief Gen. Omar Fadli said.", "Omar Fadli", []string{"Harbour District Police Chief"}},
		{"a clause after a name is no role", "According to reporter Owen Tull, the 31-year-old planned to sell the fleet so she could pay her debts.\n\n\"She is finished,\" Tull said.", "Owen Tull", nil},
		{"a three-part name opening the sentence", "Laina Claire Dunmore, who calls herself 'Skipper', took the helm last year.\n\n'I'm completely sure of it, and we will sail again in spring,' she told the Gazette.", "Laina Claire Dunmore", nil},
		{"a three-part name takes its gender from the given name it knows", "Laina Claire Dunmore said she would take the helm.\n\nHe claimed that she had no licence.\n\n'I'm completely sure of it, and we will sail again,' she told the Gazette.", "Laina Claire Dunmore", nil},
		{"a nickname that is also a newspaper's name", "Laina Claire Dunmore, who calls herself 'Times', took the helm last year.\n\nIn a statement, Times has said she will still sail, though 'a late delivery of sails held up the first trip this spring'.", "Laina Claire Dunmore", nil},
		{"the description a name was given just before it", "According to reporter Owen Tull, the skipper wanted the boat.\n\nThe reporter also said Ibbot feels \"it is a daft plan\" since he expects to outlive us all.", "Owen Tull", []string{"reporter"}},
		{"a relative clause after a role keeps the role", "The claims come from Owen Tull, a reporter who has spoken at length with Ibbot.\n\n“He has been played for a fool,” Tull said.", "Owen Tull", []string{"reporter"}},
		{"what the speaker is doing is no role", "In an interview last night, Bill Tanner, veering between tears and anger, vowed to “break all ties” with his children.", "Bill Tanner", nil},
		{"a role that opens with a word in -ing", "“We are open,” said Ada Holm, managing director of the port.", "Ada Holm", []string{"managing director of the port"}},
		{"a title a place's possessive qualifies, then the name", "“A fence across the harbour is not an answer, it is a threat,” said Norland’s prime minister, Tomas Vell.", "Tomas Vell", []string{"Norland’s prime minister"}},
		{"a title a place's possessive qualifies before the quote", "Norland's harbour master, Ada Holm, said: “The quay stays shut.”", "Ada Holm", []string{"Norland's harbour master"}},
		{"a contraction before the name is no title", "It's not unusual, Ada Holm, a tide scientist with Kessmouth University, told the Gazette.\n\n“We see this every decade,” Holm said.", "Ada Holm", []string{"tide scientist with Kessmouth University"}},
		{"a name and a nickname after a body's name are no role", "According to the Humane Society of Wexcombe Bay, Gull the \"Miracle Cat,\" was buried by its owners.", "Humane Society of Wexcombe Bay", nil},
		{"a body's name and the place it is in", "“The cat showed up alive!” the Humane Society of Wexcombe Bay in Norland told the Gazette.", "Humane Society of Wexcombe Bay", nil},
		{"a person and the town she is in", "“We sail at dawn,” Ada Holm in New Kessmouth said.", "Ada Holm", nil},
		{"an outlet's reporting", "The council spent “far more than it ever disclosed,” according to the Valley Herald.", "Valley Herald", []string{"news outlet"}},
	}
	runRoleCases(t, tests)
}

// roleCase is a text with one quotation, its speaker and the roles the
// speaker must be given.
type roleCase struct {
	name, text, speaker string
	roles               []string
}

// runRoleCases checks each case's one quotation, its speaker and roles.
func runRoleCases(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Extract(corroborate.Article{Text: tt.text}, Options{})
			if len(ms) != 1 || ms[0].Speaker == nil {
				t.Fatalf("Extract = %+v, want one quote with a speaker", ms)
			}
			sp := ms[0].Speaker
			if sp.Name != tt.speaker {
				t.Errorf("speaker = %q, want %q", sp.Name, tt.speaker)
			}
			if diff := cmp.Diff(tt.roles, sp.Roles); diff != "" {
				t.Errorf("roles mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
