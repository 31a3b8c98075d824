package stream_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/stream"
)

// Two fictional stories, three reports each, as plain text documents whose
// first line is the headline. Both leads name Harlow County officials, so
// that a low threshold joins them online.
var (
	lighthouse = []string{
		"Keepers reopen the Sable Point lighthouse\n\nHarlow County officials watched as the Sable Point lighthouse in Port Vennick shone again on Friday after a two-year restoration paid for by the Vennick Maritime Trust. Keeper Odra Lusk said the lantern room was rebuilt with the original brass frame.",
		"Sable Point lighthouse beam returns to Port Vennick\n\nHarlow County officials and Port Vennick fishermen cheered as the Sable Point lighthouse beam swept the harbour for the first time since the restoration began. The Vennick Maritime Trust said keeper Odra Lusk will give tours of the lantern room.",
		"Trust counts the cost of the lighthouse restoration\n\nHarlow County officials heard the Vennick Maritime Trust say the Sable Point lighthouse restoration cost more than planned because the brass lantern frame needed new glass. Keeper Odra Lusk thanked Port Vennick donors.",
	}
	cheese = []string{
		"Dairy workers strike before the Drummel cheese fair\n\nHarlow County officials said workers at the Drummel Creamery Cooperative walked out on Thursday, days before the Drummel cheese fair, demanding higher wages. Union organiser Teodor Brask said the cooperative refused to meet them.",
		"Drummel cheese fair in doubt as creamery strike goes on\n\nHarlow County officials warned that the Drummel cheese fair may open without local cheese as the strike at the Drummel Creamery Cooperative entered its third day. Teodor Brask said the union would picket the fairground.",
		"Creamery and union talk as the Drummel fair opens\n\nHarlow County officials looked on as the Drummel Creamery Cooperative and the union led by Teodor Brask began talks to end the strike while the Drummel cheese fair opened with cheese trucked in from other valleys.",
	}
)

// regroupDocs interleaves the two stories: lighthouse 1, cheese 1, ...
func regroupDocs() ([]corroborate.Document, map[string]string) {
	var docs []corroborate.Document
	topic := map[string]string{} // source -> story
	for i := range lighthouse {
		for _, st := range []struct {
			name string
			text string
		}{{"lighthouse", lighthouse[i]}, {"cheese", cheese[i]}} {
			src := fmt.Sprintf("%s-%d.txt", st.name, i+1)
			docs = append(docs, corroborate.Document{Source: src, Format: "text", Body: []byte(st.text)})
			topic[src] = st.name
		}
	}
	return docs, topic
}

// storiesOf returns the stored stories and, for each, the topics of its
// articles; it checks each article is in one story.
func storiesOf(t *testing.T, ctx context.Context, s corroborate.StreamStore, topic map[string]string) map[string][]string {
	t.Helper()
	sums, err := s.StorySummaries(ctx, time.Time{}, corroborate.Page{Limit: 100})
	if err != nil {
		t.Fatalf("StorySummaries: %v", err)
	}
	out := map[string][]string{}
	seen := map[string]string{}
	for _, sum := range sums {
		arts, err := s.StoryArticles(ctx, sum.ID)
		if err != nil {
			t.Fatalf("StoryArticles(%s): %v", sum.ID, err)
		}
		if len(arts) != sum.Articles {
			t.Errorf("story %s: %d articles, count says %d", sum.ID, len(arts), sum.Articles)
		}
		for _, a := range arts {
			if prev, dup := seen[a.Source]; dup {
				t.Errorf("%s is in %s and %s", a.Source, prev, sum.ID)
			}
			seen[a.Source] = sum.ID
			out[sum.ID] = append(out[sum.ID], topic[a.Source])
		}
	}
	if len(seen) != len(topic) {
		t.Errorf("%d articles in stories, want %d", len(seen), len(topic))
	}
	return out
}

// wantApart checks that each stored story holds one topic, and each topic
// is in one story.
func wantApart(t *testing.T, stories map[string][]string) {
	t.Helper()
	home := map[string]string{}
	for id, topics := range stories {
		for _, tp := range topics {
			if tp != topics[0] {
				t.Errorf("story %s holds %v; want one story each", id, topics)
				break
			}
			if h, ok := home[tp]; ok && h != id {
				t.Errorf("%s is in stories %s and %s; want one story", tp, h, id)
			}
			home[tp] = id
		}
	}
}

