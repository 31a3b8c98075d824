package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/api"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// Three short fictional reports of one event.
var (
	wire = "Otters return to Lake Mirren\n\nBy Ines Faro, Lakeside Wire\n\nMay 2, 2026\n\n" +
		"Wildlife officers counted 14 otters on Lake Mirren this spring, the first since 1998.\n\n" +
		"\"They came back on their own,\" said ranger Tove Lind."
	copy1 = "Otters are back\n\nBy Sam Ode, Mirren Echo\n\nMay 3, 2026\n\n" +
		"Wildlife officers counted 14 otters on Lake Mirren this spring, the first since 1998, reports Lakeside Wire."
	bad = "\x00\x01\x02binary"
)

type fixture struct {
	store   *sqlite.Store
	handler http.Handler
}

// newFixture is the API over a new store, guarded by token, with 64 KiB
// write requests.
func newFixture(t *testing.T, token string) *fixture {
	t.Helper()
	return fixtureIn(t, t.TempDir(), token)
}

// fixtureIn is newFixture with the database in dir.
func fixtureIn(t *testing.T, dir, token string) *fixture {
	t.Helper()
	store := openStore(t, dir)
	mux := http.NewServeMux()
	api.New(app.New(store, app.Options{}), api.Options{Auth: httpx.Auth{Token: token}, MaxUpload: 64 << 10}).Register(mux)
	return &fixture{store: store, handler: mux}
}

// openStore opens a SQLite store in dir, closed when the test ends.
func openStore(t *testing.T, dir string) *sqlite.Store {
	t.Helper()
	store, err := sqlite.Open(t.Context(), filepath.Join(dir, "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

// do sends a request from a loopback client and decodes the JSON answer.
func (f *fixture) do(t *testing.T, method, target, ctype string, body io.Reader, hdr map[string]string) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	req.RemoteAddr = "127.0.0.1:40000"
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("%s %s: Content-Type %q, want JSON; body %s", method, target, ct, rec.Body)
	}
	var v map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("%s %s: body is not JSON: %v\n%s", method, target, err, rec.Body)
	}
	return rec, v
}

func jsonBody(t *testing.T, arts ...[2]string) io.Reader {
	t.Helper()
	var body struct {
		Articles []map[string]string `json:"articles"`
	}
	for _, a := range arts {
		body.Articles = append(body.Articles, map[string]string{"name": a[0], "content": a[1]})
	}
	b, _ := json.Marshal(body)
	return bytes.NewReader(b)
}

func multipartBody(t *testing.T, files map[string]string, fields map[string]string) (string, io.Reader) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for name, content := range files {
		w, _ := mw.CreateFormFile("file", name)
		io.WriteString(w, content)
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	return mw.FormDataContentType(), &buf
}

func errCode(v map[string]any) string {
	e, _ := v["error"].(map[string]any)
	s, _ := e["code"].(string)
	return s
}

