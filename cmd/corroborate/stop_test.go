package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/text"
)

// stopArticles is n fictional articles on one story, long enough that
// their dossier takes well over the moment a cancel needs.
func stopArticles(n int) []corroborate.Article {
	arts := make([]corroborate.Article, n)
	for i := range arts {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Ferry %d stops at Oskel\n\n", i)
		for j := range 12 {
			fmt.Fprintf(&sb, "The ferry number %d to Oskel will stop on day %d, said harbour master Mara Tulle %d. ", i, j, i%7)
			fmt.Fprintf(&sb, "\u201cWe cannot pay crew %d any longer,\u201d she said on Tuesday %d.\n\n", j, i)
		}
		t := sb.String()
		arts[i] = corroborate.Article{ID: fmt.Sprintf("ferry-%03d", i), Title: fmt.Sprintf("Ferry %d stops at Oskel", i), Text: t, Sentences: text.Sentences(t)}
	}
	return arts
}

// TestBuildUnlessStopped: a dossier whose context has ended returns the
// context's error at once, while the build of 300 articles, which takes
// seconds, runs out in the background; a live one returns the dossier.
func TestBuildUnlessStopped(t *testing.T) {
	arts := stopArticles(300)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, err := buildUnlessStopped(ctx, arts, dossier.Options{}); !errors.Is(err, context.Canceled) || d != nil {
		t.Errorf("cancelled: dossier %v, error %v; want none and context.Canceled", d != nil, err)
	}
	d, err := buildUnlessStopped(context.Background(), arts[:3], dossier.Options{})
	if err != nil || d == nil || len(d.Articles) != 3 {
		t.Fatalf("live context: error %v, dossier %v; want a dossier of 3 articles", err, d != nil)
	}
}
