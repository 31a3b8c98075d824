package app_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/dossier"
)

// TestDossierNamesSkippedInputs: the inputs of a story's writes that gave
// no article are in its dossier, as the CLI's dossier names them, across
// writes and after the dossier is computed again from the store.
func TestDossierNamesSkippedInputs(t *testing.T) {
	store := openStore(t, t.TempDir())
	svc := app.New(store, app.Options{})
	res, _, err := svc.CreateStory(t.Context(), []app.Upload{
		{Name: "wire.txt", Body: []byte(wire)},
		{Name: "photo.bin", Body: []byte{0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46}},
		{Name: "blank.txt"},
	}, app.Create{})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Story.ID
	if _, err := svc.AddArticles(t.Context(), id, []app.Upload{
		{Name: "canal.txt", Body: []byte(nameArticle(3))},
		{Name: "dump.jsonl", Body: []byte(`{"text": "not closed"` + "\n")},
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"photo.bin", "blank.txt", "dump.jsonl:1"}
	check := func(what string, svc *app.App) {
		t.Helper()
		d, _ := mustDossier(t, svc, id)
		var got []string
		for _, sk := range d.Skipped {
			if sk.Reason == "" {
				t.Errorf("%s: skipped %q has no reason", what, sk.Input)
			}
			got = append(got, sk.Input)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") || len(d.Articles) != 2 {
			t.Errorf("%s: dossier of %d articles skips %q; want 2 articles and %q", what, len(d.Articles), got, want)
		}
	}
	check("after the writes", svc)
	// another pipeline computes the dossier afresh: it reads them from the store
	check("computed again", app.New(store, app.Options{Dossier: dossier.Options{SummarySentences: 3}}))
}
