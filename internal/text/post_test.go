package text

import "testing"

func TestPostSignoff(t *testing.T) {
	for s, want := range map[string]bool{
		"— Harbor Watch (@harborwatch) May 2, 2019":              true,
		"pic.twitter.com/abc — Quay News (@quaynews) 4 May 2020": true,
		"Published May 2, 2019, 10:05 am":                        false,
		"Write to ana@harbor.example with tips":                  false,
	} {
		if got := PostSignoff(s); got != want {
			t.Errorf("PostSignoff(%q) = %v, want %v", s, got, want)
		}
	}
}
