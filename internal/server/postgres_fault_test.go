package server_test

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/server"
	"github.com/corroborate/corroborate/internal/storetest"
)

// privatePG is a PostgreSQL server of the test's own, so that it can be
// stopped and started without touching the database the other packages'
// tests share.
type privatePG struct {
	bin, data, log string
	port           int
	sock           string
	asUser         string // run the commands as this user ("" for ourselves)
	URL            string
}

// startPrivatePostgres initialises a cluster in a temporary directory and
// starts it on a free loopback port. It follows the convention of the
// store tests: with CORROBORATE_TEST_POSTGRES unset it skips loudly; with
// it set, PostgreSQL is expected here and its absence fails the test.
func startPrivatePostgres(t *testing.T) *privatePG {
	t.Helper()
	if os.Getenv(storetest.PostgresEnv) == "" {
		t.Skipf("SKIP (loud): %s not set; the PostgreSQL restart test did not run", storetest.PostgresEnv)
	}
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		t.Fatalf("%s is set but no PostgreSQL server binaries are installed (/usr/lib/postgresql/*/bin); apt-get install postgresql", storetest.PostgresEnv)
	}
	sort.Slice(bins, func(i, j int) bool { return pgVersion(bins[i]) < pgVersion(bins[j]) })
	pg := &privatePG{bin: filepath.Dir(bins[len(bins)-1])}

	// initdb refuses to run as root: then the cluster belongs to the
	// postgres user, in a directory it can reach.
	base, err := os.MkdirTemp("", "corroborate-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	pg.data, pg.sock = filepath.Join(base, "data"), filepath.Join(base, "sock")
	pg.log = filepath.Join(pg.sock, "server.log") // where the cluster's user may write
	for _, d := range []string{pg.data, pg.sock} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root and there is no postgres user to run PostgreSQL as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chmod(base, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{pg.data, pg.sock} {
			if err := os.Chown(p, uid, gid); err != nil {
				t.Fatal(err)
			}
		}
		pg.asUser = "postgres"
	}
	pg.run(t, "initdb", "-D", pg.data, "-U", "corroborate", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	pg.port = ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	pg.URL = fmt.Sprintf("postgres://corroborate@127.0.0.1:%d/postgres?sslmode=disable&connect_timeout=5", pg.port)
	pg.start(t)
	t.Cleanup(func() { pg.command("pg_ctl", "-D", pg.data, "-w", "stop", "-m", "immediate").Run() }) // stopped already is fine
	return pg
}

func pgVersion(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

// command is one PostgreSQL program run as the cluster's user.
func (pg *privatePG) command(prog string, args ...string) *exec.Cmd {
	path := filepath.Join(pg.bin, prog)
	if pg.asUser != "" {
		return exec.Command("runuser", append([]string{"-u", pg.asUser, "--", path}, args...)...)
	}
	return exec.Command(path, args...)
}

// run runs one PostgreSQL program and fails the test when it fails.
func (pg *privatePG) run(t *testing.T, prog string, args ...string) {
	t.Helper()
	if out, err := pg.command(prog, args...).CombinedOutput(); err != nil {
		logs, _ := os.ReadFile(pg.log)
		t.Fatalf("%s %s: %v\n%s\n%s", prog, strings.Join(args, " "), err, out, logs)
	}
}

func (pg *privatePG) ctl(t *testing.T, args ...string) {
	t.Helper()
	pg.run(t, "pg_ctl", append([]string{"-D", pg.data, "-w", "-t", "60"}, args...)...)
}

func (pg *privatePG) start(t *testing.T) {
	t.Helper()
	pg.ctl(t, "-l", pg.log, "-o", fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off", pg.port, pg.sock), "start")
}

// TestPostgresRestartUnderServer stops the server's PostgreSQL under a
// running server, in a fast shutdown (connections told to go) and in an
// immediate one (connections cut), and checks that meanwhile every
// request ends with 503 and a named error — JSON for the API, a page for
// the UI — and nothing is half written; and that once PostgreSQL is back
// the same server process answers again, with the data of before, and
// takes writes.
func TestPostgresRestartUnderServer(t *testing.T) {
	pg := startPrivatePostgres(t)
	store, err := postgres.Open(t.Context(), pg.URL, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	const token = "restart-token"
	s := startConfig(t, store, server.Config{Token: token, RequestTimeout: 20 * time.Second})
	story, _ := createStory(t, s, token)
	client := &http.Client{Timeout: 60 * time.Second} // the test's guard; the server answers long before

	for _, mode := range []string{"fast", "immediate"} {
		pg.ctl(t, "stop", "-m", mode)
		for _, tc := range []struct{ method, path string }{
			{"GET", "/api/v1/stories"},
			{"GET", "/api/v1/stories/" + story},
			{"GET", "/api/v1/stories/" + story + "/dossier"},
			{"GET", "/api/v1/search?q=ferry"},
			{"POST", "/api/v1/stories"},
			{"POST", "/api/v1/stories/" + story + "/articles"},
			{"GET", "/"},
			{"GET", "/stories/" + story},
		} {
			name := fmt.Sprintf("PostgreSQL down (%s): %s %s", mode, tc.method, tc.path)
			req, _ := http.NewRequest(tc.method, s.URL+tc.path, strings.NewReader(writeBody))
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "text/plain")
			resp, err := client.Do(req)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			body := readAll(t, resp)
			if resp.StatusCode != http.StatusServiceUnavailable {
				t.Errorf("%s = %d, want 503; %.300s", name, resp.StatusCode, body)
			}
			if strings.HasPrefix(tc.path, "/api/") {
				if code, msg := jsonError(t, name, resp, body); code != corroborate.EUnavailable || strings.Contains(msg, "127.0.0.1") {
					t.Errorf("%s: code %q message %q, want unavailable without connection detail", name, code, msg)
				}
			} else if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				t.Errorf("%s: Content-Type %q, want a page", name, resp.Header.Get("Content-Type"))
			}
		}
		pg.start(t)

		// Back: the same server answers, with what it held before.
		failed := 0
		deadline := time.Now().Add(30 * time.Second)
		for {
			resp, err := client.Get(s.URL + "/api/v1/stories/" + story)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			if resp.StatusCode == http.StatusOK {
				if !strings.Contains(body, `"articles":3`) {
					t.Errorf("story after PostgreSQL came back (%s): %.300s, want its 3 articles", mode, body)
				}
				break
			}
			failed++
			if time.Now().After(deadline) {
				t.Fatalf("the server did not recover within 30 s of PostgreSQL's %s restart: %d %.300s", mode, resp.StatusCode, body)
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("%s restart: %d request(s) failed after PostgreSQL was back, then the server answered", mode, failed)
		req, _ := http.NewRequest("POST", s.URL+"/api/v1/stories?name="+mode+".txt", strings.NewReader(writeBody+" "+mode))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "text/plain")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if body := readAll(t, resp); resp.StatusCode != http.StatusCreated {
			t.Errorf("write after PostgreSQL came back (%s) = %d %.300s", mode, resp.StatusCode, body)
		}
	}
	list, err := store.Stories(t.Context(), storyPage)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Errorf("%d stories at the end, want 3 (the first and one per restart): nothing written while PostgreSQL was down", len(list))
	}
}