// ingestTwo ingests the two stories through a worker clustering with opt,
// and checks that the stored stories hold them apart, one story each.
func ingestTwo(t *testing.T, s corroborate.StreamStore, opt cluster.Options) (*stream.Worker, map[string][]string, []corroborate.Document) {
	t.Helper()
	ctx := t.Context()
	docs, topic := regroupDocs()
	if _, err := s.Enqueue(ctx, "b", docs); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	w := stream.NewWorker(s, stream.Options{ID: "w", Cluster: opt})
	t.Cleanup(w.Close)
	drain(t, ctx, s, w)
	stories := storiesOf(t, ctx, s, topic)
	if len(stories) != 2 {
		t.Fatalf("%d stories after ingest (%v), want the two stories, apart", len(stories), stories)
	}
	wantApart(t, stories)
	return w, stories, docs
}

func TestRegroupSplitsStoredStory(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			// Online, every article joins the first story.
			w, stories, _ := ingestTwo(t, s, cluster.Options{Threshold: 0.001})
			st := w.Stats()
			if st.Stories != 1 || st.Moved != 3 {
				t.Errorf("stats %+v: want 1 story opened online and 3 articles moved", st)
			}
			// The story opened by the split says why its articles are there.
			var opened string
			for id := range stories {
				as, err := s.StoryAssignments(ctx, id)
				if err != nil {
					t.Fatalf("StoryAssignments(%s): %v", id, err)
				}
				if len(as) != len(stories[id]) {
					t.Errorf("story %s: %d assignments for %d articles", id, len(as), len(stories[id]))
				}
				if len(as) > 0 && strings.HasPrefix(as[0].Explanation, "regrouped: split from ") {
					opened = id
					for _, a := range as {
						if !strings.HasPrefix(a.Explanation, "regrouped: split from ") {
							t.Errorf("story %s: %s explained %q, want regrouped: split from ...", id, a.ArticleID, a.Explanation)
						}
					}
					if !as[0].New {
						t.Errorf("story %s: first assignment not New: %+v", id, as[0])
					}
				}
			}
			if opened == "" {
				t.Errorf("no story explains its articles with regrouped: split from ...")
			}
			c, err := s.StreamCounts(ctx, "b")
			if err != nil || c.Stories != 2 {
				t.Errorf("StreamCounts = %+v, %v; want 2 stories", c, err)
			}
		})
	}
}

func TestRegroupJoinsStoredPieces(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			// Online, every article opens a story.
			w, stories, docs := ingestTwo(t, s, cluster.Options{Threshold: 0.99, MergeThreshold: 0.99})
			st := w.Stats()
			if st.Stories != int64(len(docs)) || st.Moved != int64(len(docs)-2) {
				t.Errorf("stats %+v: want %d stories opened online and %d articles moved", st, len(docs), len(docs)-2)
			}
			// The stories left are those of the first articles; the others
			// are gone.
			var ids []string
			for id := range stories {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			for _, d := range docs[2:] {
				closed := stream.StoryID(articleID(t, ctx, s, d.Source))
				as, err := s.StoryAssignments(ctx, closed)
				if err != nil || len(as) != 0 {
					t.Errorf("the closed story of %s still lists %d assignments (%v)", d.Source, len(as), err)
				}
				if _, err := s.Story(ctx, closed); corroborate.ErrorCode(err) != corroborate.ENotFound {
					t.Errorf("Story(%s), closed by the regrouping: %v, want not found", closed, err)
				}
			}
			for _, id := range ids {
				as, err := s.StoryAssignments(ctx, id)
				if err != nil {
					t.Fatalf("StoryAssignments(%s): %v", id, err)
				}
				for i, a := range as {
					if i > 0 && !strings.HasPrefix(a.Explanation, "regrouped: moved from ") {
						t.Errorf("story %s: %s explained %q, want regrouped: moved from ...", id, a.ArticleID, a.Explanation)
					}
				}
			}
		})
	}
}

// articleID finds the id of the article extracted from source.
func articleID(t *testing.T, ctx context.Context, s corroborate.StreamStore, source string) string {
	t.Helper()
	items, err := s.StreamItems(ctx, "b", corroborate.ItemDone, 100)
	if err != nil {
		t.Fatalf("StreamItems: %v", err)
	}
	for _, it := range items {
		if it.Doc.Source == source {
			return it.ArticleID
		}
	}
	t.Fatalf("no done item from %s", source)
	return ""
}
