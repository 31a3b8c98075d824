package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Words between the shared passages that are web addresses (a widget's
// leftover links) or page furniture (share buttons, a newsletter prompt,
// which the other page may carry elsewhere) are no text the other article
// left out: they give no direction.
func TestGapJunkIsNoDirection(t *testing.T) {
	p1 := "The skipper Ivo Marsh ended his contract when the Lenna Ferry Company sold its last steamship, which had carried mail and cattle across the bay for sixty years."
	p2 := "\"I was proud to steer her and sad to see her go to a scrapyard in the south,\" Marsh told the Harbour Star on Sunday evening."
	tests := []struct{ name, gap, tail string }{
		{"leftover widget links", "http://feeds.lenna-example.com/xmlpublisher/fetch.v2.xml?option=expand_relative_urls&id=691977 " +
			"http://www.harbour-example.com/mm_track/popscene/music/?s_channel=us.harbour&omni=1 " +
			"http://cdn.lenna-example.com/cs_feed_v1_6/csfeedwrapper.swf", ""},
		{"a newsletter prompt both pages carry", "Share this story on Facebook and Twitter.\n\nSign up for our newsletter to get the best ferry and harbour news in your inbox every single morning before work.",
			"\n\nSign up for our newsletter to get the best ferry and harbour news in your inbox every single morning before work."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corroborate.Article{
				mkArticle(t, "a", "", "", p1+" "+p2+tt.tail),
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

// Page furniture inside a shared passage on one side (share buttons
// between two paragraphs the other prints together) does not make that
// side's version of the passages the longer.
func TestPassageJunkIsNoLength(t *testing.T) {
	p1 := "The skipper Ivo Marsh ended his contract when the Lenna Ferry Company sold its last steamship, which had carried mail and cattle across the bay for sixty years."
	p2 := "He said he was proud to steer her and sad to see her go to a scrapyard in the south, and that he would now run a cafe by the pier."
	arts := []corroborate.Article{
		mkArticle(t, "a", "", "", p1+" "+p2),
		mkArticle(t, "b", "", "", p1+"\n\nShare this: Email\n\n"+p2),
	}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	for _, e := range res.Reuse[0].Evidence {
		if strings.Contains(e, "longer version") {
			t.Errorf("evidence %q counts the share buttons as more of the text", e)
		}
	}
}
