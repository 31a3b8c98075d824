package claims

import (
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/seedtest"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// loadSeeds reads the seed reports through ingest and extraction; each
// article's ID is its file's three-digit prefix.
func loadSeeds(tb testing.TB) []corroborate.Article { return seedtest.Articles(tb) }

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("CLAIMS_DUMP") == "" {
		t.Skip("set CLAIMS_DUMP=1 to print the seeds' claims")
	}
	arts := loadSeeds(t)
	r := Find(arts, nil, Options{})
	for _, c := range r.Claims {
		t.Logf("%s o=%d %v\n   %s", c.ID, c.Origins, supportIDs(c), c.Text)
		for _, s := range c.Support {
			t.Logf("      %s: %s", s.Article, arts[idxOf(arts, s.Article)].Text[s.Start:s.End])
		}
	}
	for _, c := range r.Conflicts {
		t.Logf("CONFLICT %s about=%q sides=%v note=%s", c.Kind, c.About, c.Sides, c.Note)
	}
}

func supportIDs(c corroborate.Claim) []string {
	var out []string
	for _, s := range c.Support {
		out = append(out, s.Article)
	}
	return out
}

func idxOf(arts []corroborate.Article, id string) int {
	for i, a := range arts {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// TestSeeds checks the bar on the five seed reports: the money / not-money
// disagreement is found, the deadline is one claim stated by every article
// that gives it, and no other fact conflict is invented.
func TestSeeds(t *testing.T) {
	arts := loadSeeds(t)
	r := Find(arts, nil, Options{})
	var money []corroborate.Conflict
	for _, c := range r.Conflicts {
		if c.Kind == "negation" && len(c.Sides) == 2 && strings.Contains(c.Sides[0].Value, "provides money") && strings.Contains(c.Sides[1].Value, "not money") {
			money = append(money, c)
			continue
		}
		t.Errorf("unexpected conflict %s %q %v", c.Kind, c.About, c.Sides)
	}
	if len(money) != 1 {
		t.Fatalf("money / not-money conflicts = %d, want 1", len(money))
	}
	if diff := cmp.Diff([][]string{{"000", "003"}, {"004"}}, [][]string{money[0].Sides[0].Articles, money[0].Sides[1].Articles}); diff != "" {
		t.Errorf("money conflict sides (-want +got):\n%s", diff)
	}
	found := false
	for _, c := range r.Claims {
		var ids []string
		dated := 0
		for _, s := range c.Support {
			ids = append(ids, s.Article)
			sent := strings.Join(strings.Fields(arts[idxOf(arts, s.Article)].Text[s.Start:s.End]), " ") // 000 has a no-break space
			if strings.Contains(sent, "Aug. 18") || strings.Contains(sent, "August 18") {
				dated++
			}
		}
		if dated > 0 {
			found = true
			if diff := cmp.Diff([]string{"000", "003", "004"}, ids); diff != "" || dated != len(ids) {
				t.Errorf("deadline claim %q: %d of %d dated; support (-want +got):\n%s", c.Text, dated, len(ids), diff)
			}
		}
	}
	if !found {
		t.Error("no deadline claim")
	}
}
