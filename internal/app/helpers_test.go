package app_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// wire is a short fictional report.
var wire = "Otters return to Lake Mirren\n\nBy Ines Faro, Lakeside Wire\n\nMay 2, 2026\n\n" +
	"Wildlife officers counted 14 otters on Lake Mirren this spring, the first since 1998.\n\n" +
	"\"They came back on their own,\" said ranger Tove Lind."

// nameArticle is a distinct readable article i.
func nameArticle(i int) string {
	return fmt.Sprintf("Canal lock %d repaired\n\nBy Wen Aldous, Marsh Courier\n\n"+
		"Lock number %d on the Marsh canal reopened on Tuesday after a repair that took %d days, the canal trust said.", i, i, i+3)
}

// openStore opens a SQLite store in dir, closed when the test ends.
func openStore(tb testing.TB, dir string) *sqlite.Store {
	tb.Helper()
	store, err := sqlite.Open(tb.Context(), filepath.Join(dir, "app.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	return store
}

// mustDossier returns story id's dossier, decoded, and as the app gave it.
func mustDossier(tb testing.TB, svc *app.App, id string) (*corroborate.Dossier, app.StoryDossier) {
	tb.Helper()
	sd, err := svc.Dossier(tb.Context(), id)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := sd.Decode()
	if err != nil {
		tb.Fatal(err)
	}
	return d, sd
}
