package corroborate_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const mod = "github.com/corroborate/corroborate"

// goList runs go list over the module and returns, per package, the
// field named by format ({{.Imports}} or {{.Deps}}) as a list.
func goList(t *testing.T, field string) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .`+field+` " "}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", field, err, out)
	}
	m := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		m[f[0]] = f[1:]
	}
	return m
}

// TestImportRules keeps dependencies pointing inward: the root package uses
// the standard library only; analysis stages touch neither HTTP, databases
// nor the layers above them; the API and the web UI are siblings over the
// app; the app and the workers know nothing of HTTP; only cmd opens a
// store or runs the server, and in cmd only the serve wiring reaches the
// JSON API.
func TestImportRules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("SKIP (loud): the go command is not on PATH; import rules not checked")
	}
	touchSources(t)
	imports, deps := goList(t, "Imports"), goList(t, "Deps")
	in := func(name string) string { return mod + "/internal/" + name }
	if _, ok := deps[in("app")]; !ok {
		t.Fatalf("go list found no %s; packages: %v", in("app"), len(deps))
	}

	// Each rule: the packages it covers, what they may not depend on (even
	// through a library), and whether a direct import is enough.
	stages := []string{"ingest", "extract", "text", "quotes", "reuse", "claims", "summary", "cluster", "dossier", "report", "view"}
	storage := []string{"database/sql", "github.com/jackc/pgx/v5", "modernc.org/sqlite",
		in("sqlite"), in("postgres"), in("sqlstore"), in("storetest")}
	layers := []string{in("app"), in("api"), in("ui"), in("httpx"), in("server")}
	rules := []struct {
		name      string
		pkgs      []string
		forbidden []string
	}{
		{"a stage", prefixed(in, stages), append(slices.Clone(storage), layers...)},
		{"the web UI", []string{in("ui")}, []string{in("api"), in("server")}},
		{"the JSON API", []string{in("api")}, []string{in("ui"), in("server")}},
		{"the app or a worker", []string{in("app"), in("stream"), in("feeds")}, []string{in("api"), in("ui"), in("httpx"), in("server")}},
	}
	for _, r := range rules {
		for p, ds := range deps {
			if !under(p, r.pkgs) {
				continue
			}
			for _, f := range r.forbidden {
				if slices.Contains(ds, f) {
					t.Errorf("%s, %s, depends on %s", r.name, p, f)
				}
			}
		}
	}
	for p, imps := range imports {
		if under(p, prefixed(in, stages)) && slices.Contains(imps, "net/http") {
			t.Errorf("stage %s imports net/http", p)
		}
	}
	// Only cmd opens a store or runs the server.
	for p, ds := range deps {
		if strings.HasPrefix(p, mod+"/cmd/") {
			continue
		}
		for _, f := range []string{in("sqlite"), in("postgres"), in("server")} {
			if slices.Contains(ds, f) && p != f {
				t.Errorf("%s depends on %s; only cmd may open a store or run the server", p, f)
			}
		}
	}
	for _, imp := range imports[mod] {
		if strings.Contains(imp, ".") {
			t.Errorf("root package imports %s; it may use the standard library only", imp)
		}
	}
	checkCmdImports(t, in("api"))
}

// touchSources stats every Go file of the module, so that go test's cache,
// which knows the files a test opens but not those go list reads, runs
// this test again when an import changes.
func touchSources(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".go") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkCmdImports fails when a file of cmd/corroborate other than the
// serve wiring (serve*.go) imports api, tests included.
func checkCmdImports(t *testing.T, api string) {
	files, err := filepath.Glob("cmd/corroborate/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("cmd/corroborate: %v files, %v", len(files), err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(filepath.Base(f), "serve") {
			continue
		}
		for _, is := range af.Imports {
			if p, _ := strconv.Unquote(is.Path.Value); p == api {
				t.Errorf("%s imports %s; in cmd only the serve wiring may", f, api)
			}
		}
	}
}

// under reports whether package p is one of pkgs or inside one of them.
func under(p string, pkgs []string) bool {
	for _, q := range pkgs {
		if p == q || strings.HasPrefix(p, q+"/") {
			return true
		}
	}
	return false
}

func prefixed(in func(string) string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = in(n)
	}
	return out
}