func TestCreateStoryAndRead(t *testing.T) {
	f := newFixture(t, "")
	rec, v := f.do(t, "POST", "/api/v1/stories", "application/json",
		jsonBody(t, [2]string{"wire.txt", wire}, [2]string{"echo.txt", copy1}, [2]string{"junk.bin", bad}), nil)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST /api/v1/stories = %d, want 201; body %s", rec.Code, rec.Body)
	}
	story := v["story"].(map[string]any)
	id := story["id"].(string)
	if got := rec.Header().Get("Location"); got != "/api/v1/stories/"+id {
		t.Errorf("Location = %q, want /api/v1/stories/%s", got, id)
	}
	if n := len(v["added"].([]any)); n != 2 {
		t.Errorf("added %d articles, want 2", n)
	}
	skipped := v["skipped"].([]any)
	if len(skipped) != 1 || skipped[0].(map[string]any)["input"] != "junk.bin" {
		t.Errorf("skipped = %v, want junk.bin", skipped)
	}
	if story["title"] == "" {
		t.Errorf("story has no title after its dossier was computed: %v", story)
	}

	rec, v = f.do(t, "GET", "/api/v1/stories/"+id+"/dossier", "", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("GET dossier = %d: %s", rec.Code, rec.Body)
	}
	var d corroborate.Dossier
	if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Version != corroborate.DossierVersion || len(d.Articles) != 2 || d.Story.Articles != 2 {
		t.Errorf("dossier: version %d, %d articles, story %+v; want version 1 and 2 articles", d.Version, len(d.Articles), d.Story)
	}

	rec, v = f.do(t, "GET", "/api/v1/stories/"+id, "", nil, nil)
	if rec.Code != 200 || len(v["articles"].([]any)) != 2 {
		t.Errorf("GET story = %d %v, want 2 articles", rec.Code, v)
	}
	rec, v = f.do(t, "GET", "/api/v1/stories", "", nil, nil)
	if rec.Code != 200 || len(v["stories"].([]any)) != 1 {
		t.Errorf("GET stories = %d %v, want 1 story", rec.Code, v)
	}
	rec, v = f.do(t, "GET", "/api/v1/search?q=otters+ranger", "", nil, nil)
	hits := v["hits"].([]any)
	if rec.Code != 200 || len(hits) != 1 {
		t.Fatalf("search = %d %v, want 1 hit", rec.Code, v)
	}
	aid := hits[0].(map[string]any)["article"].(map[string]any)["id"].(string)
	rec, v = f.do(t, "GET", "/api/v1/articles/"+aid, "", nil, nil)
	if rec.Code != 200 || !strings.Contains(v["article"].(map[string]any)["text"].(string), "ranger Tove Lind") {
		t.Errorf("GET article = %d %v", rec.Code, v)
	}
	// the story's analysis of the article, as its dossier gives it: the
	// store keeps none, so the wire read 0% original here before
	for _, da := range d.Articles {
		_, v = f.do(t, "GET", "/api/v1/articles/"+da.ID, "", nil, nil)
		got := v["article"].(map[string]any)
		if got["originality"] != da.Originality || len(da.Credits) != len(asSlice(got["credits"])) {
			t.Errorf("GET article %s: originality %v, credits %v; the dossier gives %v and %v", da.ID, got["originality"], got["credits"], da.Originality, da.Credits)
		}
	}
}

// asSlice is v as a JSON array, nil for null.
func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

func TestAddArticlesIdempotent(t *testing.T) {
	f := newFixture(t, "")
	ctype, body := multipartBody(t, map[string]string{"wire.txt": wire}, nil)
	rec, v := f.do(t, "POST", "/api/v1/stories", ctype, body, nil)
	if rec.Code != 201 {
		t.Fatalf("create = %d: %s", rec.Code, rec.Body)
	}
	id := v["story"].(map[string]any)["id"].(string)
	add := func(files map[string]string, fields map[string]string) map[string]any {
		t.Helper()
		ctype, body := multipartBody(t, files, fields)
		rec, v := f.do(t, "POST", "/api/v1/stories/"+id+"/articles", ctype, body, nil)
		if rec.Code != 200 {
			t.Fatalf("add = %d: %s", rec.Code, rec.Body)
		}
		return v
	}
	v = add(nil, map[string]string{"text": copy1, "text_name": "echo.txt"})
	if got := v["story"].(map[string]any)["revision"].(float64); got != 2 || len(v["added"].([]any)) != 1 {
		t.Errorf("first add: revision %v, added %v; want 2 and one article", got, v["added"])
	}
	v = add(map[string]string{"again.txt": wire}, map[string]string{"text": copy1})
	if got := v["story"].(map[string]any)["revision"].(float64); got != 2 || len(v["added"].([]any)) != 0 {
		t.Errorf("adding the same articles: revision %v, added %v; want 2 and none", got, v["added"])
	}
	if diff := cmp.Diff([]any{"again.txt", "pasted"}, v["duplicates"]); diff != "" {
		t.Errorf("duplicates (-want +got):\n%s", diff)
	}
	an, err := f.store.Analysis(t.Context(), id)
	if err != nil || an.Revision != 2 {
		t.Errorf("stored dossier: revision %d, %v; want the dossier of revision 2", an.Revision, err)
	}
}

