package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate/internal/storetest"
)

// buildCorroborate builds this command into dir and returns the binary.
func buildCorroborate(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "corroborate")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// lockedBuffer collects a process's stderr for the test's messages.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serveProc is a running `corroborate serve` process.
type serveProc struct {
	cmd    *exec.Cmd
	URL    string
	stderr *lockedBuffer
	done   chan error
}

var servingRE = regexp.MustCompile(`serving (http://[0-9.:]+)/`)

// startServeProc starts `bin serve` on a free loopback port over db and
// waits until it says where it listens. The process is killed when the
// test ends if it is still running.
func startServeProc(t *testing.T, bin, db, token string) *serveProc {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--db", db, "--token", token)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProc{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan error, 1)}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			fmt.Fprintln(p.stderr, sc.Text())
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case urls <- m[1]:
				default:
				}
			}
		}
		io.Copy(p.stderr, pipe)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	select {
	case p.URL = <-urls:
	case err := <-p.done:
		t.Fatalf("serve exited before listening: %v\n%s", err, p.stderr)
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not say where it listens within 60 s\n%s", p.stderr)
	}
	return p
}

// kill9 sends SIGKILL and waits for the process to be gone.
func (p *serveProc) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Kill(); err != nil {
		t.Fatalf("kill: %v", err)
	}
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the killed server did not exit")
	}
}

// faultBatch is how many articles one upload carries.
const faultBatch = 12

// faultTitle names article a of request r of uploader w: unique, so that
// each article is its own stored row and the request it came in is known.
func faultTitle(w, r, a int) string { return fmt.Sprintf("Ledger w%d r%03d a%02d", w, r, a) }

var faultTitleRE = regexp.MustCompile(`^Ledger (w\d+ r\d+) a(\d+)$`)

// faultText is the text of an article: a few paragraphs that mention its
// title, so each is distinct, and share wording with the others.
func faultText(title string) string {
	return title + ". The Orrin valley water board said on Tuesday that the new reservoir at Calder Ford would open in June, " +
		"a year later than planned, after tests found a leak in the spillway.\n\n" +
		"\"We will not fill it until the repair is signed off,\" said board engineer Maren Isholt, speaking about item " + title + ".\n\n" +
		strings.Repeat("Farmers downstream have asked for a second survey of the channel before the spring rains. ", 6) +
		"Reference " + title + "."
}

// jsonlBatch is the JSON upload of request r of uploader w: one JSON
// Lines file of faultBatch articles.
func jsonlBatch(w, r int) []byte {
	var dump strings.Builder
	for a := range faultBatch {
		title := faultTitle(w, r, a)
		b, _ := json.Marshal(map[string]string{"title": title, "outlet": fmt.Sprintf("Valley Post %d", a%4), "text": faultText(title)})
		dump.Write(b)
		dump.WriteByte('\n')
	}
	b, _ := json.Marshal(map[string]any{"articles": []map[string]string{{"name": fmt.Sprintf("w%d-r%03d.jsonl", w, r), "content": dump.String()}}})
	return b
}

// ledger records what the server acknowledged: for each story, the
// requests (uploader and request number) whose articles it said it holds.
type ledger struct {
	mu       sync.Mutex
	acked    map[string][]string // story id -> request keys "wN rNNN"
	acks     int
	inFlight int
}

