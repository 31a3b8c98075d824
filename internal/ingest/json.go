package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

// record is one article in a JSON or JSON Lines input. Several field names
// are accepted for each meaning, as dumps from different tools name them.
type record struct {
	ID        string          `json:"id"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Outlet    string          `json:"outlet"`
	Publisher string          `json:"publisher"`
	Site      string          `json:"site"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Byline    json.RawMessage `json:"byline"`
	Author    json.RawMessage `json:"author"`
	Authors   json.RawMessage `json:"authors"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Language  string          `json:"language"`
	Lang      string          `json:"lang"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	HTML      string          `json:"html"`
}

// parseJSON reads JSON Lines (one object a line), a JSON array of objects or
// one object. A malformed line is reported as "name:N" and skipped.
func parseJSON(name string, body []byte) ([]corroborate.Document, []error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var recs []json.RawMessage
		if err := json.Unmarshal(trimmed, &recs); err != nil {
			return nil, []error{&InputError{name, fmt.Errorf("invalid JSON array: %w", err)}}
		}
		var docs []corroborate.Document
		var errs []error
		for i, raw := range recs {
			src := fmt.Sprintf("%s[%d]", name, i)
			d, err := recordDoc(src, raw)
			if err != nil {
				errs = append(errs, &InputError{src, err})
				continue
			}
			docs = append(docs, d)
		}
		return docs, errs
	}
	var docs []corroborate.Document
	var errs []error
	lines := bytes.Split(body, []byte("\n"))
	if json.Valid(trimmed) {
		lines = [][]byte{trimmed} // one object, perhaps pretty-printed
	}
	for i, line := range lines {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		src := name
		if len(lines) > 1 {
			src = fmt.Sprintf("%s:%d", name, i+1)
		}
		d, err := recordDoc(src, line)
		if err != nil {
			errs = append(errs, &InputError{src, err})
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{name, errors.New("no records")})
	}
	return docs, errs
}

func recordDoc(src string, raw []byte) (corroborate.Document, error) {
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return corroborate.Document{}, fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
		}
		return corroborate.Document{}, fmt.Errorf("not an article object: %v", err)
	}
	d := corroborate.Document{
		Source:    src,
		ID:        r.ID,
		URL:       first(r.URL, urlLike(r.Source)),
		Outlet:    first(r.Outlet, r.Publisher, r.Site),
		Title:     first(r.Title, r.Headline),
		Byline:    names(r.Byline, r.Author, r.Authors),
		Published: first(r.Published, r.Date),
		Language:  strings.TrimSpace(first(r.Language, r.Lang)),
	}
	switch {
	case strings.TrimSpace(first(r.Text, r.Body)) != "":
		d.Format, d.Body = "text", []byte(first(r.Text, r.Body))
	case strings.TrimSpace(first(r.HTML, r.Content)) != "":
		d.Format, d.Body = "html", []byte(first(r.HTML, r.Content))
		if !looksHTML(d.Body) {
			d.Format = "text"
		}
	default:
		return d, errors.New("record has no text, body, html or content field")
	}
	d.Headless = true // the title, if any, is a field of its own
	return d, nil
}

func looksHTML(b []byte) bool {
	return bytes.Contains(b, []byte("</p>")) || bytes.Contains(b, []byte("<br")) ||
		bytes.Contains(b, []byte("</div>")) || bytes.Contains(b, []byte("<html"))
}

// names reads a byline given as a string, a list of strings or a list of
// objects with a "name".
func names(raws ...json.RawMessage) []string {
	for _, raw := range raws {
		if len(raw) == 0 || string(raw) == "null" {
			continue
		}
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			return []string{strings.TrimSpace(s)}
		}
		var list []string
		if json.Unmarshal(raw, &list) == nil && len(list) > 0 {
			return list
		}
		var objs []struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(raw, &objs) == nil {
			var out []string
			for _, o := range objs {
				if o.Name != "" {
					out = append(out, o.Name)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func urlLike(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return s
	}
	return ""
}
