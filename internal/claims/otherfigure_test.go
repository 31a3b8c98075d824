package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// rescueFiller follows the rescue in each article of the tests below.
const rescueFiller = " The harbour office opened an inquiry into the storm warnings. Fishing boats stayed in port for the rest of the week."

// TestOtherFigureIsNoSupport checks that an article telling the claim's
// event with another figure for the same thing is not listed among the
// articles stating the claim, while one giving the same figure in other
// words is.
func TestOtherFigureIsNoSupport(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued six fishermen off Orvell point on Monday night."+rescueFiller),
		article("b", "Tarn Courier", "Lifeboat crews rescued 6 fishermen off Orvell point on Monday night, the harbour master said."+rescueFiller),
		article("c", "Wexley Gazette", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night."+rescueFiller),
	}
	if got := rescueSupport(t, arts); got != "a b" {
		t.Errorf("the rescue's support is %q, want \"a b\"", got)
	}
}

// rescueSupport is the articles supporting the claim of the rescue in
// arts, space-separated.
func rescueSupport(t *testing.T, arts []corroborate.Article) string {
	t.Helper()
	res := Find(arts, nil, Options{})
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, "rescued") {
			continue
		}
		var got []string
		for _, s := range c.Support {
			got = append(got, s.Article)
		}
		return strings.Join(got, " ")
	}
	t.Fatalf("no claim of the rescue in %+v", res.Claims)
	return ""
}

// TestOtherFigureLeaderInMinority checks that when the article wording the
// claim gives the minority figure, the claim is not supported by the
// articles giving the other figure while contradicted by its own wording
// article.
func TestOtherFigureLeaderInMinority(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night."+rescueFiller),
		article("b", "Tarn Courier", "Lifeboat crews rescued six fishermen off Orvell point on Monday night, the harbour master said."+rescueFiller),
		article("c", "Wexley Gazette", "Lifeboat crews rescued 6 fishermen off Orvell point late on Monday night."+rescueFiller),
	}
	checkMinorityFigure(t, arts)
	// a tie: two articles give each figure
	arts = append(arts[:1], article("d", "Orvell Times", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night, the coastguard said."+rescueFiller), arts[1], arts[2])
	checkMinorityFigure(t, arts)
}

func checkMinorityFigure(t *testing.T, arts []corroborate.Article) {
	t.Helper()
	res := Find(arts, nil, Options{})
	found := false
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, "rescued") {
			continue
		}
		found = true
		sup := map[string]bool{}
		for _, s := range c.Support {
			sup[s.Article] = true
		}
		for _, a := range c.Contradicts {
			if sup[a.Article] {
				t.Errorf("claim %q: article %s both supports and contradicts it", c.Text, a.Article)
			}
		}
		if strings.Contains(c.Text, "nine") && (sup["b"] || sup["c"]) {
			t.Errorf("claim %q (nine) supported by the articles saying six: %+v", c.Text, c.Support)
		}
		if c.Origins > len(c.Support) {
			t.Errorf("claim %q: origins %d for %d supports", c.Text, c.Origins, len(c.Support))
		}
	}
	if !found {
		t.Fatalf("no claim of the rescue in %+v", res.Claims)
	}
}

// TestOtherYearOfAnotherEvent checks that two years of different events
// ("built in 1998" / "refitted in 2011") are not two figures for one
// thing: the article still states the claim.
func TestOtherYearOfAnotherEvent(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued six fishermen from the trawler Merel, built in 1998, off Orvell point on Monday night."+rescueFiller),
		article("b", "Tarn Courier", "Lifeboat crews rescued six fishermen from the trawler Merel, refitted in 2011, off Orvell point on Monday night."+rescueFiller),
	}
	if got := rescueSupport(t, arts); got != "a b" {
		t.Errorf("the rescue's support is %q, want \"a b\"", got)
	}
}

// TestOtherDateOfOneEvent checks that a date placed elsewhere in the
// sentence is still a date of the same event ("sank off Orvell point on
// 3 March" / "sank on 4 March off Orvell point"): another figure, so no
// support.
func TestOtherDateOfOneEvent(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued six fishermen off Orvell point on 3 March."+rescueFiller),
		article("b", "Tarn Courier", "Lifeboat crews rescued six fishermen on 4 March off Orvell point."+rescueFiller),
	}
	if got := rescueSupport(t, arts); got != "a" && got != "b" {
		t.Errorf("the rescue's support is %q, want one article", got)
	}
}

// TestComparableFigure checks which figures are compared within a claim:
// those the figure conflicts compare and by which a sentence gives another
// figure than the claim's.
func TestComparableFigure(t *testing.T) {
	for _, tc := range []struct {
		in, fig string // fig: the figure's surface
		want    bool
	}{
		{"Crews rescued six fishermen on Monday.", "six fishermen", true},
		{"Crews rescued more than six fishermen.", "six fishermen", false},
		{"Crews rescued at least six fishermen.", "six fishermen", false},
		{"Crews rescued about six fishermen.", "six fishermen", true},
		{"Crews rescued five or six fishermen.", "six fishermen", false},
		{"Crews rescued six fishermen and nine fishermen.", "six fishermen", false},
		{"Crews rescued six fishermen on Monday.", "Monday", false},
		{"Crews rescued six fishermen on 3 March.", "3 March", true},
	} {
		toks := tokenize(tc.in, 0, len(tc.in))
		figs := figures(tc.in, toks)
		i := slices.IndexFunc(figs, func(f figure) bool { return f.surface == tc.fig })
		if i < 0 {
			t.Fatalf("figures(%q) = %+v: no %q", tc.in, figs, tc.fig)
		}
		if got := comparableFigure(figs[i], figs); got != tc.want {
			t.Errorf("comparableFigure(%q in %q) = %v, want %v", tc.fig, tc.in, got, tc.want)
		}
		if got := slices.Contains(comparableFigures(figs), figs[i]); got != tc.want {
			t.Errorf("comparableFigures(%q) holds %q = %v, want %v", tc.in, tc.fig, got, tc.want)
		}
	}
}

// TestSameFiguresLeadArticleWithoutFigure: when the lead's own article
// first gives a sentence with no figure and the reference moves to another
// article's figure, that sentence is still a candidate: read as the
// reference, every article agrees and none is left out.
func TestSameFiguresLeadArticleWithoutFigure(t *testing.T) {
	unitOf := func(art int, s string) unit {
		toks := tokenize(s, 0, len(s))
		return unit{art: art, toks: toks, figs: figures(s, toks)}
	}
	st := &story{units: []unit{
		unitOf(0, "Crews rescued six fishermen off Orvell point."),
		unitOf(1, "Crews rescued eight fishermen off Orvell point."),
		unitOf(2, "Crews rescued fishermen off Orvell point."),
		unitOf(2, "Crews rescued seven fishermen off Orvell point."),
	}}
	st.groups = []group{{units: []int{3}}, {units: []int{0}}, {units: []int{1}}, {units: []int{2}}}
	first := map[int]int{0: 0, 1: 1, 2: 2}
	if got := st.sameFigures(&cluster{leader: 0}, first); len(got) != 3 {
		t.Fatalf("sameFigures = %v, want all of %v", got, first)
	}
}
