package claims

import (
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
	"github.com/google/go-cmp/cmp"
)

// article builds a test article the way the pipeline does: sentences split
// by the text package.
func article(id, outlet, body string) corroborate.Article {
	return corroborate.Article{ID: id, Outlet: corroborate.StrPtr(outlet), Text: body, Sentences: text.Sentences(body)}
}

// harbor is a fictional story of four reports with planted conflicts and
// look-alikes that must not be flagged.
func harbor() []corroborate.Article {
	return []corroborate.Article{
		article("a", "Coastal Wire", `PORT ARDEN — A fire at the Kessel Street warehouse destroyed 42 homes on March 3, county officials said.

Fire Chief Dana Whitlock said crews had the blaze under control by Tuesday evening.

Four firefighters were treated for smoke inhalation at Arden General Hospital.

The state relief fund provides money to rebuild the homes, Governor Ellen Marsh said.

Port Arden is a sanctuary city, and many of the displaced families are immigrants.

Residents must apply for help by Aug. 18.`),
		article("b", "Valley Herald", `A fire at the Kessel Street warehouse destroyed 45 homes on Mar. 3, county officials said.

Fire Chief Dana Whitlock said crews had the blaze under control by Tuesday evening.

4 firefighters were treated for smoke inhalation at Arden General Hospital.

Residents have until August 18 to apply for help from the county.

About 40 families are staying with relatives.`),
		article("c", "Arden Ledger", `A fire at the Kessel Street warehouse destroyed 42 homes on March 4, county officials said.

Fire Chief Robert Lyle said crews had the blaze under control by Tuesday evening.

Firefighters were treated for smoke inhalation at Arden General Hospital.

The state relief fund offers rebuilding advice to the families, though not money, Governor Ellen Marsh said.

Twelve trucks from three counties fought the blaze.`),
		article("d", "Bay Times", `Port Arden is not a sanctuary city, Mayor Tom Reyes said on Wednesday.

Mayor Reyes denied that the families had been turned away.

The blaze at the Kessel Street warehouse destroyed homes on March 3.

Some 46 families were staying with relatives.`),
	}
}

// conflictSummary is a conflict reduced to what a test compares: its kind
// and, per side, the articles.
type conflictSummary struct {
	Kind  string
	Sides []string
}

func summarize(cs []corroborate.Conflict) []conflictSummary {
	var out []conflictSummary
	for _, c := range cs {
		s := conflictSummary{Kind: string(c.Kind)}
		for _, sd := range c.Sides {
			s.Sides = append(s.Sides, strings.Join(sd.Articles, ","))
		}
		sort.Strings(s.Sides)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return strings.Join(out[i].Sides, "|") < strings.Join(out[j].Sides, "|")
	})
	return out
}

