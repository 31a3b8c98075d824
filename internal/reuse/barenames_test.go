package reuse

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// Broadcasters and papers known by a bare name are credited when a source
// speaks to them ("told ESPN", "told the NY Daily News"); "the Daily
// News" alone names no one paper and stays a name of unknown outlet.
func TestBareBroadcasterNamesAreCredited(t *testing.T) {
	body := "The Portmere Gulls signed a new keeper on Tuesday, the club said.\n\n" +
		"\"He saves everything,\" coach Ilse Varga told ESPN after the training session.\n\n" +
		"The keeper's agent told the NY Daily News that talks had lasted three weeks."
	res := Analyze([]corroborate.Article{mkArticle(t, "a", "Harbour Times", "", body)}, nil, Options{})
	if got := outletsOf(res.Credits[0]); !slices.Equal(got, []string{"ESPN", "New York Daily News"}) {
		t.Errorf("credits = %q, want [ESPN New York Daily News]", got)
	}
}
