package reuse_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/text"
)

// fictional: two outlets carry one account of a ferry strike, neither
// dated, credited or datelined: which copied which is unsure.
const ferryShared = `The ferry crews of Lanmouth walked off the job on Thursday morning, stranding hundreds of commuters on the wrong side of the Orrin estuary as talks over night-shift pay broke down for a third time.

Union organiser Petra Vasquez-Lind said the crews had waited eleven months for an answer on overtime rates and would not return until the harbour board put a written offer on the table.

The harbour board said in a statement that it regretted the disruption and had proposed an independent mediator, an idea the union rejected as a delaying tactic.`

var ferryArticles = []struct{ id, outlet, tail string }{
	{"estuary-gazette", "Estuary Gazette", `

Queues stretched past the old customs house by eight o'clock, where a handful of water taxis charged triple fares to anyone willing to pay them.`},
	{"lanmouth-echo", "Lanmouth Echo", `

A second walkout is planned for Monday unless the two sides agree to meet before the weekend, according to a notice posted at the terminal gates.`},
}

// An edge whose direction the stage cannot tell says "unsure" in the
// dossier JSON, and the text report says the same of it.
func TestUnsureDirectionInJSONAndReport(t *testing.T) {
	var arts []corroborate.Article
	for _, a := range ferryArticles {
		body := ferryShared + a.tail
		arts = append(arts, corroborate.Article{ID: a.id, Text: body, Sentences: text.Sentences(body), Outlet: corroborate.StrPtr(a.outlet)})
	}
	d := dossier.Build(arts, dossier.Options{})
	if len(d.Reuse) != 1 {
		t.Fatalf("want one reuse edge, got %d", len(d.Reuse))
	}
	js, err := json.Marshal(d.Reuse[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"direction":"unsure"`) {
		t.Errorf("reuse JSON %s: want \"direction\":\"unsure\"", js)
	}
	var b strings.Builder
	if err := report.Text(&b, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ", unsure.") {
		t.Errorf("text report does not call the direction unsure:\n%s", b.String())
	}
}
