// Package streamtest holds what the stream's tests and benchmarks share:
// fictional news documents generated from a seed. Every name, place and
// event in the generated text is invented.
package streamtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
)

var (
	towns = []string{"Marrowford", "Quillhaven", "Brackenmoor", "Saltrey", "Dunmerrow", "Velloport", "Ashcombe Vale",
		"Harwick Cross", "Ostermere", "Pellingham", "Corvane", "Tillsby", "Rookhallow", "Emberleigh", "Gannet Bay",
		"Wyndle", "Fernhold", "Kestrel Point", "Lowenbridge", "Sorrel Hill", "Yarrowdale", "Thistlewick", "Mossbank",
		"Orrin Falls", "Glenhask", "Brinmoor", "Calder Reach", "Pickerel", "Hollins Ford", "Starrow"}
	people = []string{"Edda Palvik", "Tomas Wrenley", "Ines Okonkwo-Hale", "Ravi Castellane", "Marguerite Fenn",
		"Oskar Delmont", "Priya Vantongeren", "Hollis Abernath", "Yusuf Kettering", "Greta Sandoval-Pike",
		"Caspian Moyo", "Liesl Harrowgate", "Dmitri Ashwood", "Nadia Quarrington", "Felix Obuya", "Rosalind Tresco",
		"Bram Ettinger", "Solenne Varga", "Idris Pemberton", "Maren Cutler", "Anselm Gracey", "Tova Lindqvist-Reyes",
		"Wendell Okafor", "Clio Barraclough", "Jasper Nunnally", "Odile Featherstone", "Kofi Brennagh", "Sunniva Holt",
		"Lazlo Penhallow", "Agnes Mbatha"}
	bodies = []string{"Water Board", "Harbour Authority", "Transit Cooperative", "School District", "Fire Brigade",
		"Orchard Growers Union", "Library Trust", "Ferry Company", "Housing Council", "Power Cooperative"}
	events = []struct{ what, did, cause string }{
		{"footbridge", "closed the old footbridge", "cracks found in two support piers"},
		{"ferry service", "halted the evening ferry", "a fault in the engine cooling"},
		{"reservoir", "ordered households to boil water", "a burst main near the reservoir"},
		{"school roof", "moved classes to the town hall", "storm damage to the school roof"},
		{"grain silo", "evacuated the mill district", "smoke from a smouldering grain silo"},
		{"tram line", "suspended the harbour tram line", "a signal failure at the depot"},
		{"orchard frost", "opened an emergency fund for growers", "a late frost that hit the orchards"},
		{"library flood", "shut the central library", "a flooded basement archive"},
		{"power outage", "set up charging tents in the square", "a substation fire"},
		{"landslip", "closed the coast road", "a landslip after heavy rain"},
	}
	outlets = []string{"The Valley Ledger", "Coastline Courier", "Northern Gazette", "Metro Dispatch", "County Herald", "Evening Lantern"}
)

// Doc is one generated article and the story it belongs to.
type Doc struct {
	corroborate.Document
	Story int
}

// Stories returns n fictional stories of per articles each, interleaved as
// a stream would bring them (all of story 0's first article, ...), as JSON
// documents with a title, outlet, publication date and text. The same seed
// gives the same documents.
func Stories(seed uint64, n, per int) []Doc {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	start := time.Date(2031, 3, 2, 6, 0, 0, 0, time.UTC)
	var out []Doc
	for j := range per {
		for k := range n {
			out = append(out, article(r, k, j, start.Add(time.Duration(j*n+k)*7*time.Minute)))
		}
	}
	return out
}

func article(r *rand.Rand, k, j int, at time.Time) Doc {
	town := towns[k%len(towns)]
	who := people[(k*7+3)%len(people)]
	aide := people[(k*11+5)%len(people)]
	body := town + " " + bodies[k%len(bodies)]
	ev := events[k%len(events)]
	if k >= len(towns) {
		town = fmt.Sprintf("%s %d", town, k/len(towns)+1)
	}
	count := 40 + (k*37)%900
	day := 3 + k%20
	facts := []string{
		fmt.Sprintf("The %s %s on Tuesday after %s, officials said.", body, ev.did, ev.cause),
		fmt.Sprintf("\"We will not take chances with people's safety,\" said %s, who chairs the %s.", who, body),
		fmt.Sprintf("About %d residents of %s are affected, according to the %s.", count, town, body),
		fmt.Sprintf("%s said engineers would report by March %d.", aide, day),
		fmt.Sprintf("The %s in %s was last inspected four years ago.", ev.what, town),
		fmt.Sprintf("Residents of %s queued at the community hall on Wednesday for updates.", town),
		fmt.Sprintf("\"This is the worst week we have had,\" %s told reporters in %s.", aide, town),
		fmt.Sprintf("The council of %s will meet on March %d to discuss the %s.", town, day+1, ev.what),
	}
	r.Shuffle(len(facts)-1, func(a, b int) { facts[a+1], facts[b+1] = facts[b+1], facts[a+1] })
	keep := facts[:4+r.IntN(4)]
	outlet := outlets[(k+j)%len(outlets)]
	title := fmt.Sprintf("%s: %s after %s", town, strings.ToUpper(ev.did[:1])+ev.did[1:], ev.cause)
	if j%2 == 1 {
		title = fmt.Sprintf("%s in %s: %s speaks", strings.ToUpper(ev.what[:1])+ev.what[1:], town, who)
	}
	text := strings.Join(keep, " ") + fmt.Sprintf("\n\nReporting by %s staff (%d).", outlet, j)
	return Doc{Story: k, Document: corroborate.Document{
		Source:    fmt.Sprintf("gen:%d/%d", k, j),
		Format:    "text",
		Body:      []byte(title + "\n\n" + text),
		Outlet:    outlet,
		Title:     title,
		Published: at.Format(time.RFC3339),
	}}
}

// Documents returns the documents of ds.
func Documents(ds []Doc) []corroborate.Document {
	out := make([]corroborate.Document, len(ds))
	for i, d := range ds {
		out[i] = d.Document
	}
	return out
}