// uploadLoop has uploader w create a story, then add batches to it, until
// stop is closed or the server stops answering. Every third request
// creates a new story.
func uploadLoop(ctx context.Context, base, token string, w int, l *ledger) {
	client := &http.Client{Timeout: 2 * time.Minute}
	story := ""
	for r := 0; ctx.Err() == nil; r++ {
		target := base + "/api/v1/stories"
		if story != "" && r%3 != 0 {
			target += "/" + story + "/articles"
		}
		req, _ := http.NewRequestWithContext(ctx, "POST", target, bytes.NewReader(jsonlBatch(w, r)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		l.mu.Lock()
		l.inFlight++
		l.mu.Unlock()
		resp, err := client.Do(req)
		l.mu.Lock()
		l.inFlight--
		l.mu.Unlock()
		if err != nil {
			return // the server is gone
		}
		var res struct {
			Story struct{ ID string }
			Added []string
		}
		err = json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		if err != nil || resp.StatusCode/100 != 2 {
			return
		}
		if len(res.Added) != faultBatch {
			panic(fmt.Sprintf("request w%d r%d: %d added, want %d", w, r, len(res.Added), faultBatch))
		}
		story = res.Story.ID
		l.mu.Lock()
		l.acked[story] = append(l.acked[story], fmt.Sprintf("w%d r%03d", w, r))
		l.acks++
		l.mu.Unlock()
	}
}

// TestServeKilledDuringIngest runs `corroborate serve` as a real process,
// uploads batches of articles to it from three clients at once, kills it
// with SIGKILL in the middle, restarts it on the same database and checks
// through the API and the database that every acknowledged article is
// there, that no request was half applied (every story holds whole
// batches, its counters match its rows, no article is stored without its
// story), and that the restarted server takes new uploads — on SQLite and
// on PostgreSQL.
func TestServeKilledDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP (loud): the kill test builds and runs the binary; run without -short")
	}
	bin := buildCorroborate(t, t.TempDir())
	t.Run("sqlite", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kill.db")
		killAndCheck(t, bin, db)
		conn, err := sql.Open("sqlite", db)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var ok string
		if err := conn.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
			t.Errorf("integrity_check = %q, %v", ok, err)
		}
		if _, err := conn.Exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
			t.Errorf("full-text index integrity check: %v", err)
		}
		rows, err := conn.Query(`PRAGMA foreign_key_check`)
		if err != nil {
			t.Fatal(err)
		}
		if rows.Next() {
			t.Errorf("foreign_key_check found rows that point nowhere")
		}
		rows.Close()
		checkRows(t, func(q string) (int, error) {
			var n int
			return n, conn.QueryRow(q).Scan(&n)
		})
	})
	t.Run("postgres", func(t *testing.T) {
		db := storetest.PostgresURL(t)
		killAndCheck(t, bin, db)
		conn, err := pgx.Connect(t.Context(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())
		checkRows(t, func(q string) (int, error) {
			var n int
			return n, conn.QueryRow(t.Context(), q).Scan(&n)
		})
	})
}

// checkRows runs consistency queries on the database: each must count 0.
func checkRows(t *testing.T, count func(q string) (int, error)) {
	t.Helper()
	for what, q := range map[string]string{
		"stories whose article count is not their links": `SELECT count(*) FROM stories s
			WHERE s.articles <> (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)`,
		"stories without articles":            `SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)`,
		"articles in no story":                `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)`,
		"links to missing articles":           `SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id)`,
		"analyses ahead of their story":       `SELECT count(*) FROM analyses an JOIN stories s ON s.id = an.story_id WHERE an.revision > s.revision`,
		"stories with a revision below 1":     `SELECT count(*) FROM stories WHERE revision < 1`,
		"articles with an empty text":         `SELECT count(*) FROM articles WHERE length(text) = 0`,
		"positions used twice within a story": `SELECT count(*) FROM (SELECT story_id, position FROM story_articles GROUP BY story_id, position HAVING count(*) > 1) d`,
	} {
		n, err := count(q)
		if err != nil {
			t.Errorf("%s: %v", what, err)
		} else if n != 0 {
			t.Errorf("%s: %d, want 0", what, n)
		}
	}
}

// killRounds is how many times the test kills the server mid-ingest
// before it checks the database.
const killRounds = 3

