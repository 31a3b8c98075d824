package reuse

import (
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// fictionalPool is a tiny pool of made-up articles, two of them in one
// story, with quotations for quote-only cases.
func fictionalPool(t *testing.T) []Source {
	t.Helper()
	texts := []struct{ id, group, body string }{
		{"a1", "g1", `The river at Millbrook rose three feet overnight after two days of heavy rain in the hills.
Emergency crews moved forty families from the low streets near the old mill before dawn on Sunday.
"We knocked on every door twice to make sure nobody was left behind," fire chief Lena Morris said.
The water reached the steps of the town library but did not enter the building, staff said.
Forecasters expect the river to fall slowly over the next three days if the rain holds off.
The county has opened the high school gym as a shelter and is serving hot meals until Wednesday.`},
		{"a2", "g2", `A bakery in Greystone has sold the same rye loaf for ninety years without changing the recipe.
The owner, Tomas Reyes, inherited the starter dough from his grandmother in the spring of 1989.
"People drive two hours for this bread and I would never dare to touch the recipe," Reyes said.
The shop opens at five in the morning and usually sells out of rye before nine o'clock.
Last month a film crew spent a week in the kitchen making a short documentary about the loaf.
Reyes says he plans to teach the recipe to his niece, who started working at the counter in June.`},
		{"a3", "g3", `The city council of Ashford approved a new bus route that will link the train station to the hospital.
Buses will run every fifteen minutes during the day and every half hour after eight in the evening.
"Nurses have asked for this route for years because the late shifts end after the last bus," councillor Ruth Adeyemi said.
The route will cost the city about two million dollars a year, paid partly by a state transport grant.
Construction of six new shelters along the route is expected to begin in early autumn.
A public meeting on the timetable will be held at the town hall on the first Monday of next month.`},
		{"a4", "g4", `Volunteers counted more than two hundred species of birds in the Harlow wetlands during the annual survey.
The count was the highest since the survey began in 1974, organisers of the weekend event said.
"The new reed beds planted five years ago are finally paying off for the waders," ecologist Priya Nair said.
Rare visitors included a pair of spoonbills and a bittern heard booming near the northern pond.
The wetlands trust hopes the results will help its bid for a national conservation grant.
Next year's survey will add a night count of owls for the first time in the event's history.`},
	}
	var pool []Source
	for _, x := range texts {
		s, ok := newSource(x.id, x.group, x.body)
		if !ok {
			t.Fatalf("newSource(%s) rejected a usable text", x.id)
		}
		pool = append(pool, s)
	}
	return pool
}

func TestGenerateReproducible(t *testing.T) {
	pool := fictionalPool(t)
	a, b := Generate(pool, 40, 7), Generate(pool, 40, 7)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("Generate is not reproducible for one seed (-first +second):\n%s", diff)
	}
	if c := Generate(pool, 40, 8); cmp.Equal(a, c) {
		t.Errorf("Generate gave the same cases for seeds 7 and 8")
	}
	if d := Generate(pool, 10, 7); !cmp.Equal(a[:10], d) {
		t.Errorf("case i changed when n changed")
	}
}

func TestGeneratedGold(t *testing.T) {
	pool := fictionalPool(t)
	types := map[string]int{}
	for _, c := range Generate(pool, 200, 3) {
		types[c.Type]++
		text := map[string]string{}
		for _, a := range c.Articles {
			text[a.ID] = a.Text
		}
		if c.Type == "quote-only" && len(c.Gold) != 0 {
			t.Errorf("%s: quote-only case has gold reuse %v", c.ID, c.Gold)
		}
		for _, g := range c.Gold {
			body, ok := text[g.To]
			if !ok || text[g.From] == "" {
				t.Fatalf("%s: gold pair %s → %s names missing articles", c.ID, g.From, g.To)
			}
			for _, r := range g.Ranges {
				if r[0] < 0 || r[1] > len(body) || r[0] >= r[1] {
					t.Fatalf("%s: gold range %v outside %s (%d bytes)", c.ID, r, g.To, len(body))
				}
				// Verbatim but for a first letter a credit frame may lower.
				if c.Type == "verbatim" && !strings.Contains(text[g.From], body[r[0]+1:r[1]]) {
					t.Errorf("%s: verbatim gold text %q is not in the origin", c.ID, body[r[0]:r[1]])
				}
			}
		}
	}
	for _, ct := range caseTypes {
		if types[ct.name] == 0 {
			t.Errorf("no %s case in 200", ct.name)
		}
	}
}

