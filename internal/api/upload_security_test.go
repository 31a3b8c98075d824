package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// hostileName is a client's file name and the name the server must keep.
type hostileName struct {
	sent, want string
	alt        string // another safe answer: Go's multipart reader keeps "dir" of "dir/"
}

var hostileNames = []hostileName{
	{"../../etc/passwd", "passwd", ""},
	{"/etc/shadow", "shadow", ""},
	{`..\..\windows\win.ini`, "win.ini", ""},
	{`C:\Users\ana\report.txt`, "report.txt", ""},
	{"notes/../../../../tmp/evil.txt", "evil.txt", ""},
	{"..", "upload", ""},
	{".", "upload", ""},
	{"dir/", "upload", "dir"},
	{"a\x00b.txt", "ab.txt", ""},
	{"line\r\nX-Injected: yes.txt", "lineX-Injected: yes.txt", ""},
	{"tab\tand\x7fdel.txt", "tabanddel.txt", ""},
	{"%2e%2e%2fetc%2fpasswd", "%2e%2e%2fetc%2fpasswd", ""},
	{`<img src=x onerror="alert(1)">.txt`, `<img src=x onerror="alert(1)">.txt`, ""},
	{strings.Repeat("n", 300) + ".txt", strings.Repeat("n", 200), ""},
	{strings.Repeat("é", 150), strings.Repeat("é", 100), ""},
	{"  spaced.txt  ", "spaced.txt", ""},
}

// nameArticle is a distinct readable article for upload i, so that each
// name becomes its own stored article.
func nameArticle(i int) string {
	return fmt.Sprintf("Canal lock %d repaired\n\nBy Wen Aldous, Marsh Courier\n\n"+
		"Lock number %d on the Marsh canal reopened on Tuesday after a repair that took %d days, the canal trust said.", i, i, i+3)
}

// TestUploadNamesAreSafe uploads articles under hostile file names —
// traversal, absolute paths, Windows paths, NUL and control bytes, markup,
// overlong names — in each shape the API takes, and checks the name the
// store keeps is the last path element with control bytes removed, at most
// 200 bytes, never empty, "." or "..", and that nothing is written beside
// the database.
func TestUploadNamesAreSafe(t *testing.T) {
	shapes := []struct {
		name string
		send func(t *testing.T, f *fixture, i int, name string) (int, string)
	}{
		{"multipart", sendMultipartName},
		{"json", sendJSONName},
		{"raw body", sendRawName},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			dir := t.TempDir()
			f := fixtureIn(t, dir, "")
			before := filterDB(listDir(t, dir))
			cwd := listDir(t, ".")
			var story string
			for i, hn := range hostileNames {
				status, body := sh.send(t, f, i, hn.sent)
				if status != http.StatusCreated {
					t.Errorf("upload named %q = %d %s", hn.sent, status, body)
					continue
				}
				var res struct {
					Story struct{ ID string }
					Added []string
				}
				json.Unmarshal([]byte(body), &res)
				if len(res.Added) != 1 {
					t.Errorf("upload named %q added %d articles, want 1: %s", hn.sent, len(res.Added), body)
					continue
				}
				story = res.Story.ID
				rec, v := f.do(t, "GET", "/api/v1/articles/"+url.PathEscape(res.Added[0]), "", nil, nil)
				if rec.Code != http.StatusOK {
					t.Fatalf("GET article = %d", rec.Code)
				}
				src, _ := v["article"].(map[string]any)["source"].(string)
				if src != hn.want && (hn.alt == "" || src != hn.alt) {
					t.Errorf("upload named %q is stored as %q, want %q", hn.sent, src, hn.want)
				}
				checkSafeName(t, hn.sent, src)
			}
			if story == "" {
				t.Fatal("no upload succeeded")
			}
			if diff := cmp.Diff(before, filterDB(listDir(t, dir))); diff != "" {
				t.Errorf("files beside the database changed (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(cwd, listDir(t, ".")); diff != "" {
				t.Errorf("files in the working directory changed (-before +after):\n%s", diff)
			}
		})
	}
}

// checkSafeName checks the properties a stored name must have.
func checkSafeName(t *testing.T, sent, got string) {
	t.Helper()
	switch {
	case got == "" || got == "." || got == "..":
		t.Errorf("name %q stored as %q", sent, got)
	case strings.ContainsAny(got, `/\`):
		t.Errorf("name %q stored as %q, with a path separator", sent, got)
	case strings.IndexFunc(got, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0:
		t.Errorf("name %q stored as %q, with a control byte", sent, got)
	case len(got) > 200 || !utf8.ValidString(got):
		t.Errorf("name %q stored as %d bytes (valid UTF-8: %v), want at most 200 valid", sent, len(got), utf8.ValidString(got))
	}
}

func sendMultipartName(t *testing.T, f *fixture, i int, name string) (int, string) {
	t.Helper()
	// Written by hand: mime/multipart's writer would escape the name, and a
	// hostile client does not.
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "--B\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%s\r\n\r\n%s\r\n--B--\r\n",
		url.PathEscape(name), nameArticle(i))
	rec, _ := f.do(t, "POST", "/api/v1/stories", "multipart/form-data; boundary=B", &buf, nil)
	return rec.Code, rec.Body.String()
}

func sendJSONName(t *testing.T, f *fixture, i int, name string) (int, string) {
	t.Helper()
	rec, _ := f.do(t, "POST", "/api/v1/stories", "application/json", jsonBody(t, [2]string{name, nameArticle(i)}), nil)
	return rec.Code, rec.Body.String()
}

func sendRawName(t *testing.T, f *fixture, i int, name string) (int, string) {
	t.Helper()
	rec, _ := f.do(t, "POST", "/api/v1/stories?name="+url.QueryEscape(name), "text/plain", strings.NewReader(nameArticle(i)), nil)
	return rec.Code, rec.Body.String()
}

// TestMultipartQuotedHostileNames sends file names the way a careless or
// hostile client writes them, inside a quoted filename parameter, and
// checks the upload is either stored under a safe name or refused with a
// JSON error — never stored under a path.
func TestMultipartQuotedHostileNames(t *testing.T) {
	f := newFixture(t, "")
	for i, name := range []string{"../../etc/passwd", "/abs/path.txt", `..\..\x.txt`, "a\x00b.txt", `quote"break.txt`, "semi;colon.txt"} {
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n\r\n%s\r\n--B--\r\n", name, nameArticle(100+i))
		rec, v := f.do(t, "POST", "/api/v1/stories", "multipart/form-data; boundary=B", &buf, nil)
		switch {
		case rec.Code == http.StatusCreated:
			id := v["added"].([]any)[0].(string)
			_, a := f.do(t, "GET", "/api/v1/articles/"+id, "", nil, nil)
			checkSafeName(t, name, a["article"].(map[string]any)["source"].(string))
		case rec.Code >= 400 && rec.Code < 500 && errCode(v) != "":
			t.Logf("filename=%q refused: %d %s", name, rec.Code, rec.Body)
		default:
			t.Errorf("filename=%q = %d %s, want stored safely or a 4xx JSON error", name, rec.Code, rec.Body)
		}
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// filterDB leaves out the database's own companion files, which come and
// go with its journal.
func filterDB(files []string) []string {
	var out []string
	for _, f := range files {
		if !strings.HasSuffix(f, "-wal") && !strings.HasSuffix(f, "-shm") && !strings.HasSuffix(f, "-journal") {
			out = append(out, f)
		}
	}
	return out
}
