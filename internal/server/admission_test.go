package server_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/server"
)

// post sends body as a plain-text upload to target with the token and
// extra headers, and returns the response with its body read.
func post(t *testing.T, target, token, body string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", target, strings.NewReader(body))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer "+token)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp, readAll(t, resp)
}

// storyID reads the story id of a creation's answer.
func storyID(t *testing.T, body string) string {
	t.Helper()
	var res app.IngestResult
	if err := json.Unmarshal([]byte(body), &res); err != nil || res.Story.ID == "" {
		t.Fatalf("answer %s: %v, no story id", body, err)
	}
	return res.Story.ID
}

// TestIdempotentCreate sends a story creation twice with one
// Idempotency-Key, as a client retrying after a lost answer does, on each
// store: the retry gets the first story, marked replayed, and no second
// story is made; the key with another body is refused, and another key or
// none makes a new story.
func TestIdempotentCreate(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			const token = "tok"
			s := start(t, st.open(t), token)
			target := s.URL + "/api/v1/stories?name=ferry.txt"
			article := "Ferry freed\n\nBy Ana Vell, Coastal Wire\n\nThe stranded ferry was freed on Friday, officials said."
			key := map[string]string{"Idempotency-Key": "create-ferry-1"}
			r1, b1 := post(t, target, token, article, key)
			r2, b2 := post(t, target, token, article, key)
			if r1.StatusCode != 201 || r2.StatusCode != 201 {
				t.Fatalf("create and retry = %d, %d; want 201 twice\n%s\n%s", r1.StatusCode, r2.StatusCode, b1, b2)
			}
			if id1, id2 := storyID(t, b1), storyID(t, b2); id1 != id2 || b1 != b2 {
				t.Errorf("retry answered story %s, first %s; want the first answer again\n%s\n%s", id2, id1, b1, b2)
			}
			if r1.Header.Get("Idempotent-Replayed") != "" || r2.Header.Get("Idempotent-Replayed") != "true" {
				t.Errorf("Idempotent-Replayed = %q then %q, want none then true", r1.Header.Get("Idempotent-Replayed"), r2.Header.Get("Idempotent-Replayed"))
			}
			if n := countStories(t, s); n != 1 {
				t.Errorf("%d stories after a create and its retry, want 1", n)
			}
			if r, b := post(t, target, token, article+" More.", key); r.StatusCode != http.StatusConflict {
				t.Errorf("the key with another body = %d %s, want 409", r.StatusCode, b)
			}
			if r, b := post(t, target, token, article, map[string]string{"Idempotency-Key": "create-ferry-2"}); r.StatusCode != 201 {
				t.Errorf("another key = %d %s, want 201", r.StatusCode, b)
			}
			if r, b := post(t, target, token, article, nil); r.StatusCode != 201 {
				t.Errorf("no key = %d %s, want 201", r.StatusCode, b)
			}
			if n := countStories(t, s); n != 3 {
				t.Errorf("%d stories, want 3 (one per key and one without)", n)
			}
			if r, b := post(t, target, token, article, map[string]string{"Idempotency-Key": strings.Repeat("k", 300)}); r.StatusCode != 400 {
				t.Errorf("a key of 300 bytes = %d %s, want 400", r.StatusCode, b)
			}
		})
	}
}

// TestUploadFormTwice sends the web upload form twice with its
// idempotency key, as a double click or a reload does: both land on one
// story.
func TestUploadFormTwice(t *testing.T) {
	const token = "tok"
	s := start(t, openSQLite(t), token)
	send := func() string {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("idempotency_key", "FORMKEY123")
		mw.WriteField("text", "Pier reopens\n\nBy Ana Vell, Coastal Wire\n\nThe old pier reopened on Saturday after repairs, the council said.")
		mw.Close()
		req, _ := http.NewRequest("POST", s.URL+"/upload", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("upload form = %d, want 303 to the story: %.300s", resp.StatusCode, body)
		}
		return resp.Header.Get("Location")
	}
	if first, second := send(), send(); first != second || !strings.HasPrefix(first, "/stories/") {
		t.Errorf("the form sent twice went to %q and %q, want one story", first, second)
	}
	if n := countStories(t, s); n != 1 {
		t.Errorf("%d stories after the form was sent twice, want 1", n)
	}
}

func countStories(t *testing.T, s *running) int {
	t.Helper()
	list, err := s.store.Stories(t.Context(), corroborate.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

// TestBusyAnswers503 fills the server's room (one job at a time, held by
// the test) and checks that a write, through the API and the upload form,
// and a read that must compute a dossier are refused with 503 and
// Retry-After, having stored nothing; once the room is free, the same
// write goes through.
func TestBusyAnswers503(t *testing.T) {
	const token = "tok"
	store := openSQLite(t)
	a := app.New(store, app.Options{Limits: app.Limits{Work: 1, Wait: 50 * time.Millisecond}})
	s := startConfig(t, store, server.Config{App: a, Token: token, MaxUpload: 1 << 20})
	article := "Pier reopens\n\nBy Ana Vell, Coastal Wire\n\nThe old pier reopened on Saturday after repairs, the council said."
	// A story whose dossier is not stored yet: reading it computes one.
	info, err := store.CreateStory(t.Context(), "stale", []corroborate.Article{{ID: "a1", Source: "a1.txt", Title: "Pier", Text: "The pier reopened.", Language: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	_, release, err := a.Admit(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	r, b := post(t, s.URL+"/api/v1/stories?name=pier.txt", token, article, nil)
	checkBusy(t, "API write", r, b, `"code":"unavailable"`)
	req, _ := http.NewRequest("POST", s.URL+"/upload", strings.NewReader("text="+article))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	checkBusy(t, "upload form", resp, readAll(t, resp), "busy")
	resp, err = http.Get(s.URL + "/stories/" + info.ID)
	if err != nil {
		t.Fatal(err)
	}
	checkBusy(t, "story page computing its dossier", resp, readAll(t, resp), "busy")
	if n := countStories(t, s); n != 1 {
		t.Errorf("%d stories after refused writes, want the 1 stored by the test", n)
	}
	release()
	if r, b := post(t, s.URL+"/api/v1/stories?name=pier.txt", token, article, nil); r.StatusCode != 201 {
		t.Errorf("write once the room is free = %d %s, want 201", r.StatusCode, b)
	}
	if resp, err := http.Get(s.URL + "/stories/" + info.ID); err != nil || resp.StatusCode != 200 {
		t.Errorf("story page once the room is free = %v %v, want 200", resp.StatusCode, err)
	}
}

func checkBusy(t *testing.T, what string, r *http.Response, body, want string) {
	t.Helper()
	ra, err := strconv.Atoi(r.Header.Get("Retry-After"))
	if r.StatusCode != http.StatusServiceUnavailable || err != nil || ra < 1 || !strings.Contains(body, want) {
		t.Errorf("%s while busy = %d, Retry-After %q, body %.200s; want 503 with Retry-After and %q", what, r.StatusCode, r.Header.Get("Retry-After"), body, want)
	}
}