func TestScoreCase(t *testing.T) {
	body := "Own words here. Copied words from the origin stay. More own words."
	start := strings.Index(body, "Copied")
	end := strings.Index(body, " More")
	c := Case{
		Articles: []corroborate.Article{{ID: "o", Text: "Copied words from the origin stay. And more."}, {ID: "c", Text: body}, {ID: "x", Text: "Other text."}},
		Gold:     []GoldPair{{From: "o", To: "c", Ranges: [][2]int{{start, end}}}},
	}
	gold := wordBytes(body, [][2]int{{start, end}})
	tests := []struct {
		name       string
		pred       []corroborate.Reuse
		tp, fp, fn int
		dir        string
	}{
		{"exact", []corroborate.Reuse{{From: "o", To: "c", Passages: []corroborate.Passage{{From: [2]int{0, 33}, To: [2]int{start, end}}}}}, gold, 0, 0, "ok"},
		{"reversed", []corroborate.Reuse{{From: "c", To: "o", Passages: []corroborate.Passage{{From: [2]int{start, end}, To: [2]int{0, 33}}}}}, gold, 0, 0, "wrong"},
		{"too long", []corroborate.Reuse{{From: "o", To: "c", Passages: []corroborate.Passage{{From: [2]int{0, 33}, To: [2]int{0, end}}}}}, gold, wordBytes(body, [][2]int{{0, start}}), 0, "ok"},
		{"nothing", nil, 0, 0, gold, "missed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, tally := scoreCase(c, tt.pred)
			p := pairs[0] // o, c
			if p.TP != tt.tp || p.FP != tt.fp || p.FN != tt.fn || p.Direction != tt.dir {
				t.Errorf("score = tp %d fp %d fn %d %s, want tp %d fp %d fn %d %s", p.TP, p.FP, p.FN, p.Direction, tt.tp, tt.fp, tt.fn, tt.dir)
			}
			if tally.Pairs != 1 || tally.Negatives != 2 {
				t.Errorf("tally: %d pairs, %d negatives; want 1 and 2", tally.Pairs, tally.Negatives)
			}
		})
	}
	_, tally := scoreCase(c, []corroborate.Reuse{{From: "o", To: "x", Passages: []corroborate.Passage{{From: [2]int{0, 6}, To: [2]int{0, 5}}}}})
	if tally.Spurious != 1 || tally.FP != float64(wordBytes("Other text.", [][2]int{{0, 5}})) {
		t.Errorf("reuse on a negative pair: spurious %d, fp %.0f; want 1 and the predicted word bytes", tally.Spurious, tally.FP)
	}
}

func TestLoadSourcesSplits(t *testing.T) {
	const dir = "../../../../shared/bench"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SKIP (loud): %s not found; this test needs ../shared", dir)
	}
	dev, err := LoadSources(dir, SplitDev)
	if err != nil {
		t.Fatal(err)
	}
	test, err := LoadSources(dir, SplitTest)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range dev {
		seen[s.ID] = true
	}
	for _, s := range test {
		if seen[s.ID] {
			t.Fatalf("%s is in both the dev and the test split", s.ID)
		}
	}
	if len(dev) == 0 || len(test) == 0 {
		t.Errorf("splits: %d dev and %d test sources, want both non-empty", len(dev), len(test))
	}
	if _, err := LoadSources(dir, "train"); err == nil {
		t.Errorf("LoadSources(split %q) = nil error, want one", "train")
	}
}