func TestErrors(t *testing.T) {
	f := newFixture(t, "s3cret")
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	big := strings.Repeat("x", 70<<10)
	tests := []struct {
		name, method, target, ctype, body string
		hdr                               map[string]string
		status                            int
		code                              string
	}{
		{"no token", "POST", "/api/v1/stories", "text/plain", wire, nil, 401, "unauthorized"},
		{"wrong token", "POST", "/api/v1/stories", "text/plain", wire, map[string]string{"Authorization": "Bearer nope"}, 401, "unauthorized"},
		{"too large", "POST", "/api/v1/stories?name=big.txt", "text/plain", big, auth, 413, "too_large"},
		{"bad json", "POST", "/api/v1/stories", "application/json", `{"articles": [`, auth, 400, "invalid"},
		{"nothing readable", "POST", "/api/v1/stories", "application/json", `{"articles": [{"name": "a.bin", "content": "\u0000\u0001"}]}`, auth, 400, "invalid"},
		{"no articles", "POST", "/api/v1/stories", "application/json", `{"articles": []}`, auth, 400, "invalid"},
		{"bad content type", "POST", "/api/v1/stories", "multipart/form-data", "x", auth, 400, "invalid"},
		{"missing story", "GET", "/api/v1/stories/nope", "", "", nil, 404, "not_found"},
		{"missing dossier", "GET", "/api/v1/stories/nope/dossier", "", "", nil, 404, "not_found"},
		{"add to missing story", "POST", "/api/v1/stories/nope/articles", "text/plain", wire, auth, 404, "not_found"},
		{"missing article", "GET", "/api/v1/articles/nope", "", "", nil, 404, "not_found"},
		{"no endpoint", "GET", "/api/v1/nothing", "", "", nil, 404, "not_found"},
		{"wrong method", "DELETE", "/api/v1/stories", "", "", nil, 405, "method"},
		{"bad limit", "GET", "/api/v1/stories?limit=-1", "", "", nil, 400, "invalid"},
		{"bad search limit", "GET", "/api/v1/search?q=x&limit=1000", "", "", nil, 400, "invalid"},
	}
	// a form of files over the limit is refused whole: the answer names
	// the file the limit was reached in
	ctype, body := multipartBody(t, map[string]string{"huge-ledger.txt": big}, nil)
	rec, v := f.do(t, "POST", "/api/v1/stories", ctype, body, auth)
	if msg, _ := v["error"].(map[string]any)["message"].(string); rec.Code != 413 || !strings.Contains(msg, `"huge-ledger.txt"`) {
		t.Errorf("POST a form with a file over the limit = %d %s, want 413 naming huge-ledger.txt", rec.Code, rec.Body)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, v := f.do(t, tt.method, tt.target, tt.ctype, strings.NewReader(tt.body), tt.hdr)
			if rec.Code != tt.status || errCode(v) != tt.code {
				t.Errorf("%s %s = %d %q, want %d %q; body %s", tt.method, tt.target, rec.Code, errCode(v), tt.status, tt.code, rec.Body)
			}
			if msg := v["error"].(map[string]any)["message"].(string); msg == "" {
				t.Errorf("error without a message: %s", rec.Body)
			}
		})
	}
	rec, _ = f.do(t, "DELETE", "/api/v1/stories", "", nil, nil)
	if got := rec.Header().Get("Allow"); got != "GET, POST" {
		t.Errorf("405 Allow = %q, want GET, POST", got)
	}
	rec, _ = f.do(t, "POST", "/api/v1/stories", "text/plain", strings.NewReader(wire), auth)
	if rec.Code != 201 {
		t.Errorf("with the token: %d, want 201; %s", rec.Code, rec.Body)
	}
}

func TestOpenAuthLoopbackOnly(t *testing.T) {
	f := newFixture(t, "")
	req := httptest.NewRequest("POST", "/api/v1/stories?name=w.txt", strings.NewReader(wire))
	req.RemoteAddr = "203.0.113.9:5000"
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("write from a remote client with no token configured = %d, want 403; %s", rec.Code, rec.Body)
	}
}
