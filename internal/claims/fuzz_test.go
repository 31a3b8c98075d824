package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

func FuzzFind(f *testing.F) {
	f.Add("The dam opened two gates on Monday, the board said. About 400 homes were warned.",
		"The dam opened three gates on Tuesday, the board said. About 4,000 homes were warned.",
		"The board denied that the dam opened any gates. Officials did not open the gates on Monday.")
	f.Add("Mayor Ada Rowe said the bridge would reopen on April 30.", "Mayor Ada Rowe said the bridge would reopen on March 30.", "")
	f.Add("Orrick has been accused of assault by Nella Vane. The fire was deliberate. The flu has killed more than 300 people, despite a vaccine.",
		"Vane has not accused him of anything. The fire was no accident. More than 300 people have died, saying nothing.",
		"Reports that the fire was set are false. She woke up after the drug wore off. Marrow denied that the city paid the ransom. that")
	f.Add("", "", "")
	f.Add("1 2 3 4 5 6 7 8 9 10 $4 million 4% 1,000,000 1.5bn", "one two 3 four 4.0 40 $4m", "Ünïcödé \xff\xfe 2026-13-45")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		if len(a)+len(b)+len(c) > 4096 {
			return // small stories keep each run fast
		}
		var arts []corroborate.Article
		for i, s := range []string{a, b, c} {
			arts = append(arts, corroborate.Article{ID: string(rune('a' + i)), Title: "T", Text: s, Sentences: text.Sentences(s)})
		}
		idx := map[string]int{"a": 0, "b": 1, "c": 2}
		inRange := func(what, id string, start, end int) {
			i, ok := idx[id]
			if !ok {
				t.Fatalf("%s names unknown article %q", what, id)
			}
			if start < 0 || start > end || end > len(arts[i].Text) {
				t.Fatalf("%s [%d,%d) out of range of article %s (%d bytes)", what, start, end, id, len(arts[i].Text))
			}
		}
		res := Find(arts, nil, Options{})
		ids := map[string]bool{}
		for _, cl := range res.Claims {
			if ids[cl.ID] {
				t.Fatalf("claim id %q twice", cl.ID)
			}
			ids[cl.ID] = true
			for _, s := range cl.Support {
				inRange("claim "+cl.ID+" support", s.Article, s.Start, s.End)
			}
			for _, s := range cl.Contradicts {
				inRange("claim "+cl.ID+" contradiction", s.Article, s.Start, s.End)
			}
		}
		for _, cf := range res.Conflicts {
			if len(cf.Sides) < 2 {
				t.Fatalf("conflict %q about %q has %d sides", cf.Kind, cf.About, len(cf.Sides))
			}
			for _, sd := range cf.Sides {
				for _, id := range sd.Articles {
					if _, ok := idx[id]; !ok {
						t.Fatalf("conflict side names unknown article %q", id)
					}
				}
			}
		}
		if diff := cmp.Diff(res, Find(arts, nil, Options{})); diff != "" {
			t.Fatalf("Find is not deterministic:\n%s", diff)
		}
	})
}
