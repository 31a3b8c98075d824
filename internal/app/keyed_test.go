package app_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
)

// TestKeyedCreateAcrossProcesses checks that an idempotent creation holds
// beyond one process's memory: a retry through another App over the same
// store (another server process, or this one restarted) answers with the
// story the first request made; two processes racing with one key make
// one story; another client's key makes its own; other uploads under the
// key are refused by the process that answered it and make their own
// story elsewhere.
func TestKeyedCreateAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	store := openStore(t, dir)
	first, restarted := app.New(store, app.Options{}), app.New(store, app.Options{})
	ups := []app.Upload{{Name: "wire.txt", Body: []byte(wire)}, {Name: "lock.txt", Body: []byte(nameArticle(3))}}
	key := app.Create{Key: "otters-1", Client: "newsroom"}

	made, replayed, err := first.CreateStory(t.Context(), ups, key)
	if err != nil || replayed {
		t.Fatalf("first creation: replayed %v, %v", replayed, err)
	}
	again, replayed, err := restarted.CreateStory(t.Context(), ups, key)
	if err != nil {
		t.Fatal(err)
	}
	if !replayed || again.Story.ID != made.Story.ID || !slices.Equal(again.Added, made.Added) {
		t.Errorf("retry through another process = story %s, added %v, replayed %v; want story %s, added %v, replayed",
			again.Story.ID, again.Added, replayed, made.Story.ID, made.Added)
	}
	if n := countStories(t, store); n != 1 {
		t.Errorf("%d stories after a retry, want 1", n)
	}

	other, replayed, err := restarted.CreateStory(t.Context(), ups, app.Create{Key: "otters-1", Client: "another desk"})
	if err != nil || replayed || other.Story.ID == made.Story.ID {
		t.Errorf("another client's key answered with the first story (%s, replayed %v, %v)", other.Story.ID, replayed, err)
	}
	if _, _, err := restarted.CreateStory(t.Context(), ups[:1], key); corroborate.ErrorCode(err) != corroborate.EConflict {
		t.Errorf("other uploads under a key this process answered: %v, want a conflict", err)
	}
	changed, replayed, err := app.New(store, app.Options{}).CreateStory(t.Context(), ups[:1], key)
	if err != nil || replayed || changed.Story.ID == made.Story.ID {
		t.Errorf("other uploads under the key answered with the first story (%s, replayed %v, %v)", changed.Story.ID, replayed, err)
	}

	// Two processes send one request at once: one story, both answers name it.
	race := []app.Upload{{Name: "lock.txt", Body: []byte(nameArticle(7))}}
	racer := app.Create{Key: "locks-7", Client: "newsroom"}
	ids := make([]string, 4)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _, err := app.New(store, app.Options{}).CreateStory(t.Context(), race, racer)
			if err != nil {
				t.Error(err)
				return
			}
			ids[i] = res.Story.ID
		}()
	}
	wg.Wait()
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Errorf("racing creations answered stories %v, want one", ids)
			break
		}
	}
	if n := countStories(t, store); n != 4 {
		t.Errorf("%d stories, want 4 (first, another client's, other uploads, the raced one)", n)
	}
}

func countStories(t *testing.T, store corroborate.Store) int {
	t.Helper()
	infos, err := store.Stories(context.Background(), corroborate.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	return len(infos)
}
