package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/server"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"localhost:8080", "", true},
		{"127.0.0.1:0", "", true},
		{"[::1]:8080", "", true},
		{"app.localhost:80", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.5:8080", "", false},
		{"example.com:80", "", false},
		{"nonsense", "", false},
		{"0.0.0.0:8080", "t0ken", true},
	}
	for _, tt := range tests {
		err := server.CheckAddr(tt.addr, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckAddr(%q, token %q) = %v, want ok %v", tt.addr, tt.token, err, tt.ok)
		}
	}
}

// TestWholeServer runs the server on a loopback port over each store and
// goes through the API and the pages as a client would.
func TestWholeServer(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			const token = "test-token"
			s := start(t, st.open(t), token)
			files := storyFiles(t)

			resp := upload(t, s.URL+"/api/v1/stories", "", files)
			if body := readAll(t, resp); resp.StatusCode != 401 || !strings.Contains(body, `"unauthorized"`) {
				t.Fatalf("upload without token = %d %s, want 401 unauthorized", resp.StatusCode, body)
			}
			resp = upload(t, s.URL+"/api/v1/stories", token, files[:2])
			body := readAll(t, resp)
			if resp.StatusCode != 201 {
				t.Fatalf("upload = %d %s", resp.StatusCode, body)
			}
			var created struct {
				Story corroborate.StoryInfo
				Added []string
			}
			json.Unmarshal([]byte(body), &created)
			id := created.Story.ID
			if len(created.Added) != 2 || created.Story.Revision != 1 {
				t.Fatalf("created %+v, want 2 articles at revision 1", created)
			}

			first := getDossier(t, s.URL, id)
			resp = upload(t, s.URL+"/api/v1/stories/"+id+"/articles", token, files)
			body = readAll(t, resp)
			var added struct {
				Story corroborate.StoryInfo
				Added []string
			}
			json.Unmarshal([]byte(body), &added)
			if resp.StatusCode != 200 || len(added.Added) != 1 || added.Story.Revision != 2 {
				t.Fatalf("add all three = %d %s; want one new article at revision 2", resp.StatusCode, body)
			}
			second := getDossier(t, s.URL, id)
			if len(first.Articles) != 2 || len(second.Articles) != 3 {
				t.Errorf("dossier articles before/after adding: %d, %d; want 2, 3 (recomputed on new articles)", len(first.Articles), len(second.Articles))
			}

			resp, err := http.Get(s.URL + "/stories/" + id)
			if err != nil {
				t.Fatal(err)
			}
			page := readAll(t, resp)
			for _, want := range []string{`id="summary"`, `id="conflicts"`, `id="sources"`, `id="provenance"`, `id="quotes"`, `id="claims"`, "Coastal Wire"} {
				if !strings.Contains(page, want) {
					t.Errorf("story page lacks %s", want)
				}
			}
			if strings.Contains(page, "<script>window.__corroboratePwned") || strings.Contains(page, "<img src=x") {
				t.Errorf("story page holds article markup unescaped")
			}
			for h, want := range map[string]string{
				"Content-Security-Policy": "script-src 'self'", "X-Content-Type-Options": "nosniff",
				"X-Frame-Options": "DENY", "Referrer-Policy": "same-origin", "Content-Type": "text/html",
			} {
				if got := resp.Header.Get(h); !strings.Contains(got, want) {
					t.Errorf("header %s = %q, want it to hold %q", h, got, want)
				}
			}

			resp, err = http.Get(s.URL + "/api/v1/search?q=dredging")
			if err != nil {
				t.Fatal(err)
			}
			var found struct{ Hits []corroborate.SearchHit }
			json.Unmarshal([]byte(readAll(t, resp)), &found)
			if len(found.Hits) != 3 {
				t.Errorf("search dredging: %d hits, want 3", len(found.Hits))
			}
			resp, err = http.Get(s.URL + "/search?q=dredging")
			if err != nil {
				t.Fatal(err)
			}
			if page := readAll(t, resp); resp.StatusCode != 200 || strings.Count(page, "<mark>") < 3 {
				t.Errorf("search page = %d with %d marks, want 200 and the matched words marked", resp.StatusCode, strings.Count(page, "<mark>"))
			}
		})
	}
}

