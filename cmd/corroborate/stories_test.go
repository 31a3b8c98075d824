package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// ingestStories stores n generated stories of two articles each in a new
// database and returns its path and the articles' titles.
func ingestStories(t *testing.T, n int) (string, map[string]bool) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	dump := writeDump(t, dir, 23, n, 2)
	// The dump's one malformed line makes the run partial.
	if _, stderr, err := runCLI(t, "", "ingest", "--db", db, "--quiet", dump); !errors.Is(err, errPartial) {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	titles := map[string]bool{}
	for _, d := range streamtest.Stories(23, n, 2) {
		titles[d.Title] = true
	}
	return db, titles
}

var storyRow = regexp.MustCompile(`(?m)^\S+ \S+\s+\d+\s+\d+(?: \(\d+ unknown\))?\s+(?:\d+|-)\s+(st[0-9a-f]+)\s+(.*)$`)

// TestStoriesNoDatabase: listing a SQLite file that does not exist (a
// mistyped --db) is an error naming it, and leaves no file behind.
func TestStoriesNoDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "mistyped.db")
	_, stderr, err := runCLI(t, "", "stories", "--db", db)
	if err == nil || !strings.Contains(stderr+err.Error(), "mistyped.db") {
		t.Errorf("stories --db %s: err %v, stderr %q; want an error naming the file", db, err, stderr)
	}
	if _, serr := os.Stat(db); serr == nil {
		t.Errorf("stories --db %s created the file", db)
	}
}

// TestStoriesTitlesAndPages lists five stories two at a time: each page
// says when more follow and names the next offset, the pages together hold
// every story once, and each story shows the headline of one of its
// articles, not "(no title)".
func TestStoriesTitlesAndPages(t *testing.T) {
	db, titles := ingestStories(t, 5)
	seen := map[string]bool{}
	args := []string{"stories", "--limit", "2", "--db", db}
	for page := 0; ; page++ {
		out, stderr, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("corroborate %s: %v\n%s", strings.Join(args, " "), err, stderr)
		}
		rows := storyRow.FindAllStringSubmatch(out, -1)
		if len(rows) == 0 || len(rows) > 2 {
			t.Fatalf("page %d: %d rows, want 1 or 2:\n%s", page, len(rows), out)
		}
		for _, r := range rows {
			if seen[r[1]] {
				t.Errorf("page %d lists story %s again", page, r[1])
			}
			seen[r[1]] = true
			if title := strings.TrimSpace(r[2]); !hasPrefixIn(titles, strings.TrimSuffix(title, "…")) {
				t.Errorf("story %s has title %q, want the headline of one of its articles", r[1], title)
			}
		}
		more := regexp.MustCompile(`more stories follow: corroborate (stories .*--offset \d+)\n`).FindStringSubmatch(out)
		if page == 2 {
			if more != nil {
				t.Errorf("last page says more follow:\n%s", out)
			}
			break
		}
		if more == nil {
			t.Fatalf("page %d of 3 does not say more stories follow:\n%s", page, out)
		}
		args = strings.Fields(more[1])
	}
	if len(seen) != 5 {
		t.Errorf("the pages listed %d stories, want 5", len(seen))
	}

	out, _, err := runCLI(t, "", "stories", "--db", db, "--format", "json", "--limit", "3", "--offset", "1")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Stories []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"stories"`
		NextOffset *int `json:"next_offset"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("stories --format json: %v\n%s", err, out)
	}
	if len(list.Stories) != 3 || list.NextOffset == nil || *list.NextOffset != 4 {
		t.Errorf("stories --limit 3 --offset 1: %d stories, next_offset %v; want 3 and 4", len(list.Stories), list.NextOffset)
	}

	id := list.Stories[0].ID
	out, _, err = runCLI(t, "", "stories", "--db", db, id)
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(out, "\n")
	if want := "story " + id + ": " + list.Stories[0].Title; head != want || list.Stories[0].Title == "" {
		t.Errorf("stories %s opens %q, want %q", id, head, want)
	}
}

func TestWithOffset(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"--db", "x.db", "--limit", "2"}, "--db x.db --limit 2 --offset 4"},
		{[]string{"--offset", "2", "--limit", "2"}, "--limit 2 --offset 4"},
		{[]string{"-offset=2", "--limit=2", "--"}, "--limit=2 --offset 4"},
	} {
		if got := withOffset(c.in, 4); got != c.want {
			t.Errorf("withOffset(%q, 4) = %q, want %q", c.in, got, c.want)
		}
	}
}

// hasPrefixIn reports whether a title of titles starts with prefix, which
// is not empty.
func hasPrefixIn(titles map[string]bool, prefix string) bool {
	for t := range titles {
		if prefix != "" && strings.HasPrefix(t, prefix) {
			return true
		}
	}
	return false
}
