package ui_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/view"
)

// damStory is three fictional reports of one event and, when stray is
// set, one of an unrelated event among them.
func damStory(stray bool) *corroborate.Dossier {
	arts := []corroborate.Article{
		{ID: "d1", Title: "Orlan dam opens spillway as reservoir nears the brim", Text: "Engineers at the Orlan dam opened its spillway gates on Sunday after a week of rain filled the Tessaly reservoir to within a metre of the brim. Farms below the dam in the Orlan valley were told to move livestock to higher ground. The regional water board said the release would last three days."},
		{ID: "d2", Title: "Tessaly reservoir spills over; Orlan valley farms warned", Text: "The water board opened the Orlan dam's spillway on Sunday as the Tessaly reservoir rose after days of heavy rain. Valley farmers were warned to move their animals away from the river. The release is expected to continue for three days, the board said."},
		{ID: "d3", Title: "Spillway gates opened at Orlan dam", Text: "Heavy rain pushed the Tessaly reservoir close to its limit and engineers opened the spillway of the Orlan dam on Sunday. The water board asked farms downstream in the Orlan valley to shift livestock and expects to keep the gates open for three days."},
	}
	if stray {
		arts = append(arts, corroborate.Article{ID: "d4", Title: "Quillon wins the Brasmere chess open", Text: "Grandmaster Anika Quillon won the Brasmere chess open on Saturday with a quiet endgame against the defending champion, Pavel Drost. Quillon, who learned the game in her uncle's bakery, finished a full point ahead of the field and takes home the silver rook trophy. \"I played every game as if it were the last,\" Quillon said."})
	}
	return dossier.Build(arts, dossier.Options{SummarySentences: 10})
}

// TestOffTopicOnEverySurface checks that an article of another story
// among a story's reports is named off topic, with the reason, on the
// text report, Markdown, the HTML export and the web page, and marked
// where it is cited; and that a story of one event says nothing of it.
func TestOffTopicOnEverySurface(t *testing.T) {
	d := damStory(true)
	off := d.Articles[3]
	if !off.OffTopic {
		t.Fatalf("the chess report among the dam reports is not flagged off topic")
	}
	for _, s := range d.Summary {
		if len(s.Cites) == 1 && s.Cites[0] == off.ID {
			t.Errorf("the summary tells %q from the article off topic alone", s.Text)
		}
	}
	// The summary leaves out what only the article off topic says; a
	// dossier may still cite it (stored before, or shared wording), and
	// every surface must mark that citation: one is added by hand.
	cited := "Grandmaster Anika Quillon won the Brasmere chess open on Saturday with a quiet endgame against the defending champion, Pavel Drost."
	d.Summary = append(d.Summary, corroborate.SummarySentence{Text: cited, Cites: []string{off.ID},
		Spans: []corroborate.ClaimSupport{{Article: off.ID, Start: 0, End: len(cited)}}})
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	citedMarked := regexp.MustCompile(strings.Join(strings.Fields(regexp.QuoteMeta(cited)), `\s+`) + `\s.{0,60}?` + view.OffTopicTag)
	ref := regexp.QuoteMeta(view.New(d).Source(off.ID).Ref())
	quoteMarked := regexp.MustCompile(`as if it were the.{0,80}?` + ref + `\W{0,3}` + view.OffTopicTag)
	reason := strings.Join(strings.Fields(regexp.QuoteMeta(off.OffTopicReason)), `\s+`)
	for surface, text := range renderSurfaces(t, d, js) {
		if !regexp.MustCompile(ref + `\s+` + reason).MatchString(text) {
			t.Errorf("%s: the reason %s is off topic is missing", surface, off.ID)
		}
		if !strings.Contains(text, "Off topic: 1 article shares little with the rest of the story.") {
			t.Errorf("%s: the off-topic head is missing", surface)
		}
		if !quoteMarked.MatchString(text) {
			t.Errorf("%s: the quotation of the article off topic is not marked %s", surface, view.OffTopicTag)
		}
		if !citedMarked.MatchString(text) {
			t.Errorf("%s: the summary sentence of the article off topic is not marked %s", surface, view.OffTopicTag)
		}
	}
	d = damStory(false)
	js, err = json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for surface, text := range renderSurfaces(t, d, js) {
		if strings.Contains(strings.ToLower(text), view.OffTopicTag) {
			t.Errorf("%s: a story of one event says off topic", surface)
		}
	}
}
