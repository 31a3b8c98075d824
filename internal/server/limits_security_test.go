package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/server"
)

// jsonError decodes an API error body, failing the test when it is not one.
func jsonError(t *testing.T, name string, resp *http.Response, body string) (code, message string) {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || json.Unmarshal([]byte(body), &e) != nil || e.Error.Code == "" {
		t.Errorf("%s: %q %.300s, want a JSON error", name, resp.Header.Get("Content-Type"), body)
	}
	return e.Error.Code, e.Error.Message
}

// TestRequestSizeLimits sends write requests over the server's bounds —
// the body size, the number of files, the size of a form field — in each
// shape the API takes, and checks each is refused with 413 and a JSON
// error (a page for the web form) that says what was too large, leaving the
// store as it was.
func TestRequestSizeLimits(t *testing.T) {
	const token, limit = "size-token", 1 << 20
	s := startConfig(t, openSQLite(t), server.Config{Token: token, MaxUpload: limit})
	big := strings.Repeat("The dam held through the night, the board said. ", limit/48+1)

	multi := func(files int, size int, field string) (string, []byte) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for i := range files {
			w, _ := mw.CreateFormFile("file", fmt.Sprintf("f%d.txt", i))
			w.Write([]byte(big[:size]))
		}
		if field != "" {
			mw.WriteField("title", field)
		}
		mw.Close()
		return mw.FormDataContentType(), buf.Bytes()
	}
	jsonOf := func(n int, content string) []byte {
		arts := make([]map[string]string, n)
		for i := range arts {
			arts[i] = map[string]string{"name": fmt.Sprintf("a%d.txt", i), "content": content}
		}
		b, _ := json.Marshal(map[string]any{"articles": arts})
		return b
	}
	tests := []struct {
		name, path, ctype string
		body              []byte
		want              string // in the message
	}{
		{"raw body over the limit", "/api/v1/stories?name=big.txt", "text/plain", []byte(big), "too large"},
		{"multipart file over the limit", "/api/v1/stories", "", nil, "too large"},
		{"JSON over the limit", "/api/v1/stories", "application/json", jsonOf(1, big), "too large"},
		{"1,001 files", "/api/v1/stories", "", nil, "more than 1000 files"},
		{"1,001 JSON articles", "/api/v1/stories", "application/json", jsonOf(1001, "x"), "more than 1000 articles"},
	}
	tests[1].ctype, tests[1].body = multi(1, len(big), "")
	tests[3].ctype, tests[3].body = multi(1001, 10, "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sendTooLarge(t, s.URL+tt.path, token, tt.ctype, tt.body, tt.want)
		})
	}

	// A form field is bounded at 1 MiB whatever the body bound.
	roomy := startConfig(t, openSQLite(t), server.Config{Token: token, MaxUpload: 8 << 20})
	ctype, body := multi(1, 100, big+big)
	sendTooLarge(t, roomy.URL+"/api/v1/stories", token, ctype, body, "form field")

	// The web form answers a page with the same status.
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(s.URL+"/session", url.Values{"token": {token}})
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	ctype, body = multi(1, len(big), "")
	req, _ := http.NewRequest("POST", s.URL+"/upload", bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("web form upload over the limit = %d %q, want 413 and a page", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	checkInert(t, "413 page", page)

	list, err := s.store.Stories(t.Context(), storyPage)
	if err != nil || len(list) != 0 {
		t.Errorf("stories after refused uploads: %v, %v; want none", list, err)
	}
}

func sendTooLarge(t *testing.T, target, token, ctype string, body []byte, want string) {
	t.Helper()
	req, _ := http.NewRequest("POST", target, bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %d bytes: %v", len(body), err)
	}
	got := readAll(t, resp)
	code, msg := jsonError(t, "POST", resp, got)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || code != corroborate.ETooLarge || !strings.Contains(msg, want) {
		t.Errorf("POST %d bytes = %d %s %q, want 413 too_large saying %q", len(body), resp.StatusCode, code, msg, want)
	}
	checkSecurityHeaders(t, "413", resp.Header)
}

// TestSlowClientTimesOut sends a write whose body stops coming and checks
// that the server answers within its request time limit, with a JSON
// error, instead of holding the connection open.
func TestSlowClientTimesOut(t *testing.T) {
	const token = "slow-token"
	s := startConfig(t, openSQLite(t), server.Config{Token: token, RequestTimeout: time.Second})
	for _, ctype := range []string{"text/plain", "multipart/form-data; boundary=B", "application/json"} {
		t.Run(ctype, func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(s.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			start := map[string]string{"text/plain": "The first bytes of a body that never ends",
				"application/json":                `{"articles": [{"name": "a.txt", "content": "The first bytes`,
				"multipart/form-data; boundary=B": "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nThe first bytes"}[ctype]
			fmt.Fprintf(conn, "POST /api/v1/stories?name=slow.txt HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n"+
				"Content-Type: %s\r\nContent-Length: 100000\r\n\r\n%s", strings.TrimPrefix(s.URL, "http://"), token, ctype, start)
			// The guard of the test, not a timing assertion: the server's own
			// limit is one second.
			conn.SetReadDeadline(time.Now().Add(30 * time.Second))
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("no answer to a stalled body: %v", err)
			}
			body := readAll(t, resp)
			code, msg := jsonError(t, "stalled body", resp, body)
			if resp.StatusCode != http.StatusServiceUnavailable && resp.StatusCode != http.StatusRequestTimeout || code != corroborate.ETimeout {
				t.Errorf("stalled body = %d %s %q, want 503 or 408 with code timeout", resp.StatusCode, code, msg)
			}
			if strings.Contains(msg, "127.0.0.1") || strings.Contains(msg, "tcp") {
				t.Errorf("the message %q shows connection detail", msg)
			}
		})
	}
	if list, _ := s.store.Stories(t.Context(), storyPage); len(list) != 0 {
		t.Errorf("a story was made from a stalled body: %+v", list)
	}
}

// slowStore is a store whose reads of the story list wait for the request
// to give up, like a database that stopped answering.
type slowStore struct{ corroborate.Store }

func (slowStore) Stories(ctx context.Context, _ corroborate.Page) ([]corroborate.StoryInfo, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("stories: %w", ctx.Err())
}

// TestSlowHandlerTimesOut checks that a request the store cannot answer
// ends at the request time limit with 503 and a named error, as JSON for
// the API and as a page for the UI.
func TestSlowHandlerTimesOut(t *testing.T) {
	s := startConfig(t, slowStore{openSQLite(t)}, server.Config{RequestTimeout: 300 * time.Millisecond})
	for _, path := range []string{"/api/v1/stories", "/"} {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("GET %s on a store that does not answer = %d, want 503; %.200s", path, resp.StatusCode, body)
		}
		if path == "/api/v1/stories" {
			if code, _ := jsonError(t, path, resp, body); code != corroborate.ETimeout {
				t.Errorf("GET %s: code %q, want timeout", path, code)
			}
		} else if !strings.Contains(body, "took too long") {
			t.Errorf("GET %s: page does not say the request took too long: %.300s", path, body)
		}
		checkSecurityHeaders(t, path, resp.Header)
	}
}