func getDossier(t *testing.T, base, id string) corroborate.Dossier {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/stories/" + id + "/dossier")
	if err != nil {
		t.Fatal(err)
	}
	var d corroborate.Dossier
	if err := json.Unmarshal([]byte(readAll(t, resp)), &d); err != nil || resp.StatusCode != 200 {
		t.Fatalf("dossier = %d, %v", resp.StatusCode, err)
	}
	return d
}

func TestGuards(t *testing.T) {
	open := start(t, openSQLite(t), "")
	tests := []struct {
		name, method, path, host, origin string
		status                           int
	}{
		{"page", "GET", "/", "", "", 200},
		{"rebinding host", "GET", "/", "evil.example", "", 403},
		{"rebinding host api", "GET", "/api/v1/stories", "evil.example:80", "", 403},
		{"cross-site post", "POST", "/api/v1/stories", "", "http://evil.example", 403},
		{"same-origin post, nothing sent", "POST", "/api/v1/stories", "", "same", 400},
		{"null origin post", "POST", "/api/v1/stories", "", "null", 403},
		{"same-site post (other port)", "POST", "/api/v1/stories", "", "fetch:same-site", 403},
		{"same-origin fetch metadata", "POST", "/api/v1/stories", "", "fetch:same-origin", 400},
		{"missing page", "GET", "/nope", "", "", 404},
		{"static", "GET", "/static/app.css", "", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, open.URL+tt.path, strings.NewReader(`{"articles": []}`))
			req.Header.Set("Content-Type", "application/json")
			if tt.host != "" {
				req.Host = tt.host
			}
			switch tt.origin {
			case "same":
				req.Header.Set("Origin", open.URL)
			case "fetch:same-site", "fetch:same-origin":
				req.Header.Set("Sec-Fetch-Site", strings.TrimPrefix(tt.origin, "fetch:"))
			case "":
			default:
				req.Header.Set("Origin", tt.origin)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			if resp.StatusCode != tt.status {
				t.Errorf("%s %s (host %q, origin %q) = %d, want %d; %s", tt.method, tt.path, tt.host, tt.origin, resp.StatusCode, tt.status, body)
			}
			if strings.HasPrefix(tt.path, "/api/") && !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("API answer is %q, want JSON", resp.Header.Get("Content-Type"))
			}
		})
	}
}

// TestWebLogin goes through the web form's token flow: the upload page asks
// for the token, a wrong one is refused, the right one sets a session
// cookie that lets the form upload.
func TestWebLogin(t *testing.T) {
	s := start(t, openSQLite(t), "web-token")
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) string {
		t.Helper()
		resp, err := client.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		return readAll(t, resp)
	}
	if page := get("/upload"); !strings.Contains(page, `action="/session"`) || strings.Contains(page, `enctype="multipart/form-data"`) {
		t.Fatalf("upload page before login should ask for the token only")
	}
	resp, err := client.PostForm(s.URL+"/session", url.Values{"token": {"wrong"}, "next": {"/upload"}})
	if err != nil {
		t.Fatal(err)
	}
	if readAll(t, resp); resp.StatusCode != 401 {
		t.Fatalf("wrong token = %d, want 401", resp.StatusCode)
	}
	resp, err = client.PostForm(s.URL+"/session", url.Values{"token": {"web-token"}, "next": {"//evil.example/"}})
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/upload" {
		t.Fatalf("login = %d to %q, want 303 to /upload (never off-site)", resp.StatusCode, resp.Header.Get("Location"))
	}
	var session *http.Cookie
	for _, c := range resp.Cookies() {
		session = c
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteStrictMode || strings.Contains(session.Value, "web-token") {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict, not the token itself", session)
	}
	if page := get("/upload"); !strings.Contains(page, `enctype="multipart/form-data"`) {
		t.Fatalf("upload page after login has no upload form")
	}
	var buf strings.Builder
	buf.WriteString("--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n")
	buf.WriteString("Harbour reopens\n\nBy Ana Vell, Coastal Wire\n\nThe harbour reopened on Friday after the ferry was freed, officials said.")
	buf.WriteString("\r\n--B--\r\n")
	req, _ := http.NewRequest("POST", s.URL+"/upload", strings.NewReader(buf.String()))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=B")
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if body := readAll(t, resp); resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/stories/") {
		t.Fatalf("form upload with the session = %d to %q, want 303 to the story; %s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
}
