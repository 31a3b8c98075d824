package httpx_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/httpx"
)

// FuzzReadForm feeds the upload reader arbitrary bodies under each content
// type it takes and checks that it never panics, that a refusal is a
// client error with a code (never an internal one), and that every upload
// it returns has a safe name and fits in the body (three times the body
// when invalid bytes were replaced).
func FuzzReadForm(f *testing.F) {
	f.Add("multipart/form-data; boundary=B", []byte("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../a.txt\"\r\n\r\nText one.\r\n"+
		"--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nPasted text.\r\n--B\r\nContent-Disposition: form-data; name=\"text_name\"\r\n\r\n..\\x\r\n--B--\r\n"), "")
	f.Add("multipart/form-data; boundary=B", []byte("--B\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%2E%2E%2Fetc%2Fpasswd\r\n\r\nx\r\n--B--"), "")
	f.Add("multipart/form-data; boundary=B", []byte("--B\r\nContent-Disposition: form-data; filename=\"C:\\a\"b.txt\"\r\n\r\nx\r\n--B--\r\n"), "")
	f.Add("application/json", []byte(`{"articles": [{"name": "/etc/passwd", "content": "x"}, {"name": "", "content": ""}]}`), "")
	f.Add("application/json", []byte(`{"articles": [`), "")
	f.Add("text/plain", []byte("A plain article."), "../../x\x00.txt")
	f.Add("text/html; charset=utf-8", []byte("<p>x</p>"), "")
	f.Add("multipart/form-data", []byte("--"), "")
	f.Add(";;;", []byte{}, "")
	f.Fuzz(func(t *testing.T, ctype string, body []byte, name string) {
		req := httptest.NewRequest("POST", "/api/v1/stories", bytes.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		q := req.URL.Query()
		q.Set("name", name)
		req.URL.RawQuery = q.Encode()
		req.Body = http.MaxBytesReader(httptest.NewRecorder(), req.Body, 1<<16)
		form, err := httpx.ReadForm(req)
		if err != nil {
			switch code := corroborate.ErrorCode(httpx.Classify(err)); code {
			case corroborate.EInvalid, corroborate.ETooLarge, corroborate.EUnsupported:
			default:
				t.Fatalf("ReadForm error %v has code %q, want a client error", err, code)
			}
			return
		}
		total := 0
		for _, up := range form.Uploads {
			total += len(up.Body)
			n := up.Name
			if n == "" || n == "." || n == ".." || strings.ContainsAny(n, "/\\") || len(n) > 200 || !utf8.ValidString(n) ||
				strings.IndexFunc(n, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0 {
				t.Fatalf("upload name %q is not safe", n)
			}
		}
		limit := len(body)
		if !utf8.Valid(body) {
			// A JSON string's invalid bytes decode to U+FFFD, three bytes
			// each: the uploads may hold up to three times the body, no
			// more.
			limit = 3 * len(body)
		}
		if total > limit {
			t.Fatalf("uploads hold %d bytes, the body %d", total, len(body))
		}
	})
}
