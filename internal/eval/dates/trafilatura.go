package dates

import (
	"bytes"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Trafilatura is the baseline: go-trafilatura called directly, its date
// search in extensive mode, without the page's URL.
func Trafilatura(html []byte) string {
	res, err := trafilatura.Extract(bytes.NewReader(html), trafilatura.Options{HtmlDateMode: trafilatura.Extensive})
	if err != nil || res.Metadata.Date.IsZero() {
		return ""
	}
	return res.Metadata.Date.Format(time.DateOnly)
}
