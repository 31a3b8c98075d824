package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// countWith counts the summary sentences holding any of words.
func countWith(texts []string, words ...string) int {
	n := 0
	for _, s := range texts {
		for _, w := range words {
			if strings.Contains(s, w) {
				n++
				break
			}
		}
	}
	return n
}

// TestClashToldOnce: three outlets lead with one clash at a hearing in
// words of their own ("got into a heated argument ..., clashing", "faced
// off with", "embroiled in a heated back-and-forth"). The summary tells
// the clash once.
func TestClashToldOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Port Minister Oskar Lind and Senator Vera Hale got into a heated argument at a Senate harbour committee hearing on Tuesday, clashing over whether money from the Coastal Fund was used for the risky dredging of the Tarn estuary.

Questions remain about who approved the dredging, which the fishing unions blame for the loss of the estuary's oyster beds.`,
		`Rhetorical sparks flew yet again on Tuesday when Senator Vera Hale faced off with Minister Oskar Lind over the harbour budget crisis.

The Kessmouth senator, a former oyster farmer, has pressed the ministry for two years to publish its survey of the estuary.`,
		`Port Minister Oskar Lind once again found himself embroiled in a heated back-and-forth with Senator Vera Hale during a Tuesday Senate hearing, this time over claims that he let the Coastal Fund pay for the Tarn dredging.

The ministry's accounts for the dredging have not been published since the work began in the spring.`)
	checkVerbatim(t, d)
	got := texts2(d.Summary)
	if n := countWith(got, "clashing", "faced off", "back-and-forth"); n != 1 {
		t.Errorf("summary tells the clash %d times, want once:\n%s", n, texts(d))
	}
}

// TestSearchResumedToldOnce: one outlet leads with the search resumed
// after what was left of a collapsed hotel was brought down; another
// leads with the demolition and says next that teams are expected to
// resume the search once it is complete. The summary tells the demolition
// and the search once.
func TestSearchResumedToldOnce(t *testing.T) {
	d := story(t, dossier.Options{},
		`Search crews resumed their work after the still-standing part of the collapsed Marisol Hotel in Varn was brought down using explosives on Sunday night.

The demolition took place just after 10 p.m., nine days after the collapse of the hotel's east wing that left 14 people dead and 30 still missing, county officials said.`,
		`What was left of the Marisol Hotel after its collapse has been demolished by crews using explosives, after warnings that a coming storm could topple it onto the rescuers.

Rescue teams are expected to resume the search for survivors once the demolition is complete at the Marisol Hotel in Varn.

No one has been found alive in the rubble since the first day after the collapse.`,
		`Rescuers were cleared to go back to work at the collapsed hotel in Varn after crews set off a row of charges that toppled the rest of the building in a cloud of dust.

Crews at once began to clear the new debris so that rescuers could reach the hotel's underground car park.`)
	checkVerbatim(t, d)
	got := texts2(d.Summary)
	if n := countWith(got, "demolished", "brought down", "resume the search", "resumed their work"); n != 1 {
		t.Errorf("summary tells the demolition and the search %d times, want once:\n%s", n, texts(d))
	}
}

// TestReplyBesideQuestion: two outlets lead with the question a reporter
// asked the president; a third gives her reply. The reply does not
// contradict the question (what the question asks is no statement), so
// the summary gives both.
func TestReplyBesideQuestion(t *testing.T) {
	d := story(t, dossier.Options{},
		`President Ada Holm sparred Wednesday with a reporter who asked what makes her confident that Chancellor Rolf Marrow will keep the fishing truce.

The exchange came at the end of Holm's news conference after her first meeting with Marrow in Kessmouth.`,
		`President Ada Holm sparred on Wednesday with a reporter who asked what makes her confident that Chancellor Rolf Marrow will keep the fishing truce.

The two leaders met for three hours at the old customs house in Kessmouth.`,
		`President Ada Holm has apologised after snapping at a reporter at a news conference that followed her meeting with Chancellor Rolf Marrow on Wednesday.

Asked why she was “confident” that Mr Marrow would keep the truce by the Gazette’s Lena Ott, Ms Holm appeared irritated, responding: “I’m not confident.”

Holm later told reporters she should not have been so short with the Gazette.`)
	checkVerbatim(t, d)
	got := texts2(d.Summary)
	if countWith(got, "asked what makes her confident") != 1 {
		t.Fatalf("summary lacks the question:\n%s", texts(d))
	}
	if countWith(got, "not confident") != 1 {
		t.Errorf("summary gives the question and not the reply:\n%s", texts(d))
	}
}

// TestSynopsisBesideTheNews: an actor turns against a film. Beside the
// news and the director's reply stands the film's synopsis, which tells
// its plot and never names the actor every other article names. No
// sentence of the synopsis is in the summary.
func TestSynopsisBesideTheNews(t *testing.T) {
	d := story(t, dossier.Options{},
		`Actor Tom Vell has distanced himself from the coming release "Night Harbour 2" because of its violent content.

Tom Vell plays Captain Grey in "Night Harbour 2," a smuggler who lets his crew beat a customs officer.

Vell wrote on his website that recent events had changed his heart about the film.

"Night Harbour 2" is due out in cinemas on Sept. 12.

No word yet on whether Vell will join the premiere in Kessmouth.`,
		`Director Ines Marlow said on Thursday that she respected Tom Vell's decision but stood by "Night Harbour 2."

Marlow said Vell had read the script twice before he signed on and had praised its ending.

The studio has not said whether it will change the film's posters, which show Vell at the helm.`,
		`After the smugglers' bold escape inspires a new wave of harbour gangs, led by the ruthless Captain Grey, young Pip joins them on the night boats.

When the gangs are hunted down by the customs cutter Resolve, only the fearless deckhand Maud can save the crews from ruin.

With no one left to turn to, Pip joins forces with the Tide Runners, led by a reformed pirate named Captain Grey.

Just as they start to win the river back, the Resolve's captain sets a trap of his own.`)
	checkVerbatim(t, d)
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "Pip") || strings.Contains(s.Text, "Maud") || strings.Contains(s.Text, "Tide Runners") || strings.Contains(s.Text, "smugglers' bold escape") {
			t.Errorf("summary tells the synopsis's plot: %q\n%s", s.Text, texts(d))
		}
	}
}
