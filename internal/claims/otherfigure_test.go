package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestOtherFigureIsNoSupport checks that an article telling the claim's
// event with another figure for the same thing is not listed among the
// articles stating the claim, while one giving the same figure in other
// words is.
func TestOtherFigureIsNoSupport(t *testing.T) {
	filler := " The harbour office opened an inquiry into the storm warnings. Fishing boats stayed in port for the rest of the week."
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued six fishermen off Orvell point on Monday night."+filler),
		article("b", "Tarn Courier", "Lifeboat crews rescued 6 fishermen off Orvell point on Monday night, the harbour master said."+filler),
		article("c", "Wexley Gazette", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night."+filler),
	}
	res := Find(arts, nil, Options{})
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, "rescued") {
			continue
		}
		var got []string
		for _, s := range c.Support {
			got = append(got, s.Article)
		}
		if strings.Join(got, " ") != "a b" {
			t.Errorf("claim %q: support %v, want [a b]", c.Text, got)
		}
		return
	}
	t.Fatalf("no claim of the rescue in %+v", res.Claims)
}
