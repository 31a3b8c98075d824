package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
)

// maxField bounds one non-file form field.
const maxField = 1 << 20

// Form is what a write request carries: the uploads and, for a form, its
// other fields.
type Form struct {
	Uploads []app.Upload
	Values  url.Values
}

// ReadForm reads the uploads of a request, whatever its shape:
//   - multipart/form-data: every file part is an upload named by its file
//     name; a "text" field is pasted content, named by "text_name"
//     (default "pasted", its format then found from the content);
//     a "urls" field holds web pages to fetch, one URL a line (blank lines
//     and lines starting with # are passed over);
//   - application/json: {"articles": [{"name": str, "content": str}, ...],
//     "urls": [str, ...]}, either list optional;
//   - any other type: the body is one upload, named by the "name" query
//     parameter (default "upload").
//
// The caller bounds the body's size (http.MaxBytesReader).
func ReadForm(r *http.Request) (Form, error) {
	f := Form{Values: url.Values{}}
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil && ct != "" {
		return f, corroborate.Errorf(corroborate.EUnsupported, "bad Content-Type %q", ct)
	}
	switch mt {
	case "multipart/form-data":
		err = readMultipart(r, &f)
	case "application/json":
		err = readJSON(r, &f)
	default:
		var body []byte
		if body, err = io.ReadAll(r.Body); err != nil {
			err = badBody(err)
		}
		name := r.URL.Query().Get("name")
		if name == "" {
			name = "upload"
		}
		f.Uploads = append(f.Uploads, app.Upload{Name: cleanName(name), Body: body})
	}
	if err != nil {
		return f, Classify(err)
	}
	return f, nil
}

func readMultipart(r *http.Request, f *Form) error {
	mr, err := r.MultipartReader()
	if err != nil {
		return corroborate.Errorf(corroborate.EInvalid, "bad multipart body: %v", err)
	}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return badBody(err)
		}
		if file, ok := fileName(p); ok {
			if len(f.Uploads) >= app.MaxFiles {
				return corroborate.Errorf(corroborate.ETooLarge, "more than %d files", app.MaxFiles)
			}
			body, err := io.ReadAll(p)
			if mbe := (*http.MaxBytesError)(nil); errors.As(err, &mbe) {
				// name the file the limit was reached in: the request is
				// refused whole, so the user must know which to leave out
				return &corroborate.Error{Code: corroborate.ETooLarge, Err: err,
					Message: fmt.Sprintf("%s, reached while reading the file %q: nothing was stored; send that file on its own or leave it out", tooLarge(mbe.Limit), cleanName(file))}
			}
			if err != nil {
				return badBody(err)
			}
			f.Uploads = append(f.Uploads, app.Upload{Name: cleanName(file), Body: body})
			continue
		}
		// Pasted text is as large as the body allows; other fields are small.
		name, limit := p.FormName(), int64(maxField)
		if name == "text" {
			limit = math.MaxInt64
		}
		v, err := io.ReadAll(io.LimitReader(p, limit))
		if err != nil {
			return badBody(err)
		}
		if n, _ := p.Read(make([]byte, 1)); n > 0 {
			return corroborate.Errorf(corroborate.ETooLarge, "form field %q over %d bytes", name, maxField)
		}
		f.Values.Add(name, string(v))
	}
	var urls []string
	for _, v := range f.Values["urls"] {
		for _, line := range strings.Split(v, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				urls = append(urls, line)
			}
		}
	}
	if err := addURLs(f, urls); err != nil {
		return err
	}
	if text := f.Values.Get("text"); strings.TrimSpace(text) != "" {
		name := strings.TrimSpace(f.Values.Get("text_name"))
		if name == "" {
			name = "pasted"
		}
		f.Uploads = append(f.Uploads, app.Upload{Name: cleanName(name), Body: []byte(text)})
	}
	return nil
}

// jsonUpload is the JSON shape of a write request.
type jsonUpload struct {
	Articles []struct {
		Name    string `json:"name"`
		Content string `json:"content"`
	} `json:"articles"`
	URLs []string `json:"urls"`
}

// addURLs adds an upload per URL to fetch, at most app.MaxURLs.
func addURLs(f *Form, urls []string) error {
	if len(urls) > app.MaxURLs {
		return corroborate.Errorf(corroborate.ETooLarge, "more than %d URLs", app.MaxURLs)
	}
	for _, u := range urls {
		f.Uploads = append(f.Uploads, app.Upload{URL: strings.TrimSpace(u)})
	}
	return nil
}

func readJSON(r *http.Request, f *Form) error {
	var body jsonUpload
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&body); err != nil {
		if passThrough(err) {
			return err
		}
		return corroborate.Errorf(corroborate.EInvalid, `bad JSON body (want {"articles": [{"name": ..., "content": ...}]} or {"urls": [...]}): %v`, err)
	}
	if len(body.Articles) > app.MaxFiles {
		return corroborate.Errorf(corroborate.ETooLarge, "more than %d articles", app.MaxFiles)
	}
	for i, a := range body.Articles {
		name := a.Name
		if name == "" {
			name = fmt.Sprintf("article-%d", i+1)
		}
		f.Uploads = append(f.Uploads, app.Upload{Name: cleanName(name), Body: []byte(a.Content)})
	}
	return addURLs(f, body.URLs)
}

func badBody(err error) error {
	if passThrough(err) {
		return err
	}
	return corroborate.Errorf(corroborate.EInvalid, "bad request body: %v", err)
}

// passThrough reports whether a body read error is the server's own limit
// (size or time), for Classify to name, rather than a malformed body.
func passThrough(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe) || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded)
}

// indexASCIIFold is the byte offset in s of the lower-case ASCII word w in
// any case, -1 when absent. Unlike an index into strings.ToLower(s), it is
// an offset into s itself, whatever bytes (invalid UTF-8 included) s holds.
func indexASCIIFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && (s[i+j] == w[j] || s[i+j]+('a'-'A') == w[j] && s[i+j] >= 'A' && s[i+j] <= 'Z') {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

// fileName returns the file name of a part that is a file. A file name
// the MIME parser refuses (an unescaped quote, backslash or colon, as some
// clients send) leaves the part with neither a file nor a form name; it is
// still a file, named as loosely as its header allows, rather than
// dropped without a word.
func fileName(p *multipart.Part) (string, bool) {
	if name := p.FileName(); name != "" {
		return name, true
	}
	cd := p.Header.Get("Content-Disposition")
	if p.FormName() != "" || cd == "" {
		return "", false
	}
	i := indexASCIIFold(cd, "filename")
	if i < 0 {
		return "", false
	}
	v := strings.TrimLeft(cd[i+len("filename"):], "* \t")
	v = strings.TrimSpace(strings.TrimPrefix(v, "="))
	switch {
	case strings.HasPrefix(v, `"`):
		if j := strings.LastIndex(v, `"`); j > 0 {
			v = v[1:j]
		}
	case strings.Contains(v, "''"): // RFC 2231: charset'language'percent-encoded
		_, enc, _ := strings.Cut(v, "''")
		enc, _, _ = strings.Cut(enc, ";")
		if dec, err := url.PathUnescape(enc); err == nil {
			v = dec
		} else {
			v = enc
		}
	default:
		v, _, _ = strings.Cut(v, ";")
	}
	return v, true
}

// cleanName keeps the last element of a client's file name, at most 200
// bytes: browsers on some systems send the whole path.
func cleanName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, strings.TrimSpace(name))
	if len(name) > 200 {
		name = strings.ToValidUTF8(name[:200], "")
	}
	if name == "" || name == "." || name == ".." {
		name = "upload"
	}
	return name
}