// killAndCheck is the kill test on one database.
func killAndCheck(t *testing.T, bin, db string) {
	const token = "kill-token"
	l := &ledger{acked: map[string][]string{}}
	for round := range killRounds {
		srv := startServeProc(t, bin, db, token)
		ctx, cancel := context.WithCancel(t.Context())
		var wg sync.WaitGroup
		start := l.acks
		for i := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				uploadLoop(ctx, srv.URL, token, round*10+i, l)
			}()
		}
		// Kill once enough uploads are acknowledged, with some in flight.
		deadline := time.After(45 * time.Second)
		var acks, inFlight int
		for {
			l.mu.Lock()
			acks, inFlight = l.acks, l.inFlight
			l.mu.Unlock()
			if acks-start >= 15 && inFlight > 0 {
				break
			}
			select {
			case <-deadline:
				cancel()
				t.Fatalf("only %d uploads acknowledged in 45 s\n%s", acks-start, srv.stderr)
			case <-time.After(2 * time.Millisecond):
			}
		}
		srv.kill9(t)
		cancel()
		wg.Wait()
		t.Logf("round %d: SIGKILL with %d uploads acknowledged so far (%d articles), %d in flight", round+1, acks, acks*faultBatch, inFlight)
	}

	srv := startServeProc(t, bin, db, token)
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b, _ := io.ReadAll(resp.Body)
			t.Fatalf("GET %s after the restart = %d %s", path, resp.StatusCode, b)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	var list struct {
		Stories []struct {
			ID       string
			Articles int
			Revision int
		}
	}
	get("/api/v1/stories?limit=500", &list)
	seen := map[string]bool{}
	for _, st := range list.Stories {
		seen[st.ID] = true
		var body struct {
			Articles []struct{ ID, Title string }
		}
		get("/api/v1/stories/"+st.ID, &body)
		batches := map[string]int{}
		for _, a := range body.Articles {
			m := faultTitleRE.FindStringSubmatch(a.Title)
			if m == nil {
				t.Errorf("story %s holds an article titled %q, which no client sent", st.ID, a.Title)
				continue
			}
			batches[m[1]]++
		}
		for key, n := range batches {
			if n != faultBatch {
				t.Errorf("story %s holds %d of the %d articles of request %s: a request was half applied", st.ID, n, faultBatch, key)
			}
		}
		if st.Articles != len(body.Articles) || st.Revision != len(batches) {
			t.Errorf("story %s says %d articles at revision %d; it holds %d articles from %d requests",
				st.ID, st.Articles, st.Revision, len(body.Articles), len(batches))
		}
		for _, key := range l.acked[st.ID] {
			if batches[key] != faultBatch {
				t.Errorf("story %s: acknowledged request %s has %d of its %d articles after the restart", st.ID, key, batches[key], faultBatch)
			}
		}
		// One article read whole: its text is what was sent.
		if len(body.Articles) > 0 {
			var art struct {
				Article struct{ Title, Text string }
			}
			get("/api/v1/articles/"+body.Articles[len(body.Articles)-1].ID, &art)
			if want := faultText(art.Article.Title); strings.TrimSpace(art.Article.Text) != strings.TrimSpace(want) {
				t.Errorf("article %q after the restart has text %.120q, want %.120q", art.Article.Title, art.Article.Text, want)
			}
		}
		var d struct{ Articles []struct{ ID string } }
		get("/api/v1/stories/"+st.ID+"/dossier", &d)
		if len(d.Articles) != len(body.Articles) {
			t.Errorf("story %s: dossier of %d articles, story of %d", st.ID, len(d.Articles), len(body.Articles))
		}
	}
	unacked := 0
	for _, st := range list.Stories {
		unacked += st.Revision - len(l.acked[st.ID])
	}
	t.Logf("after the restart: %d stories; %d requests were applied but never acknowledged (cut off after their commit)", len(list.Stories), unacked)
	var lost []string
	for id := range l.acked {
		if !seen[id] {
			lost = append(lost, id)
		}
	}
	sort.Strings(lost)
	if len(lost) > 0 {
		t.Errorf("acknowledged stories missing after the restart: %q", lost)
	}

	// The restarted server takes new work.
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/stories", bytes.NewReader(jsonlBatch(9, 0)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("upload after the restart = %d, want 201", resp.StatusCode)
	}
	srv.kill9(t)
}
