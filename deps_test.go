package corroborate_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportRules keeps dependencies pointing inward: the root package uses
// the standard library only, and analysis stages touch neither HTTP nor
// databases.
func TestImportRules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("SKIP (loud): the go command is not on PATH; import rules not checked")
	}
	stages := []string{"ingest", "extract", "text", "quotes", "reuse", "claims", "summary", "cluster", "dossier", "report"}
	// No stage may reach a store, even through a library; none may make
	// HTTP calls itself (a library such as the feed parser may link net/http).
	mod := "github.com/corroborate/corroborate/internal/"
	forbidden := []string{"database/sql", "github.com/jackc/pgx/v5", "modernc.org/sqlite",
		mod + "sqlite", mod + "postgres", mod + "server", mod + "api", mod + "ui"}
	for _, st := range stages {
		pkg := "github.com/corroborate/corroborate/internal/" + st
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		direct, err := exec.Command("go", "list", "-f", `{{join .Imports " "}}`, pkg+"/...").CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, direct)
		}
		for _, d := range strings.Fields(string(direct)) {
			if d == "net/http" {
				t.Errorf("stage %s imports net/http", st)
			}
		}
		deps := strings.Fields(string(out))
		for _, d := range deps {
			for _, f := range forbidden {
				if d == f {
					t.Errorf("stage %s imports %s", st, f)
				}
			}
		}
	}
	out, err := exec.Command("go", "list", "-f", `{{join .Imports " "}}`, "github.com/corroborate/corroborate").CombinedOutput()
	if err != nil {
		t.Fatalf("go list root: %v\n%s", err, out)
	}
	for _, imp := range strings.Fields(string(out)) {
		if strings.Contains(imp, ".") {
			t.Errorf("root package imports %s; it may use the standard library only", imp)
		}
	}
}
