package dossier

import (
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// storyOf reads fictional records (id, outlet, byline, published, text)
// as articles.
func storyOf(t *testing.T, recs [][5]string) []corroborate.Article {
	t.Helper()
	arts := make([]corroborate.Article, len(recs))
	for i, r := range recs {
		when, err := time.Parse(time.RFC3339, r[3])
		if err != nil {
			t.Fatal(err)
		}
		arts[i] = corroborate.Article{ID: r[0], Outlet: corroborate.StrPtr(r[1]), Byline: []string{r[2]}, Time: when, Text: r[4]}
	}
	return arts
}

// tunnelStory: a column (a1) quotes the mayor it argues against; a report
// (b1) quotes the column, credited to its author, and the mayor too, from
// a press conference; two more reports quote the mayor.
var tunnelStory = [][5]string{
	{"a1", "Harbor Ledger", "Dana Whitfield", "2026-03-01T09:00:00Z",
		"The Tarnmouth harbour tunnel will drain the city budget for a generation and leave the old ferries to rot at their moorings. The council has promised that tolls will cover the cost, but no toll road in this province has ever paid for itself. I have sat on the finance committee for eleven years and I have never seen a project so poorly costed. Residents of the east bank deserve a reliable ferry, not a concrete tube that will open five years late. The vote on Thursday should reject the tunnel and fund three new ferries instead. Mayor Ilse Varga insists that \"this tunnel connects the east bank to jobs, schools and hospitals in under ten minutes, and it will pay for itself within thirty years.\" It will not."},
	{"b1", "Coastline Post", "Pau Serra", "2026-03-02T09:00:00Z",
		"Tarnmouth council will vote on Thursday on the proposed harbour tunnel, a project estimated at 410 million crowns. Critics have lined up against the plan. \"The Tarnmouth harbour tunnel will drain the city budget for a generation and leave the old ferries to rot at their moorings,\" Dana Whitfield wrote in the Harbor Ledger. Mayor Ilse Varga defended the tunnel on Monday. \"This tunnel connects the east bank to jobs, schools and hospitals in under ten minutes, and it will pay for itself within thirty years,\" Varga said at a press conference. The council's transport committee approved the design in January by seven votes to four."},
	{"c1", "Tarn Evening News", "Mira Kallio", "2026-03-02T09:00:00Z",
		"The vote on the Tarnmouth harbour tunnel on Thursday has split the council and the city. \"I have never seen a project so poorly costed,\" said former finance committee member Dana Whitfield, who opposes the tunnel. Mayor Ilse Varga said the project was vital. \"This tunnel connects the east bank to jobs, schools and hospitals in under ten minutes, and it will pay for itself within thirty years,\" she said. The tunnel would run 2.4 kilometres under the harbour and carry four lanes of traffic, according to council documents."},
	{"d1", "Provincial Wire", "Jon Berg", "2026-03-03T09:00:00Z",
		"Tarnmouth councillors decide on Thursday whether to build a 410-million-crown tunnel under the harbour. Mayor Ilse Varga backs the project, saying the tunnel connects the east bank to jobs, schools and hospitals. Opponents, led by columnist and former councillor Dana Whitfield, want three new ferries instead. The transport committee approved the design in January."},
}

// fireStory: a report (b2) quotes the fire chief; a later brief (a2),
// under a namesake's byline, gives the same words unquoted.
var fireStory = [][5]string{
	{"b2", "Marlow Gazette", "Sofie Dahl", "2026-06-10T08:00:00Z",
		"A fire destroyed a furniture warehouse on the Marlow industrial estate overnight. \"The blaze started in the loading bay shortly after midnight and spread to the roof within twenty minutes, and by the time our first crews arrived the building could not be saved,\" fire chief Tomas Lind said. No one was inside the building. Police have closed Quay Road while crews damp down the site."},
	{"a2", "Regional Roundup", "Tomas Lind", "2026-06-10T14:00:00Z",
		"A furniture warehouse in Marlow burned down overnight. The blaze started in the loading bay shortly after midnight and spread to the roof within twenty minutes, and by the time the first crews arrived the building could not be saved, the fire service said. Nobody was hurt."},
	{"c2", "Marlow Radio", "Nils Ek", "2026-06-10T09:00:00Z",
		"Quay Road in Marlow is closed after a large fire at a furniture warehouse on the industrial estate. Crews from three stations fought the fire through the night. Police advise drivers to avoid the area until the evening."},
}

// A quotation given to another article's author links the two by the
// author's words only: the mayor's words, which the column and the report
// both quote, are no copy of the column, and the report keeps its origin.
func TestQuotedAuthorLinksByTheAuthorsWordsOnly(t *testing.T) {
	d := Build(storyOf(t, tunnelStory), Options{})
	for _, r := range d.Reuse {
		if r.To == "b1" && !r.Credited {
			t.Errorf("reuse %s -> %s (%.0f%%) not credited: the report credits the column's author for its words", r.From, r.To, 100*r.Shared)
		}
	}
	if d.Story.Origins != 4 {
		t.Errorf("story origins %d, want 4: quoting a column does not make a report its copy", d.Story.Origins)
	}
}

// clinicStory: a columnist's report (a3) gives the minister's words
// unquoted; a report the same day (b3) quotes them, given to "Ros" alone,
// whom the quotes stage merges into the columnist another report (c3)
// quotes by her full name.
var clinicStory = [][5]string{
	{"a3", "Vell Herald", "Ana Ros", "2026-05-01T08:00:00Z",
		"The health minister told parliament on Wednesday that the Vell clinic will close its maternity ward by the end of June and move all births to the regional hospital in Sornes. Minister Ros said the ward had delivered fewer than two hundred babies last year and could no longer keep enough midwives on call. Families in the valley will face a drive of more than an hour to reach Sornes."},
	{"b3", "Sornes Tidende", "Eli Brun", "2026-05-01T10:00:00Z",
		"The government has confirmed the closure of the maternity ward in Vell. \"The Vell clinic will close its maternity ward by the end of June and move all births to the regional hospital in Sornes,\" Ros told parliament. Opposition members walked out of the chamber in protest. The regional hospital in Sornes will add four beds to its maternity unit."},
	{"c3", "Valley Post", "Kari Holm", "2026-05-01T12:00:00Z",
		"Midwives in Vell say the closure of the maternity ward puts mothers at risk. \"Nobody in the ministry has driven that pass in January,\" said Ana Ros, the Vell Herald health columnist, who has covered the clinic for a decade. Health minister Pau Ros announced the closure in parliament on Wednesday. A petition against the closure has gathered nine thousand signatures."},
	{"d3", "National Wire", "Tor Lie", "2026-05-01T11:00:00Z",
		"Health minister Pau Ros announced on Wednesday that the maternity ward at the Vell clinic will close at the end of June. Births will move to the regional hospital in Sornes, more than an hour's drive away. The opposition called the decision a betrayal of rural families."},
}

// No text is made the origin of words it did not give first: a text
// published after the report quoting the same words, though its byline is
// the speaker's name (fireStory, a2), and a columnist's report whose byline
// the quotes stage merged a surname into (clinicStory: "Ros" told
// parliament, the minister, not the columnist Ana Ros).
func TestQuotedAuthorNoFalseOrigin(t *testing.T) {
	for _, c := range []struct {
		name     string
		story    [][5]string
		from, to string // to "" is any article
	}{
		{"a brief published six hours later", fireStory, "a2", ""},
		{"a surname merged into a byline", clinicStory, "a3", "b3"},
	} {
		d := Build(storyOf(t, c.story), Options{})
		for _, r := range d.Reuse {
			if r.From == c.from && (c.to == "" || r.To == c.to) {
				t.Errorf("%s: reuse %s -> %s is made the quoted origin", c.name, r.From, r.To)
			}
		}
	}
}
