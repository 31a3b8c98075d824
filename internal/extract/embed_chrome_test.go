package extract

import (
	"strings"
	"testing"
)

// A frame's fallback left with its tags in a plain text (an embedded
// post's stand-in) is listed as removed, tags and all gone from the text.
func TestFrameFallbackRemoved(t *testing.T) {
	kept := []string{
		"A ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"Nobody was hurt, and the ferry was towed back to the quay by noon.",
	}
	post := "Tweet: Ana Ros - The ferry hit the sandbar and everyone cheered. Very odd morning."
	in := "Ferry aground at Portmere\n\n" + kept[0] + "\n\n<noframe>" + post + "</noframe>\n\n" + kept[1] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{post}, kept)
	if containsAny(a.Text, "<noframe>", "</noframe>", "sandbar") {
		t.Errorf("fallback left in text: %q", a.Text)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
