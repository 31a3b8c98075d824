package dossier

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// A report that quotes a sentence of another article of the story, inside
// quotation marks, and gives it to that article's author, reuses it with
// credit: the dossier has the edge, credited, and a claim the two state
// only through that quotation counts one origin, not two.
func TestQuotedAuthorIsOneOrigin(t *testing.T) {
	post := corroborate.Article{ID: "post", Byline: []string{"Maren Tollund"}, Text: "Last night I sat in the tent at Corvel Meadows and watched the rehearsal of our closing show, and I have never been prouder of this team.\n\n" +
		"The council asked us on Monday to cut the last night of the festival short. I understand the worry about the noise, but every permit we hold was granted in the spring and nothing in the programme has changed since then. We will keep the final concert and we will finish it by eleven, as we always have.\n\n" +
		"I want to thank the volunteers who have built the stages in the rain this week."}
	report := corroborate.Article{ID: "report", Byline: []string{"Ivo Brask"}, Text: "The Corvel Meadows festival has refused a request from the town council to cancel its closing night after residents complained about noise.\n\n" +
		"Councillors voted on Monday to ask the organisers to end the event a day early. Maren Tollund, who founded the festival, answered on its website.\n\n" +
		"\"I understand the worry about the noise, but every permit we hold was granted in the spring and nothing in the programme has changed since then,\" Tollund wrote. \"We will keep the final concert and we will finish it by eleven, as we always have.\"\n\n" +
		"A spokesman for the council said it would review the permits next year."}
	d := Build([]corroborate.Article{post, report}, Options{})
	if len(d.Reuse) != 1 || d.Reuse[0].From != "post" || !d.Reuse[0].Credited {
		t.Fatalf("reuse %+v, want post -> report, credited", d.Reuse)
	}
	found := false
	for _, c := range d.Claims {
		if len(c.Support) == 2 {
			found = true
			if c.Origins != 1 {
				t.Errorf("claim %q: %d origins, want 1", c.Text, c.Origins)
			}
		}
	}
	if !found {
		t.Errorf("no claim stated by both: %+v", d.Claims)
	}
}
