package extract

import (
	"bytes"
	"net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Trafilatura is the baseline extractor: go-trafilatura called directly
// with its default options (the page URL given as OriginalURL), returning
// its ContentText.
func Trafilatura(p Page) (string, error) {
	var opts trafilatura.Options
	if u, err := url.Parse(p.URL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(p.HTML), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}
