package metadata

import (
	"bytes"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Trafilatura is the baseline: go-trafilatura called directly with its
// default options, its metadata passed through (authors split on ";").
func Trafilatura(p Page) Prediction {
	res, err := trafilatura.Extract(bytes.NewReader(p.HTML), trafilatura.Options{})
	if err != nil {
		return Prediction{Err: err.Error()}
	}
	md := res.Metadata
	pred := Prediction{Title: md.Title, Outlet: md.Sitename, Language: md.Language, Text: res.ContentText}
	for _, a := range strings.Split(md.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			pred.Byline = append(pred.Byline, a)
		}
	}
	if !md.Date.IsZero() {
		pred.Published = md.Date.Format(time.DateOnly)
	}
	return pred
}
