package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestEventSaidAgain: a sentence near the top of its article that says
// again most of what another article's lead says (sharing saidWords
// content words at least) is redundant, whatever verb tells the event
// ("struck", which no event class folds); a second sentence of the same
// story that shares its names but tells other news is not.
func TestEventSaidAgain(t *testing.T) {
	const (
		lead  = "Kessel Ferries vessel K12 from Ardle was approaching Tarnport harbour on Sunday afternoon when what the captain believed to be a whale struck the front of the ship, the Tarnport coastguard said."
		again = "Crockery and glasses went flying in the crowded galley when a ferry entering Tarnport harbour from Ardle about noon was struck at the front by what the Tarnport coastguard believed was a whale."
		other = "The ferry company said on Sunday that the vessel would stay in dry dock in Ardle for a month while divers repair the hull."
	)
	arts := []corroborate.Article{
		{ID: "a", Text: lead + " None of the 40 passengers on board were hurt, the coastguard said."},
		{ID: "b", Text: "Harbour officials are asking how a whale came so close to a busy crossing. " + again},
		{ID: "c", Text: other + " Marine biologists said a young fin whale had been seen near the coast for a week."},
		{ID: "d", Text: "The ferry line reopened two hours later after divers checked the hull, the coastguard said."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(s string, lead float64) *candidate {
		c := &candidate{lead: lead}
		st.use(c, wordingOf{text: s})
		return c
	}
	first, second := mk(lead, 1), mk(again, 1/(1+weights.leadDecay))
	if !st.redundant(second, []*candidate{first}) {
		t.Errorf("redundant(%q after %q) = false, want the event said again", again, lead)
	}
	if st.redundant(mk(other, 1/(1+weights.leadDecay)), []*candidate{first}) {
		t.Errorf("redundant(%q after %q) = true, want news of its own", other, lead)
	}
}

// TestNamesAloneNotSaidAgain: two opening sentences that share a long name
// (a museum's, a person's) and the day, but tell different things of it,
// both stay, whether both open their articles or one comes second.
func TestNamesAloneNotSaidAgain(t *testing.T) {
	const (
		hug    = "At the opening of the Tarnport Maritime Museum on Saturday, photographers captured a warm embrace between former mayor Ada Vell and the harbour master, who had not spoken in years."
		speech = "Former Mayor Ada Vell was one of the featured speakers at Saturday's Tarnport Maritime Museum ceremony, recalling the fishing fleet lost in the storm of 1953."
	)
	arts := []corroborate.Article{
		{ID: "a", Text: hug + " The picture was shared thousands of times."},
		{ID: "b", Text: "Crowds queued for hours in the rain. " + speech},
		{ID: "c", Text: "The Tarnport Maritime Museum, opening on Saturday, holds ten thousand objects."},
		{ID: "d", Text: "Former mayor Ada Vell led the campaign to build the Tarnport Maritime Museum."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	// the speech second in its article, or first
	for _, lead := range []float64{1 / (1 + weights.leadDecay), 1} {
		one, two := &candidate{lead: 1}, &candidate{lead: lead}
		st.use(one, wordingOf{text: hug})
		st.use(two, wordingOf{text: speech})
		if st.redundant(two, []*candidate{one}) {
			t.Errorf("lead %.2f: redundant(%q after %q) = true, want the speech as news of its own", lead, speech, hug)
		}
	}
}
