package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Words between the shared passages that are web addresses (a widget's
// leftover links) are no text the other article left out: they give no
// direction.
func TestGapJunkIsNoDirection(t *testing.T) {
	p1 := "The skipper Ivo Marsh ended his contract when the Lenna Ferry Company sold its last steamship, which had carried mail and cattle across the bay for sixty years."
	p2 := "\"I was proud to steer her and sad to see her go to a scrapyard in the south,\" Marsh told the Harbour Star on Sunday evening."
	tests := []struct{ name, gap string }{
		{"leftover widget links", "http://feeds.lenna-example.com/xmlpublisher/fetch.v2.xml?option=expand_relative_urls&id=691977 " +
			"http://www.harbour-example.com/mm_track/popscene/music/?s_channel=us.harbour&omni=1 " +
			"http://cdn.lenna-example.com/cs_feed_v1_6/csfeedwrapper.swf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corroborate.Article{
				mkArticle(t, "a", "", "", p1+" "+p2),
				mkArticle(t, "b", "", "", p1+"\n\n"+tt.gap+"\n\n"+p2),
			}
			res := Analyze(arts, nil, Options{})
			if len(res.Reuse) != 1 {
				t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
			}
			for _, e := range res.Reuse[0].Evidence {
				if strings.Contains(e, "between the shared passages") {
					t.Errorf("evidence %q counts the gap's words as left out", e)
				}
			}
		})
	}
}