func TestFindPlantedConflicts(t *testing.T) {
	r := Find(harbor(), nil, Options{})
	got := summarize(r.Conflicts)
	want := []conflictSummary{
		{Kind: "date", Sides: []string{"a,b,d", "c"}},
		{Kind: "name", Sides: []string{"a,b", "c"}},
		{Kind: "negation", Sides: []string{"a", "c"}},
		{Kind: "negation", Sides: []string{"a", "d"}},
		{Kind: "number", Sides: []string{"a,c", "b"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		for _, c := range r.Conflicts {
			t.Logf("%s %q %v %s", c.Kind, c.About, c.Sides, c.Note)
		}
		t.Fatalf("conflicts (-want +got):\n%s", diff)
	}
	for _, c := range r.Conflicts {
		if c.About == "" || c.Note == "" {
			t.Errorf("conflict %s %v: empty about or note", c.Kind, c.Sides)
		}
		for _, sd := range c.Sides {
			if sd.Value == "" {
				t.Errorf("conflict %s: side without value", c.Kind)
			}
		}
	}
}

func TestConflictValues(t *testing.T) {
	r := Find(harbor(), nil, Options{})
	values := map[string][]string{}
	for _, c := range r.Conflicts {
		var vs []string
		for _, sd := range c.Sides {
			vs = append(vs, sd.Value)
		}
		values[string(c.Kind)] = append(values[string(c.Kind)], strings.Join(vs, " / "))
	}
	tests := []struct {
		kind, want string
	}{
		{"number", "42 homes / 45 homes"},
		{"date", "March 3 / March 4"},
		{"name", "Dana Whitlock / Robert Lyle"},
	}
	for _, tc := range tests {
		found := false
		for _, v := range values[tc.kind] {
			if v == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s conflict values = %q, want one %q", tc.kind, values[tc.kind], tc.want)
		}
	}
}

func TestFindAlignsParaphrases(t *testing.T) {
	r := Find(harbor(), nil, Options{})
	tests := []struct {
		name     string
		contains string // a phrase of one supporting sentence
		want     []string
	}{
		{"deadline, Aug. 18 = August 18", "apply for help by", []string{"a", "b"}},
		{"four = 4, and a bare plural", "smoke inhalation", []string{"a", "b", "c"}},
		{"fire with different figures", "Kessel Street warehouse destroyed 42", []string{"a", "b", "c", "d"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := harbor()
			for _, c := range r.Claims {
				hit := false
				var ids []string
				for _, s := range c.Support {
					ids = append(ids, s.Article)
					if strings.Contains(arts[idxOf(arts, s.Article)].Text[s.Start:s.End], tc.contains) {
						hit = true
					}
				}
				if hit {
					if diff := cmp.Diff(tc.want, ids); diff != "" {
						t.Errorf("support of %q (-want +got):\n%s", c.Text, diff)
					}
					return
				}
			}
			t.Errorf("no claim supported by a sentence containing %q", tc.contains)
		})
	}
}

func TestSupportRangesAreSentences(t *testing.T) {
	arts := harbor()
	r := Find(arts, nil, Options{})
	if len(r.Claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range r.Claims {
		for _, s := range c.Support {
			if !isSentence(arts, s) {
				t.Errorf("claim %s: support %s [%d,%d) is not a sentence of the article", c.ID, s.Article, s.Start, s.End)
			}
		}
	}
}

func TestOriginsFromReuse(t *testing.T) {
	arts := harbor()
	// b copied its smoke-inhalation sentence from a: one origin for that claim
	sp := arts[1].Sentences[2]
	ap := arts[0].Sentences[3]
	reuse := []corroborate.Reuse{{From: "a", To: "b", Passages: []corroborate.Passage{{From: [2]int{ap.Start, ap.End}, To: [2]int{sp.Start, sp.End}}}}}
	r := Find(arts, reuse, Options{})
	for _, c := range r.Claims {
		if !strings.Contains(c.Text, "smoke inhalation") {
			continue
		}
		if len(c.Support) != 3 || c.Origins != 2 {
			t.Fatalf("smoke claim: %d articles, %d origins; want 3 articles, 2 origins", len(c.Support), c.Origins)
		}
		// the deadline claim is not in the reused passage: a and b stay independent
		for _, c2 := range r.Claims {
			if strings.Contains(c2.Text, "apply for help") && c2.Origins != 2 {
				t.Errorf("deadline claim origins = %d, want 2", c2.Origins)
			}
		}
		// b takes more than a third of its text from a: it counts with a
		// for every claim, as for the story's origins
		reuse[0].Shared = 0.5
		for _, c2 := range Find(arts, reuse, Options{}).Claims {
			if strings.Contains(c2.Text, "apply for help") && c2.Origins != 1 {
				t.Errorf("deadline claim origins = %d with b a heavy copy of a, want 1", c2.Origins)
			}
		}
		return
	}
	t.Fatal("no smoke-inhalation claim")
}

func TestNoConflictsInAgreeingStory(t *testing.T) {
	arts := []corroborate.Article{
		article("x", "One", "The council approved four new parks on Monday.\n\nMayor Lena Ortiz said the parks will open by June 1."),
		article("y", "Two", "On Monday the council approved 4 new parks.\n\nThe parks will open by June 1, said Mayor Lena Ortiz."),
		article("z", "Three", "The council approved new parks on Monday, officials said.\n\nMayor Ortiz said the parks will open by 1 June, not later."),
	}
	r := Find(arts, nil, Options{})
	if len(r.Conflicts) != 0 {
		for _, c := range r.Conflicts {
			t.Errorf("invented conflict: %s %v: %s", c.Kind, c.Sides, c.Note)
		}
	}
	if len(r.Claims) < 2 {
		t.Errorf("claims = %d, want the parks and the opening date", len(r.Claims))
	}
}

func TestFindEmptyAndSingle(t *testing.T) {
	if r := Find(nil, nil, Options{}); len(r.Claims) != 0 || len(r.Conflicts) != 0 {
		t.Errorf("Find(nil) = %d claims, %d conflicts; want none", len(r.Claims), len(r.Conflicts))
	}
	r := Find([]corroborate.Article{article("solo", "", "The bridge reopened on Friday after repairs. Traffic was light.")}, nil, Options{})
	if len(r.Claims) != 1 || r.Claims[0].Support[0].Article != "solo" {
		t.Errorf("single article: claims = %+v, want its one substantial sentence", r.Claims)
	}
}

func TestNegationAbout(t *testing.T) {
	r := Find(harbor(), nil, Options{})
	var abouts []string
	for _, c := range r.Conflicts {
		if c.Kind == "negation" {
			abouts = append(abouts, c.About)
		}
	}
	sort.Strings(abouts)
	want := []string{"whether Port Arden is a sanctuary city", "whether it provides money"}
	if diff := cmp.Diff(want, abouts); diff != "" {
		t.Errorf("negation abouts (-want +got):\n%s", diff)
	}
}

// isSentence reports whether s is exactly one sentence of its article.
func isSentence(arts []corroborate.Article, s corroborate.ClaimSupport) bool {
	for _, sp := range arts[idxOf(arts, s.Article)].Sentences {
		if sp.Start == s.Start && sp.End == s.End {
			return true
		}
	}
	return false
}

func TestUnbalancedQuotes(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`The ferry crews have now gone back to Tarn Harbour."`, true},
		{`'Even if the ferry stops, I will still row you across every morning.`, true},
		{`Then I asked who had heard 'slow' used as an insult, and every hand went up.'`, true},
		{`“The docks will open in May,” harbourmaster Ilse Brandt said.`, false},
		{`He said the docks would open in May and called it "a fresh start" for Tarn.`, false},
		{`The teachers' union said you're welcome to the ferry's new deck in the '90s style.`, false},
		{`Brandt called the plan 'a fresh start' for the town's ferry crews.`, false},
		{`She told the crowd: “The docks will open in May.`, true},
	} {
		if got := UnbalancedQuotes(c.s); got != c.want {
			t.Errorf("UnbalancedQuotes(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
