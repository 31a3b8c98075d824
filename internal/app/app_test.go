package app_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/corroborate/corroborate/internal/app"
)

// TestConcurrentAddsAndReads adds articles to one story from several
// goroutines while others read its dossier: every read succeeds, and once
// the adds are done the dossier holds every article.
func TestConcurrentAddsAndReads(t *testing.T) {
	svc := app.New(openStore(t, t.TempDir()), app.Options{})
	res, _, err := svc.CreateStory(t.Context(), []app.Upload{{Name: "wire.txt", Body: []byte(wire)}}, app.Create{})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Story.ID
	const adders = 6
	var wg sync.WaitGroup
	errs := make(chan error, 4*adders)
	for i := range adders {
		wg.Add(2)
		go func() {
			defer wg.Done()
			body := fmt.Sprintf("Otters seen again\n\nBy Reporter %d, Outlet %d\n\nVolunteers counted %d otters near the north shore of Lake Mirren on Sunday, the group said.", i, i, 10+i)
			if _, err := svc.AddArticles(t.Context(), id, []app.Upload{{Name: fmt.Sprintf("n%d.txt", i), Body: []byte(body)}}); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := svc.Dossier(t.Context(), id); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	d, sd := mustDossier(t, svc, id)
	if len(d.Articles) != 1+adders || sd.Story.Revision != 1+adders {
		t.Errorf("after concurrent adds: dossier of %d articles, story revision %d; want %d and %d", len(d.Articles), sd.Story.Revision, 1+adders, 1+adders)
	}
}
